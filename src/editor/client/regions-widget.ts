/**
 * The `regions` widget: the region rows of a site (province … village), and above them the outlines the entry's
 * point lies in, each with a button that writes it into the rows. Decap lets a widget change only its own field, so the
 * proposal lives here, where it can be written. The point widget says where its point lies (PLACE_EVENT) whenever it
 * moves, also when an entry opens with its point set: Decap re-renders a widget only for its own value, so the entry
 * prop would not tell, and one lookup serves both widgets.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { Region } from '../../pack/schemas.ts';
import { PLACE_EVENT, type Place } from './api.ts';
import { type ImmutableLike, type PageConfig, plain } from './types.ts';

const PARTS = ['province', 'city', 'county', 'town', 'village'] as const;

interface Props {
  value: unknown;
  onChange(v: Partial<Region>[]): void;
  forID: string;
  field: ImmutableLike;
  classNameWrapper?: string;
}

interface State {
  place?: Place;
}

/** A row as the pack writes it: the parts that have text, in schema order. */
export function tidy(row: Partial<Region>): Partial<Region> {
  return Object.fromEntries(PARTS.flatMap((k) => (row[k]?.trim() ? [[k, row[k]]] : []))) as Partial<Region>;
}

export const sameRegion = (a: Partial<Region>, b: Partial<Region>) => PARTS.every((k) => (a[k] ?? '') === (b[k] ?? ''));

/** The rows after taking a proposed region: it replaces an empty first row, else joins the list (a border site has two). */
export function withRegion(rows: Partial<Region>[], region: Partial<Region>, max: number): Partial<Region>[] {
  if (rows.some((r) => sameRegion(r, region))) return rows;
  const filled = rows.filter((r) => Object.keys(tidy(r)).length);
  return filled.length < max ? [...filled, region] : [region, ...filled.slice(1)];
}

export function regionsWidget(config: PageConfig) {
  const W = config.words;
  return class RegionsControl extends Component<Props, State> {
    state: State = {};

    private get rows(): Partial<Region>[] {
      const v = plain<Partial<Region>[] | undefined>(this.props.value);
      return Array.isArray(v) ? v : [];
    }

    private get max(): number {
      return Number(this.props.field.get('max') ?? 2);
    }

    componentDidMount(): void {
      window.addEventListener(PLACE_EVENT, this.placed);
    }

    componentWillUnmount(): void {
      window.removeEventListener(PLACE_EVENT, this.placed);
    }

    private placed = (e: Event): void => {
      this.setState({ place: (e as CustomEvent<Place | undefined>).detail });
    };

    /** Decap asks before saving; the pack check says the same after. */
    isValid(): boolean | { error: { message: string } } {
      return this.rows.every((r) => r.province?.trim()) ? true : { error: { message: W.regions.needProvince } };
    }

    private change(rows: Partial<Region>[]): void {
      this.props.onChange(rows.map(tidy));
    }

    private typed(i: number, part: (typeof PARTS)[number], text: string): void {
      // While typing, keep the row as typed (an emptied box stays); tidy() drops empty parts when the row is taken.
      this.props.onChange(this.rows.map((r, j) => (j === i ? { ...r, [part]: text } : r)));
    }

    private proposal(): ReactNode {
      const place = this.state.place;
      if (!place) return null;
      const found = place.regions;
      if (!found.length) return h('p', { className: 'pack-point__note', 'data-region-fill': '', role: 'status' }, W.regions.none);
      return h(
        'div',
        { className: 'pack-regions__proposal', 'data-region-fill': '', role: 'status' },
        h('p', { className: 'pack-point__note' }, W.regions.proposed),
        h(
          'ul',
          null,
          found.map((r) => {
            const region = r.region as Partial<Region>;
            const taken = this.rows.some((x) => sameRegion(tidy(x), region));
            return h(
              'li',
              { key: r.label },
              h('span', null, r.label),
              ' ',
              h(
                'button',
                { type: 'button', disabled: taken, onClick: () => this.change(withRegion(this.rows, region, this.max)) },
                taken ? W.regions.taken : W.regions.use,
              ),
            );
          }),
        ),
      );
    }

    render(): ReactNode {
      const id = this.props.forID;
      const rows = this.rows;
      return h(
        'div',
        { className: `pack-regions ${this.props.classNameWrapper ?? ''}`, id },
        this.proposal(),
        rows.map((row, i) =>
          h(
            'fieldset',
            { key: i, className: 'pack-regions__row' },
            h('legend', null, rows.length > 1 ? `${W.fields.region} ${i + 1}` : W.fields.region),
            PARTS.map((part) =>
              h(
                'div',
                { key: part, className: 'pack-regions__part' },
                h('label', { htmlFor: `${id}-${i}-${part}` }, W.fields[part]),
                h('input', {
                  id: `${id}-${i}-${part}`,
                  type: 'text',
                  value: row[part] ?? '',
                  required: part === 'province',
                  onChange: (e: { target: HTMLInputElement }) => this.typed(i, part, e.target.value),
                }),
              ),
            ),
            h('button', { type: 'button', className: 'pack-regions__remove', onClick: () => this.change(rows.filter((_, j) => j !== i)) }, W.regions.remove),
          ),
        ),
        rows.length < this.max
          ? h('button', { type: 'button', className: 'pack-regions__add', onClick: () => this.props.onChange([...rows, {}]) }, W.regions.add)
          : null,
      );
    }
  };
}
