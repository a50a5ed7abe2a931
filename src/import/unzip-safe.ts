/**
 * Zip archives (KMZ, GTFS feeds, XLSX) unpacked within limits. A hostile file can inflate 1.5 MB into gigabytes;
 * the sizes its directory declares are checked first, and each entry is then inflated with a cap on its output
 * (zlib stops there), so a lie in the directory costs at most that cap, not the machine's memory.
 */
import { inflateRawSync } from 'node:zlib';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { SaidError } from './said-error.ts';

export interface ZipLimits {
  /** Bytes all the entries read may inflate to together. */
  total: number;
  /** Output per byte of input above which an entry is refused (text compresses 5–20 to 1; zeros 1000 to 1). */
  ratio: number;
}

/** Entries below this size are never refused for their ratio: a small, repetitive KML compresses well. */
const RATIO_FLOOR = 1024 * 1024;

export const KMZ_LIMITS: ZipLimits = { total: 256 * 1024 * 1024, ratio: 100 };
export const GTFS_LIMITS: ZipLimits = { total: 1024 * 1024 * 1024, ratio: 100 };
export const XLSX_LIMITS: ZipLimits = { total: 256 * 1024 * 1024, ratio: 200 };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

function directory(bytes: Uint8Array, what: string, m: ImportMessages): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = () => new SaidError(m.archive.broken(what));
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The entries `wanted` accepts, by name, or a SaidError naming the limit a hostile file crossed. */
export function unzipSafe(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits, what: string, m: ImportMessages): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = directory(bytes, what, m).filter((e) => !e.name.endsWith('/') && wanted(e.name));
  const mb = Math.round(limits.total / 1024 / 1024);
  // What the directory declares is refused before a byte is inflated.
  if (entries.reduce((sum, e) => sum + e.size, 0) > limits.total) throw new SaidError(m.archive.tooBig(what, mb));
  for (const e of entries)
    if (e.size > RATIO_FLOOR && e.size > limits.ratio * Math.max(1, e.compressed)) throw new SaidError(m.archive.ratio(what, limits.ratio));

  const out = new Map<string, Uint8Array>();
  let left = limits.total;
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new SaidError(m.archive.broken(what));
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    const byRatio = Math.max(RATIO_FLOOR, limits.ratio * Math.max(1, e.compressed));
    const cap = Math.min(left, byRatio);
    let inflated: Uint8Array;
    if (e.method === 0) inflated = data;
    else if (e.method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: cap });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new SaidError(cap === left ? m.archive.tooBig(what, mb) : m.archive.ratio(what, limits.ratio));
        throw new SaidError(m.archive.broken(what));
      }
    } else throw new SaidError(m.archive.method(what, e.method));
    if (inflated.length > cap) throw new SaidError(cap === left ? m.archive.tooBig(what, mb) : m.archive.ratio(what, limits.ratio));
    left -= inflated.length;
    out.set(e.name, inflated);
  }
  return out;
}
