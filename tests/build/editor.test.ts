/**
 * `npm run edit` in chromium, on a temp copy of the base pack with the repository's county outlines: a publicity
 * clerk creates a site by clicking the offline basemap, saves it, and the file is the pack's Markdown + YAML, passes
 * the check, reads as the same entry written by hand, and a rebuild shows it on the map data and in search. Saving a
 * site without a source shows the check's own line in the editor, before saving (preview) and right after (notice).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryFromFile } from '../../src/editor/format.ts';
import { hintsZhCN } from '../../src/i18n/editor/hints-zh.ts';
import { editorZhCN as W } from '../../src/i18n/editor/zh-CN.ts';
import { loadPack } from '../../src/pack/load.ts';
import { formatProblem } from '../../src/pack/problems.ts';
import { buildPack } from '../support/astro-build.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT } from '../support/dist.ts';
import { scenarioPack } from '../support/scenario.ts';
import { serveDir } from '../support/serve.ts';

const pack = scenarioPack('base');
mkdirSync(join(pack, 'geo/basemap'), { recursive: true });
copyFileSync(join(ROOT, 'geo/basemap/counties.geojson'), join(pack, 'geo/basemap/counties.geojson'));
appendFileSync(join(pack, 'pack.yaml'), 'basemap:\n  layers:\n    - { file: basemap/counties.geojson, role: boundary, labelProperty: name }\n');

let editor: ChildProcess;
let url = '';
let browser: Browser;
const foreign: string[] = [];

beforeAll(async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  editor = spawn(process.execPath, [join(ROOT, 'scripts/edit.ts'), pack, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm run edit did not start:\n${log}`)), 90_000);
    const read = (b: Buffer) => {
      log += b.toString();
      const m = /在浏览器打开 (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    editor.stdout?.on('data', read);
    editor.stderr?.on('data', read);
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  editor?.kill();
});

async function openNewSite(): Promise<Page> {
  // A context of its own: Decap keeps unsaved drafts in the browser and would offer the last test's back.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('editor console:', m.text());
  });
  page.on('request', (r) => {
    // The editor and the site preview (Astro's dev server on another port) are both on this machine; nothing else may be asked.
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).hostname !== '127.0.0.1') foreign.push(r.url());
  });
  await page.goto(url);
  await page.getByRole('button', { name: '登录' }).click();
  await page.goto(`${url}#/collections/sites/new`);
  await page.locator('[data-point-map] canvas').waitFor({ timeout: 60_000 });
  return page;
}

/** The README's screenshots, retaken with EDITOR_SHOTS=1; a plain run leaves the repository's files alone. */
async function shot(page: Page, path: string): Promise<void> {
  if (process.env.EDITOR_SHOTS) await page.screenshot({ path: join(ROOT, path) });
}

/** A Decap field's input, by its label (Decap writes each label for its control). */
const field = (page: Page, label: string) => page.locator(`label:text-is("${label}")`).first();

/** Types into a Decap text field in one input event: key by key, a re-render between keys could drop some. */
async function fill(page: Page, label: string, text: string): Promise<void> {
  const id = await field(page, label).getAttribute('for');
  const input = page.locator(`[id="${id}"]`);
  await input.fill(text);
  await expect.poll(() => input.inputValue()).toBe(text);
}

