/**
 * The content model of a pack: one zod schema per collection, plus the pack config.
 * Every field carries a one-line doc comment; the README's "Content pack" section is written from these.
 */
import { z } from 'zod';
import { ID_PATTERN } from './id.ts';

export { ID_PATTERN };
export const idSchema = z.string().regex(ID_PATTERN, 'rule:id');

/** The message of a text that holds nothing but spaces; the catalog words it (`fields.blank`). */
export const BLANK = 'rule:blank';

/**
 * Text a reader sees (titles, summaries, names, notes). A value of spaces only, ASCII or the full-width ones
 * a Chinese input method types, is as empty as none: it would publish an empty heading and an unclickable link.
 * Keys, file paths and property names stay plain strings.
 */
export function text(max?: number) {
  const s = z
    .string()
    .min(1, { abort: true })
    .refine((v) => /[^\s\u200b-\u200d\u2060]/.test(v), BLANK);
  return max === undefined ? s : s.max(max);
}

/** The collections a pack may contain, in the order pages and counts show them. */
export const COLLECTIONS = ['sites', 'routes', 'belts', 'transit', 'partnerships', 'stories', 'people'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Kinds of site; labels live in the UI strings (src/i18n). */
export const SITE_KINDS = [
  'red-heritage', // 革命旧址、红色教育基地
  'memorial', // 纪念馆、陈列馆、烈士陵园：纪念的场馆，不是旧址本身
  'party-branch', // 联合党支部、党组织阵地
  'service-centre', // 党群服务中心、服务站
  'demonstration', // 党建示范点、示范路、示范带上的点
  'town', // 镇、街道
  'village', // 村、社区
  'park', // 公园、郊野公园、景区
  'industry', // 产业园区、科技城
  'culture', // 老街、文化场馆、节庆地点
] as const;
export const siteKindSchema = z.enum(SITE_KINDS);

/** Coordinate reference systems the pipeline converts from; everything is stored as WGS-84. */
export const CRS_VALUES = ['wgs84', 'gcj02', 'bd09'] as const;
export const crsSchema = z.enum(CRS_VALUES);

/** `survey`, or `approximate: <what the point stands for>` such as `approximate: village centre`. */
export const PRECISION_PATTERN = /^(survey|approximate: .+)$/;

export const pointSchema = z.strictObject({
  /** Longitude in degrees east (WGS-84 unless `crs` says otherwise). */
  lon: z.number().min(-180).max(180),
  /** Latitude in degrees north. */
  lat: z.number().min(-90).max(90),
  /** How the point was placed: `survey`, or `approximate: <what it stands for>`. */
  precision: z.string().regex(PRECISION_PATTERN, 'rule:precision'),
  /** The coordinate system the numbers are in; gcj02 and bd09 are converted to WGS-84 at build. */
  crs: crsSchema.optional(),
});
export type Point = z.infer<typeof pointSchema>;

export const regionSchema = z.strictObject({
  /** Province-level unit, e.g. 浙江省 or 上海市. */
  province: text(),
  /** City (地级市); for a municipality repeat it, e.g. 上海市. */
  city: text().optional(),
  /** County-level unit: 区, 县 or 县级市, e.g. 平湖市, 金山区. */
  county: text().optional(),
  /** Town or street: 镇, 乡, 街道. */
  town: text().optional(),
  /** Village or community. */
  village: text().optional(),
});
export type Region = z.infer<typeof regionSchema>;

/** A calendar date as precise as the source: `2017`, `2017-08` or `2017-08-17`. */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'rule:date'));

export const sourceRefSchema = z.union([
  /** Key of a source listed in the pack config's `sources`. */
  z.string().min(1),
  z.strictObject({
    /** Key of a source in the pack config, when this item adds a note to it. */
    ref: z.string().min(1).optional(),
    /** Title of a public source not listed in the pack config. */
    title: text().optional(),
    /** Address of that public source. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Where in the source the fact stands, e.g. a section or a photo caption. */
    note: text().optional(),
  }),
]);
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A picture of the entry, a file in the pack's images folder; the pack must be allowed to publish it. */
export const imageSchema = z.strictObject({
  /** File name inside the images folder (paths.images), e.g. shantang-qiao.jpg: JPEG, PNG or WebP. */
  file: z.string().min(1),
  /** What the picture shows, for readers who cannot see it. Required: the check names the image that lacks it. */
  alt: text(200).optional(),
  /** Caption shown under the picture. */
  caption: text(200).optional(),
  /** Who made the picture, as it must be credited (摄影、来源). */
  credit: text(120),
  /** Licence or permission under which the pack publishes it, e.g. CC BY 4.0 or 经作者授权. */
  licence: text(120),
});
export type PackImage = z.infer<typeof imageSchema>;

