/**
 * What pages and the service worker say to each other, typed the way the widget protocol is (src/embed/messages.ts):
 * the worker acts only on a message that parsePageMessage accepts, field by field. One naming style, kebab-case;
 * `SKIP_WAITING` is still understood, because a page of the previous build asks a new worker with it.
 */
import { isSavablePath } from './save-urls.ts';

/** Page → worker. */
export type PageMessage =
  | { type: 'skip-waiting' }
  | { type: 'cache-page'; url: string; resources: string[] }
  | { type: 'search-precache' }
  | { type: 'save-route'; id: string }
  | { type: 'save-plan'; title: string; href: string; urls: string[] }
  | { type: 'remove-route'; id: string }
  | { type: 'resume' };

/** Worker → page: progress while saving, then one answer. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'page-kept'; build: string }
  | { type: 'search-offline-ready' }
  | { type: 'saved' | 'save-failed'; id: string; files: number; bytes: number; failed: string[] }
  | { type: 'removed'; id: string }
  | { type: 'resumed'; resaved: number }
  | { type: 'error'; message: string };

const MAX_URLS = 200;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, MAX_URLS) : []);

/** A page's message, if it is one the worker acts on; undefined otherwise. */
export function parsePageMessage(data: unknown): PageMessage | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.type) {
    case 'skip-waiting':
    case 'SKIP_WAITING':
      return { type: 'skip-waiting' };
    case 'cache-page': {
      const url = text(data.url, 2000);
      return url ? { type: 'cache-page', url, resources: strings(data.resources) } : undefined;
    }
    case 'search-precache':
    case 'resume':
      return { type: data.type };
    case 'save-route':
    case 'remove-route': {
      const id = text(data.id, 100);
      return id ? { type: data.type, id } : undefined;
    }
    case 'save-plan': {
      // The plan's files come from the page: only plain paths of this site are taken, and only a plan's own address.
      const href = typeof data.href === 'string' && /^(en\/)?plan\//.test(data.href) ? data.href.slice(0, 2000) : 'plan/';
      return { type: 'save-plan', title: text(data.title, 80) ?? '', href, urls: strings(data.urls).filter(isSavablePath) };
    }
    default:
      return undefined;
  }
}
