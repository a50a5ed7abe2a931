import { describe, expect, it } from 'vitest';
import { planSite } from '../../tests/fixtures/plan-site.ts';
import { buildItinerary } from './itinerary.ts';
import { itinerarySvg } from './sketch.ts';

const site = planSite;

describe('the itinerary sketch', () => {
  const it_ = buildItinerary({ stops: [{ site: site('a', 121, 30.7) }, { site: site('b', 121.1, 30.7) }, { site: site('c', 121.1, 30.8) }], mode: 'car' });
  const svg = itinerarySvg(it_, {
    width: 600,
    height: 400,
    title: '我的行程 <3 站>',
    border: [
      [
        [121.05, 30.6],
        [121.05, 30.9],
      ],
    ],
  });

  it('numbers the stops, dashes the straight legs and draws the border, inside its box', () => {
    expect([...svg.matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => m[1]).sort()).toEqual(['1', '2', '3']);
    expect(svg.match(/stroke-dasharray="7 5"/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="6 3"');
    for (const m of svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(600);
      expect(Number(m[2])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(400);
    }
  });

  it('gives stops at one spot one marker that names them all', () => {
    const same = buildItinerary({
      stops: [{ site: site('a', 121, 30.7) }, { site: site('b', 121, 30.7) }, { site: site('c', 121.1, 30.8) }],
      mode: 'car',
    });
    const labels = [...itinerarySvg(same, { width: 600, height: 400, title: 't' }).matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.sort()).toEqual(['1·2', '3']);
  });

  it('is labelled, escaped and free of style attributes', () => {
    expect(svg).toContain('aria-label="我的行程 &lt;3 站&gt;"');
    expect(svg).not.toMatch(/style=/);
  });

  it('places the west stop left of the east one and the north stop above', () => {
    const at = (n: string) => {
      const m = new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)"[^>]*>${n}<`).exec(svg);
      return [Number(m?.[1]), Number(m?.[2])];
    };
    expect(at('1')[0]).toBeLessThan(at('2')[0]!);
    expect(at('3')[1]).toBeLessThan(at('2')[1]!);
  });
});
