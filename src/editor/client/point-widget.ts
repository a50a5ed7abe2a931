/**
 * The `location` widget: the pack's own offline basemap (the site's style, tiles from the editing server; no
 * third-party tiles), a click sets lon/lat in WGS-84; coordinates pasted from 高德 (GCJ-02) or 百度 (BD-09) are kept
 * as written with their `crs`, which the build converts; where the point lies is sent to the regions widget.
 */
import * as maplibregl from 'maplibre-gl';
import { Component, createElement as h, type ReactNode } from 'react';
import { basemapLayers } from '../../map/basemap/style.ts';
import { FONT } from '../../map/style.ts';
import { PLACE_EVENT, type Place, place } from './api.ts';
import { type PageConfig, plain } from './types.ts';

interface Point {
  lon?: number;
  lat?: number;
  precision?: string;
  crs?: 'gcj02' | 'bd09';
}

interface Props {
  value: unknown;
  onChange(v: Point): void;
  forID: string;
}

interface State {
  crs: 'wgs84' | 'gcj02' | 'bd09';
  paste: string;
  error?: string;
  place?: Place;
}

const CJK_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Two numbers in what a map app copies: `121.13,30.78`, `121.13, 30.78`, `121.13 30.78`, with full-width commas too. */
export function parseLonLat(text: string): [number, number] | undefined {
  const nums = text.match(/-?\d+(?:\.\d+)?/g);
  if (nums?.length !== 2) return undefined;
  const [a, b] = nums.map(Number) as [number, number];
  // Both apps copy longitude first; in China a latitude is never above 55, a longitude never below 73.
  return a < b ? [b, a] : [a, b];
}

