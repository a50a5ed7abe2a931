import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from './load.ts';
import { formatProblem } from './problems.ts';
import { collectionSchemas } from './schemas.ts';

const person = (extra: Record<string, unknown> = {}) => ({
  title: '朱轶凡',
  summary: '平湖第一位共产党员。',
  sources: ['seed-002'],
  ties: [{ site: 'zhuanjiaowan', date: '1927', note: '在转角湾被发展入党', sources: [{ ref: 'seed-002', note: '缘起' }] }],
  ...extra,
});
const parse = (data: unknown) => collectionSchemas.people.safeParse(data);
const paths = (data: unknown) => parse(data).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('person schema', () => {
  it('takes what the sources give: other spellings, dates as precise as they are, roles and ties with their sources', () => {
    const r = parse(
      person({
        aliases: ['李一谔'],
        born: 1900,
        died: '1950-05',
        roles: [
          { title: '领导金山（浦南）县委', date: '1927', sources: ['seed-002'] },
          { title: '金山区第一位共产党员', sources: ['seed-002'] },
        ],
      }),
    );
    expect(r.success).toBe(true);
    // A year written as a number is the same year as text.
    expect(r.data?.born).toBe('1900');
  });

  it('needs at least one tie, and a note and a source on each', () => {
    expect(paths(person({ ties: [] }))).toEqual(['ties']);
    expect(paths(person({ ties: [{ site: 'zhuanjiaowan', sources: ['seed-002'] }] }))).toEqual(['ties.0.note']);
    expect(paths(person({ ties: [{ site: 'zhuanjiaowan', note: '无来源', sources: [] }] }))).toEqual(['ties.0.sources']);
  });

  it('refuses a role without a source, a date that is not YYYY[-MM[-DD]] and a field it does not know', () => {
    expect(paths(person({ roles: [{ title: '县委书记' }] }))).toEqual(['roles.0.sources']);
    expect(paths(person({ born: '1927-5' }))).toEqual(['born']);
    // A portrait is one of the entry's images, with the credit and licence every picture needs; no field of its own.
    expect(parse(person({ portrait: 'li.jpg' })).success).toBe(false);
    expect(paths(person({ images: [{ file: 'li.jpg', alt: '李一湾像', credit: '某馆' }] }))).toEqual(['images.0.licence']);
    expect(parse(person({ images: [{ file: 'li.jpg', alt: '李一湾像', credit: '某馆', licence: '经授权' }] })).success).toBe(true);
    expect(parse(person({ ties: [{ place: 'zhuanjiaowan', note: 'x', sources: ['seed-002'] }] })).success).toBe(false);
  });
});

describe('the check of a person’s ties', () => {
  it('names file, entry, field and line of a tie to a missing entry, of a tie naming none or two, and of an unlisted source', () => {
    const lines = loadPack(scenarioPack('person-ties'), { now: new Date('2025-06-15T12:00:00+08:00') }).problems.map(formatProblem);
    expect(lines).toContain(
      'content/people/ceshi-renwu.md:6  people/ceshi-renwu  ties.0.site  “no-such-site”不是 sites 里的条目  (添加 sites/no-such-site.md，或改正编号)',
    );
    expect(lines.some((l) => l.startsWith('content/people/ceshi-renwu.md:7  people/ceshi-renwu  ties.1  这条关联没有写关联的是哪个条目'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/people/ceshi-renwu.md:8  people/ceshi-renwu  ties.2  这条关联同时写了 site、story'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/people/ceshi-renwu.md:9  people/ceshi-renwu  ties.3.sources.0  来源“seed-999”没有列在 pack.yaml 里'))).toBe(
      true,
    );
  });

  it('says it in English for an English check', () => {
    const lines = loadPack(scenarioPack('person-ties'), { lang: 'en', now: new Date('2025-06-15T12:00:00+08:00') }).problems.map(formatProblem);
    expect(lines.some((l) => l.includes('ties.1  this tie names no entry  (give each tie exactly one of site, story, route, partnership'))).toBe(true);
  });

  it('finds nothing wrong with the base pack’s person, whose ties name a site, a story and a partnership', () => {
    expect(loadPack(scenarioPack('base')).problems).toEqual([]);
  });
});
