/*
 * 党建地图 widget loader, version 1. Paste once per page:
 *   <script src="https://YOUR-SITE/embed.js" async></script>
 *   <dangjian-map route="hongse-yuanyuan" height="480"></dangjian-map>
 * It defines <dangjian-map>, which creates the widget's iframe when it scrolls into view,
 * sizes it to its content and re-dispatches the widget's events on the element:
 *   dangjian-ready, dangjian-site-selected (event.detail = { id, title }).
 * Only messages from its own iframe, of the documented types and fields, are acted on.
 */
import { EMBED_KINDS, widgetAddress } from './kinds.ts';
import { PROTOCOL, parseOutgoing, VERSION } from './messages.ts';
import { ELEMENT_ATTRIBUTES, frameHeight } from './params.ts';

const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="embed.js"]');
const scriptUrl = new URL(script ? script.src : 'embed.js', location.href);
const origin = scriptUrl.origin;
// The widgets live beside this file, also when the site is served under a sub-path (/dangjian/embed.js).
const base = new URL('./', scriptUrl);
const ENTITIES = Object.keys(EMBED_KINDS) as (keyof typeof EMBED_KINDS)[];

class DangjianMap extends HTMLElement {
  static version = VERSION;
  frame?: HTMLIFrameElement;
  private observer?: IntersectionObserver;
  private listener?: (event: MessageEvent) => void;

  connectedCallback(): void {
    if (this.frame) return;
    this.style.display = 'block';
    if (!('IntersectionObserver' in window)) {
      this.build();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.build();
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    if (this.listener) window.removeEventListener('message', this.listener);
  }

  src(): string {
    const entity = ENTITIES.find((k) => this.hasAttribute(k));
    // lang="en" picks the English widgets under en/; every other value is left to the widget to judge.
    const lang = this.getAttribute('lang') === 'en' ? 'en/' : '';
    const url = new URL(`${lang}${widgetAddress(entity ?? 'map', entity ? (this.getAttribute(entity) ?? '') : '')}`, base);
    for (const [attr, param] of Object.entries(ELEMENT_ATTRIBUTES)) {
      const value = this.getAttribute(attr);
      if (value !== null) url.searchParams.set(param, value);
    }
    url.searchParams.set('height', String(frameHeight(this.getAttribute('height'))));
    return url.href;
  }

  build(): void {
    const frame = document.createElement('iframe');
    frame.src = this.src();
    // A custom widget title names the frame for screen readers; label is what the generator wrote beside it.
    frame.title = this.getAttribute('title') || this.getAttribute('label') || '党建地图';
    frame.loading = 'lazy';
    // Scripts and same-origin for the map's worker and data; links open in a new tab.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'fullscreen; geolocation');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = `${frameHeight(this.getAttribute('height'))}px`;
    this.frame = frame;
    this.listener = (event) => this.receive(event);
    window.addEventListener('message', this.listener);
    this.replaceChildren(frame);
  }

  /** The one check of what a widget says (src/embed/messages.ts): from its own frame and origin, of a known type. */
  receive(event: MessageEvent): void {
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== origin) return;
    const m = parseOutgoing(event.data);
    if (!m) return;
    if (m.type === 'ready' || m.type === 'resize') {
      if (this.getAttribute('autosize') !== 'off') this.frame.style.height = `${Math.max(200, Math.round(m.height))}px`;
      if (m.type === 'ready') this.dispatchEvent(new CustomEvent('dangjian-ready', { bubbles: true }));
    }
    if (m.type === 'site-selected') this.dispatchEvent(new CustomEvent('dangjian-site-selected', { bubbles: true, detail: m.site }));
  }

  /** Opens a site in the widget, as a click on it would. */
  select(id: string): void {
    this.frame?.contentWindow?.postMessage({ source: `${PROTOCOL}-host`, type: 'select-site', id: String(id) }, origin);
  }
}

if (!customElements.get('dangjian-map')) customElements.define('dangjian-map', DangjianMap);
