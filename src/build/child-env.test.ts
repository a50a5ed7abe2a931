import { describe, expect, it } from 'vitest';
import { buildEnv, devServerEnv } from './child-env.ts';

const underVitest = { PATH: '/usr/bin', NODE_ENV: 'test', DEV: '1', MODE: 'test', BASE_URL: '/', VITEST: 'true', VITEST_POOL_ID: '1', CONTENT_ROOT: '/p' };

describe('the environment of an Astro child started from a test', () => {
  it('builds as production: none of vitest mode variables, but VITEST for the test-only switches', () => {
    expect(buildEnv(underVitest)).toEqual({ PATH: '/usr/bin', VITEST: 'true', VITEST_POOL_ID: '1', CONTENT_ROOT: '/p' });
  });
  it('gives a dev server nothing of vitest, so that it serves its pages', () => {
    expect(devServerEnv(underVitest)).toEqual({ PATH: '/usr/bin', CONTENT_ROOT: '/p' });
  });
});
