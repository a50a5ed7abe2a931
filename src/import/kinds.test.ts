import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { kindOf, parseKindPairs } from './kinds.ts';

const m = zh.import;

describe('kindOf', () => {
  it.each([
    ['革命旧址', 'red-heritage'],
    ['红色教育基地', 'red-heritage'],
    ['党群服务中心', 'service-centre'],
    ['村', 'village'],
    ['社区', 'village'],
    ['镇', 'town'],
    ['街道', 'town'],
    ['公园', 'park'],
    ['公园景区', 'park'],
    ['科技城', 'industry'],
    ['老街', 'culture'],
    [' Village ', 'village'],
    ['red-heritage', 'red-heritage'],
  ])('%s → %s', (word, kind) => {
    expect(kindOf(word)).toBe(kind);
  });

  it('does not guess at words it does not know', () => {
    expect(kindOf('纪念碑')).toBeUndefined();
  });

  it('learns words from --kinds', () => {
    const parsed = parseKindPairs('纪念碑=革命旧址, 农庄=park', '--kinds', m);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(kindOf('纪念碑', parsed.map)).toBe('red-heritage');
    expect(kindOf('农庄', parsed.map)).toBe('park');
    expect(parseKindPairs('农庄=farm', '--kinds', m)).toEqual({ error: expect.stringMatching(/^--kinds “农庄=farm”：写成 词=类型/) });
  });
});
