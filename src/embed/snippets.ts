/** The two snippets a department pastes: an <iframe>, or the loader script and a <dangjian-map>. */

import { escapeMarkup } from '../security/escape.ts';
import { sitePath } from '../site/paths.ts';
import type { EmbedKind } from './kinds.ts';
import { type EmbedParams, serializeEmbedParams } from './params.ts';

export interface SnippetInput {
  origin: string;
  path: string;
  kind: EmbedKind;
  id?: string;
  label: string;
  params: Partial<EmbedParams>;
}

/** A screen reader announces the frame by the title the department gave the widget, else by what it shows. */
export function frameTitle(s: Pick<SnippetInput, 'label' | 'params'>): string {
  return s.params.title || s.label;
}

/** `path` with the parameters `query` (`?a=1`) added, also to a path that has some already (`embed/site/?id=x`). */
export function withQuery(path: string, query: string): string {
  return query && path.includes('?') ? `${path}&${query.slice(1)}` : `${path}${query}`;
}

/** The iframe snippet's attributes, in order: the snippet writes them and the generator's preview sets them. */
export function frameAttributes(s: SnippetInput): [string, string][] {
  return [
    ['src', `${s.origin}${withQuery(s.path, serializeEmbedParams(s.params))}`],
    ['title', frameTitle(s)],
    ['loading', 'lazy'],
    ['width', '100%'],
    ['height', String(s.params.height ?? 420)],
    ['style', 'border:0;max-width:100%'],
    ['sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'],
    ['allow', 'fullscreen; geolocation'],
  ];
}

export function iframeSnippet(s: SnippetInput): string {
  return `<iframe ${frameAttributes(s)
    .map(([k, v]) => `${k}="${escapeMarkup(v)}"`)
    .join(' ')}></iframe>`;
}

export function scriptSnippet(s: SnippetInput): string {
  const attrs: string[] = [];
  if (s.kind !== 'map' && s.id) attrs.push(`${s.kind}="${escapeMarkup(s.id)}"`);
  const p = s.params;
  if (p.layers) attrs.push(`layers="${escapeMarkup(p.layers.join(','))}"`);
  if (p.kinds?.length) attrs.push(`kinds="${escapeMarkup(p.kinds.join(','))}"`);
  if (p.region) attrs.push(`region="${escapeMarkup(p.region)}"`);
  if (p.band) attrs.push(`band="${escapeMarkup(p.band)}"`);
  if (p.partnership) attrs.push(`partnership="${escapeMarkup(p.partnership)}"`);
  if (p.site) attrs.push(`selected="${escapeMarkup(p.site)}"`);
  for (const f of ['list', 'legend', 'search'] as const) if (p[f]) attrs.push(`${f}="1"`);
  if (p.title) attrs.push(`title="${escapeMarkup(p.title)}"`);
  if (p.lang && p.lang !== 'zh-CN') attrs.push(`lang="${escapeMarkup(p.lang)}"`);
  attrs.push(`height="${p.height ?? 420}"`, `label="${escapeMarkup(frameTitle(s))}"`);
  return `<script src="${s.origin}${sitePath('embed.js')}" async></script>\n<dangjian-map ${attrs.join(' ')}></dangjian-map>`;
}
