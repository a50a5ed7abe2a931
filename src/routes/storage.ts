/**
 * The plan kept on this device until cleared: its query string in local storage. Storage may be missing or
 * full (private windows); then the plan lives in the URL alone.
 */
import { STORAGE_PREFIX } from '../offline/privacy.ts';

/** Under the site's prefix, so that 清除本机保存的数据 finds it (offline/privacy.ts). */
export const STORAGE_KEY = `${STORAGE_PREFIX}plan`;

export function loadStored(): string {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function store(query: string): void {
  try {
    if (query) globalThis.localStorage?.setItem(STORAGE_KEY, query);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do: the URL still holds the plan.
  }
}
