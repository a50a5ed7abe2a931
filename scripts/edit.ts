/**
 * `npm run edit`: the content editor in the browser (Decap CMS, served from this machine) on the pack at CONTENT_ROOT
 * (default: this repository), or on `npm run edit -- path/to/pack`; `--port N` (default 8081), `--lang en`.
 */

import { startEditor } from '../src/editor/server.ts';
import { editorEn } from '../src/i18n/editor/en.ts';
import { editorZhCN } from '../src/i18n/editor/zh-CN.ts';
import { resolvePackRoot } from '../src/pack/root.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const lang = option('--lang');
const port = Number(option('--port') ?? process.env.EDIT_PORT ?? 8081);
const folder = args.find((a, i) => !a.startsWith('--') && !['--lang', '--port'].includes(args[i - 1] ?? ''));
const words = lang === 'en' ? editorEn : editorZhCN;

const root = resolvePackRoot(folder);
console.log(words.building);
const editor = await startEditor({ root, port, ...(lang ? { lang } : {}) });
console.log(words.started(editor.url, root));
// Ctrl+C or a kill ends the site preview's dev server with the editor, rather than leaving it running on its own.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void editor.close().finally(() => process.exit(0)));
