/**
 * Astro content-layer loader for one collection of the pack. The whole pack is validated
 * first; any problem stops the build with every problem listed. Under `astro dev` it reads
 * the pack again when one of its files changes, and fills the collection afresh.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { forgetPack, fromPack, getPack, type Pack } from './index.ts';
import { isPackFile, packPaths } from './pack-files.ts';
import { formatProblem, PackError } from './problems.ts';
import { sanitizeBodyHtml } from './sanitize-html.ts';
import { COLLECTIONS, type CollectionName } from './schemas.ts';

export function packLoader(collection: CollectionName): Loader {
  return {
    name: `pack-${collection}`,
    async load(context) {
      const pack = getPack();
      if (pack.problems.length) throw new PackError(pack.problems);
      await fill(context, collection, pack);
      if (context.watcher) watchPack(context, collection, pack);
    },
  };
}

async function fill({ store, renderMarkdown, generateDigest }: LoaderContext, collection: CollectionName, pack: Pack): Promise<void> {
  // The store survives between builds; a different CONTENT_ROOT must not inherit old entries.
  store.clear();
  for (const entry of pack.entries[collection]) {
    // The check has refused unsafe bodies already; the sanitizer keeps off the pages whatever it did not see.
    const rendered = await renderMarkdown(entry.body);
    const data = structuredClone(entry.data) as Record<string, unknown>;
    store.set({
      id: entry.id,
      data,
      body: entry.body,
      filePath: entry.file,
      digest: generateDigest({ data, body: entry.body }),
      rendered: { ...rendered, html: sanitizeBodyHtml(rendered.html) },
    });
  }
}

/** Packs whose problems (or whose reading again) the dev log has shown: six collections, one message. */
const told = new WeakSet<Pack>();

/**
 * `astro dev`: a change to any file of the pack forgets it (for the pages and endpoints too, src/pack/index.ts), and
 * the collection is filled again from the pack read afresh. Vite watches the project only, and CONTENT_ROOT may lie
 * elsewhere. A broken edit keeps the last good entries and logs its problems; the pages show them until it is fixed.
 */
function watchPack(context: LoaderContext, collection: CollectionName, first: Pack): void {
  const { watcher, logger, meta } = context;
  if (!watcher) return;
  let good = first;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  const reload = async () => {
    const pack = getPack();
    const tell = !told.has(pack);
    told.add(pack);
    if (pack.problems.length) {
      if (tell) logger.error(`${pack.messages.summary.devBroken(pack.problems.length)}\n${pack.problems.map(formatProblem).join('\n')}`);
      return;
    }
    good = pack;
    await fill(context, collection, pack);
    // The entries alone miss a change to pack.yaml or geo/; a changed store is what makes Astro drop the getStaticPaths
    // it keeps (a route's download gets its geometry as props) and reload the browser.
    meta.set(
      'pack',
      fromPack('dev-digest', (p) => context.generateDigest(JSON.stringify([p.config, [...p.geometries], p.basemap]))),
    );
    if (tell) {
      const m = pack.messages;
      logger.info(m.summary.devReloaded(COLLECTIONS.map((c) => m.summary.count(c, pack.entries[c].length)).join(m.summary.listSeparator)));
    }
  };
  const changed = (file: string) => {
    if (!isPackFile(good, file)) return;
    forgetPack();
    // An editor's save is often several events; read the pack once they are over.
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(reload).catch((e: unknown) => logger.error(String(e instanceof Error ? (e.stack ?? e.message) : e)));
    }, 150);
  };
  const { config, folders } = packPaths(first);
  watcher.add([config, ...folders]);
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
}
