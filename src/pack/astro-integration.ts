/**
 * Build guard: validates the pack before Astro starts (all problems at once, in the
 * `path:line  entry  field  message  (hint)` form), logs conversions and warnings (which do not stop it), and after the build
 * fails it if any entry of the pack has no page. It also puts the pack's PMTiles archive
 * in the site when that is the basemap (and serves it from the pack under `astro dev`). Under `astro dev`, while an
 * edit has broken the pack, pages answer with its problems (src/pack/dev-problems.ts).
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basemapWarnings } from '../map/basemap/warnings.ts';
import { ARCHIVE_PATH, packBasemap } from '../map/basemap-config.ts';
import { normalizeBase, sitePath } from '../site/paths.ts';
import type { PackArchive } from './archive.ts';
import { byteRange } from './byte-range.ts';
import { problemsResponse, servedFromPack } from './dev-problems.ts';
import { getPack, type Pack } from './index.ts';
import { formatProblem, PackError } from './problems.ts';
import { COLLECTIONS } from './schemas.ts';
import { entryPagePath } from './urls.ts';
import { borderWarnings } from './words.ts';

/** Pages of the pack's entries that are not in the built folder. */
export function missingPages(pack: Pack, distDir: string): string[] {
  return COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => entryPagePath(c, e.id))).filter((p) => !existsSync(join(distDir, p, 'index.html')));
}

/**
 * The pack's PMTiles archive, copied as it is (the reader's browser asks it for byte ranges): before the offline and
 * precompression integrations, which see it in the build's id and leave it uncompressed and out of the app shell.
 */
export function shipArchive(archive: PackArchive, out: string): string {
  const to = join(out, ARCHIVE_PATH);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(archive.path, to);
  const [w, s, e, n] = archive.bounds;
  const size = archive.bytes < 1e6 ? `${Math.ceil(archive.bytes / 1e3)} kB` : `${(archive.bytes / 1e6).toFixed(1)} MB`;
  return `basemap ${archive.file} → ${ARCHIVE_PATH}: ${archive.tiles}, z${archive.minzoom}–${archive.maxzoom}, [${w}, ${s}, ${e}, ${n}], ${size}`;
}

/** `astro dev` serves the archive by byte ranges from where it lies, as the built site's server will. */
function serveArchive(archive: PackArchive, req: IncomingMessage, res: ServerResponse): void {
  const range = byteRange(req.headers.range, archive.bytes);
  const headers = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${archive.bytes}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: archive.bytes - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': end - start + 1,
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${archive.bytes}` } : {}),
  });
  createReadStream(archive.path, { start, end }).pipe(res);
}

export function packIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dangjian-pack',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pack = getPack();
          if (pack.problems.length && servedFromPack(req.url ?? '/', base)) {
            const { status, type, body } = problemsResponse(pack.problems, req.headers.accept, pack.messages);
            res.writeHead(status, { 'Content-Type': type }).end(body);
            return;
          }
          const { archive } = packBasemap(pack, process.env);
          if (archive && req.url?.split('?')[0] === sitePath(ARCHIVE_PATH, undefined, base)) serveArchive(archive, req, res);
          else next();
        });
      },
      'astro:config:setup': ({ logger, config, command }) => {
        base = normalizeBase(config.base);
        const pack = getPack();
        for (const note of pack.notes) logger.info(formatProblem(note));
        for (const warning of pack.warnings) logger.warn(formatProblem(warning));
        if (pack.problems.length) {
          for (const p of pack.problems) logger.error(formatProblem(p));
          logger.error(pack.messages.summary.buildFailed(pack.problems.length));
          // Each problem is printed once, above; a thrown error would print them all again under a stack trace
          // and Astro's "An unhandled error occurred", which tells a content writer nothing.
          if (command === 'build') process.exit(1);
          throw new PackError(pack.problems);
        }
        const { basemap, warning, archive } = packBasemap(pack, process.env);
        if (warning) logger.warn(warning);
        const roles = pack.config.basemap.layers.map((l) => l.role);
        for (const w of basemapWarnings({ kind: basemap.kind, roles, siteUrl: process.env.SITE_URL, archive: Boolean(archive) })) logger.warn(w);
        for (const w of borderWarnings(pack, pack.messages.region))
          logger.warn(formatProblem({ file: 'pack.yaml', entry: '-', field: 'basemap.layers', ...w }));
        const counts = COLLECTIONS.map((c) => `${pack.entries[c].length} ${c}`).join(', ');
        logger.info(`pack ${pack.root}: ${counts}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { archive } = packBasemap(getPack(), process.env);
        if (archive) logger.info(shipArchive(archive, out));
        const missing = missingPages(getPack(), out);
        if (missing.length) {
          const message = `entries without a page in ${out}:\n${missing.join('\n')}`;
          logger.error(message);
          throw new Error(message);
        }
        logger.info(`every one of the pack's entries has its page`);
      },
    },
  };
}
