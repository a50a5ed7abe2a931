/**
 * Why search could not run, worded for the reader. A Pagefind bundle that fails to load throws the same error
 * whether the index was never built (404), the server broke (5xx) or the network is gone, so the client asks the
 * server again (client/pagefind.ts) and this module names the case from the answer.
 */
import type { UiStrings } from '../i18n/zh-CN.ts';
import { fill } from './query.ts';

export type SearchFailure = { kind: 'missing' } | { kind: 'server'; status: number } | { kind: 'unreachable' } | { kind: 'broken' };

/** The failure an answer to the index's entry files shows: undefined when they answered 200. */
export function failureOfStatus(status: number): SearchFailure | undefined {
  if (status === 404 || status === 410) return { kind: 'missing' };
  if (status >= 200 && status <= 299) return undefined;
  return { kind: 'server', status };
}

export function failureText(failure: SearchFailure, strings: UiStrings['search']['client']): string {
  switch (failure.kind) {
    case 'missing':
      return strings.unavailable;
    case 'server':
      return fill(strings.serverError, { n: failure.status });
    case 'unreachable':
      return strings.unreachable;
    case 'broken':
      return strings.broken;
  }
}
