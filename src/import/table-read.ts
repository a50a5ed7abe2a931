/**
 * CSV text and XLSX workbooks as one shape: a header and numbered rows, numbered as the spreadsheet
 * shows them, so "row 7" in a message is row 7 in Excel.
 */
import Papa from 'papaparse';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { type Field, type HeaderMap, mapHeaders } from './columns.ts';
import { unzipSafe, XLSX_LIMITS } from './unzip-safe.ts';

export interface Table {
  /** Spreadsheet row number of the header. */
  headerRow: number;
  headers: string[];
  rows: { n: number; cells: unknown[] }[];
  /** Lines about the reading itself: rows above the header, empty rows. */
  read: string[];
}

/** Sheets often start with a title line (金山区红色地点一览表); the header is the first row naming two fields. */
const HEADER_SEARCH = 8;

/** The row index of the header: the first row naming two fields, or -1. */
export function headerIndexOf(all: readonly unknown[][], extra: ReadonlyMap<string, Field> = new Map()): number {
  for (let i = 0; i < Math.min(HEADER_SEARCH, all.length); i++) {
    const headers = (all[i] ?? []).map((c) => (c === null || c === undefined ? '' : String(c)));
    if (Object.keys(mapHeaders(headers, extra).columns).length >= 2) return i;
  }
  return -1;
}

export function tableFromRows(all: unknown[][], extra: ReadonlyMap<string, Field>, m: ImportMessages): Table & { map: HeaderMap } {
  const read: string[] = [];
  const headerIndex = Math.max(0, headerIndexOf(all, extra));
  if (headerIndex > 0) read.push(m.read.headerRow(headerIndex + 1));
  const headers = (all[headerIndex] ?? []).map((c) => (c === null || c === undefined ? '' : String(c)));
  const rows: Table['rows'] = [];
  const empty: number[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i] ?? [];
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) empty.push(i + 1);
    else rows.push({ n: i + 1, cells });
  }
  if (empty.length) read.push(m.read.emptyRows(empty.length, `${empty.slice(0, 10).join(', ')}${empty.length > 10 ? ', …' : ''}`));
  return { headerRow: headerIndex + 1, headers, rows, read, map: mapHeaders(headers, extra) };
}

/**
 * The separator of the header line: comma, tab (Excel's "Unicode text") or semicolon (Excel where the
 * decimal mark is a comma). Papa's own guess gives up on a file with an empty row, which sheets often have.
 */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** Quotes and line breaks in cells as RFC 4180; rows as text. */
export function csvRows(text: string, m: ImportMessages): { rows: string[][]; errors: string[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  // A trailing newline gives one empty last row; it is not a row of the sheet.
  const rows = parsed.data;
  if (rows.length && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  const errors = parsed.errors.map((e) => m.read.csvError((e.row ?? 0) + 1, e.message));
  return { rows, errors };
}

export interface SheetRows {
  rows: unknown[][];
  /** Name and 1-based number of the sheet read. */
  name: string;
  n: number;
  /** Sheets before it passed over for want of a header (a first sheet of 填表说明). */
  passed: string[];
}

/**
 * The sheet named by --sheet (a name or number), else the first whose header names a place and its coordinates,
 * else the first with any header: offices put 填表说明 (how to fill the form in) on the first sheet.
 * The workbook is a zip: it is unpacked within limits first (unzip-safe.ts), as a KMZ is.
 */
export async function xlsxRows(bytes: Uint8Array, m: ImportMessages, sheet?: string, extra: ReadonlyMap<string, Field> = new Map()): Promise<SheetRows> {
  unzipSafe(bytes, (name) => name.endsWith('.xml'), XLSX_LIMITS, 'XLSX', m);
  // Loaded here, not at the top: the reader is the heaviest module of the importer, and only workbooks need it.
  const { default: readXlsxFile } = await import('read-excel-file/node');
  const sheets = (await readXlsxFile(Buffer.from(bytes))) as { sheet: string; data: unknown[][] }[];
  if (sheet !== undefined) {
    const i = /^\d+$/.test(sheet) ? Number(sheet) - 1 : sheets.findIndex((s) => s.sheet === sheet);
    const found = sheets[i];
    if (!found)
      throw new Error(
        m.run.noSheet(
          sheet,
          sheets.map((s) => s.sheet),
        ),
      );
    return { rows: found.data, name: found.sheet, n: i + 1, passed: [] };
  }
  const placed = (rows: unknown[][]) => {
    const at = headerIndexOf(rows, extra);
    if (at < 0) return false;
    const c = mapHeaders(
      (rows[at] ?? []).map((x) => (x === null || x === undefined ? '' : String(x))),
      extra,
    ).columns;
    return c.title !== undefined && (c.coordinates !== undefined || (c.lon !== undefined && c.lat !== undefined));
  };
  let i = sheets.findIndex((s) => placed(s.data));
  if (i < 0) i = sheets.findIndex((s) => headerIndexOf(s.data, extra) >= 0);
  if (i < 0) i = 0;
  const chosen = sheets[i] ?? { sheet: '1', data: [] };
  return { rows: chosen.data, name: chosen.sheet, n: i + 1, passed: sheets.slice(0, i).map((s) => s.sheet) };
}
