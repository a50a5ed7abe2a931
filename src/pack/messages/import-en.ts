/** What `npm run import -- --lang en` prints (or an import into an English pack): the twin of import-zh.ts. */
import type { ImportMessages } from './import-zh.ts';

const list = (items: readonly string[]) => items.join(', ');
const named = (name?: string) => (name ? ` “${name}”` : '');

export const importEn: ImportMessages = {
  lang: 'en',
  fields: {},
  at: {
    row: (n) => `row ${n}`,
    placemark: (n, name) => `placemark ${n}${named(name)}`,
    waypoint: (n, name) => `waypoint ${n}${named(name)}`,
    route: (n, name) => `route ${n}${named(name)}`,
    track: (n, name) => `track ${n}${named(name)}`,
    feature: (n, name) => `feature ${n}${named(name)}`,
    gtfsRoute: (id) => `route ${id}`,
    stop: (id, name) => `stop ${id}${named(name)}`,
    rows: (ats, more) => `${list(ats)}${more > 0 ? ` and ${more} more` : ''}`,
  },
  cli: {
    usage: `npm run import -- <kind> <file> [options]

kinds:
  sites     sites from a spreadsheet: .csv (UTF-8 or GBK) or .xlsx
  kml       sites, outlines and lines from .kml or .kmz (奥维, Google Earth)
  gpx       waypoints as sites, tracks and routes as lines
  geojson   points as sites, lines and outlines as geometries
  gtfs      bus lines from a GTFS feed (.zip or folder); choose them with --route

options:
  --pack <dir>             pack to write into (default: CONTENT_ROOT, else this repository)
  --write                  write the files; without it nothing is written (a dry run)
  --force                  update entries the pack already has (a row's new body replaces the old one)
  --replace-body           with --force, clear the old body even where the row has none
  --merge                  rows that are likely the same place as an entry update that entry
  --new                    rows that are likely the same place as an entry become new entries all the same
  --source <key>           source of rows that cite none: a key of pack.yaml sources (repeatable)
  --crs <wgs84|gcj02|bd09> coordinate system of the file: gcj02 for 高德/腾讯, bd09 for 百度 (default wgs84)
  --precision <text>       "approximate: <what the points stand for>" (default: imported, not checked on the ground)
  --survey                 the points were surveyed (precision: survey)
  --kind <kind>            kind for rows with none or one not understood, e.g. village or 村
  --kinds <word=kind,...>  more words for kinds, e.g. "景点=park,纪念碑=memorial"
  --folder-kind <f=kind,...>  KML folders to kinds, e.g. "红色地点=red-heritage"
  --region <省/市/区县>     region of rows that give none (else the pack's boundary layer is asked)
  --map <header=field,...> columns not recognised by name, e.g. "站点=title,X=lon,Y=lat"
  --encoding <name>        encoding of a CSV (default: detected; UTF-8 with or without BOM, GB18030/GBK)
  --sheet <name|number>    sheet of an .xlsx (default: the first with a header)
  --attach <collection/id> lines and tracks become the geometry of this entry
  --mode <walk|bike|car|bus>  travel mode of routes made from lines (default car)
  --route <route_id>       GTFS route to import (repeatable); without it the routes are listed
  --operator-city <city>   GTFS: city whose operator runs the lines, e.g. 上海市金山区
  --side <province>        GTFS: the side of the border of every stop (default: from the boundary layer)
  --lang <zh|en>           language of the messages (default Chinese; English for an English pack)
  --all                    list every entry in the table, not only the first 40
  --help                   this text

exit codes: 0 done; 1 the pack has problems or there is nothing to write; 2 a bad command; 3 written, but rows were left out`,
    helpMore: 'npm run import -- --help for every option',
    error: (message) => `error: ${message}`,
    parse: (message) => `bad command line: ${message}`,
    needKindAndFile: 'give a kind and a file, e.g. npm run import -- sites 红色地点.xlsx',
    unknownKind: (kind, kinds) => `unknown kind "${kind}": use one of ${list(kinds)}`,
    oneFile: (extra) => `one file at a time: "${extra}" is more than that`,
    badCrs: (value) => `--crs "${value}": use wgs84, gcj02 (高德, 腾讯) or bd09 (百度)`,
    precisionAndSurvey: '--precision and --survey say different things: give one',
    badPrecision: (value) => `--precision "${value}": write "approximate: <what the points stand for>", or use --survey`,
    badKind: (value, kinds) => `--kind "${value}": use one of ${kinds}`,
    badKindPair: (option, pair, kinds) => `${option} "${pair}": write word=kind, where kind is one of ${kinds} (or its Chinese name)`,
    badRegion: (value) => `--region "${value}": write 省/市/区县/镇/村 from the province down, e.g. 浙江省/嘉兴市/平湖市`,
    badMap: (pair, fields) => `--map "${pair}": write header=field, where field is one of ${fields.join(', ')}`,
    badMode: (value, modes) => `--mode "${value}": use one of ${list(modes)}`,
    badAttach: (value) => `--attach "${value}": write collection/id, e.g. routes/hongse-yuanyuan`,
    replaceBodyWithoutForce: '--replace-body only means something with --force',
    mergeAndNew: '--merge and --new say different things: give one',
    gtfsOnly: (option) => `--${option} is for gtfs imports only`,
    needOperatorCity: 'a transit entry names the city whose operator runs it: pass --operator-city, e.g. --operator-city 上海市金山区',
    badLang: (value) => `--lang "${value}": use zh or en`,
  },
  run: {
    missingFile: (file) => `${file} does not exist`,
    noPack: (root) => `${root} has no pack.yaml: point --pack at a pack folder (see README, "The content pack")`,
    unreadable: (n, lines) =>
      `fix ${n} file(s) of the pack that cannot be read as text first (npm run check -- --fix-encoding saves GBK and UTF-16 files as UTF-8):\n${lines}`,
    brokenConfig: (lines) => `fix pack.yaml first:\n${lines}`,
    unknownSource: (keys, known) =>
      `--source ${keys.join(', ')}: not a key of pack.yaml's sources (${known.length ? known.join(', ') : 'it lists none'}); add the source to pack.yaml first`,
    noSuchEntry: (attach) => `--attach ${attach}: the pack has no such entry; write or import it first`,
    xls: (file) => `${file}: old-style .xls cannot be read; in Excel, save it as .xlsx or CSV (UTF-8)`,
    wrongExtension: (file, kind, wanted, ext) => `${file}: a ${kind} import reads ${wanted}, not ${ext || 'a file without extension'}`,
    noSheet: (sheet, names) => `Sheet not found: ${sheet} (the sheets are ${names.map((s) => `“${s}”`).join(', ')})`,
    badJson: (file, message) => `${file}: unparsable JSON: ${message}`,
    failed: (file, message) => `${file}: ${message}`,
    noTitleColumn: (file, headers) => `${file}: no name column (名称/name) among ${headers.join(', ')}; name it with --map <header>=title`,
    noCoordinateColumns: (file, headers) =>
      `${file}: no 经度 and 纬度 (lon, lat) columns among ${headers.join(', ')}; name them with --map <header>=lon,<header>=lat`,
    dryRun: (files, root) => `Dry run: nothing written. Run again with --write to write ${files} file(s) into ${root}.`,
    dryRunNothing: 'Dry run: nothing to write.',
    nothingToWrite: 'Nothing to write.',
    wrote: (files, root) => `Wrote ${files} file(s) into ${root}:`,
    created: (path) => `  created ${path}`,
    replaced: (path) => `  replaced ${path}`,
    kept: (fields) => `  (kept from the old file: ${fields.join(', ')})`,
    bodyReplaced: '  (body replaced by the row’s new body)',
    bodyKept: '  (old body kept)',
    more: (n) => `  … and ${n} more`,
    passes: 'The pack passes npm run check.',
    leftToFix: (n) => `Left to fix (${n}; npm run check lists the same):`,
    inWritten: '  in the files just written:',
    elsewhere: '  elsewhere in the pack:',
    rowsLeftOut: (n) => `${n} row(s) or feature(s) were left out for the problems above (those already in the pack not counted): exit code 3, for scripts.`,
  },
  read: {
    heading: (file) => `Read ${file}:`,
    crs: (crs, given) => (given ? `coordinates: ${crs} (--crs)` : `coordinates: ${crs} (the default; --crs gcj02 for 高德/腾讯 points, --crs bd09 for 百度)`),
    fileCrs: (crs) => `coordinates: ${crs} (as the file says)`,
    fileCrsWins: (crs, option) => `the file says crs ${crs}; that wins over --crs ${option}`,
    sheet: (name, n) => `sheet “${name}” (number ${n})`,
    sheetsPassed: (names) => `sheets passed over, having no header: ${names.map((s) => `“${s}”`).join(', ')} (--sheet <name> to read one of them)`,
    encoding: (encoding, reason) => `encoding ${encoding} (${reason})`,
    reasons: {
      forced: '--encoding',
      bom: 'byte-order mark',
      utf8: 'valid UTF-8',
      xml: 'XML declaration',
      gbk: 'not valid UTF-8; read as GB18030 (GBK), as Excel saves CSV on Chinese Windows',
      utf16: 'not valid UTF-8; NUL bytes of UTF-16 without a mark',
    },
    csvError: (row, message) => `CSV row ${row}: ${message}`,
    headerRow: (row) => `header on row ${row}; ${row === 2 ? 'row 1 above it is' : `rows 1–${row - 1} above it are`} not data and passed over`,
    emptyRows: (n, rows) => `${n} empty row(s) passed over: ${rows}`,
    columns: (used) => `columns: ${used}`,
    column: (header, field) => `${header} → ${field}`,
    noColumns: 'columns: none recognised',
    ignored: (header) => `column “${header}” not imported: no field of that name (--map "${header}=field" to use it)`,
    doubled: (header, field, first) => `column “${header}” not imported: ${field} is already taken from “${first}”`,
    unusedProps: (names, n) =>
      `properties not used (in ${n} feature(s)): ${names.join(', ')} (only name, description, kind, address and the like are read; rename them and export again to use them)`,
    droppedImages: (n) => `${n} feature(s) have pictures (<img>) in their description; pictures are not imported: save them and put them in the body if needed`,
    allSwapped: 'every row looks swapped: the 经度 and 纬度 headers are probably the wrong way round (--map 经度=lat,纬度=lon)',
    features: (n, what) => `${n} feature(s): ${what}`,
    inCrs: (crs) => `, in ${crs}`,
    geometryCount: (type, n) => `${n} ${type}`,
    none: 'none',
    gtfs: (routes, trips, stops, shapes, frequencies) =>
      `${routes} route(s), ${trips} trip(s), ${stops} stop(s); shapes.txt ${shapes ? 'present' : 'absent'}, frequencies.txt ${frequencies ? 'present' : 'absent'}`,
    summaryRead: (file, what) => `Read ${file}: ${what}`,
    chooseRoutes: 'Choose the routes to import with --route (repeatable):',
    routeLine: (id, title, type, trips) => `  --route ${id}  “${title}”  ${type}, ${trips} trips`,
    nothingPlanned: 'Nothing planned: no --route given.',
    crsHint: (n, metres) =>
      `hint: ${n} place(s) lie about ${metres} m from the pack's place of the same name, in the direction of the GCJ-02 offset: the file is probably in 高德/腾讯 coordinates; try again with --crs gcj02`,
  },
  archive: {
    tooBig: (what, mb) => ({
      message: `${what} inflates to more than ${mb} MB; unpacking stopped (it may be a zip bomb)`,
      hint: 'check where the file comes from; a real KMZ or GTFS feed is not that big. If need be, unzip it yourself and import the .kml or .txt files',
    }),
    ratio: (what, ratio) => ({
      message: `${what} is compressed more than ${ratio} to 1; unpacking stopped (it may be a zip bomb)`,
      hint: 'check where the file comes from; if need be, unzip it yourself and import the .kml or .txt files',
    }),
    broken: (what) => ({ message: `${what} is not a complete zip file`, hint: 'export or download the file again' }),
    method: (what, method) => ({ message: `${what} uses a compression method that cannot be read (${method})`, hint: 'zip it again with plain deflate' }),
    noKml: () => ({ message: 'the KMZ holds no .kml file', hint: 'export the KMZ again from 奥维 or Google Earth, or export KML' }),
    noFeed: (missing) => ({ message: `not a GTFS feed: ${missing.join(', ')} missing`, hint: 'check that the zip holds the GTFS .txt files' }),
  },
  xml: {
    notXml: (what, detail) => ({ message: `${what} is not well-formed XML: ${detail}`, hint: 'export it again from the map tool' }),
    root: (found, wanted) => ({
      message: `the file's root element is <${found}>, not <${wanted}>`,
      hint: `check that this is a ${String(wanted).toUpperCase()} file`,
    }),
    kml: 'the KML file',
    gpx: 'the GPX file',
  },
  geojson: {
    notObject: () => ({ message: 'not a GeoJSON object', hint: 'open it in geojson.io to check' }),
    unknownCrs: (crs) => ({ message: `unknown crs "${crs}"`, hint: 'use wgs84, gcj02 or bd09' }),
    notWgs84: (name) => ({ message: `crs "${name}" is not WGS-84`, hint: 'reproject the file to EPSG:4326, or write "crs": "gcj02" or "bd09"' }),
    badType: (type) => ({ message: `type ${type} is not a FeatureCollection, Feature or geometry`, hint: 'open it in geojson.io to check' }),
  },
  encoding: {
    unknown: (name) => ({ message: `unknown encoding "${name}"`, hint: 'use e.g. utf8, gb18030, gbk, utf16le, big5' }),
  },
  row: {
    noName: () => ({ message: 'no name', hint: 'fill the 名称/name cell' }),
    longName: (max) => ({ message: `name is longer than ${max} characters`, hint: 'shorten it; the long form can go in 简介' }),
    badId: (id) => ({ message: `"${id}" is not a valid id`, hint: 'use lowercase letters, digits and hyphens, or leave the id cell empty' }),
    unknownKind: (word, flag, suggestion, kinds) => ({
      message: `unknown kind "${word}"`,
      hint: suggestion
        ? `map it with --kinds "${flag}=${suggestion}", or give a default with --kind`
        : `map it with --kinds "${flag}=<kind>" (${kinds}), or give a default with --kind`,
    }),
    noKind: (kinds) => ({ message: 'no kind', hint: `fill the kind cell (${kinds}), or give a default with --kind` }),
    kindWords: (kinds) => `kinds: ${kinds}`,
    unknownCrs: (crs) => ({ message: `unknown coordinate system "${crs}"`, hint: 'write wgs84, gcj02 (高德/腾讯) or bd09 (百度)' }),
    noLon: () => ({ message: 'missing longitude', hint: 'fill the 经度/lon cell' }),
    noLat: () => ({ message: 'missing latitude', hint: 'fill the 纬度/lat cell' }),
    badLon: (cell) => ({ message: `"${cell}" is not a longitude`, hint: 'write decimal degrees, e.g. 121.05, or 121°03′00″' }),
    badLat: (cell) => ({ message: `"${cell}" is not a latitude`, hint: 'write decimal degrees, e.g. 30.66, or 30°39′36″' }),
    badPair: (cell) => ({ message: `"${cell}" is not a "longitude,latitude" pair`, hint: 'write e.g. 121.05,30.66' }),
    noCoordinates: () => ({ message: 'missing coordinates', hint: 'fill 经度/lon and 纬度/lat' }),
    noSource: () => ({ message: 'no source', hint: 'fill the 来源/source cell, or pass --source <a key of pack.yaml sources>' }),
    sourceNotKey: (key, known) => ({
      message: `source "${key}" is not a key of pack.yaml's sources`,
      hint: known.length ? `use one of ${known.join(', ')}, or write the source's title` : 'add it under sources in pack.yaml',
    }),
    badPartnership: (p) => ({ message: `"${p}" is not an id of a partnership`, hint: 'write partnership ids joined by |' }),
    badPrecision: (p) => ({ message: `"${p}" is not a precision`, hint: 'write "survey" or "approximate: <what the point stands for>"' }),
    noRegion: () => ({
      message: 'no region: no 省/市/区县 cells, no --region, and the point is on no outline of the pack’s boundary layer',
      hint: 'add a 省/province column, or pass --region 省/市/区县',
    }),
    regionWithoutProvince: (region) => ({
      message: `region ${region} has no province, and neither --region nor the pack's boundary layer supplies one that agrees`,
      hint: 'add a 省/province column, or pass --region 省/市/区县',
    }),
    secondWithoutProvince: () => ({ message: 'the second region has no province', hint: 'fill province_2: the province on the other side of the border' }),
  },
  point: {
    swappedOutOfRange: (lon, lat) => ({
      message: `longitude and latitude look swapped: (${lon}, ${lat}) is out of range, (${lat}, ${lon}) is inside the service area`,
      hint: 'swap the two cells, or the two column headers with --map',
    }),
    outOfRange: (lon, lat) => ({ message: `(${lon}, ${lat}) is out of range: longitude is -180..180, latitude -90..90`, hint: 'check the two numbers' }),
    swappedOutside: (lon, lat) => ({
      message: `longitude and latitude look swapped: (${lon}, ${lat}) is outside the service area, (${lat}, ${lon}) is inside it`,
      hint: 'swap the two cells, or the two column headers with --map',
    }),
    outside: (shown, area) => ({
      message: `${shown} is outside the pack's service area [${area.join(', ')}]`,
      hint: 'check the numbers and --crs, or widen serviceArea in pack.yaml',
    }),
    converted: (crs, lon, lat, x, y) => `${crs} (${lon}, ${lat}) = WGS-84 (${x}, ${y})`,
  },
  dup: {
    sameId: (first, id) => ({ message: `duplicate: ${first} has the same id "${id}"`, hint: 'remove one of the rows' }),
    sameName: (first, metres) => ({ message: `duplicate: ${first} has the same name within ${metres} m`, hint: 'remove one of the rows' }),
    inPack: (id, path) => ({
      message: `already in the pack as sites/${id} (${path}); not overwritten`,
      hint: 'pass --force to update it from this row (its body is kept unless the row gives one)',
    }),
    likely: (title, metres, id) => ({
      message: `${metres} m from “${title}”, likely the same place (sites/${id})`,
      hint: 'pass --merge to update that entry if it is the same place, or --new to import the row as a new entry',
    }),
    merged: (title) => `likely the same place: the existing entry “${title}” updated (--merge)`,
    kept: (title) => `likely the same place: a new entry made beside “${title}” (--new)`,
    geometryThere: (id, file, shared) => ({
      message: `sites/${id} already has a geometry in ${file}; the outline is not written`,
      hint: shared ? 'that file holds other entries too: edit it by hand' : 'pass --force to replace it',
    }),
  },
  notes: {
    kindFromOption: (word, kind) => `kind "${word}" not understood: --kind ${kind} used`,
    noKindOption: (kind) => `no kind: --kind ${kind} used`,
    regionFromBoundary: 'region taken from the pack’s boundary layer',
    regionFromOption: 'region taken from --region',
    generatedSummary: 'no 简介: summary written from name and region (edit it)',
    longSummary: (max) => `简介 longer than ${max} characters: its first sentence is the summary, the whole text the body`,
    idTaken: 'id already taken by another place of the same name: region or number added',
    typeParts: '高德 type strings (风景名胜;纪念馆;纪念馆) split on ";", the most specific part used',
    lineNamedLikeEntry: 'line named like an entry of the pack: imported as that entry’s geometry',
    routeSummary: 'route summary written from its stops (edit it)',
    routeFromLine: (metres, mode) => `route made from a line: stops are the sites within ${metres} m, modes [${mode}] (--mode)`,
    transitLinked: 'transit stop named like a site nearby: linked to the site',
    expired: (services) => `service calendar already ended (${services}): kept, with its dates in the frequency text`,
    notBus: (type, label) => `route_type ${type} (${label}) is not a bus: imported as a transit entry all the same`,
    noShape: 'no shape in the feed: path drawn as straight legs between stops (marked schematic)',
  },
  feature: {
    noGeometry: () => ({ message: 'no geometry: nothing to place on the map', hint: 'place it in the map tool and export again' }),
    otherGeometry: (type) => ({ message: `a ${type} is neither a point, a line nor an outline`, hint: 'split it into separate placemarks in the map tool' }),
    insideOutline: (file) => `approximate: a point inside the outline drawn in ${file}`,
  },
  line: {
    notEntry: (ref) => ({ message: `"${ref}" is not an entry of the pack`, hint: 'import or write the entry first, or fix the reference' }),
    tooShort: () => ({ message: 'a line needs at least two positions', hint: 'complete the line in the map tool' }),
    geometryThere: (ref, file) => ({ message: `${ref} already has a geometry in ${file}; not overwritten`, hint: 'pass --force to replace it' }),
    sharedFile: (ref, file) => ({ message: `${ref}'s geometry is in ${file} beside other entries' geometries; not replaced`, hint: 'edit that file by hand' }),
    fewStops: (only, metres) => ({
      message: `${only ? `only ${only} lies` : 'no site lies'} within ${metres} m of the line; a route needs two stops`,
      hint: 'import the sites it passes first, or in the same file; or make it the geometry of an entry with --attach collection/id',
    }),
    noName: () => ({ message: 'the line has no name, and a route needs a title', hint: 'name it in the file, or use --attach collection/id' }),
    noSource: () => ({ message: 'no source', hint: 'pass --source <a key of pack.yaml sources>' }),
    geometry: (n) => `${n} line(s)`,
    stops: (n) => `${n} stops`,
  },
  gtfs: {
    noRoute: (id, ids) => ({ message: `no route "${id}" in routes.txt`, hint: `use one of ${ids.join(', ')}` }),
    noTrips: () => ({ message: 'the route has no trip with two or more stops in stop_times.txt', hint: 'check trips.txt and stop_times.txt of the feed' }),
    stopIncomplete: () => ({ message: 'the stop has no name or no coordinates in stops.txt', hint: 'complete stops.txt' }),
    stopMissing: () => ({ message: 'stop_times.txt names a stop that is not in stops.txt', hint: 'complete stops.txt' }),
    noSide: () => ({ message: 'no side: the stop lies on no outline of the pack’s boundary layer', hint: 'pass --side <province>, e.g. --side 上海市' }),
    noSource: () => ({ message: 'no source', hint: 'add the feed to pack.yaml sources and pass --source <its key>' }),
    inPack: (id, path) => ({
      message: `already in the pack as transit/${id} (${path}); not overwritten`,
      hint: 'pass --force to update it; its Markdown text is kept',
    }),
    geometryThere: (ref, file) => ({
      message: `${ref} already has a geometry in ${file}; not overwritten`,
      hint: 'pass --force, or edit that file by hand if it holds other entries',
    }),
    where: (stops, trip) => `${stops} stops, trip ${trip}`,
    schematic: 'Straight legs between the stops of a representative trip: the feed has no shapes.txt for it.',
  },
  report: {
    head: { action: 'action', entry: 'entry', title: 'title', kind: 'kind', where: 'point / region / from' },
    actions: { new: 'new', update: 'update', geo: 'new geo' },
    more: (n) => `  … and ${n} more (--all lists them all)`,
    skippedHead: (n, total) => `Not imported (${n} of ${total}), one line per reason:`,
    hintMarks: ['  (', ')'],
    notesHead: 'Notes:',
    note: (n, text) => `${n} × ${text}`,
    total: (total, entries, what, geometries, skipped) =>
      `${total} read: ${entries} entr${entries === 1 ? 'y' : 'ies'} to write${what}, ${geometries} geometr${geometries === 1 ? 'y' : 'ies'}, ${skipped} not imported.`,
    what: (by, created, updated) => ` (${by}; ${created} new, ${updated} updated)`,
    collections: {},
    separator: ', ',
  },
  content: {
    precision: 'approximate: imported, not checked on the ground',
    fileSource: (file) => `imported file ${file}`,
  },
  write: {
    appeared: (path) => ({ message: `${path} appeared while importing; nothing was overwritten`, hint: 'run the import again' }),
  },
};
