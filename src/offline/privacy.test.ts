import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../routes/storage.ts';
import { cacheName, metaCacheName } from './cache-names.ts';
import { isExpired, KEPT_AT_HEADER, PAGE_MAX_AGE_MS, personalCaches, personalKeys, stamped } from './privacy.ts';

const SCOPE = 'https://example.org/';
const NOW = Date.parse('2025-06-01T12:00:00Z');

describe('pages kept from visits', () => {
  it('expire after the age limit, counted from when the worker kept them', () => {
    const at = (ms: number) => new Headers({ [KEPT_AT_HEADER]: new Date(NOW - ms).toUTCString() });
    expect(isExpired(at(60_000), NOW)).toBe(false);
    expect(isExpired(at(PAGE_MAX_AGE_MS - 60_000), NOW)).toBe(false);
    expect(isExpired(at(PAGE_MAX_AGE_MS + 60_000), NOW)).toBe(true);
  });

  it('fall back to the Date header, and count as expired with no time at all', () => {
    expect(isExpired(new Headers({ Date: new Date(NOW - 1000).toUTCString() }), NOW)).toBe(false);
    expect(isExpired(new Headers(), NOW)).toBe(true);
    expect(isExpired(new Headers({ Date: 'nonsense' }), NOW)).toBe(true);
  });

  it('carry the time they were kept', async () => {
    const copy = stamped(new Response('<html>', { headers: { 'Content-Type': 'text/html' } }), NOW);
    expect(copy.headers.get('Content-Type')).toBe('text/html');
    expect(isExpired(copy.headers, NOW + 1000)).toBe(false);
    await expect(copy.text()).resolves.toBe('<html>');
  });
});

describe('clearing what this device keeps', () => {
  it('deletes kept pages, saved routes of every build and their list, of this scope only; keeps the app shell', () => {
    const names = [
      cacheName('pages', 'aaa111', SCOPE),
      cacheName('saved', 'aaa111', SCOPE),
      cacheName('saved', 'bbb222', SCOPE),
      cacheName('data', 'aaa111', SCOPE),
      cacheName('precache', 'aaa111', SCOPE),
      cacheName('assets', 'aaa111', SCOPE),
      metaCacheName(SCOPE),
      cacheName('pages', 'aaa111', 'https://example.org/other/'),
      'someone-else',
    ];
    expect(personalCaches(names, SCOPE).sort()).toEqual([names[0], names[1], names[2], names[3], metaCacheName(SCOPE)].sort());
  });

  it('removes the stored plan', () => {
    expect(personalKeys([STORAGE_KEY, 'other-site'])).toEqual([STORAGE_KEY]);
  });
});
