import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { siteDetails } from './site-details.ts';

describe('siteDetails', () => {
  it('gives every site its summary, and the way in only where the pack gives it', () => {
    const { entries } = loadPack(scenarioPack('images'));
    const details = siteDetails(entries.sites);
    expect(Object.keys(details).sort()).toEqual(entries.sites.map((s) => s.id).sort());
    for (const s of entries.sites) expect(details[s.id]?.summary).toBe(s.data.summary);
    expect(details.zhuanjiaowan).toMatchObject({ address: '测试地址：金沙村转角湾 1 号', opening: '测试时间：周二至周日 9:00—16:30' });
    expect(Object.keys(details.shantang ?? {})).toEqual(['summary']);
  });
});
