/**
 * Input formats (reports / TRL {"text"}, MedQA, MedMCQA, PubMedQA in its original and Hugging
 * Face shapes, MedDialog, Alpaca, ShareGPT with tool calls, OpenAI messages with content parts,
 * TRL prompt/completion): detection
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
import { LETTERS, LetterSchema, type DataRecord, type Turn } from './records.js';

/** JSON/JSONL formats the loader recognises. @example FORMATS.includes('medqa'); // true */
export const FORMATS = ['reports', 'medqa', 'medmcqa', 'pubmedqa', 'meddialog', 'alpaca', 'sharegpt', 'messages', 'prompt_completion'] as const;
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
  if (k.has('opa') && k.has('cop')) return 'medmcqa';
  if (k.has('question') && k.has('options')) return 'medqa';
  if (k.has('instruction') && k.has('output')) return 'alpaca';
  if (k.has('prompt') && k.has('completion')) return 'prompt_completion';
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
  medmcqa: z.looseObject({ id: idLike, question: str.min(1), opa: str, opb: str, opc: str, opd: str, cop: z.number().int().min(0).max(4), exp: str.nullish() }),
  // The original release (ori_pqal.json: QUESTION, CONTEXTS, LONG_ANSWER) or Hugging Face's
  // pqa_labeled / pqa_artificial (question, context.contexts, long_answer).
  pubmedqa: z.looseObject({ id: idLike, QUESTION: str.min(1), CONTEXTS: z.array(str), final_decision: z.enum(['yes', 'no', 'maybe']), LONG_ANSWER: str.optional() }),
  prompt_completion: z.looseObject({ id: idLike, prompt: z.union([str.min(1), z.array(z.unknown()).min(1)]), completion: z.union([str, z.array(z.unknown()).min(1)]) }),
  meddialog: z.looseObject({ id: idLike, description: str.optional(), utterances: z.array(str).min(1) }),
  alpaca: z.looseObject({ id: idLike, instruction: str.min(1), input: str.optional(), output: str, system: str.optional() }),
  sharegpt: z.looseObject({
    id: idLike,
    conversations: z.array(z.looseObject({ from: z.enum(['human', 'user', 'gpt', 'assistant', 'bot', 'system', 'function_call', 'observation']), value: str })).min(1),
    tools: z.union([str, z.array(z.unknown())]).optional(),
  }),
  // OpenAI chat: content a string or parts; tool calls and tool results (LLaMA-Factory `openai`).
  messages: z.looseObject({
    id: idLike,
    messages: z.array(z.looseObject({ role: z.enum(['system', 'user', 'assistant', 'tool', 'function', 'observation']), content: z.union([str, z.array(z.unknown()), z.null()]).optional(), tool_calls: z.array(z.unknown()).optional() })).min(1),
    tools: z.union([str, z.array(z.unknown())]).optional(),
  }),
};

// Hugging Face's pqa_labeled / pqa_artificial rows (the original release is RawSchemas.pubmedqa).
const PUBMEDQA_HF = z.looseObject({ pubid: idLike, question: str.min(1), context: z.looseObject({ contexts: z.array(str) }), final_decision: z.enum(['yes', 'no', 'maybe']), long_answer: str.optional() });

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
  /** MedMCQA: whether `cop` counts options from 0 (Hugging Face) or 1 (original release); see `medmcqaBase`. */
  copBase?: 0 | 1;
}

/**
 * Whether a MedMCQA file numbers the correct option (`cop`) from 0 (the Hugging Face dataset)
 * or from 1 (the original release), from the values in the file: 0 only occurs in the first,
 * 4 only in the second.
 *
 * @example
 * medmcqaBase([0, 2, 3]); // 0
 * medmcqaBase([1, 2, 3]); // undefined (cannot tell)
 */
export function medmcqaBase(cops: unknown[]): 0 | 1 | undefined {
  const has = (v: number) => cops.includes(v);
  if (has(0) && !has(4)) return 0;
  if (has(4) && !has(0)) return 1;
  return undefined;
}

const toolsText = (t: unknown) => (t === undefined || t === '' ? undefined : typeof t === 'string' ? t : JSON.stringify(t));

