/**
 * The preview pane: the pack check of the draft in the words of `npm run check`, so a problem is seen before saving;
 * the draft in a plain layout (title, kind, summary, regions, text, sources), following every keystroke; and, once
 * saved, a link to the entry's own page on the site, from Astro's dev server on the pack (a page of its own rather than a
 * frame in this pane: nested in Decap's preview frame, the site's page painted blank in chromium).
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { EntryCheck } from '../check.ts';
import { entryToFile } from '../format.ts';
import { check, sitePage } from './api.ts';
import { type ImmutableLike, type PageConfig, plain } from './types.ts';

interface Props {
  entry: ImmutableLike;
  widgetFor(name: string): ReactNode;
}

interface State {
  result?: EntryCheck;
  failed?: boolean;
  /** The saved entry's page on the dev server, once it answers; `false` when it could not start. */
  page?: string | false;
}

/** Where the entry's file is (or will be) in the pack: its saved path, else its folder and the id typed. */
export function entryPath(config: PageConfig, entry: ImmutableLike): string {
  const saved = entry.get('path');
  if (typeof saved === 'string' && saved) return saved;
  const collection = config.cms.collections.find((c) => c.name === entry.get('collection'));
  const id = (entry.getIn(['data', 'id']) as string | undefined) || 'new-entry';
  return `${collection?.folder ?? ''}/${id}.md`;
}

const SITE_LINK = {
  display: 'inline-block',
  padding: '6px 14px',
  border: '1px solid #a51c1c',
  borderRadius: 4,
  color: '#a51c1c',
  textDecoration: 'none',
  fontWeight: 600,
} as const;

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
    private asked = '';

    componentDidMount(): void {
      this.schedule();
      this.askPage();
    }
    componentDidUpdate(): void {
      this.schedule();
      this.askPage();
    }
    componentWillUnmount(): void {
      clearTimeout(this.timer);
    }

    /** The page exists once the file does: an entry opened from the list, or a new one after its first save. */
    private askPage(): void {
      const path = this.props.entry.get('path');
      if (typeof path !== 'string' || !path || this.props.entry.get('newRecord') || path === this.asked) return;
      this.asked = path;
      sitePage(path).then(
        (page) => path === this.asked && this.setState({ page }),
        () => path === this.asked && this.setState({ page: false }),
      );
    }

    private sitePane(): ReactNode {
      const saved = typeof this.props.entry.get('path') === 'string' && !this.props.entry.get('newRecord');
      const { page } = this.state;
      const note = (text: string) => h('p', { style: { color: '#555' } }, text);
      return h(
        'section',
        { 'data-site-page': '', style: { borderTop: '1px solid #ccc', marginTop: 24, paddingTop: 8 } },
        h('h2', { style: { fontSize: 15 } }, P.sitePage),
        !saved
          ? note(P.siteUnsaved)
          : page === undefined
            ? note(P.siteStarting)
            : page === false
              ? note(P.siteFailed)
              : h(
                  'p',
                  null,
                  h('a', { href: page, target: '_blank', rel: 'noopener', style: SITE_LINK }, P.open),
                  ' ',
                  h('span', { style: { color: '#555' } }, P.openNote),
                ),
      );
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
        this.sitePane(),
      );
    }
  };
}
