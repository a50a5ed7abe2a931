/**
 * The postMessage protocol between a widget and the page that embeds it. Only these message
 * types exist; anything else is ignored. Payloads are checked field by field and never reach
 * the DOM as markup.
 */
export const PROTOCOL = 'dangjian-map';
export const VERSION = 1;

/** Widget → host. */
export type OutgoingMessage =
  | { source: typeof PROTOCOL; version: typeof VERSION; type: 'ready'; height: number }
  | { source: typeof PROTOCOL; version: typeof VERSION; type: 'resize'; height: number }
  | { source: typeof PROTOCOL; version: typeof VERSION; type: 'site-selected'; site: { id: string; title: string } };

/** Host → widget. */
export type IncomingMessage = { type: 'select-site'; id: string } | { type: 'set-view'; center: [number, number]; zoom: number };

export function outgoing(
  message: { type: 'ready' | 'resize'; height: number } | { type: 'site-selected'; site: { id: string; title: string } },
): OutgoingMessage {
  if (message.type === 'site-selected')
    return { source: PROTOCOL, version: VERSION, type: 'site-selected', site: { id: message.site.id, title: message.site.title } };
  return { source: PROTOCOL, version: VERSION, type: message.type, height: Math.round(message.height) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** A message from the host page, if it is one we act on; undefined otherwise. */
export function parseIncoming(data: unknown, knownSites: ReadonlySet<string>): IncomingMessage | undefined {
  if (!isRecord(data) || data.source !== `${PROTOCOL}-host`) return undefined;
  if (data.type === 'select-site' && typeof data.id === 'string' && knownSites.has(data.id)) return { type: 'select-site', id: data.id };
  if (
    data.type === 'set-view' &&
    Array.isArray(data.center) &&
    data.center.length === 2 &&
    finite(data.center[0], -180, 180) &&
    finite(data.center[1], -85, 85) &&
    finite(data.zoom, 0, 20)
  ) {
    return { type: 'set-view', center: [data.center[0], data.center[1]], zoom: data.zoom };
  }
  return undefined;
}

/** A message from a widget, as the loader checks it before acting on it. */
export function parseOutgoing(data: unknown): OutgoingMessage | undefined {
  if (!isRecord(data) || data.source !== PROTOCOL || data.version !== VERSION) return undefined;
  if ((data.type === 'ready' || data.type === 'resize') && finite(data.height, 0, 10_000)) return outgoing({ type: data.type, height: data.height });
  if (data.type === 'site-selected' && isRecord(data.site) && typeof data.site.id === 'string' && typeof data.site.title === 'string') {
    return outgoing({ type: 'site-selected', site: { id: data.site.id.slice(0, 100), title: data.site.title.slice(0, 200) } });
  }
  return undefined;
}
