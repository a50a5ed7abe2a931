/**
 * "加入我的行程" outside the planner (site pages, the map's detail panel): adds the site to the plan kept on
 * this device and says so, without leaving the page. Small on purpose: no site data, no strings bundle —
 * the messages come from the button's own attributes.
 */
import { pageLocale } from '../../i18n/page-locale.ts';
import { sitePath } from '../../site/paths.ts';
import { MAX_STOPS } from '../limits.ts';
import { addStop, parsePlan, serializePlan } from '../plan-url.ts';
import { loadStored, store } from '../storage.ts';

export interface AddMessages {
  /** `{n}` is the number of stops. */
  added: string;
  present: string;
  full: string;
  view: string;
}

/** Adds a site to the stored plan; unknown ids are checked later, by the planner. */
export function addToStoredPlan(id: string): { result: 'added' | 'present' | 'full'; count: number } {
  const stored = parsePlan(loadStored(), { has: () => true } as unknown as ReadonlySet<string>);
  const result = addStop(stored.plan, id);
  store(serializePlan(stored.plan).slice(1));
  return { result, count: stored.plan.stops.length };
}

function say(status: HTMLElement, text: string, view: string): void {
  status.replaceChildren(text, ' ');
  const a = document.createElement('a');
  a.href = sitePath('plan/', pageLocale());
  a.textContent = view;
  status.append(a);
}

export function addAndSay(id: string, status: HTMLElement, m: AddMessages): void {
  const { result, count } = addToStoredPlan(id);
  const text = result === 'added' ? m.added.replace('{n}', String(count)) : result === 'present' ? m.present : m.full.replace('{n}', String(MAX_STOPS));
  say(status, text, m.view);
}

/**
 * A "加入我的行程" button with its status, for lists built in the browser (the map's detail panel; search
 * results could use it too): `<span><button>label</button> <span role="status"></span></span>`.
 */
export function addToPlanButton(id: string, label: string, m: AddMessages): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = 'add-to-plan-inline';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = label;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => addAndSay(id, status, m));
  wrap.append(button, ' ', status);
  return wrap;
}

/** Site pages: the link adds in place; without script it opens the planner, which adds. */
export function enhanceAddLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-add-to-plan]')) {
    const status = link.parentElement?.querySelector<HTMLElement>('[data-add-status]');
    if (!status || link.dataset.enhanced) continue;
    link.dataset.enhanced = '1';
    link.setAttribute('role', 'button');
    const add = (e: Event) => {
      e.preventDefault();
      const d = link.dataset;
      addAndSay(d.addToPlan as string, status, { added: d.msgAdded ?? '', present: d.msgPresent ?? '', full: d.msgFull ?? '', view: d.msgView ?? '' });
    };
    link.addEventListener('click', add);
    // A button answers the space bar too.
    link.addEventListener('keydown', (e) => {
      if (e.key === ' ') add(e);
    });
  }
}
