/**
 * How the itinerary's numbers read: clock times, durations, distances, in the page's language (Chinese by default).
 * Pure, shared by the pages and the planner; no dictionary is needed for these few words.
 */
import type { Locale } from '../site/paths.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** 545 → 09:05; past midnight the day is named (次日 00:30 / next day 00:30). */
export function clock(minutes: number, locale: Locale = 'zh-CN'): string {
  const m = Math.round(minutes);
  const day = Math.floor(m / 1440);
  const t = ((m % 1440) + 1440) % 1440;
  const time = `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
  if (day <= 0) return time;
  if (locale === 'en') return `${day === 1 ? 'next day' : `day ${day + 1}`} ${time}`;
  return `${day === 1 ? '次日 ' : `第${day + 1}天 `}${time}`;
}

/** 95 → 1 小时 35 分钟 / 1 h 35 min; 45 → 45 分钟 / 45 min; 120 → 2 小时 / 2 h. */
export function duration(minutes: number, locale: Locale = 'zh-CN'): string {
  const [hUnit, mUnit] = locale === 'en' ? ['h', 'min'] : ['小时', '分钟'];
  const m = Math.round(minutes);
  if (m < 60) return `${m} ${mUnit}`;
  const h = Math.floor(m / 60);
  const r = m % 60;
  return r ? `${h} ${hUnit} ${r} ${mUnit}` : `${h} ${hUnit}`;
}

/** 0.85 → 850 米 / 850 m; 12.34 → 12.3 公里 / 12.3 km; 123.4 → 123 公里 / 123 km. */
export function distanceLabel(km: number, locale: Locale = 'zh-CN'): string {
  const [mUnit, kmUnit] = locale === 'en' ? ['m', 'km'] : ['米', '公里'];
  if (km < 1) return `${Math.round(km * 100) * 10} ${mUnit}`;
  if (km < 100) return `${(Math.round(km * 10) / 10).toFixed(1)} ${kmUnit}`;
  return `${Math.round(km)} ${kmUnit}`;
}

/** 540 → "09:00" for <input type="time">. */
export function timeValue(minutes: number): string {
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}
