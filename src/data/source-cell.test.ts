import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../pack/schemas.ts';
import { listCell, parseSourceItem, sourcesCell, splitList } from './source-cell.ts';

const keys = new Set(['seed-002', 'xinmin-2021']);

describe('sources in one cell', () => {
  it('reads back every form a source takes, notes included', () => {
    const sources: SourceRef[] = [
      'seed-002',
      { ref: 'seed-002', note: '第五部分: 采访札记' },
      { title: '新民晚报', url: 'https://paper.xinmin.cn/x.html', note: '第13版' },
      { title: '平湖日报' },
      { url: 'https://example.org/a' },
    ];
    const cell = sourcesCell(sources);
    expect(cell).toBe('seed-002|seed-002: 第五部分: 采访札记|新民晚报 <https://paper.xinmin.cn/x.html>: 第13版|平湖日报|<https://example.org/a>');
    expect(splitList(cell).map((item) => parseSourceItem(item, keys))).toEqual(sources.map((source) => ({ ok: true, source })));
  });

  it('keeps a "|" inside an item', () => {
    expect(splitList(listCell(['红色|传承', '党史']))).toEqual(['红色|传承', '党史']);
  });

  it('reports a key that pack.yaml does not list, and takes other text as a title', () => {
    expect(parseSourceItem('seed-9', keys)).toMatchObject({ ok: false, message: 'source "seed-9" is not a key of pack.yaml\'s sources' });
    expect(parseSourceItem('平湖日报: 第3版', keys)).toEqual({ ok: true, source: { title: '平湖日报: 第3版' } });
  });
});
