import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/pack/index.ts';
import { buildRelations } from '../../src/pack/relations.ts';
import { COLLECTIONS } from '../../src/pack/schemas.ts';
import { entryPagePath } from '../../src/pack/urls.ts';
import { links, readPage, text } from '../support/dist.ts';

const pack = getPack();

/** The first characters of the body's first paragraph, as the page shows them. */
function plainStart(body: string): string {
  const paragraph = body.split('\n').find((l) => l.trim() && !/^\s*(#|>|-|\*|\d+\.)/.test(l)) ?? '';
  return paragraph
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[*_`[\]]/g, '')
    .replace(/\s/g, '')
    .slice(0, 10);
}
const all = COLLECTIONS.flatMap((c) => pack.entries[c].map((e) => ({ collection: c, entry: e })));

describe('the built default pack', () => {
  it('has content in every collection', () => {
    for (const c of COLLECTIONS) expect(pack.entries[c].length, c).toBeGreaterThan(0);
  });

  it('names sources by title, author and date, never by the editors’ file name', () => {
    const files = Object.values(pack.config.sources).flatMap((s) => (s.file ? [s.file] : []));
    expect(files.length).toBeGreaterThan(0);
    for (const path of ['/', ...all.map(({ collection, entry }) => entryPagePath(collection, entry.id))]) {
      const page = text(readPage(path));
      for (const f of files) expect(page, path).not.toContain(f);
    }
  });

  it('gives every entry a Chinese page with its title, summary and body', () => {
    for (const { collection, entry } of all) {
      const html = readPage(entryPagePath(collection, entry.id));
      // The layout's scoped <style> gives <html> its scope attribute: the language is what counts.
      expect(html, entry.file).toMatch(/<html lang="zh-CN"[\s>]/);
      const page = text(html);
      expect(page, entry.file).toContain(entry.data.title);
      expect(page, entry.file).toContain(entry.data.summary);
      expect(page.replace(/\s/g, ''), entry.file).toContain(plainStart(entry.body));
    }
  });

  it('shows the sources of every entry at the foot of its page', () => {
    for (const { collection, entry } of all) {
      const page = text(readPage(entryPagePath(collection, entry.id)));
      const foot = page.slice(page.indexOf('资料来源'));
      expect(foot.length, entry.file).toBeGreaterThan(4);
      for (const s of entry.data.sources) {
        const key = typeof s === 'string' ? s : s.ref;
        const title = key ? pack.config.sources[key]?.title : typeof s === 'string' ? s : s.title;
        expect(foot, `${entry.file} source ${key}`).toContain(title);
      }
    }
  });

  it('lists every entry on its collection index', () => {
    for (const c of COLLECTIONS) {
      const hrefs = links(readPage(`/${c}/`));
      for (const e of pack.entries[c]) expect(hrefs, `${c}/${e.id}`).toContain(entryPagePath(c, e.id));
    }
  });

  it('cross-links related entries both ways (a site lists its routes, belts, lines and partnerships)', () => {
    const rel = buildRelations(pack.entries);
    let pairs = 0;
    for (const [from, tos] of rel) {
      const [collection, id] = from.split('/') as [(typeof COLLECTIONS)[number], string];
      const hrefs = links(readPage(entryPagePath(collection, id)));
      for (const to of tos) {
        expect(hrefs, `${from} → ${to.collection}/${to.id}`).toContain(entryPagePath(to.collection, to.id));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });

  it('shows the collection counts on the home page', () => {
    const html = readPage('/');
    for (const c of COLLECTIONS) expect(html).toMatch(new RegExp(`data-count="${c}"[^>]*>${pack.entries[c].length}<`));
  });

  it('shows the attribution lines in every page footer', () => {
    for (const path of ['/', '/sites/', '/data/', entryPagePath('sites', pack.entries.sites[0]!.id)]) {
      const footer = text(readPage(path).split('<footer')[1] ?? '');
      for (const line of pack.config.attribution) expect(footer, path).toContain(line);
    }
  });

  it('has no link to a page that was not built', () => {
    const pages = ['/', '/data/', '/map/', ...COLLECTIONS.map((c) => `/${c}/`), ...all.map(({ collection, entry }) => entryPagePath(collection, entry.id))];
    for (const page of pages) {
      for (const href of links(readPage(page)).filter((h) => h.startsWith('/'))) {
        expect(() => readPage(href.split(/[?#]/)[0] as string), `${page} → ${href}`).not.toThrow();
      }
    }
  });
});
