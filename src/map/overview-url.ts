import { sitePath } from '../site/paths.ts';

/** The static overview of `key` (`all`, or `collection/id`): alone, for the browser, which knows none of the pack. */
export function overviewUrl(key: string): string {
  return sitePath(`map/overview/${key}.svg`);
}
