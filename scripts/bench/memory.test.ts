import { describe, expect, it } from 'vitest';
import { treeRss } from './memory.ts';

describe('memory of a build and what it started', () => {
  const procs = [
    { pid: 1, ppid: 0, name: 'bench', rssKb: 50 },
    { pid: 10, ppid: 1, name: 'time', rssKb: 2 },
    { pid: 11, ppid: 10, name: 'node', rssKb: 2000 },
    { pid: 12, ppid: 11, name: 'pagefind_extend', rssKb: 1500 },
    { pid: 13, ppid: 11, name: 'esbuild', rssKb: 20 },
    { pid: 20, ppid: 1, name: 'node', rssKb: 9000 },
  ];

  it('adds up the processes under the build, not its siblings', () => {
    const { totalKb, byName } = treeRss(procs, 10);
    expect(totalKb).toBe(2 + 2000 + 1500 + 20);
    expect(byName.get('node')).toBe(2000);
    expect(byName.get('pagefind_extend')).toBe(1500);
  });

  it('is nothing for a process that has ended', () => {
    expect(treeRss(procs, 99).totalKb).toBe(0);
  });
});
