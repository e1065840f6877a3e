/**
 * The record fields evaluation reads (docs/ARCHITECTURE.md, "Records"), validated once when a
 * JSONL file is loaded. Objects are loose because saved records also carry fields the evaluator
 * does not use (e.g. `messages` beside the Alpaca fields); the fields it does use are checked and
 * errors name the file, line, record id and field, never the text.
 *
 * @example
 * const records = await loadEvalRecords('out/splits/test.jsonl');
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const Source = z.looseObject({ file: z.string(), line: z.number().int().optional(), format: z.string() });
const Base = {
  id: z.string().min(1),
  source: Source,
  patientId: z.string().optional(),
  // Records written by hand for evaluation may lack meta; an empty object means "nothing known".
  meta: z.record(z.string(), z.unknown()).default({}),
};
const Role = z.enum(['system', 'user', 'assistant']);

/** One record as evaluation sees it. @example EvalRecordSchema.parse(JSON.parse(line)).kind; */
export const EvalRecordSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...Base, kind: z.literal('report'), text: z.string(), reportType: z.string().optional() }),
  z.looseObject({
    ...Base,
    kind: z.literal('mcq'),
    question: z.string(),
    options: z.looseObject({ A: z.string(), B: z.string(), C: z.string(), D: z.string(), E: z.string().optional() }),
    answer: z.enum(['A', 'B', 'C', 'D', 'E']),
  }),
  z.looseObject({
    ...Base,
    kind: z.literal('pubmedqa'),
    question: z.string(),
    contexts: z.array(z.string()),
    decision: z.enum(['yes', 'no', 'maybe']),
    longAnswer: z.string().optional(),
  }),
  z.looseObject({ ...Base, kind: z.literal('dialogue'), turns: z.array(z.object({ speaker: z.enum(['patient', 'doctor']), text: z.string() })) }),
  z.looseObject({
    ...Base,
    kind: z.literal('instruction'),
    task: z.string(),
    system: z.string().optional(),
    instruction: z.string(),
    input: z.string(),
    output: z.string(),
  }),
  z.looseObject({ ...Base, kind: z.literal('chat'), messages: z.array(z.object({ role: Role, content: z.string() })) }),
]);
export type EvalRecord = z.infer<typeof EvalRecordSchema>;
export type EvalRecordOf<K extends EvalRecord['kind']> = Extract<EvalRecord, { kind: K }>;

/**
 * Validate one parsed JSON value; the error names `where` (file:line), the record id and the fields.
 *
 * @example
 * parseEvalRecord(JSON.parse(line), 'test.jsonl:3');
 */
export function parseEvalRecord(value: unknown, where: string): EvalRecord {
  const r = EvalRecordSchema.safeParse(value);
  if (r.success) return r.data;
  const id = typeof (value as { id?: unknown })?.id === 'string' ? ` (record ${(value as { id: string }).id})` : '';
  const issues = r.error.issues
    .slice(0, 3)
    .map((i) => `field '${i.path.join('.') || '(root)'}': ${i.message}`)
    .join('; ');
  throw new Error(`${where}${id}: invalid record: ${issues}`);
}

/**
 * Load and validate a JSONL file of records (blank lines are skipped; anything else must parse).
 *
 * @example
 * const recs = await loadEvalRecords('data/samples/eval.jsonl');
 */
export async function loadEvalRecords(path: string): Promise<EvalRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a JSONL file of records`);
  }
  const out: EvalRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON; expected one record object per line`);
    }
    out.push(parseEvalRecord(value, `${path}:${i + 1}`));
  });
  if (out.length === 0) throw new Error(`${path}: no records found; expected at least one JSON line`);
  return out;
}

/**
 * Task label for breakdowns: the instruction task, else the record kind.
 *
 * @example
 * taskOf(record); // 'summarization' | 'mcq' | ...
 */
export function taskOf(r: EvalRecord): string {
  return r.kind === 'instruction' ? r.task : r.kind;
}

/**
 * Source label for breakdowns: `meta.source` / `meta.dataset` when the data step recorded one,
 * else the source file's base name.
 *
 * @example
 * sourceOf(record); // 'reports.jsonl'
 */
export function sourceOf(r: EvalRecord): string {
  const m = r.meta as Record<string, unknown>;
  for (const k of ['source', 'dataset']) if (typeof m[k] === 'string' && m[k]) return m[k] as string;
  return r.source.file.split(/[\\/]/).pop() || r.source.format;
}
