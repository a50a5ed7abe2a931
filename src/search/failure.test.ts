import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { failureOfStatus, failureText } from './failure.ts';

describe('why search failed', () => {
  it('tells a missing index from a server error', () => {
    expect(failureOfStatus(404)).toEqual({ kind: 'missing' });
    expect(failureOfStatus(500)).toEqual({ kind: 'server', status: 500 });
    expect(failureOfStatus(503)).toEqual({ kind: 'server', status: 503 });
    expect(failureOfStatus(403)).toEqual({ kind: 'server', status: 403 });
    expect(failureOfStatus(200)).toBeUndefined();
  });

  it('says each in words: a server error is not "no index"', () => {
    const s = zhCN.search.client;
    expect(failureText({ kind: 'missing' }, s)).toContain('还没有生成搜索索引');
    const server = failureText({ kind: 'server', status: 500 }, s);
    expect(server).toContain('500');
    expect(server).not.toContain('索引');
    expect(failureText({ kind: 'server', status: 502 }, en.search.client)).toContain('502');
    expect(failureText({ kind: 'unreachable' }, s)).toContain('网络');
  });
});
