import { describe, expect, it } from 'vitest';
import { problemsResponse, servedFromPack } from './dev-problems.ts';

const problems = [{ file: 'content/sites/a.md', line: 4, entry: 'sites/a', field: 'kind', message: 'unknown kind "<公园>"' }];

describe('problemsResponse (what astro dev answers while the pack is broken)', () => {
  it('shows a page with each problem where it is, escaped', () => {
    const page = problemsResponse(problems, 'text/html,application/xhtml+xml');
    expect(page.status).toBe(500);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('content/sites/a.md:4  sites/a  kind  unknown kind &quot;&lt;公园&gt;&quot;');
    expect(page.body).toContain('内容包有 1 个问题');
  });

  it('answers a data request in plain text', () => {
    const data = problemsResponse(problems, 'application/json');
    expect(data.type).toContain('text/plain');
    expect(data.body).toContain('content/sites/a.md:4  sites/a  kind  unknown kind "<公园>"');
  });
});

describe('servedFromPack', () => {
  it('is every page and endpoint, under the base path too', () => {
    expect(servedFromPack('/sites/a/', '/')).toBe(true);
    expect(servedFromPack('/map/sites.geojson?x=1', '/')).toBe(true);
    expect(servedFromPack('/dangjian/plan/data.json', '/dangjian/')).toBe(true);
  });

  it("is not Vite's client, its modules or the project's scripts", () => {
    expect(servedFromPack('/@vite/client', '/')).toBe(false);
    expect(servedFromPack('/node_modules/.vite/deps/maplibre-gl.js', '/')).toBe(false);
    expect(servedFromPack('/src/map/client/explorer.ts', '/')).toBe(false);
    expect(servedFromPack('/dangjian/@id/astro:scripts/page.js', '/dangjian/')).toBe(false);
  });
});
