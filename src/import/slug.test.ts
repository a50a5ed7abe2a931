import { describe, expect, it } from 'vitest';
import { freeId, regionSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['转角湾', 'zhuanjiaowan'],
    ['山塘村', 'shantang-cun'],
    ['廊下郊野公园', 'langxia-jiaoye-gongyuan'],
    ['东马圈村', 'dongmaquan-cun'],
    ['吕巷镇', 'lvxiang-zhen'],
    ['重庆', 'chongqing'],
    ['廊下2路', 'langxia-2-lu'],
    ['Ō Bar Circle', 'o-bar-circle'],
    ['“通武廊”毗邻党建', 'tongwulang-pilindangjian'],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('keeps a one-word name whole rather than splitting its generic word off', () => {
    expect(slugify('镇')).toBe('zhen');
  });

  it('gives nothing for a name with nothing to spell', () => {
    expect(slugify('！！')).toBeUndefined();
  });

  it('keeps ids to a readable length, at a word boundary', () => {
    const id = slugify('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十党群服务中心') as string;
    expect(id.length).toBeLessThanOrEqual(40);
    expect(id.endsWith('-')).toBe(false);
  });
});

describe('freeId', () => {
  it('adds the place to tell two 山塘村 apart, then a number', () => {
    const taken = new Set(['shantang-cun']);
    expect(freeId('shantang-cun', taken, { province: '上海市', county: '金山区', town: '廊下镇' })).toBe('shantang-cun-langxia');
    taken.add('shantang-cun-langxia');
    expect(freeId('shantang-cun', taken, { province: '上海市', county: '金山区', town: '廊下镇' })).toBe('shantang-cun-2');
    expect(freeId('zhuanjiaowan', taken)).toBe('zhuanjiaowan');
  });

  it('names the most local level of a region without its generic word', () => {
    expect(regionSlug({ province: '浙江省', city: '嘉兴市', county: '平湖市' })).toBe('pinghu');
  });
});

describe('readable ids', () => {
  it.each([
    ['平湖市博物馆', 'pinghu-shi-bowuguan'],
    ['平湖市图书馆', 'pinghu-shi-tushuguan'],
    ['红色线路', 'hongse-xianlu'],
    ['九龙山国家森林公园', 'jiulongshan-guojia-senlin-gongyuan'],
    ['农贸市场', 'nongmaoshichang'],
    ['沪浙山塘联合党支部', 'huzheshantang-lianhe-dangzhibu'],
    ['嘉兴市南湖区', 'jiaxing-shi-nanhu-qu'],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('keeps ids to about 40 characters, cut between words', () => {
    const id = slugify('中国共产党平湖市新埭镇兴旺村委员会党群服务中心红色驿站') as string;
    expect(id.length).toBeLessThanOrEqual(40);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect('zhongguogongchandangpinghu-shi-xindai-zhen'.startsWith(id.split('-')[0] as string)).toBe(true);
  });
});
