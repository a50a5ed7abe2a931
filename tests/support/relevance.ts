/** Reading and scoring the search relevance fixture (tests/fixtures/search-relevance.json). Pure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/pack/schemas.ts';
import { ROOT } from './dist.ts';

export interface RelevanceCase {
  kind: string;
  query: string;
  lang: 'zh-CN' | 'en';
  /** Entries as `collection/id`; any one of them among the first three results is a pass. */
  expect: string[];
  note?: string;
}

export interface RelevanceFixture {
  queries: RelevanceCase[];
  /** Scores measured before the change that is being judged: the test fails below them. */
  baseline: { box: number; page: number };
  /** Scores on main now, a ratchet: the test fails below them, and a change that wins a query raises them. */
  current: { box: number; page: number };
  /** Share of queries that must pass in both the box and the page (issue 19: 57 of 60). */
  target: number;
}

export const FIXTURE_PATH = join(ROOT, 'tests/fixtures/search-relevance.json');

export function readFixture(path = FIXTURE_PATH): RelevanceFixture {
  return JSON.parse(readFileSync(path, 'utf8')) as RelevanceFixture;
}

const ENTRY_PAGE = new RegExp(`^(?:/en)?/(${COLLECTIONS.join('|')})/([a-z0-9-]+)/?(?:[?#].*)?$`);

/** `collection/id` of an entry page address (`/en/sites/mingyue-shantang/` → `sites/mingyue-shantang`); undefined for other pages. */
export function entryKeyOf(href: string): string | undefined {
  const m = ENTRY_PAGE.exec(new URL(href, 'http://x').pathname);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Whether one of the first three entries shown is expected. */
export function inTopThree(shown: readonly string[], expected: readonly string[]): boolean {
  return shown
    .map(entryKeyOf)
    .filter((k): k is string => Boolean(k))
    .slice(0, 3)
    .some((k) => expected.includes(k));
}

/** The fewest passes that meet the target share, rounded up: 57 of 60 is 0.95, so 74 of 78. */
export function required(fixture: RelevanceFixture): number {
  return Math.ceil(fixture.target * fixture.queries.length - 1e-9);
}
