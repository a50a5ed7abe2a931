/**
 * `npm run edit`: one server on 127.0.0.1 that serves the self-hosted Decap CMS (bundled from node_modules, never a
 * CDN), decap-server's file-system backend writing the pack folder on disk, the pack check for the entry being edited,
 * and the pack's own offline basemap tiles for the point widget. Nothing here is part of the built site.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { containing } from '../geo/polygons.ts';
import { editorEn } from '../i18n/editor/en.ts';
import { hintsZhCN } from '../i18n/editor/hints-zh.ts';
import { type EditorStrings, editorZhCN } from '../i18n/editor/zh-CN.ts';
import { prepareBasemap } from '../map/basemap/prepare.ts';
import { buildTiles, type Tiles } from '../map/basemap/tiles.ts';
import { toWgs84 } from '../pack/crs.ts';
import { type Outline, outlinesOf } from '../pack/facts/outlines.ts';
import { loadPack } from '../pack/load.ts';
import { CRS_VALUES } from '../pack/schemas.ts';
import { checkEntry } from './check.ts';
import { editorConfig } from './config.ts';
import { schemaHints } from './hints.ts';
import { pageOfFile, sitePreview } from './site-preview.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

// Decap's own server brings express; the editor uses that one rather than a second copy.
type Req = {
  body: Record<string, unknown>;
  query: Record<string, string | undefined>;
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
};
type Res = { json(v: unknown): void; type(t: string): Res; send(b: unknown): void; status(n: number): Res; set(h: Record<string, string>): Res };
type Handler = (req: Req, res: Res, next: () => void) => void;
interface App {
  use(h: Handler): void;
  use(path: string, h: Handler): void;
  get(path: string, h: Handler): void;
  post(path: string, h: Handler): void;
  listen(port: number, host: string, cb: () => void): Server;
}
const express = createRequire(require.resolve('decap-server'))('express') as (() => App) & { json(o: { limit: string }): Handler };
const { registerLocalFs } = require('decap-server/dist/middlewares.js') as { registerLocalFs(app: App, o?: { logLevel?: string }): Promise<void> };

export interface EditorOptions {
  /** The pack folder (with pack.yaml). */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  lang?: string;
}

export interface RunningEditor {
  url: string;
  close(): Promise<void>;
}

/** The browser side, bundled once per start: Decap, React, MapLibre and the pack's widgets in one local script. */
async function bundleClient(outdir: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/editor/client/main.ts')],
    bundle: true,
    format: 'iife',
    outdir,
    entryNames: 'editor',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.wasm': 'file' },
    logLevel: 'error',
  });
}

function page(words: EditorStrings): string {
  return `<!doctype html>
<html lang="${words.cmsLocale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${words.title}</title>
<link rel="stylesheet" href="/assets/maplibre-gl.css">
<link rel="stylesheet" href="/assets/editor.css">
</head>
<body>
<script src="/assets/editor.js"></script>
</body>
</html>`;
}