/** Decap's selects filter their options as one types; Enter takes the first that matches. */
async function choose(page: Page, label: string, typed: string): Promise<void> {
  await field(page, label).click();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

async function fillSite(page: Page, id: string, title: string): Promise<void> {
  await fill(page, W.fields.id, id);
  await fill(page, W.fields.title, title);
  await fill(page, W.fields.summary, '编辑器测试用的地点摘要。');
  await choose(page, W.fields.kind, 'village');
  // A click on the map: 平湖市 lies a little west and south of the base pack's centre.
  const map = page.locator('[data-point-map]');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  await page.waitForTimeout(1500);
  await map.click({ position: { x: box.width * 0.42, y: box.height * 0.55 } });
  // The outline the point lies in is offered to the regions: one press writes it, nothing is typed.
  const offer = page.locator('[data-region-fill] li').filter({ hasText: '平湖市' });
  await offer.getByRole('button', { name: W.regions.use }).click();
  await offer.getByRole('button', { name: W.regions.taken }).waitFor();
  const county = await field(page, W.fields.county).getAttribute('for');
  await expect.poll(() => page.locator(`[id="${county}"]`).inputValue()).toBe('平湖市');
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByText('立即发布', { exact: true }).click();
}

describe('the content editor', () => {
  it('creates a site by a click on the offline basemap; the file is the pack format, passes the check and builds', async () => {
    const page = await openNewSite();
    // The hints under the fields are in Chinese, like the rest of the editor.
    await page.getByText(hintsZhCN.common?.summary ?? '-', { exact: true }).waitFor();
    await fillSite(page, 'bianjiqi-ceshi', '编辑器测试地点');
    expect(await page.locator('[data-region-fill]').textContent()).toContain('平湖市');
    await page.getByRole('button', { name: `新增${W.fields.sources}` }).click();
    await choose(page, W.fields.ref, 'seed-002');
    await publish(page);

    const file = join(pack, 'content/sites/bianjiqi-ceshi.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    await page.locator('.pack-notice').getByText(W.check.savedOk).waitFor({ timeout: 20_000 });
    await shot(page, 'docs/editor-saved.png');
    // The preview then opens the saved entry's own page on the site (Astro's dev server on the pack).
    const link = page.frameLocator('iframe').first().locator('[data-site-page] a');
    await link.waitFor({ timeout: 150_000 });
    const [sitePage] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await sitePage.locator('main h1').waitFor({ timeout: 60_000 });
    expect(await sitePage.locator('main h1').textContent()).toBe('编辑器测试地点');
    expect(await sitePage.locator('main').textContent()).toContain('编辑器测试用的地点摘要。');
    await shot(sitePage, 'docs/editor-site-page.png');
    await page.context().close();

    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('---\n')).toBe(true);
    const saved = entryFromFile(text);
    expect(saved).toMatchObject({
      title: '编辑器测试地点',
      summary: '编辑器测试用的地点摘要。',
      kind: 'village',
      regions: [{ province: '浙江省', city: '嘉兴市', county: '平湖市' }],
      location: { precision: 'survey' },
      sources: [{ ref: 'seed-002' }],
    });
    // What a person writes: the plain source key, no editor-only id, no empty fields.
    expect(text).toMatch(/sources:\n {2}- seed-002\n/);
    expect(text).not.toMatch(/^id:|: ""$|: \[\]$/m);
    const { lon, lat } = saved.location as { lon: number; lat: number };
    expect(lon).toBeGreaterThan(120.9);
    expect(lon).toBeLessThan(121.3);
    expect(lat).toBeGreaterThan(30.6);
    expect(lat).toBeLessThan(30.95);

    const edited = loadPack(pack);
    expect(edited.problems).toEqual([]);
    // The same entry written by hand, in flow style as the pack's own files are, reads the same.
    const byHand = scenarioPack('base');
    writeFileSync(
      join(byHand, 'content/sites/bianjiqi-ceshi.md'),
      `---\ntitle: 编辑器测试地点\nsummary: 编辑器测试用的地点摘要。\nkind: village\nregions:\n  - { province: 浙江省, city: 嘉兴市, county: 平湖市 }\nlocation: { lon: ${lon}, lat: ${lat}, precision: survey }\nsources: [seed-002]\n---\n`,
    );
    const entryIn = (p: ReturnType<typeof loadPack>) => p.entries.sites.find((e) => e.id === 'bianjiqi-ceshi');
    expect(entryIn(edited)?.data).toEqual(entryIn(loadPack(byHand))?.data);
    expect(entryIn(edited)?.body).toEqual(entryIn(loadPack(byHand))?.body);

    const build = buildPack(pack);
    expect(build.status, build.output).toBe(0);
    const sites = JSON.parse(readFileSync(join(build.dist, 'map/sites.geojson'), 'utf8')) as { features: { properties: { entry?: string; id?: string } }[] };
    expect(JSON.stringify(sites)).toContain('bianjiqi-ceshi');
    const served = await serveDir(build.dist);
    try {
      const search = await browser.newPage();
      await search.goto(`${served.url.replace(/\/?$/, '/')}search/?q=${encodeURIComponent('编辑器测试')}`);
      await search.locator('[data-search-results] a[href*="/sites/bianjiqi-ceshi/"]').first().waitFor({ timeout: 30_000 });
      await search.close();
    } finally {
      await served.close();
    }
    expect(foreign).toEqual([]);
  }, 420_000);

  it('shows the pack check line for a site without a source, before and right after saving', async () => {
    const page = await openNewSite();
    await fillSite(page, 'meiyou-laiyuan', '没有来源的地点');
    // The draft check follows the form: the region and the point filled, only the source is still missing.
    const draft = page.frameLocator('iframe').first().locator('[data-pack-check]');
    await expect.poll(async () => (await draft.textContent()) ?? '', { timeout: 20_000 }).toMatch(/ sources .*缺少必填字段/);
    await expect.poll(async () => await draft.locator('li').count(), { timeout: 20_000 }).toBe(1);
    await shot(page, 'docs/editor-new-site.png');
    await publish(page).catch(() => undefined);
    const check = page.frameLocator('iframe').first().locator('[data-pack-check]');
    // The line `npm run check` prints for this file, word for word.
    await expect
      .poll(async () => (await check.textContent()) ?? '', { timeout: 20_000 })
      .toContain('content/sites/meiyou-laiyuan.md:2  sites/meiyou-laiyuan  sources  缺少必填字段');
    // Decap lets an empty list through; the pack check, the one authority, says what is wrong once it is saved.
    const notice = page.locator('.pack-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain(W.check.savedProblems(1));
    const line = loadPack(pack)
      .problems.map(formatProblem)
      .find((l) => l.includes('meiyou-laiyuan'));
    expect(await notice.locator('pre').textContent()).toBe(line);
    await shot(page, 'docs/editor-check.png');
    await page.context().close();
    expect(foreign).toEqual([]);
  }, 120_000);

  it('uploads a picture into the pack with its alt text, caption, credit and licence', async () => {
    const page = await openNewSite();
    await fillSite(page, 'you-tupian', '有图片的地点');
    await page.getByRole('button', { name: `新增${W.fields.sources}` }).click();
    await choose(page, W.fields.ref, 'seed-002');
    await page.getByRole('button', { name: `新增${W.fields.images}` }).click();
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, 'tests/packs/images/images/qiao.jpg'));
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await fill(page, W.fields.alt, '一座石拱桥横跨河道');
    await fill(page, W.fields.caption, '编辑器上传的图片');
    await fill(page, W.fields.credit, '测试摄影');
    await fill(page, W.fields.licence, 'CC BY 4.0');
    await publish(page);

    const file = join(pack, 'content/sites/you-tupian.md');
    await page.locator('.pack-notice').getByText(W.check.savedOk).waitFor({ timeout: 30_000 });
    await page.context().close();
    // The picture is in the pack's images folder, byte for byte, and the entry names it as a person would.
    expect(readFileSync(join(pack, 'images/qiao.jpg')).equals(readFileSync(join(ROOT, 'tests/packs/images/images/qiao.jpg')))).toBe(true);
    expect(entryFromFile(readFileSync(file, 'utf8')).images).toEqual([
      { file: 'qiao.jpg', alt: '一座石拱桥横跨河道', caption: '编辑器上传的图片', credit: '测试摄影', licence: 'CC BY 4.0' },
    ]);
    expect(loadPack(pack).problems.filter((p) => p.file.includes('you-tupian'))).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);
});
