/**
 * Astro content-layer loader for one collection of the pack. The whole pack is validated
 * first; any problem stops the build with every problem listed.
 */
import type { Loader } from 'astro/loaders';
import { forgetPack, getPack } from './index.ts';
import { PackError } from './problems.ts';
import { sanitizeBodyHtml } from './sanitize-html.ts';
import type { CollectionName } from './schemas.ts';

export function packLoader(collection: CollectionName): Loader {
  return {
    name: `pack-${collection}`,
    async load({ store, renderMarkdown, generateDigest, watcher }) {
      const pack = getPack();
      if (pack.problems.length) throw new PackError(pack.problems);
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
      watcher?.on('change', () => forgetPack());
    },
  };
}
