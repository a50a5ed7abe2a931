/** The saved routes as pages show them: read straight from the cache, with no need to wait for the worker. */
import { metaCacheName } from '../cache-names.ts';
import { parseSavedList, SAVED_LIST_PATH, type SavedList } from '../saved.ts';
import { SCOPE } from './worker.ts';

export async function savedList(): Promise<SavedList> {
  try {
    const hit = await (await caches.open(metaCacheName(SCOPE))).match(new URL(SAVED_LIST_PATH, SCOPE).href);
    return parseSavedList(hit ? await hit.text() : undefined);
  } catch {
    return { routes: [] };
  }
}

/** "1.2 MB" */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
