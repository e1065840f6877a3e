/**
 * Input formats (reports, MedQA, PubMedQA, MedDialog, Alpaca, ShareGPT, messages): detection
 * and conversion of one raw JSON object into a {@link DataRecord}, with field-level problems.
 *
 * Raw schemas are loose (public datasets carry extra keys such as `meta_info` or `MESHES`, which
 * go to `meta`), but every field we use is type-checked and a problem names the field.
 *
 * @example
 * detectFormat({ question: 'q', options: { A: 'a' }, answer_idx: 'A' }); // 'medqa'
 */
import { z } from 'zod';
import { describeType, type Problem } from './errors.js';
import { LetterSchema, type DataRecord, type Turn } from './records.js';

/** JSON/JSONL formats the loader recognises. @example FORMATS.includes('medqa'); // true */
export const FORMATS = ['reports', 'medqa', 'pubmedqa', 'meddialog', 'alpaca', 'sharegpt', 'messages'] as const;
/** Validates a format name (e.g. `--format`). @example FormatSchema.parse('alpaca'); */
export const FormatSchema = z.enum(FORMATS);
/** One of `FORMATS`. @example const f: Format = 'sharegpt'; */
export type Format = z.infer<typeof FormatSchema>;

/** Field names for report-like inputs (JSON reports and CSV columns). @example ColumnMapSchema.parse({ text: 'note_text', patientId: 'patient_id' }); */
export const ColumnMapSchema = z
  .object({
    text: z.string().optional(),
    id: z.string().optional(),
    patientId: z.string().optional(),
    reportType: z.string().optional(),
  })
  .strict();
/** Field/column names of report inputs. @example const c: ColumnMap = { text: 'note_text', id: 'note_id' }; */
export type ColumnMap = z.infer<typeof ColumnMapSchema>;

/** Candidate names tried, in order, when no mapping is given (common EHR export spellings). @example COLUMN_CANDIDATES.text.includes('note_text'); // true */
export const COLUMN_CANDIDATES: Required<{ [K in keyof ColumnMap]: string[] }> = {
  text: ['text', 'note_text', 'report_text', 'report', 'note', 'body'],
  id: ['id', 'note_id', 'report_id', 'document_id'],
  patientId: ['patientId', 'patient_id', 'subject_id', 'mrn_hash', 'group'],
  reportType: ['reportType', 'report_type', 'note_type', 'category', 'type'],
};

/**
 * Guess the format of one raw JSON object from its keys.
 *
 * @example
 * detectFormat({ conversations: [] }); // 'sharegpt'
 */
export function detectFormat(obj: unknown): Format | undefined {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const k = new Set(Object.keys(obj));
  if (k.has('messages')) return 'messages';
  if (k.has('conversations')) return 'sharegpt';
  if (k.has('utterances')) return 'meddialog';
  if (k.has('QUESTION') || k.has('final_decision') || k.has('CONTEXTS')) return 'pubmedqa';
  if (k.has('question') && k.has('options')) return 'medqa';
  if (k.has('instruction') && k.has('output')) return 'alpaca';
  if (COLUMN_CANDIDATES.text.some((c) => k.has(c))) return 'reports';
  return undefined;
}

const str = z.string();
const idLike = z.union([z.string(), z.number()]).optional();
// Loose, unlike medtune's own schemas: public datasets carry extra keys (MedQA's meta_info, PubMedQA's
// LABELS/MESHES), which `convertRaw` keeps in `meta` rather than rejecting the record.
const RawSchemas = {
  medqa: z.looseObject({
    id: idLike,
    question: str.min(1),
    options: z.looseObject({ A: str, B: str, C: str, D: str, E: str.optional() }),
    answer: str.optional(),
    answer_idx: LetterSchema,
    explanation: str.optional(),
  }),
  pubmedqa: z.looseObject({
    id: idLike,
    QUESTION: str.min(1),
    CONTEXTS: z.array(str),
    final_decision: z.enum(['yes', 'no', 'maybe']),
    LONG_ANSWER: str.optional(),
  }),
  meddialog: z.looseObject({ id: idLike, description: str.optional(), utterances: z.array(str).min(1) }),
  alpaca: z.looseObject({ id: idLike, instruction: str.min(1), input: str.optional(), output: str, system: str.optional() }),
  sharegpt: z.looseObject({
    id: idLike,
    conversations: z.array(z.looseObject({ from: z.enum(['human', 'user', 'gpt', 'assistant', 'bot', 'system']), value: str })).min(1),
  }),
  messages: z.looseObject({
    id: idLike,
    messages: z.array(z.looseObject({ role: z.enum(['system', 'user', 'assistant']), content: str })).min(1),
  }),
};

