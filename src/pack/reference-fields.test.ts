import { describe, expect, it } from 'vitest';
import { referencesOf } from './reference-fields.ts';
import type { CollectionData } from './schemas.ts';

describe('referencesOf', () => {
  it('finds every id a belt names, with the data path an error line points at', () => {
    const belt = {
      title: 'x',
      partnership: 'pinghu-jinshan',
      bands: [
        { id: 'red', members: ['a', 'b'] },
        { id: 'green', members: ['c'] },
      ],
    } as unknown as CollectionData['belts'];
    expect(referencesOf('belts', belt).map((r) => [r.path.join('.'), r.to, r.id])).toEqual([
      ['bands.0.members.0', 'sites', 'a'],
      ['bands.0.members.1', 'sites', 'b'],
      ['bands.1.members.0', 'sites', 'c'],
      ['partnership', 'partnerships', 'pinghu-jinshan'],
    ]);
  });

  it('skips fields an entry leaves out, and stops without a site', () => {
    const line = { stops: [{ site: 'a' }, { name: '某站', location: { lon: 121, lat: 30 } }] } as unknown as CollectionData['transit'];
    expect(referencesOf('transit', line).map((r) => r.path.join('.'))).toEqual(['stops.0.site']);
  });

  it('marks the parent field as the wider partnership', () => {
    const p = { parent: 'pinghu-jinshan', sites: ['x'] } as unknown as CollectionData['partnerships'];
    expect(referencesOf('partnerships', p).map((r) => [r.id, Boolean(r.field.parent), Boolean(r.field.membership)])).toEqual([
      ['x', false, true],
      ['pinghu-jinshan', true, false],
    ]);
  });
});
