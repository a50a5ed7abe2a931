/** Display helpers: pure, so pages stay templates. */
import type { Point, Region } from '../pack/schemas.ts';
import type { Locale } from './paths.ts';

/** 浙江省嘉兴市平湖市广陈镇山塘村; a municipality is not repeated (上海市金山区, not 上海市上海市金山区). */
export function regionLabel(r: Region): string {
  const parts = [r.province, r.city, r.county, r.town, r.village].filter((p): p is string => Boolean(p));
  return parts.filter((p, i) => p !== parts[i - 1]).join('');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2017-08-17 → 2017年8月17日 / 17 August 2017; 2017-08 → 2017年8月 / August 2017; 2019 → 2019年 / 2019. */
export function dateLabel(date: string, locale: Locale = 'zh-CN'): string {
  const [y, m, d] = date.split('-');
  if (locale === 'en') return [d ? Number(d) : undefined, m ? MONTHS[Number(m) - 1] : undefined, y].filter(Boolean).join(' ');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export function isApproximate(p: Point): boolean {
  return p.precision.startsWith('approximate');
}

/** What an approximate point stands for, e.g. "village centre". */
export function precisionNote(p: Point): string | undefined {
  return p.precision.startsWith('approximate: ') ? p.precision.slice('approximate: '.length) : undefined;
}

export function coordinateLabel(p: Point): string {
  return `${p.lat.toFixed(5)}°N, ${p.lon.toFixed(5)}°E`;
}