function getPath(obj: unknown, path: PropertyKey[]): unknown {
  let v: unknown = obj;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Turn the first zod issue into a found/expected problem without echoing the value. */
function zodProblem(err: z.ZodError, raw: unknown, where: Omit<Problem, 'found' | 'expected' | 'field'>): Problem {
  const issue = err.issues[0];
  const value = getPath(raw, issue.path);
  let expected = issue.message.replace(/^Invalid input: /, '');
  let found = describeType(value);
  if (issue.code === 'invalid_type') {
    expected = String((issue as { expected?: string }).expected ?? expected);
  } else if (issue.code === 'invalid_value') {
    const values = (issue as { values?: unknown[] }).values ?? [];
    expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    found = `a ${found} outside that set`;
  } else if (issue.code === 'too_small') {
    found = Array.isArray(value) ? `an empty array` : `an empty ${found}`;
    expected = 'a non-empty value';
  }
  return { ...where, field: fieldName(issue.path) || undefined, found, expected };
}

/** Where a raw object came from, for ids and problems. @example const c: ConvertContext = { file: 'a.jsonl', line: 1, fallbackId: 'a:1' }; */
export interface ConvertContext {
  file: string;
  line?: number;
  /** Record key (PubMedQA objects), used for the id when the input has none. */
  key?: string;
  /** Position in a JSON array, named in problems (ids come from `fallbackId`, unique across files). */
  index?: string;
  /** Default id when the object has none: `<basename>:<line>`. */
  fallbackId: string;
  columns?: ColumnMap;
}

type Converted = { record: DataRecord } | { problem: Problem };

function pick(obj: Record<string, unknown>, name: keyof ColumnMap, columns?: ColumnMap): string | undefined {
  const explicit = columns?.[name];
  if (explicit) return explicit;
  return COLUMN_CANDIDATES[name].find((c) => c in obj);
}

function rest(obj: Record<string, unknown>, used: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !used.includes(k)));
}

/**
 * Convert one raw object of `format` into a record, or return the problem (file/line/field).
 *
 * @example
 * convertRaw({ instruction: 'i', output: 'o' }, 'alpaca', { file: 'a.json', line: 1, fallbackId: 'a:1' });
 */
