/**
 * The preview pane: the entry as its page shows it (title, kind, summary, regions, text, sources) and, above it, the
 * pack check of the draft in the words of `npm run check`, so a problem is seen before saving.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { EntryCheck } from '../check.ts';
import { entryToFile } from '../format.ts';
import { check } from './api.ts';
import { type ImmutableLike, type PageConfig, plain } from './types.ts';

interface Props {
  entry: ImmutableLike;
  widgetFor(name: string): ReactNode;
}

interface State {
  result?: EntryCheck;
  failed?: boolean;
}

/** Where the entry's file is (or will be) in the pack: its saved path, else its folder and the id typed. */
export function entryPath(config: PageConfig, entry: ImmutableLike): string {
  const saved = entry.get('path');
  if (typeof saved === 'string' && saved) return saved;
  const collection = config.cms.collections.find((c) => c.name === entry.get('collection'));
  const id = (entry.getIn(['data', 'id']) as string | undefined) || 'new-entry';
  return `${collection?.folder ?? ''}/${id}.md`;
}

export function checkLines(config: PageConfig, r: EntryCheck | undefined, failed: boolean | undefined): ReactNode {
  const C = config.words.check;
  const lines = r ? [...r.problems, ...r.warnings] : [];
  return h(
    'section',
    {
      'data-pack-check': '',
      'aria-live': 'polite',
      style: { border: `2px solid ${r?.problems.length || failed ? '#a51c1c' : '#2a7a2a'}`, padding: '8px 48px 8px 12px', marginBottom: 16, fontSize: 13 },
    },
    h('h2', { style: { fontSize: 15, margin: '0 0 6px' } }, C.heading),
    failed
      ? h('p', null, C.failed)
      : !r
        ? h('p', null, C.running)
        : lines.length
          ? h(
              'ul',
              { style: { margin: 0, paddingLeft: 18, whiteSpace: 'pre-wrap' } },
              lines.map((l) => h('li', { key: l }, l)),
            )
          : h('p', null, C.ok),
  );
}

export function previewTemplate(config: PageConfig) {
  const P = config.words.preview;
  return class Preview extends Component<Props, State> {
    state: State = {};
    private timer?: ReturnType<typeof setTimeout>;
    private last = '';

    componentDidMount(): void {
      this.schedule();
    }
    componentDidUpdate(): void {
      this.schedule();
    }
    componentWillUnmount(): void {
      clearTimeout(this.timer);
    }

    private schedule(): void {
      const raw = entryToFile(plain(this.props.entry.get('data')) ?? {});
      const path = entryPath(config, this.props.entry);
      const key = `${path}\n${raw}`;
      if (key === this.last) return;
      this.last = key;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        check(path, raw).then(
          (result) => key === this.last && this.setState({ result, failed: false }),
          () => this.setState({ failed: true }),
        );
      }, 400);
    }

    render(): ReactNode {
      const data = plain<Record<string, unknown>>(this.props.entry.get('data')) ?? {};
      const regions = Array.isArray(data.regions) ? (data.regions as Record<string, string>[]) : [];
      const sources = Array.isArray(data.sources) ? (data.sources as Record<string, string>[]) : [];
      const title = (k: string) => config.cms.collections[0]?.fields.find((f) => f.name === 'kind')?.options?.find((o) => o.value === k)?.label ?? k;
      return h(
        'article',
        { style: { fontFamily: 'system-ui, sans-serif', padding: 16, lineHeight: 1.6 } },
        checkLines(config, this.state.result, this.state.failed),
        h('p', { style: { color: '#777', fontSize: 12 } }, P.heading),
        h('h1', { style: { color: '#a51c1c', fontSize: 24 } }, String(data.title ?? '')),
        typeof data.kind === 'string' ? h('p', null, title(data.kind)) : null,
        regions.length
          ? h('p', null, regions.map((r) => [r.province, r.city !== r.province ? r.city : '', r.county, r.town, r.village].filter(Boolean).join('')).join('、'))
          : null,
        h('p', { style: { fontSize: 17 } }, String(data.summary ?? '')),
        data.body ? this.props.widgetFor('body') : h('p', { style: { color: '#777' } }, P.noBody),
        sources.length
          ? h(
              'section',
              null,
              h('h2', { style: { fontSize: 16 } }, P.sources),
              h(
                'ul',
                null,
                sources.map((s, i) => {
                  const listed = config.cms.collections[0]?.fields
                    .find((f) => f.name === 'sources')
                    ?.fields?.find((f) => f.name === 'ref')
                    ?.options?.find((o) => o.value === s.ref);
                  return h('li', { key: i }, [listed?.label ?? s.ref, s.title, s.note].filter(Boolean).join(' · '));
                }),
              ),
            )
          : null,
      );
    }
  };
}
