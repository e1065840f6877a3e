/**
 * Data errors and skip reports that say where and what, never the record's text (PHI).
 *
 * A loader either throws a {@link DataError} (the default, `onInvalid: 'error'`) or, with
 * `onInvalid: 'skip'`, records a {@link SkipEntry} so that nothing is dropped without being counted.
 *
 * @example
 * throw new DataError({ file: 'a.jsonl', line: 3, field: 'text', found: 'number', expected: 'string' });
 * // a.jsonl:3: field 'text': found number, expected string
 */

/** Where and why an input was rejected. `found` describes a type or a shape, never a value. @example const p: Problem = { file: 'a.jsonl', line: 3, field: 'text', found: 'number', expected: 'string' }; */
export interface Problem {
  file: string;
  /** 1-based line (text formats) or record index (JSON arrays/objects, see `record`). */
  line?: number;
  /** Record id or index when the input has no lines (JSON array element, PDF page, object key). */
  record?: string;
  field?: string;
  found: string;
  expected: string;
}

/** One skipped input, as listed in `Dataset.skipped`. @example ds.skipped.map((s: SkipEntry) => s.reason); */
export interface SkipEntry extends Problem {
  /** The formatted problem, same text the error would have had. */
  reason: string;
}

/**
 * Format a problem as `file:line (record r): field 'f': found X, expected Y`.
 *
 * @example
 * formatProblem({ file: 'a.csv', line: 3, found: '3 fields', expected: '2 fields' }); // 'a.csv:3: found 3 fields, expected 2 fields'
 */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.record !== undefined ? ` (record ${p.record})` : ''}`;
  const field = p.field ? ` field '${p.field}':` : '';
  return `${where}:${field} found ${p.found}, expected ${p.expected}`;
}

/**
 * Invalid input: names file, line/record and field with found vs expected.
 *
 * @example
 * try { await dataset('bad.jsonl'); } catch (e) { if (e instanceof DataError) console.log(e.problem.line); }
 */
export class DataError extends Error {
  constructor(readonly problem: Problem) {
    super(formatProblem(problem));
    this.name = 'DataError';
  }
}

/** How loaders react to invalid input. @example const mode: OnInvalid = 'skip'; */
export type OnInvalid = 'error' | 'skip';

/**
 * Collects problems: throws on the first in `error` mode, otherwise keeps a skip list.
 *
 * @example
 * const sink = new ProblemSink('skip'); sink.report({ file: 'a', found: 'x', expected: 'y' }); sink.skipped.length; // 1
 */
export class ProblemSink {
  readonly skipped: SkipEntry[] = [];
  constructor(readonly mode: OnInvalid) {}
  report(p: Problem): void {
    if (this.mode === 'error') throw new DataError(p);
    this.skipped.push({ ...p, reason: formatProblem(p) });
  }
}

/**
 * Describe a JSON value's type for messages (never its content).
 *
 * @example
 * describeType([1]); // 'array'
 */
export function describeType(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * Every input was invalid (or skipped): an error, never an empty dataset. The message counts the
 * skipped entries per reason, with the first place each reason occurred; `skipped` lists them all.
 *
 * @example
 * try { await dataset('bad.jsonl', { onInvalid: 'skip' }); } catch (e) { if (e instanceof NoUsableRecordsError) e.skipped.length; }
 */
export class NoUsableRecordsError extends DataError {
  constructor(files: readonly string[], readonly skipped: readonly SkipEntry[]) {
    super({ file: files.join(', '), found: `no usable records (${skipped.length} skipped)`, expected: 'at least one valid record' });
    this.name = 'NoUsableRecordsError';
    this.message = `no usable records in ${files.join(', ')}: ${skipped.length} skipped: ${skipReasons(skipped)}; expected at least one valid record`;
  }
}

/**
 * Skipped entries counted per reason (positions inside a line left out so equal reasons group),
 * each with the first place it occurred.
 *
 * @example
 * skipReasons(ds.skipped); // "2 × found malformed JSON, expected one JSON object per line (first at a.jsonl:1)"
 */
export function skipReasons(skipped: readonly SkipEntry[]): string {
  const groups = new Map<string, { count: number; first: string }>();
  for (const s of skipped) {
    const found = s.found.replace(/ at (?:character|byte) \d+(?: of the (?:line|file))?/, '');
    const key = `${s.field ? `field '${s.field}': ` : ''}found ${found}, expected ${s.expected}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, first: `${s.file}${s.line !== undefined ? `:${s.line}` : ''}${s.record !== undefined ? ` (record ${s.record})` : ''}` });
  }
  return [...groups].map(([k, g]) => `${g.count} × ${k} (first at ${g.first})`).join('; ');
}