export function pointWidget(config: PageConfig) {
  const W = config.words.point;
  return class PointControl extends Component<Props, State> {
    state: State = { crs: 'wgs84', paste: '' };
    private mapEl: HTMLDivElement | null = null;
    private map?: maplibregl.Map;
    private marker?: maplibregl.Marker;

    private get point(): Point {
      return plain<Point>(this.props.value) ?? {};
    }

    componentDidMount(): void {
      const p = this.point;
      if (p.crs) this.setState({ crs: p.crs });
      if (!this.mapEl) return;
      maplibregl.setWorkerUrl(new URL('/assets/maplibre-gl-worker.mjs', location.href).href);
      const [w, s, e, n] = config.serviceArea;
      this.map = new maplibregl.Map({
        container: this.mapEl,
        style: {
          version: 8,
          sources: { basemap: { type: 'vector', tiles: [config.tiles.url], minzoom: 0, maxzoom: config.tiles.maxzoom, bounds: config.tiles.bounds } },
          layers: basemapLayers({ offline: true, font: FONT }),
        },
        bounds: [
          [w, s],
          [e, n],
        ],
        localIdeographFontFamily: CJK_FONT,
        attributionControl: false,
        dragRotate: false,
      });
      this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
      this.map.on('click', (ev) => this.set({ lon: round6(ev.lngLat.lng), lat: round6(ev.lngLat.lat) }, 'wgs84'));
      if (p.lon !== undefined && p.lat !== undefined) void this.locate(p.lon, p.lat, p.crs ?? 'wgs84', true);
    }

    componentWillUnmount(): void {
      this.map?.remove();
    }

    /** New numbers in a system: kept as given, with `crs` unless WGS-84; the map and the proposal follow. */
    private set(at: { lon: number; lat: number }, crs: State['crs']): void {
      const { crs: _old, ...rest } = this.point;
      const next: Point = { ...rest, ...at, ...(crs === 'wgs84' ? {} : { crs }) };
      if (!next.precision) next.precision = 'survey';
      this.props.onChange(next);
      this.setState({ crs, error: undefined });
      void this.locate(at.lon, at.lat, crs, false);
    }

    private async locate(lon: number, lat: number, crs: State['crs'], fly: boolean): Promise<void> {
      try {
        const found = await place(lon, lat, crs);
        this.setState({ place: found });
        window.dispatchEvent(new CustomEvent(PLACE_EVENT, { detail: found }));
        if (!this.map) return;
        this.marker ??= new maplibregl.Marker({ color: '#a51c1c' });
        this.marker.setLngLat(found.wgs84).addTo(this.map);
        if (fly) this.map.jumpTo({ center: found.wgs84, zoom: 9 });
      } catch {
        this.setState({ place: undefined });
        window.dispatchEvent(new CustomEvent(PLACE_EVENT, { detail: undefined }));
      }
    }

    private applyPaste = (): void => {
      const at = parseLonLat(this.state.paste);
      if (!at) {
        this.setState({ error: W.badPaste });
        return;
      }
      this.set({ lon: at[0], lat: at[1] }, this.state.crs);
      this.map?.jumpTo({ zoom: 10 });
    };

    private typed(key: 'lon' | 'lat', text: string): void {
      const n = Number(text);
      const p = this.point;
      const next = { ...p, [key]: text === '' || !Number.isFinite(n) ? undefined : n };
      this.props.onChange(next);
      if (next.lon !== undefined && next.lat !== undefined) void this.locate(next.lon, next.lat, next.crs ?? 'wgs84', false);
    }

    private precision(kind: 'survey' | 'approximate', what?: string): void {
      this.props.onChange({ ...this.point, precision: kind === 'survey' ? 'survey' : `approximate: ${what ?? ''}` });
    }

    render(): ReactNode {
      const p = this.point;
      const id = this.props.forID;
      const approximate = p.precision?.startsWith('approximate') ?? false;
      const what = approximate ? (p.precision ?? '').replace(/^approximate:\s?/, '') : '';
      const pl = this.state.place;
      const converted = pl && p.crs && p.lon !== undefined ? W.converted(String(pl.wgs84[0]), String(pl.wgs84[1])) : undefined;
      return h(
        'div',
        { className: 'pack-point', id },
        h('div', {
          className: 'pack-point__map',
          'data-point-map': '',
          role: 'application',
          'aria-label': W.mapLabel,
          ref: (el: HTMLDivElement | null) => {
            this.mapEl = el;
          },
        }),
        h('p', { className: 'pack-point__note' }, W.mapLabel),
        h(
          'div',
          { className: 'pack-point__row' },
          h('label', { htmlFor: `${id}-crs` }, W.crs),
          h(
            'select',
            { id: `${id}-crs`, value: this.state.crs, onChange: (e: { target: HTMLSelectElement }) => this.setState({ crs: e.target.value as State['crs'] }) },
            (['wgs84', 'gcj02', 'bd09'] as const).map((c) => h('option', { key: c, value: c }, W.crsOptions[c])),
          ),
          h('label', { htmlFor: `${id}-paste` }, W.paste),
          h('input', {
            id: `${id}-paste`,
            type: 'text',
            value: this.state.paste,
            placeholder: '121.13,30.78',
            title: W.pasteHint,
            onChange: (e: { target: HTMLInputElement }) => this.setState({ paste: e.target.value }),
          }),
          h('button', { type: 'button', onClick: this.applyPaste }, W.apply),
        ),
        this.state.error ? h('p', { className: 'pack-point__error', role: 'alert' }, this.state.error) : null,
        h(
          'div',
          { className: 'pack-point__row' },
          h('label', { htmlFor: `${id}-lon` }, W.lon),
          h('input', {
            id: `${id}-lon`,
            type: 'number',
            step: 'any',
            value: p.lon ?? '',
            onChange: (e: { target: HTMLInputElement }) => this.typed('lon', e.target.value),
          }),
          h('label', { htmlFor: `${id}-lat` }, W.lat),
          h('input', {
            id: `${id}-lat`,
            type: 'number',
            step: 'any',
            value: p.lat ?? '',
            onChange: (e: { target: HTMLInputElement }) => this.typed('lat', e.target.value),
          }),
          p.crs ? h('span', { className: 'pack-point__note' }, config.words.point.crsOptions[p.crs]) : null,
        ),
        converted ? h('p', { className: 'pack-point__note' }, converted) : null,
        h(
          'fieldset',
          { className: 'pack-point__row' },
          h('legend', null, W.precision),
          h('label', null, h('input', { type: 'radio', name: `${id}-precision`, checked: !approximate, onChange: () => this.precision('survey') }), W.survey),
          h(
            'label',
            null,
            h('input', { type: 'radio', name: `${id}-precision`, checked: approximate, onChange: () => this.precision('approximate', what) }),
            W.approximate,
          ),
          h('input', {
            type: 'text',
            'aria-label': W.approximate,
            placeholder: W.approximateHint,
            value: what,
            onChange: (e: { target: HTMLInputElement }) => this.precision('approximate', e.target.value),
          }),
        ),
      );
    }
  };
}
