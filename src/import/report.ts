/** What the import prints: a table of the plan, a line per row left out, and a summary with counts. */
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import type { Plan, Skipped } from './plan.ts';

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
/** Rows named on one grouped line before "and N more". */
const GROUP_SHOWN = 8;

export function planTable(plan: Plan, all: boolean, m: ImportMessages): string[] {
  if (plan.entries.length === 0) return [];
  const h = m.report.head;
  const rows = all ? plan.entries : plan.entries.slice(0, TABLE_ROWS);
  const ref = (e: Plan['entries'][number]) => `${e.collection}/${e.id}`;
  const refWidth = Math.min(44, Math.max(5, ...rows.map((e) => ref(e).length)));
  const lines = [`  ${padTo(h.action, 8)}${padTo(h.entry, refWidth + 2)}${padTo(h.title, 26)}${padTo(h.kind, 16)}${h.where}`];
  for (const e of rows) {
    const action = e.action === 'replace' ? m.report.actions.update : e.data ? m.report.actions.new : m.report.actions.geo;
    lines.push(`  ${padTo(action, 8)}${padTo(ref(e), refWidth + 2)}${padTo(e.show.title, 26)}${padTo(e.show.what, 16)}${e.show.where}  (${e.at})`.trimEnd());
  }
  if (rows.length < plan.entries.length) lines.push(m.report.more(plan.entries.length - rows.length));
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

/**
 * One line per reason: rows left out for the same reason (no region, the same unknown kind) share a line that
 * names them all, in the order of the file, so 27 rows without a region make one line and not 27.
 */
export function skippedLines(plan: Plan, m: ImportMessages): string[] {
  const groups = new Map<string, { first: Skipped; ats: string[] }>();
  for (const s of plan.skipped) {
    const key = `${s.field}\u0000${s.message}\u0000${s.hint ?? ''}`;
    const group = groups.get(key);
    if (group) group.ats.push(s.at);
    else groups.set(key, { first: s, ats: [s.at] });
  }
  const [open, close] = m.report.hintMarks as [string, string];
  return [...groups.values()].map(({ first: s, ats }) => {
    const at = ats.length === 1 ? (ats[0] as string) : m.at.rows(ats.slice(0, GROUP_SHOWN), ats.length - Math.min(ats.length, GROUP_SHOWN));
    const field = m.fields[s.field] ?? s.field;
    return `  ${plan.file}  ${at}  ${field}  ${s.message}${s.hint ? `${open}${s.hint}${close}` : ''}`;
  });
}

export function planReport(plan: Plan, all: boolean, m: ImportMessages): string[] {
  const out: string[] = [];
  out.push(m.read.heading(plan.file));
  for (const r of plan.read) out.push(`  ${r}`);
  const table = planTable(plan, all, m);
  if (table.length) out.push('', ...table);
  const c = counts(plan);
  if (plan.skipped.length) out.push('', m.report.skippedHead(c.skippedItems, plan.total), ...skippedLines(plan, m));
  if (plan.notes.size) {
    out.push('', m.report.notesHead);
    for (const [text, n] of plan.notes) out.push(`  ${m.report.note(n, text)}`);
  }
  const by: Record<string, number> = {};
  for (const e of plan.entries) if (e.data) by[e.collection] = (by[e.collection] ?? 0) + 1;
  const what = Object.entries(by)
    .map(([k, n]) => (m.report.collections[k] ? `${m.report.collections[k]} ${n}` : `${n} ${k}`))
    .join(m.report.separator);
  out.push('', m.report.total(plan.total, c.entries, what ? m.report.what(what, c.created, c.updated) : '', c.geometries, c.skippedItems));
  return out;
}
