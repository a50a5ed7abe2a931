/**
 * A transit entry's `frequency` from the feed's own timetable: frequencies.txt where the feed has it,
 * else the departures in stop_times. Every service is described with its calendar dates, expired or not:
 * sample and archived feeds are years old, and dropping them would leave nothing (the reader sees the dates).
 */
import type { Row } from './gtfs-read.ts';

/** GTFS times run past 24:00 for trips after midnight: 25:10:00 is 01:10 the next day. */
export function gtfsSeconds(time: string | undefined): number | undefined {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(time?.trim() ?? '');
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

export function clock(seconds: number): string {
  // Window ends like 07:59:59 mean "until 08:00".
  const s = seconds % 60 === 59 ? seconds + 1 : seconds;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const hh = String(h % 24).padStart(2, '0');
  return `${h >= 24 ? '次日' : ''}${hh}:${String(m).padStart(2, '0')}`;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export function daysLabel(calendar: Row | undefined): string | undefined {
  if (!calendar) return undefined;
  const on = DAYS.map((d) => calendar[d] === '1');
  if (on.every(Boolean)) return '每日';
  if (on.slice(0, 5).every(Boolean) && !on[5] && !on[6]) return '周一至周五';
  if (!on.slice(0, 5).some(Boolean) && on[5] && on[6]) return '周六、周日';
  const names = DAY_NAMES.filter((_, i) => on[i]);
  return names.length ? names.join('、') : undefined;
}

const date = (d: string | undefined) => (d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : undefined);

const minutes = (s: number) => Math.round(s / 60);

export interface ServiceTrips {
  serviceId: string;
  /** Departure at the first stop of each trip, seconds after midnight. */
  departures: number[];
  /** Rows of frequencies.txt for these trips. */
  frequencies: Row[];
}

function describeService(s: ServiceTrips, calendar: Row | undefined): string {
  const days = daysLabel(calendar);
  const from = date(calendar?.start_date);
  const to = date(calendar?.end_date);
  const head = `服务 ${s.serviceId}${days || from ? `（${[days, from && to ? `${from} 至 ${to}` : undefined].filter(Boolean).join('，')}）` : ''}`;
  if (s.frequencies.length) {
    const windows = [...s.frequencies]
      .map((f) => ({ start: gtfsSeconds(f.start_time), end: gtfsSeconds(f.end_time), headway: Number(f.headway_secs) }))
      .filter((w): w is { start: number; end: number; headway: number } => w.start !== undefined && w.end !== undefined && w.headway > 0)
      .sort((a, b) => a.start - b.start);
    // Several trips of one pattern repeat the same windows.
    const seen = new Set<string>();
    const parts = windows.map((w) => `${clock(w.start)}–${clock(w.end)} 每 ${minutes(w.headway)} 分钟一班`).filter((p) => !seen.has(p) && seen.add(p));
    if (parts.length) return `${head}：${parts.join('，')}`;
  }
  const times = [...s.departures].sort((a, b) => a - b);
  if (times.length === 0) return `${head}：时刻表未列出班次`;
  if (times.length === 1) return `${head}：每天 1 班，${clock(times[0] as number)} 发车`;
  const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const lo = sorted[0] as number;
  const hi = sorted[sorted.length - 1] as number;
  const interval = lo === hi ? `每 ${minutes(lo)} 分钟一班` : `间隔 ${minutes(lo)}–${minutes(hi)} 分钟（中位 ${minutes(median)} 分钟）`;
  return `${head}：每天 ${times.length} 班，${clock(times[0] as number)}–${clock(times[times.length - 1] as number)}，${interval}`;
}

/** One sentence per service (busiest first, at most `max`), from the feed; says which direction it counts. */
export function frequencyText(services: readonly ServiceTrips[], calendar: ReadonlyMap<string, Row>, direction: string, max = 3): string {
  const busiest = [...services].sort((a, b) => b.departures.length - a.departures.length || a.serviceId.localeCompare(b.serviceId));
  const shown = busiest.slice(0, max).map((s) => describeService(s, calendar.get(s.serviceId)));
  const more = busiest.length > max ? `；另有 ${busiest.length - max} 种服务日未列出` : '';
  return `据 GTFS 时刻表（${direction}）：${shown.join('；')}${more}。`;
}

/** Calendars that ended before `today` (YYYYMMDD), for a note: the text keeps them, the user should know. */
export function expiredServices(serviceIds: readonly string[], calendar: ReadonlyMap<string, Row>, today: string): string[] {
  return serviceIds.filter((id) => {
    const end = calendar.get(id)?.end_date;
    return end !== undefined && /^\d{8}$/.test(end) && end < today;
  });
}
