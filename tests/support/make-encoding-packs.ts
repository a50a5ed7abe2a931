/**
 * Writes the scenario packs whose bytes matter (GBK, UTF-16, BOM, CRLF) from the base pack's own text, so each
 * fixture is the file a town office would save from Notepad. Run it after changing the base pack:
 * node_modules/.bin/node tests/support/make-encoding-packs.ts
 * The files are committed as binary (.gitattributes) so git never touches a byte of them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodeGbk } from './gbk.ts';
import { PACKS } from './scenario.ts';

const base = (file: string) => readFileSync(join(PACKS, 'base', file), 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** The base route geometry with the route's name in it, so the GeoJSON has Chinese to mis-encode. */
export const NAMED_GEOJSON = base('geo/red-origins.geojson').replace('"entry": "routes/red-origins"', '"entry": "routes/red-origins", "name": "红色起源"');

export const ENCODING_PACKS: Record<string, Record<string, Uint8Array | string>> = {
  'gbk-markdown': { 'content/sites/shantang.md': encodeGbk(crlf(base('content/sites/shantang.md'))) },
  'gbk-pack-yaml': { 'pack.yaml': encodeGbk(crlf(base('pack.yaml'))) },
  'gbk-geojson': { 'geo/red-origins.geojson': encodeGbk(crlf(NAMED_GEOJSON)) },
  'utf16-markdown': { 'content/stories/yaqian-1927.md': utf16le(crlf(base('content/stories/yaqian-1927.md'))) },
  'bom-everywhere': {
    'pack.yaml': Buffer.concat([BOM, Buffer.from(base('pack.yaml'))]),
    'content/routes/red-origins.md': Buffer.concat([BOM, Buffer.from(base('content/routes/red-origins.md'))]),
    'geo/red-origins.geojson': Buffer.concat([BOM, Buffer.from(NAMED_GEOJSON)]),
  },
  crlf: {
    'pack.yaml': crlf(base('pack.yaml')),
    'content/sites/zhuanjiaowan.md': crlf(base('content/sites/zhuanjiaowan.md')),
    'geo/red-origins.geojson': crlf(NAMED_GEOJSON),
  },
};

if (import.meta.main) {
  for (const [name, files] of Object.entries(ENCODING_PACKS)) {
    for (const [file, bytes] of Object.entries(files)) {
      const path = join(PACKS, name, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
}
