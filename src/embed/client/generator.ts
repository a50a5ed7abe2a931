import { ui } from '../../i18n/client.ts';
import { LAYERS, type LayerName } from '../../map/state.ts';
import { isLocale, type Locale } from '../../site/paths.ts';
import { type EmbedKind, embedPath } from '../kinds.ts';
import type { EmbedParams } from '../params.ts';
import { plainText } from '../params.ts';
import { frameAttributes, iframeSnippet, scriptSnippet } from '../snippets.ts';

/** Wires every "嵌入" panel of the page; the preview iframe loads only once the panel is opened. */
export function setupGenerators(): void {
  for (const panel of document.querySelectorAll<HTMLDetailsElement>('[data-embed-generator]')) {
    if (panel.dataset.ready) continue;
    panel.dataset.ready = '1';
    const form = panel.querySelector('form') as HTMLFormElement;
    const preview = panel.querySelector<HTMLElement>('[data-embed-preview]') as HTMLElement;
    const status = panel.querySelector<HTMLElement>('[data-copy-status]');
    const kind = panel.dataset.kind as EmbedKind;
    const paths = JSON.parse(panel.dataset.paths ?? '{}') as Partial<Record<Locale, string>>;
    const base = {
      origin: window.location.origin,
      path: panel.dataset.path ?? embedPath('map'),
      kind,
      id: panel.dataset.id || undefined,
      label: panel.dataset.label ?? '',
    };

    const params = (): Partial<EmbedParams> => {
      const data = new FormData(form);
      const height = Number(data.get('height'));
      const p: Partial<EmbedParams> = {
        list: data.get('list') === 'on',
        legend: data.get('legend') === 'on',
        search: data.get('search') === 'on',
        height: Number.isFinite(height) && height >= 200 && height <= 2000 ? height : 420,
        title: plainText(String(data.get('title') ?? ''), 60) || undefined,
      };
      const lang = data.get('lang');
      if (isLocale(lang)) p.lang = lang;
      // On the full map, the widget starts from what the reader is looking at.
      if (kind === 'map') {
        const q = new URLSearchParams(window.location.search);
        const layers = q
          .get('layers')
          ?.split(',')
          .filter((l): l is LayerName => (LAYERS as readonly string[]).includes(l));
        if (layers) p.layers = layers;
        const kinds = q.get('kind')?.split(',').filter(Boolean);
        if (kinds?.length) p.kinds = kinds;
        for (const [from, to] of [
          ['region', 'region'],
          ['band', 'band'],
          ['p', 'partnership'],
          ['site', 'site'],
        ] as const) {
          const v = q.get(from);
          if (v) (p as Record<string, unknown>)[to] = v;
        }
      }
      return p;
    };

    const render = () => {
      const p = params();
      // Each language's widget has its own address; the loader picks it from the lang attribute.
      const input = { ...base, path: (p.lang && paths[p.lang]) || base.path, params: p };
      const iframe = iframeSnippet(input);
      (panel.querySelector('[data-snippet="iframe"]') as HTMLTextAreaElement).value = iframe;
      (panel.querySelector('[data-snippet="script"]') as HTMLTextAreaElement).value = scriptSnippet(input);
      if (!panel.open) return;
      // The preview carries the snippet's own attributes, set one by one: parsing the snippet's text would apply its
      // style attribute, which our CSP refuses (an error in the console on every refresh). The stylesheet sizes it.
      const frame = document.createElement('iframe');
      for (const [name, value] of frameAttributes(input)) if (name !== 'style') frame.setAttribute(name, value);
      preview.replaceChildren(frame);
    };

    form.addEventListener('input', render);
    form.addEventListener('submit', (e) => e.preventDefault());
    panel.addEventListener('toggle', render);
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', async () => {
        const area = panel.querySelector<HTMLTextAreaElement>(`[data-snippet="${button.dataset.copy}"]`);
        if (!area) return;
        try {
          await navigator.clipboard.writeText(area.value);
        } catch {
          area.select();
        }
        if (status) status.textContent = ui.embed.copied;
      });
    }
    render();
  }
}
