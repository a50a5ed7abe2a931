import { describe, expect, it } from 'vitest';
import { addPhase, countWork, endPhase, phaseTable, reportProgress, startPhase, takeCounted } from './phases.ts';

describe('the build’s phases', () => {
  it('say what each made and how long it took, and close with a table in the order they ended', () => {
    addPhase({ name: 'entries', made: '12 entries read and checked', ms: 200 });
    startPhase('pages', 1_000);
    countWork('cards', 1_000, 1_300);
    countWork('cards', 2_000, 2_500);
    expect(takeCounted('cards')).toEqual({ count: 2, ms: 800 });
    expect(takeCounted('cards')).toBeUndefined();
    expect(endPhase('pages', '40 HTML pages', 5_000)).toBe('pages: 40 HTML pages in 4.0 s');
    addPhase({ name: 'compression', made: '90 files', ms: 1_800 });
    expect(phaseTable(8_000)).toEqual([
      '  entries         0.2 s    3%  12 entries read and checked',
      '  pages           4.0 s   50%  40 HTML pages',
      '  compression     1.8 s   23%  90 files',
      "  the rest        2.0 s   25%  Vite's bundling, Astro's setup, the other integrations",
      '  total           8.0 s',
    ]);
  });

  it('count the time cards made side by side were under way once, not once per card', () => {
    // Three cards at once from 0 to 400 ms, then one alone from 600 to 700, finishing out of order.
    countWork('cards', 100, 400);
    countWork('cards', 0, 300);
    countWork('cards', 200, 250);
    countWork('cards', 600, 700);
    expect(takeCounted('cards')).toEqual({ count: 4, ms: 500 });
  });

  it('keep one line per phase when a phase runs again (astro dev reads the pack after each edit)', () => {
    addPhase({ name: 'entries', made: '13 entries read and checked', ms: 100 });
    expect(phaseTable(8_000).filter((l) => l.includes('entries'))).toEqual(['  entries         0.1 s    1%  13 entries read and checked']);
  });

  it('say how far a long phase has got every ten seconds, with what it has made so far, and stop as it ends', () => {
    const lines: string[] = [];
    startPhase('pages', 0);
    reportProgress(
      'pages',
      [
        ['html', 'HTML pages'],
        ['cards', 'share cards'],
      ],
      (l) => lines.push(l),
      0,
    );
    // A page every 20 ms, and a card with every other page after the first 5 s.
    for (let t = 20; t <= 25_000; t += 20) {
      countWork('html', t - 5, t);
      if (t > 5_000 && t % 40 === 0) countWork('cards', t - 30, t);
    }
    expect(lines).toEqual(['pages: 500 HTML pages, 124 share cards so far, 10.0 s', 'pages: 1,000 HTML pages, 374 share cards so far, 20.0 s']);
    endPhase('pages', '1250 HTML pages', 25_000);
    countWork('html', 40_000, 60_000);
    expect(lines).toHaveLength(2);
    takeCounted('html');
    takeCounted('cards');
  });

  it('count the time a phase ran beside the one before it once, in the rest of the table', () => {
    addPhase({ name: 'search index', made: '40 pages', ms: 3_000 });
    addPhase({ name: 'compression', made: '90 files, 1.5 s of it beside the search index', ms: 2_000, beside: 1_500 });
    const table = phaseTable(40_000);
    // With the tests' earlier phases (entries 0.1 s, pages 25.0 s): 40 - (0.1 + 25.0 + 3.0 + 2.0 - 1.5) s.
    expect(table.find((l) => l.includes('the rest'))).toBe("  the rest        11.4 s   29%  Vite's bundling, Astro's setup, the other integrations");
    expect(table.find((l) => l.includes('compression'))).toBe('  compression      2.0 s    5%  90 files, 1.5 s of it beside the search index');
  });
});
