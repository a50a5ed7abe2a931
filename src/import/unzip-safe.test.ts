/**
 * Zip bombs are refused early. The bomb is made here, not committed: 1.5 GB of zeros deflated into a KMZ of
 * 1.49 MB. Measured on the shared 2-core machine, whole `npm run import` runs (pack loading included), with
 * process.memoryUsage().rss sampled every 5 ms, three runs: the bomb whose directory tells the truth is refused
 * in 90–190 ms, peak RSS +2–9 MB (from its directory, before a byte is inflated); the one whose directory claims
 * 1 kB in 150–270 ms, peak RSS +60–150 MB (inflating stops at 100 times its compressed size). fflate's unzipSync,
 * used before, inflated all 1.5 GB. Times are reported on the console, never asserted: the machine is shared.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zh } from '../pack/messages/index.ts';
import { runImport } from './run.ts';
import { KMZ_LIMITS, unzipSafe } from './unzip-safe.ts';

const m = zh.import;
const PACK = resolve(import.meta.dirname, '../../tests/fixtures/import/packs/jinshan');

/**
 * A zip whose one doc.kml is `size` bytes of zeros. 16 MB of zeros deflated with a full flush is a block that
 * stands on its own, so the stream is that block repeated and a final empty one: no 1.5 GB buffer, no slow deflate.
 */
function bomb(size: number): Uint8Array {
  const block = new Uint8Array(16 * 1024 * 1024);
  const times = Math.ceil(size / block.length);
  const piece = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(block, crc);
  const data = Buffer.concat([...Array.from({ length: times }, () => piece), deflateRawSync(new Uint8Array(0))]);
  const name = Buffer.from('doc.kml');
  const inflated = times * block.length;
  const header = (central: boolean) => {
    const h = Buffer.alloc(central ? 46 : 30);
    h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
    const o = central ? 2 : 0;
    if (central) h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 4 + o);
    h.writeUInt16LE(8, 8 + o);
    h.writeUInt32LE(crc, 14 + o);
    h.writeUInt32LE(data.length, 18 + o);
    h.writeUInt32LE(inflated, 22 + o);
    h.writeUInt16LE(name.length, 26 + o);
    return h;
  };
  const local = Buffer.concat([header(false), name, data]);
  const central = Buffer.concat([header(true), name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return new Uint8Array(Buffer.concat([local, central, end]));
}

/** The same bomb with a directory that says the entry inflates to 1 kB, as a hostile file would. */
function lying(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, 1024, true);
      break;
    }
  }
  return out;
}

async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, peakMb: (peak - base) / 1024 / 1024 };
}

describe('a 1.5 GB zip bomb in a 1.5 MB KMZ', () => {
  const size = 1.5 * 1024 * 1024 * 1024;
  const honest = bomb(size);
  const dir = mkdtempSync(join(tmpdir(), 'kmz-bomb-'));

  it('is small on disk, as the issue describes', () => {
    console.log(`bomb: ${(honest.length / 1024 / 1024).toFixed(2)} MB on disk`);
    expect(honest.length).toBeLessThan(3 * 1024 * 1024);
  });

  it.each([
    ['its directory tells the truth', honest],
    ['its directory lies about the size', lying(honest)],
  ])('is refused with a Chinese line when %s', async (_, bytes) => {
    const file = join(dir, 'bomb.kmz');
    writeFileSync(file, bytes);
    const { result, ms, peakMb } = await measured(() => runImport(['kml', file, '--pack', PACK, '--source', 'ledger']));
    console.log(`zip bomb refused in ${Math.round(ms)} ms, peak RSS +${Math.round(peakMb)} MB`);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/可能是“压缩炸弹”/);
    expect(result.plan).toBeUndefined();
  });

  it('is a zip other readers read as 1.5 GB of zeros', () => {
    // fflate's filter sees the directory before inflating: the sizes a real reader would trust.
    let declared = 0;
    unzipSync(honest, {
      filter: (f) => {
        declared = f.originalSize;
        return false;
      },
    });
    expect(declared).toBe(size);
  });

  it('still reads an ordinary KMZ, icons left packed', () => {
    const kmz = zipSync({ 'doc.kml': strToU8('<kml/>'), 'files/icon.png': new Uint8Array(2048) });
    expect([...unzipSafe(kmz, (n) => n.endsWith('.kml'), KMZ_LIMITS, 'KMZ', m).keys()]).toEqual(['doc.kml']);
  });
});
