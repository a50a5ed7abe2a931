/**
 * `astro dev` with a broken pack: every page and data file answers with the pack's problems, one per line in the
 * `path:line  entry  field  message` form, until the file is fixed; Vite's own module requests still go through.
 */
import { escapeMarkup } from '../security/escape.ts';
import { type PackMessages, zh } from './messages/index.ts';
import { formatProblem, type Problem } from './problems.ts';

/** Whether `astro dev` answers `url` from the pack (a page, an endpoint) rather than with a module of Vite's. */
export function servedFromPack(url: string, base: string): boolean {
  const path = url.split('?')[0] ?? '/';
  const rest = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
  return !/^(@|node_modules\/|src\/|__)/.test(rest);
}

export function problemsResponse(problems: readonly Problem[], accept = '', m: PackMessages = zh): { status: number; type: string; body: string } {
  const heading = m.summary.devBroken(problems.length);
  const lines = problems.map(formatProblem);
  if (!accept.includes('text/html')) return { status: 500, type: 'text/plain; charset=utf-8', body: `${heading}\n${lines.join('\n')}\n` };
  const body = `<!doctype html><html lang="${m.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${escapeMarkup(m.summary.devBrokenTitle)}</title></head><body><h1>${escapeMarkup(heading)}</h1><pre>${escapeMarkup(lines.join('\n'))}</pre></body></html>\n`;
  return { status: 500, type: 'text/html; charset=utf-8', body };
}
