/** The pack's messages in English (`npm run check -- --lang en`, or a pack whose lang is English). */
import { importEn } from './import-en.ts';
import type { PackMessages } from './zh.ts';

const list = (items: readonly string[]) => items.join(', ');
const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one item per line, starting with "- ")',
  object: 'a set of "field: value" lines',
  null: 'nothing',
  undefined: 'nothing',
};
const typeName = (t: string) => TYPES[t] ?? t;
const REMAKE = 'export it again with pmtiles extract from a protomaps daily build (see the README, "The offline basemap")';
const GEO_FIX = 'open the file in geojson.io or QGIS, fix it and export it again as GeoJSON';
const ENCODINGS: Record<string, string> = {
  gb18030: 'GBK/GB18030 (Notepad\'s "ANSI" on Chinese Windows)',
  'utf-16le': 'UTF-16 (Notepad\'s "Unicode")',
  'utf-16be': 'UTF-16 BE (Notepad\'s "Unicode big endian")',
};
/** What to write in Markdown instead of a tag writers paste from Word or a web page. */
const MARKDOWN_FOR: Record<string, string> = {
  img: 'write an image as ![caption](image address)',
  a: 'write a link as [text](https://…)',
  strong: 'write bold as **text**',
  b: 'write bold as **text**',
  em: 'write emphasis as *text*',
  p: 'leave an empty line between paragraphs',
  div: 'leave an empty line between paragraphs',
  span: 'write the text as it is',
  font: 'write the text as it is; the site sets the font',
};
const maybe = (suggestion: string | undefined) => (suggestion ? `did you mean "${suggestion}"? ` : '');

