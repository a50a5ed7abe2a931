import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioPack } from '../../tests/support/scenario.ts';
import { loadPack } from '../pack/load.ts';
import { buildMapData } from './data.ts';
import { overviewOptions } from './overview.ts';
import { sceneDigest } from './overview-cache.ts';
import { overviewScene, renderOverviewSvg } from './svg.ts';

const KEYS = ['all', 'sites/shantang', 'sites/zhuanjiaowan', 'routes/red-origins'];

/** The base pack with its 明月山塘 edited: each overview's key (what cards and SVGs are cached by) and its SVG. */
function overviews(edit: (md: string) => string = (md) => md) {
  const dir = scenarioPack('base');
  const file = join(dir, 'content/sites/shantang.md');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const data = buildMapData(loadPack(dir));
  return KEYS.map((k) => {
    const o = overviewOptions(data, k);
    return { key: k, digest: sceneDigest(overviewScene(data, o), o), svg: renderOverviewSvg(data, o) };
  });
}

describe('the key of an overview', () => {
  const before = overviews();

  it('stays the same for a title edit, and so does the drawing: an overview and a card draw the map, not the name', () => {
    expect(overviews((md) => md.replace('title: 明月山塘', 'title: 明月山塘（新）'))).toEqual(before);
  });

  it('changes for the overviews that show a moved site, and for no other, as their drawings do', () => {
    const moved = overviews((md) => md.replace('lon: 121.13', 'lon: 121.14'));
    const changed = (what: 'digest' | 'svg') => moved.filter((m, i) => m[what] !== before[i]?.[what]).map((m) => m.key);
    // 转角湾's overview is a few kilometres across and does not reach 明月山塘.
    expect(changed('digest')).toEqual(['all', 'sites/shantang', 'routes/red-origins']);
    expect(changed('svg')).toEqual(changed('digest'));
  });

  it('changes with a site’s dot alone, where the view stays where it was (its kind gives its colour)', () => {
    const recoloured = overviews((md) => md.replace('kind: park', 'kind: red-heritage'));
    const changed = (what: 'digest' | 'svg') => recoloured.filter((m, i) => m[what] !== before[i]?.[what]).map((m) => m.key);
    expect(changed('svg')).toEqual(['all', 'sites/shantang', 'routes/red-origins']);
    expect(changed('digest')).toEqual(changed('svg'));
  });
});

describe('the key of a scene', () => {
  it('covers every part of the scene the drawing reads, the ring of the site it is about too', () => {
    const data = buildMapData(loadPack(scenarioPack('base')));
    const o = overviewOptions(data, 'sites/shantang');
    const scene = overviewScene(data, o);
    expect(scene.focused).toBeDefined();
    const recoloured = { ...scene, focused: { at: scene.focused?.at ?? [0, 0], kind: 'red-heritage-other' } };
    expect(sceneDigest(recoloured, o)).not.toBe(sceneDigest(scene, o));
  });
});
