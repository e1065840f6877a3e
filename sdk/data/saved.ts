/**
 * Reading back records that `.save()` wrote (or that were written by hand in the same form):
 * one record per JSONL line, validated with the one record schema of ./records.ts. The fields
 * `.save()` derives for training tools (`messages` beside an instruction, Alpaca fields beside a
 * chat) are set aside before validation; anything else unknown is an error naming the key.
 * Errors name the file, line, record id and field, never the text.
 *
 * @example
 * const test = await loadSavedRecords('out/splits/test.jsonl');
 * await evaluate(model, test, ['perplexity']);
 */
import { readFile } from 'node:fs/promises';
import { RecordSchema, type DataRecord } from './records.js';

/** Keys `toJsonlObject` adds per kind, which are not part of the record itself. */
const DERIVED: Partial<Record<string, readonly string[]>> = {
  instruction: ['messages'],
  chat: ['system', 'instruction', 'input', 'output'],
};

/**
 * Validate one parsed JSONL value; `where` (file:line) starts the error message. A missing
 * `meta` means "nothing known" (hand-written evaluation records often lack it).
 *
 * @example
 * parseSavedRecord(JSON.parse(line), 'test.jsonl:3').kind;
 */
export function parseSavedRecord(value: unknown, where: string): DataRecord {
  let candidate = value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = { ...(value as Record<string, unknown>) };
    for (const k of DERIVED[String(obj.kind)] ?? []) delete obj[k];
    if (obj.meta === undefined) obj.meta = {};
    candidate = obj;
  }
  const r = RecordSchema.safeParse(candidate);
  if (r.success) return r.data;
  const id = typeof (value as { id?: unknown })?.id === 'string' ? ` (record ${(value as { id: string }).id})` : '';
  const issues = r.error.issues
    .slice(0, 3)
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.map((k) => `'${k}'`).join(', ')}${i.path.length ? ` in '${i.path.join('.')}'` : ''}` : `field '${i.path.join('.') || '(root)'}': ${i.message}`))
    .join('; ');
  throw new Error(`${where}${id}: invalid record: ${issues}`);
}

/**
 * Load a JSONL file of saved records (blank lines are skipped; every other line must parse).
 *
 * @example
 * const recs = await loadSavedRecords('data/samples/eval.jsonl');
 */
export async function loadSavedRecords(path: string): Promise<DataRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a JSONL file of records`);
  }
  const out: DataRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON; expected one record object per line`);
    }
    out.push(parseSavedRecord(value, `${path}:${i + 1}`));
  });
  if (out.length === 0) throw new Error(`${path}: no records found; expected at least one JSON line`);
  return out;
}