/** Text of a message content: a string, or text parts joined; anything else is a problem naming the part. */
function partsText(content: unknown, field: string, where: Omit<Problem, 'found' | 'expected' | 'field'>): string | Problem {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  const parts = content as { type?: unknown; text?: unknown; value?: unknown }[];
  const out: string[] = [];
  for (const [i, p] of parts.entries()) {
    const text = p && typeof p === 'object' && p.type === 'text' ? (p.text ?? p.value) : undefined;
    if (typeof text !== 'string') {
      const kind = p && typeof p === 'object' ? `a '${String(p.type)}' part` : describeType(p);
      return { ...where, field: `${field}[${i}]`, found: kind, expected: 'text parts only (images, audio and files cannot train a text model)' };
    }
    out.push(text);
  }
  return out.join('');
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
  const hfPubmedqa = format === 'pubmedqa' && !('QUESTION' in obj) && ('question' in obj || 'context' in obj);
  const parsed = (hfPubmedqa ? PUBMEDQA_HF : RawSchemas[format]).safeParse(obj);
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
    case 'medmcqa': {
      const d = parsed.data as z.infer<typeof RawSchemas.medmcqa>;
      if (ctx.copBase === undefined) {
        return { problem: { ...where, field: 'cop', found: 'cop values between 1 and 3 only in this file', expected: 'a file where cop 0 (Hugging Face, 0-based) or cop 4 (original release, 1-based) occurs, or the medmcqaCop option' } };
      }
      const letter = LETTERS[d.cop - ctx.copBase];
      if (!letter || letter === 'E') return { problem: { ...where, field: 'cop', found: `${d.cop} (${ctx.copBase}-based)`, expected: 'one of the four options' } };
      return {
        record: {
          kind: 'mcq', id: idOf(d.id), source, ...patientId,
          meta: rest(obj, ['id', 'question', 'opa', 'opb', 'opc', 'opd', 'cop', 'exp', 'patientId']),
          question: d.question, options: { A: d.opa, B: d.opb, C: d.opc, D: d.opd }, answer: letter,
          ...(d.exp ? { explanation: d.exp } : {}),
        },
      };
    }
    case 'pubmedqa': {
      const hf = hfPubmedqa ? (parsed.data as z.infer<typeof PUBMEDQA_HF>) : undefined;
      const ori = parsed.data as z.infer<typeof RawSchemas.pubmedqa>;
      const longAnswer = hf ? hf.long_answer : ori.LONG_ANSWER;
      return {
        record: {
          kind: 'pubmedqa', id: hf ? idOf(hf.pubid) : idOf(ori.id), source, ...patientId,
          meta: rest(obj, ['id', 'pubid', 'QUESTION', 'question', 'CONTEXTS', 'context', 'final_decision', 'LONG_ANSWER', 'long_answer', 'patientId']),
          question: hf ? hf.question : ori.QUESTION, contexts: hf ? hf.context.contexts : ori.CONTEXTS, decision: (hf ?? ori).final_decision,
          ...(longAnswer ? { longAnswer } : {}),
        },
      };
    }
    case 'prompt_completion': {
      const d = parsed.data as z.infer<typeof RawSchemas.prompt_completion>;
      if (typeof d.prompt === 'string' && typeof d.completion === 'string') {
        return {
          record: {
            kind: 'instruction', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'prompt', 'completion', 'patientId']),
            task: 'prompt_completion', instruction: d.prompt, input: '', output: d.completion,
          },
        };
      }
      // TRL's conversational form: prompt and completion are lists of messages.
      const msgs = [...(Array.isArray(d.prompt) ? d.prompt : [{ role: 'user', content: d.prompt }]), ...(Array.isArray(d.completion) ? d.completion : [{ role: 'assistant', content: d.completion }])];
      return convertRaw({ ...obj, messages: msgs, prompt: undefined, completion: undefined }, 'messages', ctx);
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
      const ROLE = { system: 'system', human: 'user', user: 'user', gpt: 'assistant', assistant: 'assistant', bot: 'assistant', function_call: 'function', observation: 'observation' } as const;
      const tools = toolsText(d.tools);
      return {
        record: {
          kind: 'chat', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'conversations', 'tools', 'patientId']),
          messages: d.conversations.map((c) => ({ role: ROLE[c.from], content: c.value })),
          ...(tools ? { tools } : {}),
        },
      };
    }
    case 'messages': {
      const d = parsed.data as z.infer<typeof RawSchemas.messages>;
      const messages: { role: 'system' | 'user' | 'assistant' | 'function' | 'observation'; content: string }[] = [];
      for (const [i, m] of d.messages.entries()) {
        const text = partsText(m.content, `messages[${i}].content`, where);
        if (typeof text !== 'string') return { problem: text };
        if (m.tool_calls?.length && (m.role === 'assistant' || m.role === 'function')) {
          // An assistant turn that calls tools is a function-call turn (LLaMA-Factory openai converter).
          messages.push({ role: 'function', content: JSON.stringify(m.tool_calls.map((c) => (c as { function?: unknown }).function ?? c)) });
          continue;
        }
        const role = m.role === 'tool' ? 'observation' : m.role;
        const prev = messages[messages.length - 1];
        // Consecutive tool results are one observation turn, joined as LLaMA-Factory joins them.
        if (role === 'observation' && prev?.role === 'observation') prev.content += `\n</tool_response>\n<tool_response>\n${text}`;
        else messages.push({ role, content: text });
      }
      const tools = toolsText(d.tools);
      return {
        record: {
          kind: 'chat', id: idOf(d.id), source, ...patientId, meta: rest(obj, ['id', 'messages', 'tools', 'patientId']),
          messages, ...(tools ? { tools } : {}),
        },
      };
    }
  }
}