/** Fields every entry has. */
const common = {
  /** The Chinese title shown everywhere. */
  title: text(80),
  /** English title, used by English pages and search when present. */
  titleEn: text(120).optional(),
  /** Other names search should know: local and older names, abbreviations (1+6+4), variant spellings; each from a source. */
  aliases: z.array(text(80)).optional(),
  /** One or two sentences shown in lists, popups and share cards. */
  summary: text(300),
  /** English summary for the English pages, a translation of `summary`; without it they show the Chinese one. */
  summaryEn: text(600).optional(),
  /** Where every fact of the entry comes from; at least one. */
  sources: z.array(sourceRefSchema).min(1),
  /** Pictures shown on the entry's page, in this order; none is needed. */
  images: z.array(imageSchema).max(12).optional(),
  /** Shown on the home page when true. */
  featured: z.boolean().optional(),
  /** The entry is about something planned, not yet done: its dates may lie in the future. */
  planned: z.boolean().optional(),
};

export const siteSchema = z.strictObject({
  ...common,
  /** What the site is; one of SITE_KINDS. */
  kind: siteKindSchema,
  /** The region(s) the site lies in; a site on the border lists both. */
  regions: z.array(regionSchema).min(1).max(2),
  /** The point the map shows. */
  location: pointSchema,
  /** Postal or descriptive address, as a source gives it. */
  address: text().optional(),
  /** Opening hours, only where a source gives them. */
  opening: text().optional(),
  /** How to book a visit, only where a source gives it. */
  booking: text().optional(),
  /** Free themes for search and filters, e.g. 红色传承, 乡村振兴. */
  themes: z.array(text()).optional(),
  /** Ids of the partnerships the site belongs to. */
  partnerships: z.array(idSchema).optional(),
});

export const routeStopSchema = z.strictObject({
  /** Id of the site visited. */
  site: idSchema,
  /** Suggested minutes at the stop. */
  minutes: z.number().int().min(0).max(600).optional(),
  /** What to do or see there. */
  note: text().optional(),
});

export const TRAVEL_MODES = ['walk', 'bike', 'car', 'bus'] as const;

export const routeSchema = z.strictObject({
  ...common,
  /** Stops in visiting order; at least two. */
  stops: z.array(routeStopSchema).min(2),
  /** Travel modes, first one is the default. */
  modes: z.array(z.enum(TRAVEL_MODES)).min(1),
  /** Who the route is for, e.g. 党员, 游客. */
  audience: z.array(text()).optional(),
  /** Expected length of the visit. */
  duration: z.enum(['half-day', 'day', 'multi-day']).optional(),
  /** Ids of related partnerships. */
  partnerships: z.array(idSchema).optional(),
});

export const beltBandSchema = z.strictObject({
  /** Band id, unique within the belt. */
  id: idSchema,
  /** Colour name of the band where a source names it, e.g. 红色. */
  colourName: text().optional(),
  /** Field (领域) of the band where a source names it, e.g. 红色传承. */
  field: text().optional(),
  /** Display colour on the map, `#rrggbb`; a presentation choice, not a fact. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'rule:colour'),
  /** Ids of member sites a source names for this band. */
  members: z.array(idSchema).default([]),
  /** Named examples a source gives that have no site entry, as text. */
  examples: z.array(text()).optional(),
});

export const beltSchema = z.strictObject({
  ...common,
  /** Colour bands, in display order. */
  bands: z.array(beltBandSchema).min(1),
  /** Total number of demonstration points as the sources state it. */
  statedPoints: z.number().int().min(0).optional(),
  /** Id of the partnership that set up the belt. */
  partnership: idSchema.optional(),
});