export function convertRaw(raw: unknown, format: Format, ctx: ConvertContext): Converted {
  const where = { file: ctx.file, line: ctx.line, record: ctx.key ?? ctx.index };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problem: { ...where, found: describeType(raw), expected: `a JSON object in ${format} format` } };
  }
  const obj = raw as Record<string, unknown>;
  const source = { file: ctx.file, ...(ctx.line !== undefined ? { line: ctx.line } : {}), format };
  const idOf = (v: unknown) => (v === undefined || v === null || v === '' ? (ctx.key ?? ctx.fallbackId) : String(v));
  if (format === 'reports') {
    const textKey = pick(obj, 'text', ctx.columns);
    const idKey = pick(obj, 'id', ctx.columns);
    const pidKey = pick(obj, 'patientId', ctx.columns);
    const typeKey = pick(obj, 'reportType', ctx.columns);
    const text = textKey ? obj[textKey] : undefined;
    if (typeof text !== 'string') {
      return { problem: { ...where, field: textKey ?? ctx.columns?.text ?? 'text', found: describeType(text), expected: 'string' } };
    }
    for (const [k, want] of [[idKey, 'string or number'], [pidKey, 'string or number'], [typeKey, 'string']] as const) {
      const v = k ? obj[k] : undefined;
      if (v !== undefined && v !== null && typeof v !== 'string' && !(want !== 'string' && typeof v === 'number')) {
        return { problem: { ...where, field: k, found: describeType(v), expected: want } };
      }
    }
    const pid = pidKey ? obj[pidKey] : undefined;
    const type = typeKey ? obj[typeKey] : undefined;
    // PHI span offsets stop matching once text is cleaned, so only their count travels in meta.
    const meta = rest(obj, [textKey, idKey, pidKey, typeKey, 'phi'].filter((x): x is string => !!x));
    if (Array.isArray(obj.phi)) meta.phiAnnotations = obj.phi.length;
    return {
      record: {
        kind: 'report', id: idOf(idKey ? obj[idKey] : undefined), source, meta, text,
        ...(pid !== undefined && pid !== null && pid !== '' ? { patientId: String(pid) } : {}),
        ...(typeof type === 'string' && type ? { reportType: type } : {}),
      },
    };
  }
  const parsed = RawSchemas[format].safeParse(obj);
  if (!parsed.success) return { problem: zodProblem(parsed.error, obj, where) };
  const patientId = typeof obj.patientId === 'string' && obj.patientId ? { patientId: obj.patientId } : {};
  switch (format) {
    case 'medqa': {
      const d = parsed.data as z.infer<typeof RawSchemas.medqa>;
      if (d.answer_idx === 'E' && d.options.E === undefined) {
        return { problem: { ...where, field: 'answer_idx', found: 'letter E with no option E', expected: 'a letter among the given options' } };
      }
      const { A, B, C, D, E } = d.options;
      return {
        record: {
          kind: 'mcq', id: idOf(d.id), source, ...patientId,
          meta: rest(obj, ['id', 'question', 'options', 'answer', 'answer_idx', 'explanation', 'patientId']),
          question: d.question, options: { A, B, C, D, ...(E !== undefined ? { E } : {}) }, answer: d.answer_idx,
          ...(d.explanation ? { explanation: d.explanation } : {}),
        },
      };
    }
    case 'pubmedqa': {
      const d = parsed.data as z.infer<typeof RawSchemas.pubmedqa>;
      return {
        record: {
          kind: 'pubmedqa', id: idOf(d.id), source, ...patientId,
          meta: rest(obj, ['id', 'QUESTION', 'CONTEXTS', 'final_decision', 'LONG_ANSWER', 'patientId']),
          question: d.QUESTION, contexts: d.CONTEXTS, decision: d.final_decision,
          ...(d.LONG_ANSWER ? { longAnswer: d.LONG_ANSWER } : {}),
        },
      };
    }
    case 'meddialog': {
      const d = parsed.data as z.infer<typeof RawSchemas.meddialog>;
      const turns: Turn[] = [];
      for (const [i, u] of d.utterances.entries()) {
        const m = /^\s*(patient|doctor)\s*:\s*/i.exec(u);
        if (!m) {
          return { problem: { ...where, field: `utterances[${i}]`, found: 'an utterance without a speaker prefix', expected: "'patient: ...' or 'doctor: ...'" } };
        }
        turns.push({ speaker: m[1].toLowerCase() as Turn['speaker'], text: u.slice(m[0].length) });
      }
      return {
        record: { kind: 'dialogue', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'utterances', 'patientId']), turns },
      };
    }
    case 'alpaca': {
      const d = parsed.data as z.infer<typeof RawSchemas.alpaca>;
      return {
        record: {
          kind: 'instruction', id: idOf(d.id), source, ...patientId,
          meta: rest(obj, ['id', 'instruction', 'input', 'output', 'system', 'patientId', 'task']),
          task: typeof obj.task === 'string' && obj.task ? obj.task : 'alpaca',
          ...(d.system ? { system: d.system } : {}),
          instruction: d.instruction, input: d.input ?? '', output: d.output,
        },
      };
    }
    case 'sharegpt': {
      const d = parsed.data as z.infer<typeof RawSchemas.sharegpt>;
      const role = (f: string) => (f === 'system' ? 'system' : f === 'human' || f === 'user' ? 'user' : 'assistant') as 'system' | 'user' | 'assistant';
      return {
        record: {
          kind: 'chat', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'conversations', 'patientId']),
          messages: d.conversations.map((c) => ({ role: role(c.from), content: c.value })),
        },
      };
    }
    case 'messages': {
      const d = parsed.data as z.infer<typeof RawSchemas.messages>;
      return {
        record: {
          kind: 'chat', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'messages', 'patientId']),
          messages: d.messages.map((m) => ({ role: m.role, content: m.content })),
        },
      };
    }
  }
}
