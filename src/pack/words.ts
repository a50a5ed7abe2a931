/**
 * The pack's own words of the interface (src/i18n/pack-words.ts), worked out at build: what pack.yaml's `labels` and
 * `labelsEn` set, else what its data say (the border from its provinces, the search examples from its titles), else
 * the neutral words. Also what the build tells a pack whose border cannot be drawn.
 */
import type { Feature } from 'geojson';
import { borderName, inCodeOrder, provinceKey } from '../geo/provinces.ts';
import { NEUTRAL_WORDS, type PackWords, type PackWordsByLang } from '../i18n/pack-words.ts';
import { syllableRuns } from '../search/pinyin.ts';
import type { Pack } from './load.ts';
import type { Said } from './messages/index.ts';
import type { PackLabels } from './schemas.ts';

type WordsInput = Pick<Pack, 'config' | 'entries' | 'basemap'>;

/** Provincial-level units the pack's sites and partnership members lie in, by full name, in code order. */
export function packProvinces(pack: Pick<Pack, 'entries'>): string[] {
  const written = [
    ...pack.entries.sites.flatMap((s) => s.data.regions.map((r) => r.province)),
    ...pack.entries.partnerships.flatMap((p) => p.data.members.map((m) => m.region.province)),
  ];
  return inCodeOrder(written.map(provinceKey));
}

/** Provinces that have county outlines the border overlay can be computed from (role `boundary`, a `province` property). */
export function outlinedProvinces(pack: Pick<Pack, 'basemap'>): string[] {
  const features: Feature[] = pack.basemap.filter((l) => l.role === 'boundary').flatMap((l) => l.features);
  return [
    ...new Set(
      features
        .map((f) => f.properties?.province)
        .filter((p): p is string => typeof p === 'string')
        .map(provinceKey),
    ),
  ];
}

/**
 * A pinyin and an initials query the search answers: the first run of Chinese of a featured site's title, else any
 * site's, else any entry's, of two to four syllables (the search keys every such run whole: src/search/pinyin.ts).
 */
export function searchExample(pack: Pick<Pack, 'entries'>): { pinyin: string; initials: string } | undefined {
  const { sites, ...rest } = pack.entries;
  const titles = [...sites.filter((s) => s.data.featured), ...sites, ...Object.values(rest).flat()].map((e) => e.data.title);
  for (const title of titles) {
    const run = syllableRuns(title.replace(/[（(][^）)]*[）)]/g, '')).find((r) => r.length >= 2 && r.length <= 4 && !r.join('').includes('v'));
    if (run) return { pinyin: run.join(''), initials: run.map((s) => s[0]).join('') };
  }
  return undefined;
}

/** Words the pack's data give when pack.yaml names nothing: the border from its provinces, the examples from its titles. */
function derived(pack: WordsInput): { zh: Partial<PackWords>; en: Partial<PackWords> } {
  // The line is drawn between outlines: when two or more of the pack's provinces have them, those are what it separates.
  const provinces = packProvinces(pack);
  const drawn = outlinedProvinces(pack).filter((p) => provinces.includes(p));
  const border = borderName(drawn.length >= 2 ? drawn : provinces);
  const example = searchExample(pack);
  const search = example ? { searchPinyin: example.pinyin, searchInitials: example.initials } : {};
  return {
    zh: { ...(border ? { border: `${border.zh}省界`, transitLead: `跨越${border.zh}边界的公交线路。` } : {}), ...search },
    en: { ...(border ? { border: `${border.en} border`, transitLead: `Bus lines that cross the ${border.en} border.` } : {}), ...search },
  };
}

const defined = (labels: PackLabels): Partial<PackWords> => Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== undefined));

export function packWords(pack: WordsInput): PackWordsByLang {
  const data = derived(pack);
  const { labels, labelsEn } = pack.config;
  const search = (l: PackLabels) => ({
    ...(l.searchPinyin ? { searchPinyin: l.searchPinyin } : {}),
    ...(l.searchInitials ? { searchInitials: l.searchInitials } : {}),
  });
  return {
    zh: { ...NEUTRAL_WORDS.zh, ...data.zh, ...defined(labels) },
    // The search examples are the same queries whatever the page's language.
    en: { ...NEUTRAL_WORDS.en, ...data.en, ...search(labels), ...defined(labelsEn) },
  };
}

export interface RegionMessages {
  noBorderOutlines: (provinces: readonly string[], missing: readonly string[]) => Said;
}

/**
 * A pack whose sites lie in two or more provinces, where the county outlines of some side are missing: the overlay
 * (src/geo/border.ts) draws the border only between outlines, so the map would draw none there.
 */
export function borderWarnings(pack: Pick<Pack, 'entries' | 'basemap'>, m: RegionMessages): Said[] {
  const provinces = packProvinces(pack);
  if (provinces.length < 2) return [];
  const outlined = new Set(outlinedProvinces(pack));
  const missing = provinces.filter((p) => !outlined.has(p));
  return missing.length ? [m.noBorderOutlines(provinces, missing)] : [];
}
