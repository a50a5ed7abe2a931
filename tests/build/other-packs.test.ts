import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load.ts';
import { formatProblem } from '../../src/pack/problems.ts';
import { type BuildResult, buildPack, sharedBuild } from '../support/astro-build.ts';
import { links, ROOT, readPage, text } from '../support/dist.ts';
import { findWords, foreignWords, packText } from '../support/foreign-words.ts';
import { scenarioPack } from '../support/scenario.ts';

describe('CONTENT_ROOT builds another region with no code change', () => {
  const example = join(ROOT, 'examples/tongwulang');
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild(example);
  });

  it('builds the example pack', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('the example site shows its own title, entries and sources, and none of the default pack', () => {
    const home = readPage('/', build.dist);
    expect(text(home)).toContain('通武廊毗邻党建地图（示例）');
    expect(existsSync(join(build.dist, 'sites/dongmaquan-cun/index.html'))).toBe(true);
    expect(text(readPage('/partnerships/tongwulang/', build.dist))).toContain('中国社会工作报');
    expect(existsSync(join(build.dist, 'sites/zhuanjiaowan'))).toBe(false);
  });

  it('has its own basemap, from the 京津冀 data, clipped to its service area, and no warning about a missing one', () => {
    const tiles = readdirSync(join(build.dist, 'map/basemap/10'), { recursive: true }).filter((f) => String(f).endsWith('.pbf'));
    expect(tiles.length).toBeGreaterThan(10);
    expect(statSync(join(build.dist, 'map/basemap/0/0/0.pbf')).size).toBeGreaterThan(100);
    // 通州–武清–廊坊 lie in z8 tiles x 210–211, y 96–97; nothing of the delta's tiles (x 213–215 at z8) is shipped.
    expect(readdirSync(join(build.dist, 'map/basemap/8')).sort()).toEqual(['210', '211']);
    expect(build.output).not.toContain('离线底图没有任何图层');
  });

  it("shows no word of the default pack's interface, places or ids that the example pack does not write itself", () => {
    const words = foreignWords(loadPack(ROOT), packText(example));
    // The list is made, not typed: the default pack's labels, its provinces, cities and counties, its site and route ids.
    expect(words).toEqual(
      expect.arrayContaining(['毗邻党建合作', '七彩示范带', '浙沪省界', 'Zhejiang–Shanghai border', '金山区', '平湖', 'Pinghu', 'shantang', 'hongse-yuanyuan']),
    );
    // Words 通武廊 writes itself are its own: its title says 毗邻党建, the default pack counts 北京市 among its places.
    expect(words).not.toContain('北京市');
    const hits = findWords(build.dist, words);
    if (hits.length) console.log(`default-pack words in the example's site:\n${hits.join('\n')}`);
    expect(hits).toEqual([]);
  });

  it('names its own border, words and search examples instead, and tells the builder it cannot draw the border', () => {
    const map = text(readPage('/map/', build.dist));
    expect(map).toContain('示范带');
    expect(text(readPage('/partnerships/', build.dist))).toContain('联建合作');
    expect(text(readPage('/search/', build.dist))).toContain('拼音（如 dongmaquancun）');
    // No county outlines on any side: no border line, so the legend promises none.
    expect(map).not.toContain('京津冀省界');
    expect(build.output).toMatch(/地点分属 北京市、天津市、河北省.*画不出/);
    expect(text(readPage('/en/', build.dist))).toContain('Tongzhou–Wuqing–Langfang adjacent Party-building map (example)');
    const embed = text(readPage('/embed/', build.dist));
    expect(embed).toMatch(/(北京市|天津市|河北省)\/\S+/);
  });

  it('does not offer collections the pack leaves empty', () => {
    expect(links(readPage('/', build.dist))).not.toContain('/transit/');
    expect(existsSync(join(build.dist, 'transit/index.html'))).toBe(false);
  });
});

describe('a second region, 吴江–秀洲, builds from its own pack', () => {
  const example = join(ROOT, 'examples/wujiang-xiuzhou');
  let build: BuildResult;
  beforeAll(() => {
    build = sharedBuild(example);
  });

  it('builds, with a page for each of its towns, places and partnerships', () => {
    expect(build.status, build.output).toBe(0);
    expect(text(readPage('/', build.dist))).toContain('吴江–秀洲毗邻党建地图（示例）');
    for (const page of [
      'sites/shengze-zhen',
      'sites/wangjiangjing-zhen',
      'sites/gutang-cun',
      'sites/shengze-wenhua-zhongxin',
      'partnerships/shengze-wangjiangjing-zhishui',
      'partnerships/yunhewan-lianmeng',
    ])
      expect(existsSync(join(build.dist, page, 'index.html')), page).toBe(true);
    expect(text(readPage('/partnerships/wujiang-xiuzhou/', build.dist))).toContain('《秀洲吴江社区专职工作者联合培养协议》');
  });

  it('draws the 苏浙 border from its own county outlines, with no warning that it cannot', () => {
    expect(text(readPage('/map/', build.dist))).toContain('苏浙省界');
    expect(build.output).not.toContain('画不出');
  });

  it("shows no word of the default pack's interface, places or ids that the 吴江–秀洲 pack does not write itself", () => {
    const words = foreignWords(loadPack(ROOT), packText(example));
    expect(words).toEqual(expect.arrayContaining(['七彩示范带', '浙沪省界', '金山区', '平湖', 'shantang']));
    const hits = findWords(build.dist, words);
    if (hits.length) console.log(`default-pack words in the 吴江–秀洲 site:\n${hits.join('\n')}`);
    expect(hits).toEqual([]);
  });
});

describe('a broken pack fails the build', () => {
  it('with every problem on its own line, naming file, entry and field', () => {
    const dir = scenarioPack('missing-reference');
    const expected = loadPack(dir).problems.map(formatProblem);
    const build = buildPack(dir);
    expect(build.status).not.toBe(0);
    // Once each, in Chinese, and nothing a writer cannot act on: no stack trace, no "An unhandled error occurred".
    for (const line of expected) expect(build.output.split(line).length - 1).toBe(1);
    expect(build.output).toContain(`内容包有 ${expected.length} 个问题，网站没有生成`);
    expect(build.output).not.toMatch(/unhandled error|\n\s+at .+:\d+:\d+|PackError/i);
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });
});
