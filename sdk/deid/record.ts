/**
 * De-identify one JSON record: replace one text field, keep every other field as it was.
 * Validation errors name the source line, the record id and the field, never the text.
 *
 * @example
 * deidentifyRecord(d, { id: 'r1', patientId: 'p1', text: 'Call 617-555-0134' }, { field: 'text', where: 'notes.jsonl:1' });
 */
import type { Deidentifier } from './deidentifier.js';

/** Thrown for input that cannot be processed; its message is safe to print (no record text). @example try { deidentifyRecord(d, [], { field: 'text', where: 'a.jsonl:1' }); } catch (e) { e instanceof DeidInputError; } */
export class DeidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeidInputError';
  }
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Options for one record. @example const o: RecordOptions = { field: 'text', where: 'notes.jsonl:12' }; */
export interface RecordOptions {
  /** Field holding the text (default 'text'). */
  field: string;
  /** Where the record came from, for errors ("file.jsonl:12"). */
  where: string;
}

/**
 * Return a copy of `record` with `record[field]` de-identified. The patient scope is
 * `record.patientId`, else `record.id`, else the record's location, so a patient's records share
 * surrogates and date shift.
 *
 * @example
 * deidentifyRecord(d, { id: 'a', text: 'x' }, { field: 'text', where: 'in.jsonl:1' }).text;
 */
export function deidentifyRecord(d: Deidentifier, record: unknown, opts: RecordOptions): Record<string, unknown> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new DeidInputError(`${opts.where}: expected a JSON object, found ${kindOf(record)}`);
  }
  const r = record as Record<string, unknown>;
  const idPart = typeof r.id === 'string' || typeof r.id === 'number' ? ` (id ${String(r.id).slice(0, 64)})` : '';
  if (!(opts.field in r)) {
    throw new DeidInputError(`${opts.where}${idPart}: field '${opts.field}' is missing; expected a string to de-identify`);
  }
  const value = r[opts.field];
  if (typeof value !== 'string') {
    throw new DeidInputError(`${opts.where}${idPart}: field '${opts.field}' is ${kindOf(value)}; expected a string`);
  }
  // Without patientId or id, the record's location keys its scope: a per-thread record counter would
  // give different surrogates for different --workers counts.
  const patient = typeof r.patientId === 'string' ? r.patientId : typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : opts.where;
  const recordId = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : opts.where;
  return { ...r, [opts.field]: d.process(value, { patientId: patient, recordId }).text };
}

/**
 * Parse one JSON line and de-identify it (see `deidentifyRecord`); returns the output JSON line.
 * Shared by the in-thread path and the worker so both fail with the same message.
 *
 * @example
 * deidentifyLine(d, { text: '{"id":"a","text":"Call 617-555-0134"}', where: 'in.jsonl:1' }, 'text');
 */
export function deidentifyLine(d: Deidentifier, line: { text: string; where: string }, field: string): string {
  let record: unknown;
  try {
    record = JSON.parse(line.text);
  } catch {
    // The parser's message quotes the line, which may hold PHI: name the location only.
    throw new DeidInputError(`${line.where}: not valid JSON; expected one JSON object per line`);
  }
  return JSON.stringify(deidentifyRecord(d, record, { field, where: line.where }));
}
