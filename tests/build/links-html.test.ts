/**
 * Links and markup of the built site, offline: linkinator walks every page of dist/ (internal links
 * and #anchors; other sites are not visited), html-validate checks one page of each type.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../support/dist.ts';
import { pageTypes } from '../support/pages.ts';

describe('links', () => {
  it('has no broken internal link or anchor anywhere in dist/', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      // Only the site itself: the sources' own web pages are not ours to check, and there is no network.
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
      concurrency: 20,
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(200);
  }, 300_000);
});

describe('HTML', () => {
  const validator = new HtmlValidate({
    // The standard preset: what the HTML specification requires (accessibility is axe's job).
    extends: ['html-validate:standard'],
    rules: {
      // Checkbox groups (filters) share a name by design.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  });

  it.each(pageTypes())('%s is valid HTML', async (path) => {
    const report = await validator.validateString(readPage(path), join(DIST, path));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