export const transitStopSchema = z.strictObject({
  /** Id of a site at the stop, when the stop is one. */
  site: idSchema.optional(),
  /** Name of the stop when it is not a site entry. */
  name: text().optional(),
  /** Where a named stop is; sites bring their own point. */
  location: pointSchema.optional(),
  /** Province-level side of the border the stop is on, e.g. 上海市. */
  side: text(),
  /** What the sources say about this stop. */
  note: text().optional(),
});

export const transitSchema = z.strictObject({
  ...common,
  /** City whose operator runs the line, e.g. 上海市金山区. */
  operatorCity: text(),
  /** When the line started, as precise as the source. */
  since: partialDateSchema.optional(),
  /** What the sources say about frequency; no invented timetables. */
  frequency: text().optional(),
  /** Stops in order; only the named termini and the stops a source names. */
  stops: z.array(transitStopSchema).min(2),
  /** Ids of related partnerships. */
  partnerships: z.array(idSchema).optional(),
});

export const partnershipMemberSchema = z.strictObject({
  /** Name of the member region or body, e.g. 金山区, 枫泾镇. */
  name: text(),
  /** The member's region. */
  region: regionSchema,
  /** A point for the member on the map, usually its seat (marked approximate). */
  location: pointSchema.optional(),
});

export const partnershipSchema = z.strictObject({
  ...common,
  /** When the framework was signed or founded, as precise as the source. */
  signed: partialDateSchema.optional(),
  /** The member regions. */
  members: z.array(partnershipMemberSchema).min(1),
  /** Working mechanisms the sources name, e.g. 月度会商. */
  mechanisms: z.array(text()).optional(),
  /** Ids of related sites. */
  sites: z.array(idSchema).optional(),
  /** Id of the wider partnership this one is part of, e.g. a town pair within 平湖–金山. */
  parent: idSchema.optional(),
});

export const storySchema = z.strictObject({
  ...common,
  /** When it happened, as precise as the source. */
  date: partialDateSchema,
  /** An event on the timeline, or a longer article. */
  type: z.enum(['event', 'article']).default('event'),
  /** Ids of the sites the story is about. */
  sites: z.array(idSchema).optional(),
  /** Ids of the partnerships the story is about. */
  partnerships: z.array(idSchema).optional(),
});

export const personRoleSchema = z.strictObject({
  /** The role or distinction in the source's words, e.g. 领导金山（浦南）县委, 平湖第一位共产党员. */
  title: text(120),
  /** When the source places the person in the role, as precise as it says; left out where it gives no date. */
  date: partialDateSchema.optional(),
  /** Until when, where the source gives an end. */
  until: partialDateSchema.optional(),
  /** Where the role is stated; at least one. */
  sources: z.array(sourceRefSchema).min(1),
});

/** What a tie names: one site, story, route or partnership of the pack (references.ts checks that exactly one is set). */
export const TIE_TARGETS = ['site', 'story', 'route', 'partnership'] as const;

export const personTieSchema = z.strictObject({
  /** Id of the site the person is tied to: a place of the person's 足迹. */
  site: idSchema.optional(),
  /** Id of the story the person is part of. */
  story: idSchema.optional(),
  /** Id of the route that tells of the person. */
  route: idSchema.optional(),
  /** Id of the partnership the sources tie the person to. */
  partnership: idSchema.optional(),
  /** When, as precise as the source; orders the 足迹. Left out where the source gives no date. */
  date: partialDateSchema.optional(),
  /** What the person did there or how the source ties them, in the source's words. */
  note: text(300),
  /** Where the tie is stated; at least one. */
  sources: z.array(sourceRefSchema).min(1),
});

export const personSchema = z.strictObject({
  ...common,
  /** Year or day of birth, as precise as the source; left out where no source gives it. */
  born: partialDateSchema.optional(),
  /** Year or day of death, as precise as the source; left out where no source gives it. */
  died: partialDateSchema.optional(),
  /** Roles and distinctions the sources give, each with its date where they date it. */
  roles: z.array(personRoleSchema).optional(),
  /** The sites, stories, routes and partnerships the sources tie the person to, each with its source; at least one. */
  ties: z.array(personTieSchema).min(1),
});

