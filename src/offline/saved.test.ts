import { describe, expect, it } from 'vitest';
import { outdated, parseSavedList, type SavedRoute, stillNeeded, withoutRoute, withRoute } from './saved.ts';

const route = (id: string, title: string, build = 'b1'): SavedRoute => ({
  id,
  title,
  href: `routes/${id}/`,
  build,
  savedAt: '2026-01-01T00:00:00Z',
  files: 3,
  bytes: 100,
});

describe('the saved-routes list', () => {
  it('reads what it wrote, and survives a damaged entry', () => {
    const list = withRoute({ routes: [] }, route('a', '甲'));
    expect(parseSavedList(JSON.stringify(list))).toEqual(list);
    expect(parseSavedList('{not json')).toEqual({ routes: [] });
    expect(parseSavedList(undefined)).toEqual({ routes: [] });
    expect(parseSavedList('{"routes":[null,{"title":"x"}]}')).toEqual({ routes: [] });
  });

  it('saving again replaces, in title order; removing removes', () => {
    let list = withRoute(withRoute({ routes: [] }, route('b', '乙')), route('a', '甲'));
    list = withRoute(list, { ...route('b', '乙'), files: 9 });
    expect(list.routes.map((r) => [r.id, r.files])).toEqual([
      ['a', 3],
      ['b', 9],
    ]);
    expect(withoutRoute(list, 'a').routes.map((r) => r.id)).toEqual(['b']);
  });

  it('finds the routes of another build, and the files the remaining routes still need', () => {
    const list = { routes: [route('a', '甲', 'old'), route('b', '乙', 'new')] };
    expect(outdated(list, 'new').map((r) => r.id)).toEqual(['a']);
    const urls: Record<string, string[]> = { a: ['routes/a/', 'map/sites.geojson'], b: ['routes/b/', 'map/sites.geojson'] };
    expect([...stillNeeded((id) => urls[id] ?? [], withoutRoute(list, 'a').routes)].sort()).toEqual(['map/sites.geojson', 'routes/b/']);
  });
});
