/** How the itinerary's numbers read: clock times, durations, distances. Pure, shared by the pages and the planner. */

const pad = (n: number) => String(n).padStart(2, '0');

/** 545 → 09:05; past midnight the day is named (次日 00:30). */
export function clock(minutes: number): string {
  const m = Math.round(minutes);
  const day = Math.floor(m / 1440);
  const t = ((m % 1440) + 1440) % 1440;
  return `${day > 0 ? (day === 1 ? '次日 ' : `第${day + 1}天 `) : ''}${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}

/** 95 → 1 小时 35 分钟; 45 → 45 分钟; 120 → 2 小时. */
export function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} 分钟`;
  const h = Math.floor(m / 60);
  const r = m % 60;
  return r ? `${h} 小时 ${r} 分钟` : `${h} 小时`;
}

/** 0.85 → 850 米; 12.34 → 12.3 公里; 123.4 → 123 公里. */
export function distanceLabel(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} 米`;
  if (km < 100) return `${(Math.round(km * 10) / 10).toFixed(1)} 公里`;
  return `${Math.round(km)} 公里`;
}

/** 540 → "09:00" for <input type="time">. */
export function timeValue(minutes: number): string {
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}
