/**
 * "保存线路以便离线使用" on a route page: asks the service worker to store the route's files, shows the progress,
 * announces the result once (role=status), and offers to save again or remove the copy.
 */
import { BASE, localeOf } from '../../site/paths.ts';
import type { PageMessage } from '../messages.ts';
import { planSaveUrls, relativeToBase } from '../save-urls.ts';
import { savedList, sizeLabel } from './saved-list.ts';
import { ask, fill, offlineSupported, type WorkerReply } from './worker.ts';

/** The saved plan's id in the worker's list. */
const PLAN_ID = '_plan';

export function enhanceSaveButtons(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-save-route], [data-save-plan]')) setup(root);
}

/** The planner's stops as it shows them, and the plan's own address. */
function currentPlan(): { sites: string[]; href: string; names: string[] } {
  const items = [...document.querySelectorAll<HTMLElement>('[data-plan-stops] > li[data-id]')];
  const names = items.map((li) => li.querySelector('.plan-stop-title')?.textContent?.trim() ?? '').filter(Boolean);
  return { sites: items.map((li) => li.dataset.id as string), href: `${relativeToBase(window.location.pathname, BASE)}${window.location.search}`, names };
}

/** The message to the worker: a route by id (its files are listed at build), a plan with its files. */
function saveMessage(root: HTMLElement): PageMessage | undefined {
  if (root.dataset.saveRoute) return { type: 'save-route', id: root.dataset.saveRoute };
  const plan = currentPlan();
  if (!plan.sites.length) return undefined;
  const d = root.dataset;
  const title = `${d.msgPlanTitle ?? ''}${d.msgColon ?? ''}${plan.names.slice(0, 4).join(d.msgList ?? '')}${plan.names.length > 4 ? '…' : ''}`;
  return { type: 'save-plan', title, href: plan.href, urls: planSaveUrls(plan.sites, BASE, localeOf(window.location.pathname)) };
}

function setup(root: HTMLElement): void {
  const id = root.dataset.saveRoute ?? PLAN_ID;
  const m = root.dataset;
  const save = root.querySelector<HTMLButtonElement>('[data-save]') as HTMLButtonElement;
  const remove = root.querySelector<HTMLButtonElement>('[data-remove]') as HTMLButtonElement;
  const progress = root.querySelector<HTMLProgressElement>('[data-save-progress]') as HTMLProgressElement;
  const count = root.querySelector<HTMLElement>('[data-save-count]') as HTMLElement;
  const status = root.querySelector<HTMLElement>('[data-save-status]') as HTMLElement;
  if (!offlineSupported()) {
    status.textContent = m.msgUnsupported ?? '';
    return;
  }
  root.querySelector<HTMLElement>('[data-save-controls]')?.removeAttribute('hidden');

  const showSaved = (files: number, bytes: number, savedAt?: string) => {
    root.dataset.state = 'saved';
    save.textContent = m.msgResave ?? '';
    remove.hidden = false;
    const when = savedAt ? ` ${fill(m.msgSavedOn ?? '', { date: new Date(savedAt).toLocaleString(document.documentElement.lang || undefined) })}` : '';
    status.textContent = `${m.msgSaved ?? ''}。${fill(m.msgSavedDetail ?? '', { files, size: sizeLabel(bytes) })}${when}`;
  };

  savedList().then((list) => {
    const route = list.routes.find((r) => r.id === id);
    if (route) showSaved(route.files, route.bytes, route.savedAt);
  });

  save.addEventListener('click', async () => {
    const message = saveMessage(root);
    if (!message) {
      status.textContent = m.msgPlanEmpty ?? '';
      return;
    }
    save.disabled = true;
    remove.hidden = true;
    root.dataset.state = 'saving';
    status.textContent = m.msgSaving ?? '';
    progress.hidden = false;
    progress.value = 0;
    count.textContent = '';
    const started = performance.now();
    // Per-file progress goes to the bar and a quiet count; the live region speaks at the start and the end.
    const onProgress = (p: WorkerReply) => {
      if (p.type !== 'progress') return;
      const total = p.total || 1;
      progress.max = total;
      progress.value = p.done;
      count.textContent = fill(m.msgProgress ?? '', { done: p.done, total });
    };
    let reply: WorkerReply;
    try {
      reply = await ask(message, onProgress);
    } catch {
      reply = { type: 'save-failed', id, files: 0, bytes: 0, failed: [id] };
    }
    root.dataset.saveMs = String(Math.round(performance.now() - started));
    save.disabled = false;
    progress.hidden = true;
    count.textContent = '';
    if (reply.type === 'saved') showSaved(reply.files, reply.bytes, new Date().toISOString());
    else {
      root.dataset.state = 'failed';
      status.textContent = fill(m.msgFailed ?? '', { n: reply.type === 'save-failed' ? reply.failed.length : 1 });
    }
  });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await ask({ type: 'remove-route', id }).catch(() => undefined);
    remove.disabled = false;
    remove.hidden = true;
    save.textContent = m.msgSave ?? '';
    root.dataset.state = 'removed';
    status.textContent = m.msgRemoved ?? '';
    // The button that had focus is gone: keep the keyboard where the reader was.
    save.focus();
  });
}