export const collectionSchemas = {
  sites: siteSchema,
  routes: routeSchema,
  belts: beltSchema,
  transit: transitSchema,
  partnerships: partnershipSchema,
  stories: storySchema,
  people: personSchema,
} as const;

export type Site = z.infer<typeof siteSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Belt = z.infer<typeof beltSchema>;
export type Transit = z.infer<typeof transitSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type Story = z.infer<typeof storySchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonTie = z.infer<typeof personTieSchema>;
export interface CollectionData {
  sites: Site;
  routes: Route;
  belts: Belt;
  transit: Transit;
  partnerships: Partnership;
  stories: Story;
  people: Person;
}

export const sourceSchema = z.strictObject({
  /** Title of the article or document. */
  title: text(),
  /** Author(s) as printed. */
  author: text().optional(),
  /** Newspaper, journal or website. */
  publisher: text().optional(),
  /** Publication date, as precise as known. */
  date: partialDateSchema.optional(),
  /** Public address, when there is one. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** File name of the copy the project keeps, e.g. a seed article. */
  file: z.string().min(1).optional(),
});

/** What a basemap layer draws; the style gives each its look and the zooms it shows at. */
export const BASEMAP_ROLES = ['land', 'water', 'lake', 'river', 'urban', 'road', 'railway', 'boundary', 'town-boundary', 'province-boundary', 'place'] as const;
export type BasemapRole = (typeof BASEMAP_ROLES)[number];

export const basemapLayerSchema = z.strictObject({
  /** GeoJSON file under the pack's geo folder. */
  file: z.string().min(1),
  /** What the layer draws: land, water (sea), lake, river (areas or lines), urban, road, railway, boundary (county), town-boundary, province-boundary or place (points). */
  role: z.enum(BASEMAP_ROLES),
  /** Feature property holding the label, e.g. name_zh. */
  labelProperty: z.string().min(1).optional(),
  /** Feature property holding the English label, shown on /en/ pages, e.g. name. */
  labelEnProperty: z.string().min(1).optional(),
  /** Feature property holding a place's rank: 1 capital, 2–3 city, 4–5 county, 6 and more town. */
  rankProperty: z.string().min(1).optional(),
  /** Feature property holding a road's class; `Major Highway`, `motorway` or `trunk` draw as major roads. */
  classProperty: z.string().min(1).optional(),
  /** Leave out the parts of this layer's lines inside the outlines of the pack's `boundary` layers, which draw those lines themselves. */
  outsideBoundaries: z.boolean().optional(),
  /** Attribution line for this layer; also listed in `attribution`. */
  attribution: text().optional(),
});

/** Protomaps' colour schemes (`namedFlavor` of @protomaps/basemaps) for a vector archive. */
export const PMTILES_FLAVORS = ['light', 'dark', 'white', 'grayscale', 'black'] as const;

export const pmtilesSchema = z.strictObject({
  /** The archive (.pmtiles, v3), relative to the geo folder, e.g. basemap/region.pmtiles. */
  file: z.string().min(1),
  /** A vector archive's colour scheme, one of PMTILES_FLAVORS; checked at load, with a word on what to write. */
  flavor: z.string().min(1).default('light'),
  /** Credit shown on the map; a vector archive without one credits OpenStreetMap and Protomaps. */
  attribution: text().optional(),
});

/** [west, south, east, north] in degrees. */
export const bboxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: (issue) => (issue.code === 'too_small' || issue.code === 'too_big' ? 'rule:serviceArea' : undefined),
  })
  .refine(([w, s, e, n]) => w < e && s < n, 'rule:serviceArea');

