/**
 * CSV text and XLSX workbooks as one shape: a header and numbered rows, numbered as the spreadsheet
 * shows them, so "row 7" in a message is row 7 in Excel.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { type Field, type HeaderMap, mapHeaders } from './columns.ts';

export interface Table {
  /** Spreadsheet row number of the header. */
  headerRow: number;
  headers: string[];
  rows: { n: number; cells: unknown[] }[];
  /** Lines about the reading itself: rows above the header, empty rows. */
  read: string[];
}

/** Sheets often start with a title line (金山区红色地点一览表); the header is the first row naming two fields. */
const HEADER_SEARCH = 5;

export function tableFromRows(all: unknown[][], extra: ReadonlyMap<string, Field> = new Map()): Table & { map: HeaderMap } {
  const read: string[] = [];
  let headerIndex = 0;
  for (let i = 0; i < Math.min(HEADER_SEARCH, all.length); i++) {
    const headers = (all[i] ?? []).map((c) => (c === null || c === undefined ? '' : String(c)));
    if (Object.keys(mapHeaders(headers, extra).columns).length >= 2) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex > 0)
    read.push(
      `header on row ${headerIndex + 1}; ${headerIndex === 1 ? 'row 1 above it is' : `rows 1–${headerIndex} above it are`} not data and was passed over`,
    );
  const headers = (all[headerIndex] ?? []).map((c) => (c === null || c === undefined ? '' : String(c)));
  const rows: Table['rows'] = [];
  const empty: number[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i] ?? [];
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) empty.push(i + 1);
    else rows.push({ n: i + 1, cells });
  }
  if (empty.length) read.push(`${empty.length} empty row(s) passed over: ${empty.slice(0, 10).join(', ')}${empty.length > 10 ? ', …' : ''}`);
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
export function csvRows(text: string): { rows: string[][]; errors: string[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
  // A trailing newline gives one empty last row; it is not a row of the sheet.
  const rows = parsed.data;
  if (rows.length && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  const errors = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  return { rows, errors };
}

export async function xlsxRows(bytes: Uint8Array, sheet?: string): Promise<unknown[][]> {
  const which = sheet === undefined ? undefined : /^\d+$/.test(sheet) ? Number(sheet) : sheet;
  const data = which === undefined ? await readSheet(Buffer.from(bytes)) : await readSheet(Buffer.from(bytes), which);
  return data as unknown[][];
}
