/*
 * 党建地图 widget loader, version 1. Paste once per page:
 *   <script src="https://YOUR-SITE/embed.js" async></script>
 *   <dangjian-map route="hongse-yuanyuan" height="480"></dangjian-map>
 * It defines <dangjian-map>, which creates the widget's iframe when it scrolls into view,
 * sizes it to its content and re-dispatches the widget's events on the element:
 *   dangjian-ready, dangjian-site-selected (event.detail = { id, title }).
 * Only messages from its own iframe, of the documented types and fields, are acted on.
 */
(() => {
  const VERSION = 1;
  const script = document.currentScript || document.querySelector('script[src$="embed.js"]');
  const scriptUrl = new URL(script ? script.src : 'embed.js', location.href);
  const origin = scriptUrl.origin;
  // The widgets live beside this file, also when the site is served under a sub-path (/dangjian/embed.js).
  const base = new URL('./', scriptUrl);
  const ENTITIES = ['route', 'site', 'belt', 'transit'];
  const PARAMS = { layers: 'layers', kinds: 'kind', region: 'region', band: 'band', partnership: 'p', center: 'c', zoom: 'z', fit: 'fit', selected: 'site', lang: 'lang', list: 'list', legend: 'legend', search: 'search', title: 'title', accent: 'accent' };
  const finite = (v, min, max) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

  class DangjianMap extends HTMLElement {
    static version = VERSION;

    connectedCallback() {
      if (this.frame) return;
      this.style.display = 'block';
      const start = () => this.build();
      if (!('IntersectionObserver' in window)) return start();
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer.disconnect();
          start();
        }
      }, { rootMargin: '200px' });
      this.observer.observe(this);
    }

    disconnectedCallback() {
      this.observer?.disconnect();
      if (this.listener) window.removeEventListener('message', this.listener);
    }

    src() {
      const entity = ENTITIES.find((k) => this.hasAttribute(k));
      const id = entity ? encodeURIComponent(this.getAttribute(entity) || '') : '';
      // lang="en" picks the English widgets under en/; every other value is left to the widget to judge.
      const lang = this.getAttribute('lang') === 'en' ? 'en/' : '';
      const url = new URL(entity ? `${lang}embed/${entity}/${id}/` : `${lang}embed/map/`, base);
      for (const [attr, param] of Object.entries(PARAMS)) {
        const value = this.getAttribute(attr);
        if (value !== null) url.searchParams.set(param, value);
      }
      const height = Number(this.getAttribute('height'));
      url.searchParams.set('height', String(finite(height, 200, 2000) ? height : 420));
      return url.href;
    }

    build() {
      const frame = document.createElement('iframe');
      frame.src = this.src();
      frame.title = this.getAttribute('label') || '党建地图';
      frame.loading = 'lazy';
      // Scripts and same-origin for the map's worker and data; links open in a new tab.
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      frame.setAttribute('allow', 'fullscreen; geolocation');
      frame.style.width = '100%';
      frame.style.border = '0';
      const height = Number(this.getAttribute('height'));
      frame.style.height = `${finite(height, 200, 2000) ? height : 420}px`;
      this.frame = frame;
      this.listener = (event) => this.receive(event);
      window.addEventListener('message', this.listener);
      this.replaceChildren(frame);
    }

    receive(event) {
      if (event.source !== this.frame?.contentWindow || event.origin !== origin) return;
      const m = event.data;
      if (!m || typeof m !== 'object' || m.source !== 'dangjian-map' || m.version !== VERSION) return;
      if ((m.type === 'ready' || m.type === 'resize') && finite(m.height, 0, 10000)) {
        if (this.getAttribute('autosize') !== 'off') this.frame.style.height = `${Math.max(200, Math.round(m.height))}px`;
        if (m.type === 'ready') this.dispatchEvent(new CustomEvent('dangjian-ready', { bubbles: true }));
      }
      if (m.type === 'site-selected' && m.site && typeof m.site.id === 'string' && typeof m.site.title === 'string') {
        this.dispatchEvent(new CustomEvent('dangjian-site-selected', { bubbles: true, detail: { id: m.site.id.slice(0, 100), title: m.site.title.slice(0, 200) } }));
      }
    }

    /** Opens a site in the widget, as a click on it would. */
    select(id) {
      this.frame?.contentWindow?.postMessage({ source: 'dangjian-map-host', type: 'select-site', id: String(id) }, origin);
    }
  }

  if (!customElements.get('dangjian-map')) customElements.define('dangjian-map', DangjianMap);
})();
