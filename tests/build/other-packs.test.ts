import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load.ts';
import { formatProblem } from '../../src/pack/problems.ts';
import { type BuildResult, buildPack, sharedBuild } from '../support/astro-build.ts';
import { links, ROOT, readPage, text } from '../support/dist.ts';
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

  it('does not offer collections the pack leaves empty', () => {
    expect(links(readPage('/', build.dist))).not.toContain('/transit/');
    expect(existsSync(join(build.dist, 'transit/index.html'))).toBe(false);
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
