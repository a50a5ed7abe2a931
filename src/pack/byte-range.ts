/**
 * One HTTP byte range (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`), as the pmtiles reader asks for them: the dev
 * server serves the pack's archive with it (the build leaves that to the real server). Pure.
 */
export type ByteRange = { start: number; end: number } | 'unsatisfiable';

/** The range asked for in a file of `size` bytes; undefined for no (or a multi-range) header: send it all. */
export function byteRange(header: string | undefined, size: number): ByteRange | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (!m[1] && !m[2])) return undefined;
  const [from, to] = [m[1] ? Number(m[1]) : undefined, m[2] ? Number(m[2]) : undefined];
  const start = from ?? Math.max(0, size - (to as number));
  const end = from === undefined ? size - 1 : Math.min(to ?? size - 1, size - 1);
  return start >= size || start > end ? 'unsatisfiable' : { start, end };
}
