/** The editing server's own endpoints (src/editor/server.ts). */
import type { EntryCheck } from '../check.ts';

export interface Place {
  wgs84: [number, number];
  regions: { label: string; region: Record<string, string> }[];
}

/** Sent on the page's window by the point widget, with the Place of its point (or none), for the regions widget. */
export const PLACE_EVENT = 'pack-place';

export async function place(lon: number, lat: number, crs: string): Promise<Place> {
  const r = await fetch(`/api/place?lon=${lon}&lat=${lat}&crs=${encodeURIComponent(crs)}`);
  if (!r.ok) throw new Error(String(r.status));
  return (await r.json()) as Place;
}

/** The pack check for one file: as saved, or, with `raw`, as the draft would be saved. */
export async function check(path: string, raw?: string): Promise<EntryCheck> {
  const r = await fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path, raw }) });
  if (!r.ok) throw new Error(String(r.status));
  return (await r.json()) as EntryCheck;
}

/** The address of a saved entry's page on the site preview (Astro's dev server, started by the first ask). */
export async function sitePage(path: string): Promise<string> {
  const r = await fetch(`/api/site-page?path=${encodeURIComponent(path)}`);
  if (!r.ok) throw new Error(String(r.status));
  return ((await r.json()) as { url: string }).url;
}
