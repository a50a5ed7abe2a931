/** What the import prints: a table of the plan, a line per row left out, and a summary with counts. */
import { formatSkipped, type Plan } from './plan.ts';

/** Terminal columns of a string: CJK characters and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export function padTo(s: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - (displayWidth(s) > width ? 1 : 0)) {
      out += '…';
      w += 1;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, width - w));
}

export const TABLE_ROWS = 40;

export function planTable(plan: Plan, all: boolean): string[] {
  if (plan.entries.length === 0) return [];
  const rows = all ? plan.entries : plan.entries.slice(0, TABLE_ROWS);
  const ref = (e: Plan['entries'][number]) => `${e.collection}/${e.id}`;
  const refWidth = Math.min(44, Math.max(5, ...rows.map((e) => ref(e).length)));
  const lines = [`  ${padTo('action', 8)}${padTo('entry', refWidth + 2)}${padTo('title', 26)}${padTo('kind', 16)}point / region / from`];
  for (const e of rows) {
    const action = e.action === 'replace' ? 'update' : e.data ? 'new' : 'new geo';
    lines.push(`  ${padTo(action, 8)}${padTo(ref(e), refWidth + 2)}${padTo(e.show.title, 26)}${padTo(e.show.what, 16)}${e.show.where}  (${e.at})`.trimEnd());
  }
  if (rows.length < plan.entries.length) lines.push(`  … and ${plan.entries.length - rows.length} more (--all lists them all)`);
  return lines;
}

export function counts(plan: Plan): { entries: number; created: number; updated: number; geometries: number; skippedItems: number } {
  // A row imported with one part left out (an outline not replaced) counts as imported; its line still shows.
  const planned = new Set(plan.entries.map((e) => e.at));
  const skippedAt = new Set(plan.skipped.map((s) => s.at).filter((at) => !planned.has(at)));
  return {
    entries: plan.entries.filter((e) => e.data).length,
    created: plan.entries.filter((e) => e.data && e.action === 'new').length,
    updated: plan.entries.filter((e) => e.data && e.action === 'replace').length,
    geometries: plan.entries.filter((e) => e.geometry).length,
    skippedItems: skippedAt.size,
  };
}

export function planReport(plan: Plan, all: boolean): string[] {
  const out: string[] = [];
  out.push(`Read ${plan.file}:`);
  for (const r of plan.read) out.push(`  ${r}`);
  const table = planTable(plan, all);
  if (table.length) out.push('', ...table);
  if (plan.skipped.length) {
    out.push('', `Not imported (${counts(plan).skippedItems} of ${plan.total}), one line per reason:`);
    for (const s of plan.skipped) out.push(`  ${formatSkipped(plan.file, s)}`);
  }
  if (plan.notes.size) {
    out.push('', 'Notes:');
    for (const [text, n] of plan.notes) out.push(`  ${n} × ${text}`);
  }
  const c = counts(plan);
  const by: Record<string, number> = {};
  for (const e of plan.entries) if (e.data) by[e.collection] = (by[e.collection] ?? 0) + 1;
  const what = Object.entries(by)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  out.push(
    '',
    `${plan.total} read: ${c.entries} entr${c.entries === 1 ? 'y' : 'ies'} to write${what ? ` (${what}; ${c.created} new, ${c.updated} updated)` : ''}, ${c.geometries} geometr${c.geometries === 1 ? 'y' : 'ies'}, ${c.skippedItems} not imported.`,
  );
  return out;
}