export const en: PackMessages = {
  lang: 'en',
  summary: {
    invalid: (count, root, counts) => `${count} problem(s) in ${root} (${counts}). Fix them and run npm run check again.`,
    valid: (root, counts, geometries, layers, warnings) =>
      `Pack ${root} is valid${warnings ? `, with ${warnings} warning(s) above to look at` : ''}: ${counts}, ${geometries} geometries, ${layers} basemap layers.`,
    note: 'note',
    devBroken: (count) => `The content pack has ${count} problem(s): fix them, save the file and reload this page.`,
    devBrokenTitle: 'The content pack has problems',
    devReloaded: (counts) => `Content pack read again: ${counts}`,
    warning: 'warning',
    buildFailed: (count) =>
      `The content pack has ${count} problem(s); the site was not built. Fix them and run npm run build again (npm run check only checks, faster).`,
    count: (collection, n) => `${n} ${collection}`,
    listSeparator: ', ',
  },
  files: {
    noConfig: (root) => ({ message: `no pack.yaml in ${root}`, hint: 'every pack needs a config file: see the README, "The content pack"' }),
    noContentFolder: (dir) => ({ message: `content folder ${dir} does not exist`, hint: 'create it or fix paths.content in pack.yaml' }),
    outsideCollection: (collections) => ({ message: 'file outside any collection folder', hint: `move it into one of ${list(collections)}` }),
    unknownCollection: (name, collections, suggestion) => ({
      message: `unknown collection folder "${name}"`,
      hint: `${maybe(suggestion)}use one of ${list(collections)}`,
    }),
    notMarkdown: () => ({ message: 'not a Markdown entry', hint: 'entries are .md files; rename or move it' }),
    badId: (id) => ({ message: `file name "${id}" is not a valid id`, hint: 'use lowercase pinyin or English words joined by hyphens, e.g. shantang-cun.md' }),
    duplicateId: (other) => ({ message: `duplicate id: ${other} has the same file name`, hint: 'rename one of them' }),
    notAMapping: () => ({ message: 'frontmatter must be a set of "field: value" lines', hint: 'compare it with an entry example in the README' }),
    basemapMissing: (file, geo) => ({ message: `basemap file ${file} does not exist`, hint: `put it under ${geo}/ or fix the path` }),
    notGeoJson: (pmtiles) => ({
      message: 'not a GeoJSON file',
      hint: pmtiles
        ? 'a PMTiles basemap is named in pack.yaml as basemap.pmtiles.file (see the README, "The offline basemap"); or move it out'
        : 'geo/ holds .geojson files; convert it (npm run import) or move it out',
    }),
    featureWithoutEntry: () => ({
      message: 'feature does not name the entry it belongs to',
      hint: 'set properties.entry to "collection/id", e.g. "routes/hongse-jiyi", or declare the file as a basemap layer in pack.yaml',
    }),
    featureUnknownEntry: (ref) => ({ message: `feature points at "${ref}", which is not an entry of the pack`, hint: 'fix the reference or add the entry' }),
    jsonSyntax: (line, column, what) => ({
      message: `JSON syntax error (line ${line}, column ${column}): ${what}`,
      hint: 'look for a missing or extra comma, quote or bracket around this line; geojson.io can open the file',
    }),
    json: {
      propertyName: 'a property name in double quotes was expected here',
      commaOrEnd: 'a comma or closing bracket is missing here',
      end: 'the file ends before its structure does',
      token: 'a character that does not belong here',
      string: 'a string is not closed, or holds a line break',
      other: 'cannot read this',
    },
  },
  points: {
    swapped: (lon, lat) => ({
      message: `longitude and latitude look swapped: (${lon}, ${lat}) is out of range, (${lat}, ${lon}) is inside the service area`,
      hint: 'swap lon and lat',
    }),
    converted: (label, from, to) => ({ message: `converted from ${label} (${from.join(', ')}) to WGS-84 (${to.join(', ')})` }),
    outsideArea: (lon, lat, area) => ({
      message: `point (${lon}, ${lat}) is outside the pack's service area [${area.join(', ')}]`,
      hint: 'check the coordinates, or widen serviceArea in pack.yaml',
    }),
  },
  yaml: {
    noFrontmatter: () => ({
      message: 'no frontmatter: the file must start with a line "---"',
      hint: 'add a line --- at the top, the fields, then another line ---',
    }),
    unclosedFrontmatter: () => ({ message: 'frontmatter is not closed', hint: 'add a line "---" after the last field; the story goes below it' }),
    fullWidthColon: () => ({
      message: 'this line has a full-width colon "：", so no field name can be read',
      hint: 'write the field name, an ASCII colon and a space, e.g. title: 山塘村',
    }),
    colonInFlow: () => ({ message: 'a value inside { … } holds a colon and cannot be read', hint: 'quote the value, e.g. precision: "approximate: 村中心"' }),
    colonInValue: () => ({ message: 'a value holds ": " and is read as another field', hint: 'quote the whole value, e.g. precision: "approximate: 村中心"' }),
    duplicateKey: () => ({ message: 'the same field is written twice', hint: 'remove one of them' }),
    tab: () => ({ message: 'indented with a tab', hint: 'indent with spaces, fields of one level aligned' }),
    indent: () => ({ message: 'wrong indentation', hint: 'align fields of one level; indent the next level by two spaces; close [ ] on the same line' }),
    missingChar: () => ({ message: 'a quote or bracket is not closed', hint: 'add the closing " or ] or } at the end of the value' }),
    badStart: () => ({ message: 'the value starts with a reserved character (such as @ ` % & *)', hint: 'quote the value' }),
    multiline: () => ({
      message: 'a field must be on one line: no "field: value" can be read here',
      hint: 'check that the colon is ASCII and followed by a space, and that the quote on the line before is closed',
    }),
    other: (code) => ({ message: `invalid YAML (${code})`, hint: 'compare this line with the README examples; quote values that hold a colon, # or quotes' }),
  },
  fields: {
    unknownField: (key, allowed, suggestion) => ({
      message: `unknown field "${key}"`,
      hint: suggestion
        ? `did you mean "${suggestion}"? Fix the spelling or remove it`
        : allowed
          ? `remove it or use one of: ${allowed.join(', ')}`
          : 'remove it or check its spelling',
    }),
    unknownValue: (value, allowed, suggestion) => ({ message: `unknown value ${value}`, hint: `${maybe(suggestion)}use one of: ${allowed.join(', ')}` }),
    missing: (expected) => ({ message: 'missing required field', hint: `add ${typeName(expected)}` }),
    missingChoice: (allowed) => ({ message: 'missing required field', hint: `write one of: ${allowed.join(', ')}` }),
    blank: () => ({ message: 'only spaces, no text', hint: 'write the text (an optional field may also be removed)' }),
    wrongType: (expected, received) => ({
      message: `must be ${typeName(expected)}, found ${typeName(received)}`,
      hint: `write ${typeName(expected)}; compare it with the README example of this field`,
    }),
    listGivenMapping: (field) => ({
      message: `${field} must be a list, found a single set of fields`,
      hint: `put "- " before the first field of each item, e.g. ${field}:↵  - province: 浙江省↵    city: 嘉兴市`,
    }),
    pointGivenText: (field) => ({
      message: `${field} must be a set of fields (lon, lat, precision), found text`,
      hint: `write ${field}: { lon: 121.05, lat: 30.66, precision: survey } (longitude first)`,
    }),
    tooFewItems: (n, field) => ({
      message: `needs at least ${n} item(s)`,
      hint: field === 'sources' ? 'every entry names its sources: write a key of sources: in pack.yaml, e.g. sources: [seed-002]' : `add items up to ${n}`,
    }),
    tooManyItems: (n) => ({ message: `has more than ${n} item(s)`, hint: `keep ${n} at most` }),
    empty: () => ({ message: 'must not be empty', hint: 'write the text' }),
    tooShort: (n) => ({ message: `must be at least ${n} characters`, hint: 'write it out in full' }),
    tooLong: (n) => ({ message: `is longer than ${n} characters`, hint: 'shorten it; put the details in the body' }),
    atLeast: (n, found) => ({ message: `must be >= ${n}, found ${found}`, hint: 'check the number' }),
    atMost: (n, found) => ({ message: `must be <= ${n}, found ${found}`, hint: 'check the number; latitude is at most 90, longitude at most 180' }),
    rules: {
      id: { message: 'must be lowercase letters, digits and hyphens', hint: 'e.g. shantang-cun' },
      precision: {
        message: 'must be "survey" or "approximate: <what the point stands for>"',
        hint: 'a point read off a map is precision: "approximate: village committee" (quoted)',
      },
      date: { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD', hint: 'e.g. 2017, 2017-08 or 2017-08-17' },
      colour: { message: 'must be #rrggbb', hint: 'e.g. #c8102e' },
      pinyin: { message: 'must be lowercase pinyin letters, without tones or spaces', hint: 'e.g. searchPinyin: shantang' },
      serviceArea: { message: 'must be [west, south, east, north] with west < east and south < north', hint: 'e.g. serviceArea: [120.5, 30.4, 122.0, 31.3]' },
    },
    other: (detail) => ({ message: `not valid: ${detail}`, hint: 'compare it with the README example of this field' }),
  },
  geojson: {
    notObject: () => ({ message: 'not a GeoJSON object', hint: 'the file must be { "type": "FeatureCollection", "features": [ … ] }' }),
    crsConverted: (label) => ({ message: `coordinates converted from ${label} to WGS-84` }),
    unknownCrs: (value, values) => ({ message: `unknown crs ${value}`, hint: `use one of ${values.join(', ')} or leave it out for WGS-84` }),
    noFeatures: () => ({ message: 'a FeatureCollection needs a "features" array', hint: GEO_FIX }),
    notFeatureOrCollection: (type) => ({
      message: `type ${type} is not a Feature or FeatureCollection`,
      hint: 'wrap geometries in Features so each can name its entry',
    }),
    notFeature: () => ({ message: 'not a Feature', hint: GEO_FIX }),
    badProperties: () => ({ message: 'properties must be an object or null', hint: GEO_FIX }),
    noGeometry: () => ({ message: 'feature has no geometry', hint: 'give it a geometry or remove it' }),
    windingFixed: () => ({ message: 'polygon winding fixed to RFC 7946 (outer rings counter-clockwise)' }),
    geometryNotObject: () => ({ message: 'geometry must be an object or null', hint: GEO_FIX }),
    unknownGeometry: (type, types) => ({ message: `unknown geometry type ${type}`, hint: `use one of ${types.join(', ')}` }),
    noGeometries: () => ({ message: 'a GeometryCollection needs a "geometries" array', hint: GEO_FIX }),
    positionsArray: () => ({ message: 'coordinates must be an array of positions', hint: GEO_FIX }),
    lineTooShort: (n) => ({ message: `a LineString needs at least 2 positions, found ${n}`, hint: 'add the rest of the line, or make it a Point' }),
    linesArray: () => ({ message: 'coordinates must be an array of lines', hint: GEO_FIX }),
    polygonsArray: () => ({ message: 'coordinates must be an array of polygons', hint: GEO_FIX }),
    ringsArray: () => ({ message: 'a Polygon needs an array of linear rings', hint: GEO_FIX }),
    ringPositions: () => ({ message: 'a linear ring must be an array of positions', hint: GEO_FIX }),
    ringTooShort: (n) => ({ message: `a linear ring needs at least 4 positions, found ${n}`, hint: GEO_FIX }),
    ringOpen: () => ({ message: 'linear ring is not closed: its last position differs from its first', hint: 'repeat the first position at the end' }),
    badPosition: (found) => ({
      message: `position must be [lon, lat] or [lon, lat, alt] numbers, found ${found}`,
      hint: 'write two unquoted numbers, e.g. [121.05, 30.66]',
    }),
    outOfRange: (found, swapped) => ({
      message: `position ${found} is out of range`,
      hint: swapped ? 'longitude and latitude look swapped: GeoJSON is [lon, lat]' : 'longitude lies in -180..180 and latitude in -90..90: check this position',
    }),
  },
  images: {
    outside: (file) => ({
      message: `image ${file} points outside the images folder`,
      hint: 'write just the file name inside the images folder, e.g. file: shantang-qiao.jpg, with no ../ and no leading /',
    }),
    missing: (file, folder) => ({ message: `image ${file} does not exist`, hint: `put the picture in the pack's ${folder}/ folder, or fix the file name` }),
    link: (file) => ({ message: `image ${file} is a link (shortcut)`, hint: 'copy the picture file itself into the images folder' }),
    notImage: (file) => ({
      message: `${file} is not a JPEG, PNG or WebP picture`,
      hint: 'save it as JPEG (.jpg) or PNG in an image viewer, then add it again',
    }),
    tooLarge: (file, mb) => ({
      message: `image ${file} is ${mb} MB, over 20 MB`,
      hint: 'shrink it to at most 3000 pixels on its long side first; the site makes sizes for phones and desktops itself',
    }),
    noAlt: (file) => ({
      message: `image ${file} has no alternative text (alt)`,
      hint: 'add alt: one sentence saying what the picture shows, for readers who cannot see it',
    }),
  },
  references: {
    notAnEntry: (id, collection) => ({ message: `"${id}" is not an entry of ${collection}`, hint: `add ${collection}/${id}.md or fix the id` }),
    sourceNotListed: (key, keys) => ({
      message: `source "${key}" is not listed in pack.yaml`,
      hint: `add it under sources: in pack.yaml, or use one of: ${keys.length ? keys.join(', ') : '(none yet)'}`,
    }),
    sourceNeedsRefOrTitle: () => ({ message: 'a source needs a ref to pack.yaml or a title', hint: 'add ref: <key> or title: and url:' }),
    duplicateBand: (id) => ({ message: `duplicate band id "${id}"`, hint: 'give each band its own id' }),
    stopWithoutPlace: () => ({ message: 'a stop needs a site, or a name and a location', hint: 'add site: <id>, or name: and location:' }),
    ownParent: () => ({ message: 'a partnership cannot be its own parent', hint: 'remove parent or name the wider partnership' }),
    tieTargets: (named, targets) => ({
      message: named.length ? `this tie names ${named.join(', ')}: it may name only one` : 'this tie names no entry',
      hint: `give each tie exactly one of ${targets.join(', ')}, e.g. site: zhuanjiaowan; write one tie per entry`,
    }),
  },
  markup: {
    tag: (name, allowed) => ({
      message: `HTML tag <${name}> is not allowed in the body`,
      hint: `${MARKDOWN_FOR[name] ?? 'write Markdown'}; the only HTML allowed is ${allowed.length ? allowed.map((t) => `<${t}>`).join(' ') : '(none)'}`,
    }),
    attribute: (name) => ({ message: `HTML attribute ${name}= is not allowed in the body`, hint: 'remove it; content cannot carry scripts or events' }),
    url: (scheme) => ({ message: `${scheme}: link is not allowed in the body`, hint: 'links may be http://, https://, mailto:, tel: or a path of the site' }),
    comment: (name) => ({ message: `an HTML comment hides <${name}>`, hint: 'remove the comment; write Markdown' }),
  },
  archive: {
    old: (version) => ({ message: `is a PMTiles v${version} file; the site reads v3 only`, hint: `convert it with pmtiles convert, or ${REMAKE}` }),
    notPmtiles: () => ({
      message: 'is not a PMTiles file (its header does not start with "PMTiles")',
      hint: `check it is a complete .pmtiles download, or ${REMAKE}`,
    }),
    version: (version) => ({ message: `is PMTiles version ${version}; the site reads v3 only`, hint: REMAKE }),
    tileType: (type) => ({
      message: `tile type (${type}) is not supported: only MVT vector tiles or PNG/JPEG/WebP/AVIF raster tiles`,
      hint: `for a vector basemap use an MVT archive in the protomaps schema: ${REMAKE}`,
    }),
    typeCode: (code) => `code ${code}`,
    compression: (part, name) => ({
      message: `${part === 'tiles' ? 'tiles are' : 'the directory is'} compressed with ${name}, which the browser's PMTiles reader cannot undo`,
      hint: 'make the archive again with gzip or no compression (protomaps builds use gzip)',
    }),
    flavor: (flavor, flavors) => ({
      message: `unknown basemap flavor "${flavor}"`,
      hint: `use one of ${list(flavors)} (protomaps' flavors), or leave it out for light`,
    }),
    missing: (file, geo) => ({
      message: `basemap archive ${file} does not exist`,
      hint: `put the .pmtiles file under ${geo}/ or fix basemap.pmtiles.file (relative to paths.geo); without an archive, remove basemap.pmtiles`,
    }),
    bad: (file, what) => ({ message: `basemap archive ${file} ${what.message}`, ...(what.hint ? { hint: what.hint } : {}) }),
    disjoint: (file, bounds, area) => ({
      message: `basemap archive ${file} covers [${bounds.join(', ')}], which does not meet serviceArea [${area.join(', ')}]`,
      hint: 'export an archive that covers the pack (pmtiles extract --bbox=west,south,east,north), or fix serviceArea',
    }),
  },
  encoding: {
    notUtf8: (encoding) =>
      encoding
        ? {
            message: `the file is not UTF-8; it looks like ${ENCODINGS[encoding] ?? encoding}`,
            hint: 'in Notepad, "Save as" with encoding UTF-8, or run npm run check -- --fix-encoding',
          }
        : {
            message: 'the file is not UTF-8, and its encoding cannot be told',
            hint: 'open it in Notepad or WPS, check the text reads right, and "Save as" UTF-8 (--fix-encoding leaves it alone)',
          },
    symlink: () => ({
      message: 'is a symbolic link (or inside a linked folder); packs do not follow links',
      hint: 'copy the real file here in place of the link',
    }),
    unreadable: (code) =>
      code === 'EACCES' || code === 'EPERM'
        ? {
            message: 'no permission to read this file',
            hint: 'let the user running the check read it (on Linux: chmod a+r <file>), then run npm run check again',
          }
        : { message: `cannot read this file (${code})`, hint: 'check the file is complete and not held by another program, then run npm run check again' },
    undecodable: (encoding, line) => ({
      message: `${encoding ? `does not read as ${encoding}` : 'is neither UTF-8 nor GBK/GB18030'}${line ? ` (from line ${line})` : ''}; reading on would give mojibake`,
      hint: 'name the file\'s encoding with --encoding, e.g. --encoding gbk, utf16le, big5; or "Save as" UTF-8 in Excel or Notepad',
    }),
    fixPlan: (count) => `Saving ${count} file(s) as UTF-8 (line endings and text unchanged):`,
    fixItem: (file, encoding, line, sample) => `  ${file}  ${ENCODINGS[encoding] ?? encoding}  line ${line} reads: ${sample}`,
    fixSkipped: (file) => `  ${file}  encoding not recognised, left alone: open it in Notepad or WPS, check the text, and "Save as" UTF-8`,
    fixDone: (count) => `Saved ${count} file(s). Checking again:`,
    fixNone: () => 'No file needs its encoding changed.',
  },
  facts: {
    distance: (metres) => (metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`),
    atSea: (lon, lat, distance) => ({
      message: `point (${lon}, ${lat}) is in the sea, ${distance} from the nearest coast`,
      hint: 'check the coordinates (coordinates copied from Amap/高德 need crs: gcj02)',
    }),
    noSuchDay: (date) => ({ message: `date ${date} does not exist: the month has no such day`, hint: 'check the date' }),
    future: (date, today) => ({
      message: `date ${date} is after today (${today})`,
      hint: 'check the date; if the entry is about something planned, add a line planned: true',
    }),
    futureSource: (date, today) => ({ message: `the source's publication date ${date} is after today (${today})`, hint: 'check the publication date' }),
    sideNotSiteRegion: (side, provinces) => ({
      message: `side is ${side}, but the stop's site lies in ${list(provinces)}`,
      hint: `change side to ${list(provinces)}, or check site`,
    }),
    sideNotOutline: (side, outline) => ({
      message: `side is ${side}, but the point lies in the outline of ${outline}`,
      hint: 'check side or the coordinates (coordinates copied from Amap/高德 need crs: gcj02)',
    }),
    regionNotOutline: (region, outline) => ({
      message: `the region is ${region}, but the point lies in the outline of ${outline}`,
      hint: 'check regions or the coordinates (coordinates copied from Amap/高德 need crs: gcj02)',
    }),
    shortProvince: (written, full) => ({ message: `"${written}" is a short form`, hint: `write the full name "${full}"` }),
    unknownProvince: (written) => ({
      message: `"${written}" is not a provincial-level unit this check knows`,
      hint: 'write the full name of a province, autonomous region, municipality or SAR, e.g. 浙江省, 上海市',
    }),
  },
  region: {
    noBorderOutlines: (provinces, missing) => ({
      message: `the sites lie in ${list(provinces)}, but the basemap has no county outlines of ${list(missing)}, so the map cannot draw the border between them`,
      hint: 'add the county outlines of both sides of the border to basemap.layers in pack.yaml (role: boundary, each polygon with a province property such as province: 天津市); README "The offline basemap" says where outlines come from',
    }),
  },
  /** What npm run import says about the files it reads and the entries it makes. */
  import: importEn,
};
