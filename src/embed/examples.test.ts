import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { buildMapData } from '../map/data.ts';
import { loadPack } from '../pack/load.ts';
import { embedExamples } from './examples.ts';
import { parseEmbedParams } from './params.ts';
import { knownFromSites } from './widget-state.ts';

const ROOT = join(import.meta.dirname, '../..');

function examplesOf(root: string, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const pack = loadPack(root);
  const data = buildMapData(pack);
  const examples = embedExamples({
    sites: data.sites.features,
    regions: pack.entries.sites.flatMap((s) => s.data.regions),
    bounds: data.bounds,
    lang,
    titleOf: (lang === 'en' ? en : zhCN).embedDocs.titleExample,
    placeName: lang === 'en' ? () => 'Tongzhou' : (n) => n,
  });
  return { examples, known: knownFromSites(data.sites.features) };
}

describe('the embed documentation’s examples', () => {
  it.each(['examples/tongwulang', '.'])('are values of the pack itself, each accepted by the widget of %s', (dir) => {
    const { examples, known } = examplesOf(join(ROOT, dir));
    const query = new URLSearchParams(Object.entries(examples).filter(([, v]) => v !== ''));
    const parsed = parseEmbedParams(query, known);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.params.region).toBe(examples.region);
  });

  it('name the region and title after where the pack lies, with no word of another pack', () => {
    const { examples } = examplesOf(join(ROOT, 'examples/tongwulang'));
    expect(examples.region).toMatch(/^(北京市|天津市|河北省)\//);
    expect(examples.title).toMatch(/红色地图$/);
    expect(examples.layers).toBe('sites,partnerships');
    expect(JSON.stringify(examples)).not.toMatch(/金山|平湖|上海|浙江|121\./);
    expect(examplesOf(join(ROOT, 'examples/tongwulang'), 'en').examples.title).toBe('Red sites of Tongzhou');
    // A county, not a province: most of the default pack's sites lie in 金山区.
    expect(examplesOf(ROOT).examples).toMatchObject({ region: '上海市/金山区', title: '金山红色地图' });
  });
});
