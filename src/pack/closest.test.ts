import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest.ts';

describe('closest', () => {
  it('finds the word a near miss meant', () => {
    expect(closest('villlage', ['province', 'city', 'county', 'town', 'village'])).toBe('village');
    expect(closest('sitse', ['sites', 'routes', 'belts', 'transit', 'partnerships', 'stories'])).toBe('sites');
    expect(closest('Museum', ['museum', 'park'])).toBe('museum');
  });

  it('suggests nothing for a word that is not near any', () => {
    expect(closest('phone', ['title', 'summary', 'sources', 'kind', 'regions', 'location'])).toBeUndefined();
    expect(closest('ab', ['cd'])).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sitse', 'sites')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
