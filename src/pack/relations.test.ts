import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from './load.ts';
import { buildRelations, relatedOf } from './relations.ts';

describe('buildRelations', () => {
  const rel = buildRelations(loadPack(scenarioPack('base')).entries);

  it('gives a site the routes, belts, bus lines, partnerships and stories that name it', () => {
    expect(relatedOf(rel, { collection: 'sites', id: 'zhuanjiaowan' })).toEqual({
      partnerships: ['pinghu-jinshan'],
      routes: ['red-origins'],
      belts: ['qicai'],
      stories: ['yaqian-1927'],
      people: ['ceshi-renwu'],
    });
    expect(relatedOf(rel, { collection: 'sites', id: 'shantang' })).toEqual({
      routes: ['red-origins'],
      transit: ['langxia-2'],
      partnerships: ['pinghu-jinshan'],
      people: ['ceshi-renwu'],
    });
  });

  it('ties a person to what the ties name, both ways, and to the routes through the person’s places', () => {
    expect(relatedOf(rel, { collection: 'people', id: 'ceshi-renwu' })).toEqual({
      sites: ['shantang', 'zhuanjiaowan'],
      partnerships: ['pinghu-jinshan'],
      stories: ['yaqian-1927'],
      routes: ['red-origins'],
    });
    for (const ref of [
      { collection: 'stories', id: 'yaqian-1927' },
      { collection: 'partnerships', id: 'pinghu-jinshan' },
      { collection: 'routes', id: 'red-origins' },
    ] as const)
      expect(relatedOf(rel, ref).people, ref.id).toEqual(['ceshi-renwu']);
  });

  it('links both ways and lists each entry once', () => {
    const p = relatedOf(rel, { collection: 'partnerships', id: 'pinghu-jinshan' });
    expect(p.sites?.sort()).toEqual(['shantang', 'zhuanjiaowan']);
    expect(p.belts).toEqual(['qicai']);
    expect(relatedOf(rel, { collection: 'routes', id: 'red-origins' }).sites).toEqual(['zhuanjiaowan', 'shantang']);
  });
});
