/** A problem found in a pack: where it is, what is wrong, and what to do. */
export interface Problem {
  /** Path of the file, relative to the pack root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** `collection/id` of the entry, or a GeoJSON feature as `file#index`, or `-` for the file as a whole. */
  entry: string;
  /** Dotted path of the field, e.g. `location.lat` or `stops.2.site`; `-` when it is the file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** One line per problem: `path:line  entry  field  what is wrong  (what to do)`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const hint = p.hint ? `  (${p.hint})` : '';
  return `${where}  ${p.entry}  ${p.field}  ${p.message}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export class PackError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The content pack has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}
