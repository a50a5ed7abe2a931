import { describe, expect, it } from 'vitest';
import { clock, daysLabel, expiredServices, frequencyText, gtfsSeconds } from './gtfs-frequency.ts';

const calendar = new Map([
  [
    'WD',
    {
      service_id: 'WD',
      monday: '1',
      tuesday: '1',
      wednesday: '1',
      thursday: '1',
      friday: '1',
      saturday: '0',
      sunday: '0',
      start_date: '20190101',
      end_date: '20191231',
    },
  ],
]);

describe('GTFS times', () => {
  it('reads times past midnight and prints window ends as the next minute', () => {
    expect(gtfsSeconds('25:10:00')).toBe(25 * 3600 + 600);
    expect(clock(gtfsSeconds('25:10:00') as number)).toBe('次日01:10');
    expect(clock(gtfsSeconds('7:59:59') as number)).toBe('08:00');
    expect(gtfsSeconds('late')).toBeUndefined();
  });

  it('names the days of a calendar', () => {
    expect(daysLabel(calendar.get('WD'))).toBe('周一至周五');
    expect(daysLabel({ monday: '0', tuesday: '0', wednesday: '1', thursday: '0', friday: '0', saturday: '0', sunday: '1' })).toBe('周三、周日');
  });
});

describe('frequencyText', () => {
  it('counts departures and their spacing, with the service dates', () => {
    const text = frequencyText([{ serviceId: 'WD', departures: [6 * 3600, 7 * 3600, 8 * 3600, 9 * 3600 + 1800], frequencies: [] }], calendar, '往 山塘村 方向');
    expect(text).toBe(
      '据 GTFS 时刻表（往 山塘村 方向）：服务 WD（周一至周五，2019-01-01 至 2019-12-31）：每天 4 班，06:00–09:30，间隔 60–90 分钟（中位 60 分钟）。',
    );
  });

  it('uses frequencies.txt windows when the feed has them, each window once', () => {
    const window = { trip_id: 'T', start_time: '6:00:00', end_time: '7:59:59', headway_secs: '600' };
    const text = frequencyText([{ serviceId: 'X', departures: [21600], frequencies: [window, window] }], new Map(), '往 A 方向');
    expect(text).toBe('据 GTFS 时刻表（往 A 方向）：服务 X：06:00–08:00 每 10 分钟一班。');
  });

  it('keeps expired services and lists them for a note', () => {
    expect(expiredServices(['WD'], calendar, '20250101')).toEqual(['WD']);
    expect(expiredServices(['WD'], calendar, '20190601')).toEqual([]);
  });
});