/** The pack's own words in the interface; each one left out has a neutral default (src/i18n/pack-words.ts). */
export const packLabelsSchema = z.strictObject({
  /** Name of the partnerships collection in the menu and on its list, e.g. 毗邻党建合作 (default 联建合作). */
  partnerships: z.string().min(1).max(20).optional(),
  /** One sentence under the partnerships list's title. */
  partnershipsLead: z.string().min(1).max(200).optional(),
  /** Name of the stories collection in the menu and on its list (default 大事记). */
  stories: z.string().min(1).max(20).optional(),
  /** One sentence under the stories list's title. */
  storiesLead: z.string().min(1).max(200).optional(),
  /** Name of the belt layer on the map, e.g. 七彩示范带 (default 示范带). */
  belt: z.string().min(1).max(20).optional(),
  /** The border line in the map's legend, e.g. 浙沪省界 (default: named from the provinces of the pack's sites). */
  border: z.string().min(1).max(30).optional(),
  /** One sentence under the bus lines' list title (default: named from those provinces too). */
  transitLead: z.string().min(1).max(200).optional(),
  /** Pinyin the search page offers as an example, e.g. shantang (default: from a site's title). */
  searchPinyin: z
    .string()
    .regex(/^[a-z]+$/, 'rule:pinyin')
    .optional(),
  /** Pinyin initials the search page offers as an example, e.g. myst (default: from the same title). */
  searchInitials: z
    .string()
    .regex(/^[a-z]+$/, 'rule:pinyin')
    .optional(),
});
export type PackLabels = z.infer<typeof packLabelsSchema>;

export const packConfigSchema = z.strictObject({
  /** Site title shown in the header and the browser tab. */
  title: text(),
  /** One-sentence description for search engines and share cards. */
  description: text(),
  /** Language of the content. */
  lang: z.string().default('zh-CN'),
  /** A short introduction on the home page (Markdown-free text). */
  intro: z.array(text()).default([]),
  /** Sources of the introduction, keys of `sources`. */
  introSources: z.array(sourceRefSchema).default([]),
  /** The area the pack covers; points far outside it are flagged. */
  serviceArea: bboxSchema,
  /** Folders of the pack, relative to the config file. */
  paths: z
    .strictObject({
      /** Folder holding one sub-folder per collection. */
      content: z.string().default('content'),
      /** Folder holding GeoJSON. */
      geo: z.string().default('geo'),
      /** Folder holding the entries' pictures (images: in an entry). */
      images: z.string().default('images'),
    })
    .default({ content: 'content', geo: 'geo', images: 'images' }),
  /** Basemap: the default offline one drawn from the pack's GeoJSON, or an online one switched on by configuration. */
  basemap: z
    .strictObject({
      /** Which basemap the map opens with. */
      default: z.enum(['offline', 'tianditu', 'osm', 'pmtiles']).default('offline'),
      /** GeoJSON layers of the offline basemap. */
      layers: z.array(basemapLayerSchema).default([]),
      /** A PMTiles archive the site serves itself, the basemap `pmtiles` draws; checked and copied into the site at build. */
      pmtiles: pmtilesSchema.optional(),
    })
    .default({ default: 'offline', layers: [] }),
  /** How the map opens; without it the map fits the pack's core (src/map/view.ts). */
  map: z
    .strictObject({
      /** The initial view: a box, or a centre and zoom. */
      view: z
        .union([
          z.strictObject({
            /** [west, south, east, north] the map opens fitted to. */
            bounds: bboxSchema,
          }),
          z.strictObject({
            /** [lon, lat] the map opens centred on. */
            center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
            /** Zoom the map opens at (MapLibre's 512 px tiles). */
            zoom: z.number().min(0).max(18),
          }),
        ])
        .optional(),
    })
    .default({}),
  /** Attribution lines shown on every page and map. */
  attribution: z.array(text()).default([]),
  /** Sites with a share card of their own; the others use the whole area's (`auto`: all up to 2,000 sites, else `named`). */
  siteCards: z.enum(['auto', 'all', 'named']).default('auto'),
  /** Sources entries cite by key. */
  sources: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), sourceSchema).default({}),
  /** English title for the /en/ pages; without it they show `title`. */
  titleEn: z.string().min(1).optional(),
  /** English description for the /en/ pages; without it they show `description`. */
  descriptionEn: z.string().min(1).optional(),
  /** The installed app's name under its icon, at most 12 characters; without it the title's first part. */
  shortName: z.string().min(1).max(12).optional(),
  /** The pack's own words in the Chinese interface (menu, map legend, list leads). */
  labels: packLabelsSchema.default({}),
  /** The same words for the English pages; the search examples fall back on `labels`. */
  labelsEn: packLabelsSchema.default({}),
});
export type PackConfig = z.infer<typeof packConfigSchema>;
