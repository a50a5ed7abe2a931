/**
 * Talking to the service worker from a page: one MessageChannel per request, progress messages before the answer.
 * Every page loads this (through the registration), so it stays small.
 */
import { BASE } from '../../site/paths.ts';
import type { PageMessage, WorkerMessage } from '../messages.ts';

export type WorkerReply = WorkerMessage;

export const SCOPE = new URL(BASE, window.location.origin).href;

export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && window.isSecureContext && 'caches' in window && !import.meta.env.DEV;
}

/** Sends a message to the active worker (waiting for one) and resolves with its last answer. */
export async function ask(message: PageMessage, onProgress?: (reply: WorkerReply) => void): Promise<WorkerReply> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data?.type === 'progress') onProgress?.(event.data);
      else {
        channel.port1.close();
        resolve(event.data);
      }
    };
    worker.postMessage(message, [channel.port2]);
  });
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
