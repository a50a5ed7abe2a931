/**
 * The editor page: Decap CMS from node_modules with the configuration the server generated from the schemas, the pack's
 * own file format, the point widget, the entry preview with the pack check, and a notice of the check after saving.
 */
import './manual-init.ts';
import DecapCms from 'decap-cms-app/dist/decap-cms-app.js';
import { editorEn } from '../../i18n/editor/en.ts';
import { editorZhCN } from '../../i18n/editor/zh-CN.ts';
import { entryFromFile, entryToFile } from '../format.ts';
import { check } from './api.ts';
import { pointWidget } from './point-widget.ts';
import { entryPath, previewTemplate } from './preview.ts';
import { regionsWidget } from './regions-widget.ts';
import type { Cms, PageConfig } from './types.ts';

const mod = DecapCms as unknown as { default?: Cms; DecapCmsApp?: Cms } & Cms;
const CMS: Cms = mod.DecapCmsApp ?? mod.default ?? mod;

function notice(config: PageConfig, lines: string[] | undefined): void {
  const C = config.words.check;
  document.querySelector('.pack-notice')?.remove();
  const box = document.createElement('div');
  box.className = 'pack-notice';
  box.setAttribute('role', lines?.length ? 'alert' : 'status');
  box.dataset.problems = String(Boolean(lines?.length));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭');
  close.addEventListener('click', () => box.remove());
  const head = document.createElement('strong');
  head.textContent = lines === undefined ? C.failed : lines.length ? C.savedProblems(lines.length) : C.savedOk;
  box.append(close, head);
  if (lines?.length) {
    const pre = document.createElement('pre');
    pre.textContent = lines.join('\n');
    box.append(pre);
  }
  document.body.append(box);
}

async function start(): Promise<void> {
  const config = (await (await fetch('/editor-config.json')).json()) as PageConfig;
  // The words' functions do not survive JSON: the page takes its own copy of the dictionary the server chose.
  config.words = config.cms.locale === 'en' ? editorEn : editorZhCN;
  document.title = config.words.title;
  CMS.registerCustomFormat('pack-md', 'md', { fromFile: entryFromFile, toFile: (data) => entryToFile(data as Record<string, unknown>) });
  CMS.registerWidget('pack-point', pointWidget(config));
  CMS.registerWidget('pack-regions', regionsWidget(config));
  const Preview = previewTemplate(config);
  for (const c of config.cms.collections) CMS.registerPreviewTemplate(c.name, Preview);
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      try {
        const r = await check(entryPath(config, entry));
        notice(config, [...r.problems, ...r.warnings]);
      } catch (e) {
        console.error('pack check after saving', e);
        notice(config, undefined);
      }
    },
  });
  CMS.init({ config: config.cms });
}

void start();
