/**
 * Dates that are well-formed but wrong: a day the calendar does not have (2017-02-30), and a date after today,
 * unless the entry says it is `planned`. "Today" comes from the caller, so a test can fix the clock.
 */
import type { PackEntries, PackEntry } from '../load.ts';
import type { PackMessages } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { PackConfig } from '../schemas.ts';
import { at } from './points.ts';

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a day, month or year the calendar has. */
export function isCalendarDate(date: string): boolean {
  const [y, mo, d] = date.split('-').map(Number);
  if (d === undefined || y === undefined || mo === undefined) return true;
  // Day 0 of the next month is the last day of this one; UTC keeps the machine's time zone out of it.
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Whether the date, at its own precision, is after today (`2026` is not after 2026-12-02, `2027` is). */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/**
 * Today's date where the pack's readers and writers are: China Standard Time (UTC+8, no summer time), so a build
 * abroad or just after midnight does not call yesterday's event "in the future".
 */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The entry's own date fields, and those of a person: life dates, and each role's and tie's. */
const DATE_KEYS = ['since', 'signed', 'date', 'born', 'died', 'until'] as const;

/** Every date field of an entry, with its path. */
function datesOf(entry: PackEntry): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const own = (value: unknown, path: PropertyKey[]) => {
    const data = value as Partial<Record<(typeof DATE_KEYS)[number], unknown>>;
    for (const key of DATE_KEYS) {
      const v = data[key];
      if (typeof v === 'string') out.push([[...path, key], v]);
    }
  };
  own(entry.data, []);
  if (entry.collection === 'people') {
    const d = entry.data as { roles?: unknown[]; ties?: unknown[] };
    for (const list of ['roles', 'ties'] as const)
      d[list]?.forEach((item, i) => {
        own(item, [list, i]);
      });
  }
  return out;
}

export function checkDates(entries: PackEntries, config: PackConfig, today: string, m: PackMessages): Problem[] {
  const out: Problem[] = [];
  for (const entry of Object.values(entries).flat() as PackEntry[]) {
    for (const [path, date] of datesOf(entry)) {
      if (!isCalendarDate(date)) out.push({ ...at(entry, path), ...m.facts.noSuchDay(date) });
      else if (isAfter(date, today) && !entry.data.planned) out.push({ ...at(entry, path), ...m.facts.future(date, today) });
    }
  }
  // A source cannot have been published after today: no `planned` for it.
  for (const [key, source] of Object.entries(config.sources)) {
    if (source.date === undefined) continue;
    const where = { file: 'pack.yaml', entry: '-', field: `sources.${key}.date` };
    if (!isCalendarDate(source.date)) out.push({ ...where, ...m.facts.noSuchDay(source.date) });
    else if (isAfter(source.date, today)) out.push({ ...where, ...m.facts.futureSource(source.date, today) });
  }
  return out;
}