const regionOf = (o: Outline) => ({
  province: o.province,
  ...(o.city ? { city: o.city } : {}),
  ...(o.county ? { county: o.county } : {}),
  ...(o.town ? { town: o.town } : {}),
});

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const root = resolve(options.root);
  const words = options.lang === 'en' ? editorEn : editorZhCN;
  const pack = loadPack(root, options.lang ? { lang: options.lang } : {});
  const config = pack.config;
  const outlines = outlinesOf(pack.basemap).filter((o) => o.county || o.town);
  let tiles: Tiles | undefined;
  const tilesOf = () => {
    tiles ??= buildTiles(prepareBasemap(pack.basemap, config.serviceArea as [number, number, number, number]));
    return tiles;
  };
  const assets = join(ROOT, 'node_modules/.cache/pack-editor');
  await bundleClient(assets);
  const cms = (origin: string) =>
    editorConfig(
      {
        contentFolder: config.paths.content,
        imagesFolder: config.paths.images,
        sources: Object.entries(config.sources).map(([key, s]) => ({ key, title: s.title })),
        // The schemas' doc comments are English; a Chinese editor shows their translation (hints-zh.test.ts keeps the two in step).
        hints: options.lang === 'en' ? schemaHints() : hintsZhCN,
        words,
      },
      `${origin}/api/v1`,
    );

  const app = express();
  let origin = '';
  // The backend writes files: only this page may call it. A foreign page (another origin, or a rebinding host name)
  // is refused, whatever CORS header decap-server adds.
  app.use((req, res, next) => {
    const host = req.headers.host ?? '';
    const own = new URL(origin);
    const hostOk = host === own.host || host === `localhost:${own.port}`;
    const from = req.headers.origin;
    if (!hostOk || (from && from !== `http://${host}`)) {
      res.status(403).type('text/plain').send('forbidden');
      return;
    }
    next();
  });
  app.use(express.json({ limit: '50mb' }));
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).send('');
  });
  app.get('/', (_req, res) => {
    res.type('html').send(page(words));
  });
  const file = (path: string, type: string) => (_req: Req, res: Res) => {
    res.type(type).send(readFileSync(path));
  };
  app.get('/assets/editor.js', file(join(assets, 'editor.js'), 'application/javascript'));
  app.get('/assets/editor.css', file(join(ROOT, 'src/editor/client/editor.css'), 'text/css'));
  app.get('/assets/maplibre-gl.css', file(require.resolve('maplibre-gl/dist/maplibre-gl.css'), 'text/css'));
  app.get('/assets/maplibre-gl-worker.mjs', file(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'application/javascript'));
  app.get('/editor-config.json', (req, res) => {
    const t = tilesOf();
    res.json({
      cms: cms(`http://${req.headers.host}`),
      words,
      serviceArea: config.serviceArea,
      tiles: { bounds: t.bounds, maxzoom: t.maxzoom, url: `http://${req.headers.host}/basemap/{z}/{x}/{y}.pbf` },
    });
  });
  app.get('/basemap/:z/:x/:y.pbf', (req, res) => {
    const tile = tilesOf().tiles.get(`${req.params.z}/${req.params.x}/${req.params.y}`);
    if (!tile) {
      res.status(204).send('');
      return;
    }
    res.type('application/x-protobuf').send(Buffer.from(tile));
  });
  // Where a point lies: its WGS-84 position (the map draws in it) and the outlines it falls in, as regions to propose.
  app.get('/api/place', (req, res) => {
    const lon = Number(req.query.lon);
    const lat = Number(req.query.lat);
    const crs = (CRS_VALUES as readonly string[]).includes(req.query.crs ?? '') ? (req.query.crs as (typeof CRS_VALUES)[number]) : 'wgs84';
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      res.status(400).json({ error: 'lon, lat' });
      return;
    }
    const wgs84 = toWgs84([lon, lat], crs);
    const inside = containing(outlines, wgs84) as Outline[];
    // The finest outline first: a town outline says more than its county's.
    inside.sort((a, b) => Number(Boolean(b.town)) - Number(Boolean(a.town)));
    res.json({ wgs84, regions: inside.map((o) => ({ label: o.label, region: regionOf(o) })) });
  });
  app.post('/api/check', (req, res) => {
    const path = String(req.body.path ?? '');
    const draft = typeof req.body.raw === 'string' ? req.body.raw : undefined;
    try {
      res.json(checkEntry(root, path, draft, options.lang ? { lang: options.lang } : {}));
    } catch (e) {
      res.status(400).json({ error: String(e) });
    }
  });
  // The saved entry's own page, from Astro's dev server on the pack (started on the first ask).
  const site = sitePreview(root);
  process.once('exit', () => site.close());
  app.get('/api/site-page', async (req, res) => {
    const page = pageOfFile(config.paths.content, String(req.query.path ?? ''));
    if (!page) {
      res.status(404).json({ error: 'not an entry file' });
      return;
    }
    try {
      res.json({ url: `${await site.origin()}/${options.lang === 'en' ? 'en/' : ''}${page}` });
    } catch (e) {
      console.error(String(e));
      res.status(503).json({ error: 'astro dev' });
    }
  });
  process.env.GIT_REPO_DIRECTORY = root;
  await registerLocalFs(app, { logLevel: 'warn' });

  const server = await new Promise<Server>((done) => {
    const s = app.listen(options.port ?? 0, '127.0.0.1', () => done(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((done) => {
        site.close();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
