/**
 * The benchmark's floor: a bare Astro site over the same pack, one page per entry and language (title and
 * rendered Markdown), no integrations, no schema, no images. What Astro itself costs for these entries on this
 * machine, so that the report can say how many times that our build takes (issue 17 aims at ≤ 2×).
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const page = (lang: string, prefix: string) => `---
import { getCollection, render } from 'astro:content';
import { NAMES } from '../../names.ts';
export async function getStaticPaths() {
  const paths = [];
  for (const collection of NAMES)
    for (const entry of await getCollection(collection)) paths.push({ params: { collection, id: entry.id }, props: { entry } });
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="${lang}"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><a href="${prefix}/">home</a><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></body></html>
`;

/** Writes the floor project for `pack` into `dir` (node_modules linked from `nodeModules`) and returns `dir`. */
export function floorProject(pack: string, dir: string, nodeModules: string): string {
  const names = readdirSync(join(pack, 'content'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/en/[collection]'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "floor", "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.DIST_DIR });\n",
  );
  writeFileSync(join(dir, 'src/names.ts'), `export const NAMES = ${JSON.stringify(names)} as const;\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${names
      .map((n) => `  ${JSON.stringify(n)}: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(join(pack, 'content', n))} }) }),`)
      .join('\n')}\n};\n`,
  );
  writeFileSync(join(dir, 'src/pages/[collection]/[id].astro'), page('zh-CN', ''));
  writeFileSync(join(dir, 'src/pages/en/[collection]/[id].astro'), page('en', '/en').replace("'../../names.ts'", "'../../../names.ts'"));
  writeFileSync(join(dir, 'src/pages/index.astro'), '<html lang="zh-CN"><head><meta charset="utf-8" /><title>floor</title></head><body>floor</body></html>\n');
  return dir;
}
