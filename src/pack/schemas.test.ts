import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLANK,
  beltBandSchema,
  collectionSchemas,
  packConfigSchema,
  partnershipMemberSchema,
  personRoleSchema,
  personTieSchema,
  routeStopSchema,
  SITE_KINDS,
  text,
  transitStopSchema,
} from './schemas.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

// A publicity department writes a pack from the README alone: every field and kind must be there.
describe('the README documents the content model', () => {
  it.each(Object.entries(collectionSchemas))('every field of %s', (_, schema) => {
    for (const key of keys(schema)) expect(readme, key).toContain(`\`${key}\``);
  });

  it('every field of bands, stops and members', () => {
    for (const schema of [beltBandSchema, routeStopSchema, transitStopSchema, partnershipMemberSchema, personRoleSchema, personTieSchema]) {
      for (const key of keys(schema)) expect(readme, key).toMatch(new RegExp(`\\b${key}\\b`));
    }
  });

  it('every pack.yaml field and site kind', () => {
    for (const key of keys(packConfigSchema)) expect(readme, key).toContain(`\`${key}`);
    for (const kind of SITE_KINDS) expect(readme, kind).toContain(`\`${kind}\``);
  });
});

describe('site schema', () => {
  const base = { title: 't', summary: 's', kind: 'village', regions: [{ province: '浙江省' }], sources: ['k'] };

  it.each(['survey', 'approximate: village centre'])('accepts precision %j', (precision) => {
    expect(collectionSchemas.sites.safeParse({ ...base, location: { lon: 121, lat: 30, precision } }).success).toBe(true);
  });

  it.each(['approximate', 'exact', ''])('refuses precision %j', (precision) => {
    expect(collectionSchemas.sites.safeParse({ ...base, location: { lon: 121, lat: 30, precision } }).success).toBe(false);
  });

  it('allows at most two regions', () => {
    const regions = [{ province: 'a' }, { province: 'b' }, { province: 'c' }];
    expect(collectionSchemas.sites.safeParse({ ...base, regions, location: { lon: 121, lat: 30, precision: 'survey' } }).success).toBe(false);
  });
});

describe('text', () => {
  it.each(['   ', '\u3000\u3000', ' \u3000\t', '\u200b'])('refuses %j: spaces only would publish an empty heading', (value) => {
    expect(
      text(80)
        .safeParse(value)
        .error?.issues.map((i) => i.message),
    ).toEqual([BLANK]);
  });

  it('says "empty", not "blank", for an empty string, and keeps the length limit', () => {
    expect(
      text()
        .safeParse('')
        .error?.issues.map((i) => i.code),
    ).toEqual(['too_small']);
    expect(
      text(3)
        .safeParse('明月山塘')
        .error?.issues.map((i) => i.code),
    ).toEqual(['too_big']);
  });

  it('keeps text with spaces around it as written', () => {
    expect(text(80).parse('\u3000明月山塘 ')).toBe('\u3000明月山塘 ');
  });
});
