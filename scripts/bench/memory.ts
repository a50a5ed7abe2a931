/**
 * Peak memory of a build and of each program it starts, read from /proc while it runs. `/usr/bin/time` gives only
 * the largest single process's peak: a build whose Node process and Pagefind each held 2 GB at once reported 2 GB.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  pid: number;
  ppid: number;
  /** The program's name, as the kernel keeps it (at most 15 characters). */
  name: string;
  rssKb: number;
}

/** Memory of `root` and everything it started, in one sample: in all, and by program name (the largest process of each). */
export function treeRss(procs: readonly Proc[], root: number): { totalKb: number; byName: Map<string, number> } {
  const children = new Map<number, Proc[]>();
  for (const p of procs) {
    const siblings = children.get(p.ppid);
    if (siblings) siblings.push(p);
    else children.set(p.ppid, [p]);
  }
  const byName = new Map<string, number>();
  let totalKb = 0;
  const stack = procs.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop() as Proc;
    totalKb += p.rssKb;
    byName.set(p.name, Math.max(byName.get(p.name) ?? 0, p.rssKb));
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { totalKb, byName };
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; the fields after it are fixed.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const rssPages = Number(readFileSync(`/proc/${d}/statm`, 'utf8').split(' ')[1]);
      out.push({ pid: Number(d), ppid: Number(fields[1]), name, rssKb: rssPages * 4 });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

export interface MemoryPeaks {
  /** Highest sum over the whole tree at one moment. */
  totalMb: number;
  /** Highest of each program (node, pagefind_extended, …), most first. */
  byName: [string, number][];
}

/** Samples the tree under `pid` every `everyMs` until stopped. */
export function watchMemory(pid: number, everyMs = 200): { stop(): MemoryPeaks } {
  let totalKb = 0;
  const byName = new Map<string, number>();
  const sample = () => {
    const now = treeRss(readProcs(), pid);
    totalKb = Math.max(totalKb, now.totalKb);
    for (const [name, kb] of now.byName) byName.set(name, Math.max(byName.get(name) ?? 0, kb));
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return { totalMb: totalKb / 1024, byName: [...byName].map(([n, kb]): [string, number] => [n, kb / 1024]).sort((a, b) => b[1] - a[1]) };
    },
  };
}
