import { describe, expect, it } from 'vitest';
import { cacheName, cacheNames, metaCacheName, parseCacheName, staleCaches, withoutSearch } from './cache-names.ts';

const SCOPE = 'https://example.org/';
const SUB = 'https://example.org/pinghu/';

describe('cache names', () => {
  it('carry the kind, the build and the scope, and read back', () => {
    expect(cacheName('pages', 'abc123', SCOPE)).toBe('dangjian-pages-abc123@https://example.org/');
    expect(parseCacheName(cacheName('saved', 'abc123', SUB))).toEqual({ kind: 'saved', build: 'abc123', scope: SUB });
    expect(parseCacheName(metaCacheName(SCOPE))).toBeUndefined();
    expect(parseCacheName('dangjian-other-abc@x')).toBeUndefined();
    expect(new Set(Object.values(cacheNames('abc', SCOPE))).size).toBe(6);
  });

  it('on update, delete this scope’s other builds and the legacy caches, keeping old saved routes until saved again', () => {
    const names = [
      ...Object.values(cacheNames('old', SCOPE)),
      ...Object.values(cacheNames('new', SCOPE)),
      ...Object.values(cacheNames('old', SUB)),
      metaCacheName(SCOPE),
      'dangjian-search-v1',
      `workbox-precache-v2-${SCOPE}`,
      'someone-elses-cache',
    ];
    const stale = staleCaches(names, 'new', SCOPE);
    expect(stale.sort()).toEqual(
      [...Object.values(cacheNames('old', SCOPE)).filter((n) => !n.includes('-saved-')), 'dangjian-search-v1', `workbox-precache-v2-${SCOPE}`].sort(),
    );
    expect(staleCaches(names, 'new', SCOPE, false)).toContain(cacheName('saved', 'old', SCOPE));
    // Another copy of the site under a sub-path, and the list of saved routes, are never touched.
    expect(stale.some((n) => n.endsWith(`@${SUB}`) || n.startsWith('dangjian-meta@'))).toBe(false);
  });

  it('keeps one copy of a page whatever its query', () => {
    expect(withoutSearch('https://example.org/plan/?s=a,b&m=bus#x')).toBe('https://example.org/plan/');
  });
});
