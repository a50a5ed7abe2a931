/**
 * The plan kept on this device until cleared: its query string in local storage. Storage may be missing or
 * full (private windows); then the plan lives in the URL alone.
 */
export const STORAGE_KEY = 'dangjian-map:plan';

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
