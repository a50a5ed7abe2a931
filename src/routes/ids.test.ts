import { describe, expect, it } from 'vitest';
import * as schemas from '../pack/schemas.ts';
import { ID_PATTERN, TRAVEL_MODES } from './ids.ts';

describe('pack constants copied for the browser', () => {
  it('are the pack schema’s', () => {
    expect(ID_PATTERN.source).toBe(schemas.ID_PATTERN.source);
    expect(TRAVEL_MODES).toEqual(schemas.TRAVEL_MODES);
  });
});
