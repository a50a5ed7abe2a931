/**
 * What an import would do, before anything is written: the entries and geometries it makes, and a line
 * for every row or feature it leaves out. The dry run prints this; --write carries it out.
 */
import type { Feature } from 'geojson';
import type { CollectionName } from './types.ts';

export interface PlannedGeometry {
  features: Feature[];
  /** Top-level crs member of the written file, so the build converts and logs it as for any pack file. */
  crs?: 'gcj02' | 'bd09';
}

export interface Planned {
  collection: CollectionName;
  id: string;
  /** Where it comes from in the input: `row 5`, `placemark 3 “转角湾”`, `route AB`. */
  at: string;
  /** Frontmatter; absent when only a geometry is added to an existing entry. */
  data?: Record<string, unknown>;
  body: string;
  /** Fields the importer made up for want of a cell (a summary); --force never lets them replace written ones. */
  generated?: string[];
  geometry?: PlannedGeometry;
  /** `new` entries get new files; `replace` (only with --force) rewrites `target`. */
  action: 'new' | 'replace';
  /** Existing entry file (pack-relative) being replaced. */
  target?: string;
  /** Existing geometry file (pack-relative) being replaced. */
  geoTarget?: string;
  /** Short facts for the table: kind, point, region. */
  show: { title: string; what: string; where: string };
}

/** A row or feature left out, and why: one printed line each. */
export interface Skipped {
  at: string;
  field: string;
  message: string;
  hint?: string;
  /** Left out because the pack has it already: a second run of the same file is no failure of the script. */
  there?: true;
}

export interface Plan {
  /** The input as named on the command line. */
  file: string;
  /** What was read: encoding, sheet, columns used and ignored. */
  read: string[];
  entries: Planned[];
  skipped: Skipped[];
  /** Things done for many rows at once (summary written from title and region, kind from --kind), counted. */
  notes: Map<string, number>;
  /** Rows or features seen in the input. */
  total: number;
  /** WGS-84 points of rows beside a pack site of the same name (within a few km), for the CRS hint. */
  namesakes: { row: [number, number]; site: [number, number] }[];
}

export function emptyPlan(file: string): Plan {
  return { file, read: [], entries: [], skipped: [], notes: new Map(), total: 0, namesakes: [] };
}

export function note(plan: Plan, text: string): void {
  plan.notes.set(text, (plan.notes.get(text) ?? 0) + 1);
}
