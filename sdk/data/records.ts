/**
 * Record kinds that flow through the data phase (docs/ARCHITECTURE.md, "Records").
 *
 * Every loader produces these, every step maps them, and the trainer consumes `instruction` and
 * `chat` records through {@link toChatMessages}. Schemas are `.strict()` so a stray key is an error
 * that names the key instead of silently travelling on.
 *
 * @example
 * import { RecordSchema, toChatMessages } from 'medtune';
 * const r = RecordSchema.parse({ kind: 'instruction', id: 'x', source: { file: 'a.jsonl', format: 'alpaca' },
 *   meta: {}, task: 'alpaca', instruction: 'Define HTN.', input: '', output: 'High blood pressure.' });
 * toChatMessages(r); // [{ role: 'user', ... }, { role: 'assistant', ... }]
 */
import { z } from 'zod';

/** Where a record came from: file, 1-based line (or record index for JSON arrays) and format. */
export const SourceSchema = z
  .object({ file: z.string(), line: z.number().int().positive().optional(), format: z.string() })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** Section names recognised by `.sections()`. */
export const SECTION_NAMES = ['history', 'symptoms', 'findings', 'labs', 'impression', 'recommendations'] as const;
export const SectionNameSchema = z.enum(SECTION_NAMES);
export type SectionName = z.infer<typeof SectionNameSchema>;

export const ROLES = ['system', 'user', 'assistant'] as const;
/** One chat turn, the shape `applyChatTemplate` takes (structurally the tokenizer's `ChatMessage`; named apart so both can be exported from medtune). */
export const ChatMessageSchema = z.object({ role: z.enum(ROLES), content: z.string() }).strict();
export type RecordMessage = z.infer<typeof ChatMessageSchema>;

const base = {
  id: z.string().min(1),
  source: SourceSchema,
  patientId: z.string().min(1).optional(),
  meta: z.record(z.string(), z.unknown()),
};

export const ReportRecordSchema = z
  .object({
    ...base,
    kind: z.literal('report'),
    text: z.string(),
    reportType: z.string().optional(),
    sections: z.partialRecord(SectionNameSchema, z.string()).optional(),
  })
  .strict();

export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
export const LetterSchema = z.enum(LETTERS);
export type Letter = z.infer<typeof LetterSchema>;

export const McqRecordSchema = z
  .object({
    ...base,
    kind: z.literal('mcq'),
    question: z.string().min(1),
    // A-D are required (the common 4-option MedQA form); E is optional (5-option form).
    options: z.object({ A: z.string(), B: z.string(), C: z.string(), D: z.string(), E: z.string().optional() }).strict(),
    answer: LetterSchema,
    explanation: z.string().optional(),
  })
  .strict();

export const DECISIONS = ['yes', 'no', 'maybe'] as const;
export const PubmedqaRecordSchema = z
  .object({
    ...base,
    kind: z.literal('pubmedqa'),
    question: z.string().min(1),
    contexts: z.array(z.string()),
    decision: z.enum(DECISIONS),
    longAnswer: z.string().optional(),
  })
  .strict();

export const TurnSchema = z.object({ speaker: z.enum(['patient', 'doctor']), text: z.string() }).strict();
export type Turn = z.infer<typeof TurnSchema>;
export const DialogueRecordSchema = z
  .object({ ...base, kind: z.literal('dialogue'), turns: z.array(TurnSchema).min(1) })
  .strict();

export const InstructionRecordSchema = z
  .object({
    ...base,
    kind: z.literal('instruction'),
    task: z.string().min(1),
    system: z.string().optional(),
    instruction: z.string().min(1),
    input: z.string(),
    output: z.string(),
  })
  .strict();

export const ChatRecordSchema = z
  .object({ ...base, kind: z.literal('chat'), messages: z.array(ChatMessageSchema).min(1) })
  .strict();

/** Any record, discriminated by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', [
  ReportRecordSchema,
  McqRecordSchema,
  PubmedqaRecordSchema,
  DialogueRecordSchema,
  InstructionRecordSchema,
  ChatRecordSchema,
]);

export type ReportRecord = z.infer<typeof ReportRecordSchema>;
export type McqRecord = z.infer<typeof McqRecordSchema>;
export type PubmedqaRecord = z.infer<typeof PubmedqaRecordSchema>;
export type DialogueRecord = z.infer<typeof DialogueRecordSchema>;
export type InstructionRecord = z.infer<typeof InstructionRecordSchema>;
export type ChatRecord = z.infer<typeof ChatRecordSchema>;
/** Named `DataRecord` because `Record` is TypeScript's built-in mapped type. */
export type DataRecord = z.infer<typeof RecordSchema>;
export type RecordKind = DataRecord['kind'];

/**
 * Chat messages for a trainable record (`instruction` or `chat`). An instruction's `input`, when
 * present, follows the instruction after a blank line, the usual Alpaca-to-chat convention.
 *
 * @example
 * toChatMessages({ kind: 'instruction', id: 'a', source: { file: 'x', format: 'alpaca' }, meta: {},
 *   task: 't', system: 'Be brief.', instruction: 'Define DM2.', input: '', output: 'Type 2 diabetes.' });
 * // [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Define DM2.' }, { role: 'assistant', content: 'Type 2 diabetes.' }]
 */
export function toChatMessages(record: DataRecord): RecordMessage[] {
  if (record.kind === 'chat') return record.messages.map((m) => ({ ...m }));
  if (record.kind !== 'instruction') {
    throw new Error(
      `record ${record.id}: toChatMessages needs kind 'instruction' or 'chat', found '${record.kind}'; run .toInstructions() first`,
    );
  }
  const messages: RecordMessage[] = [];
  if (record.system) messages.push({ role: 'system', content: record.system });
  const user = record.input ? `${record.instruction}\n\n${record.input}` : record.instruction;
  messages.push({ role: 'user', content: user }, { role: 'assistant', content: record.output });
  return messages;
}

/**
 * The record's main text, joined, for lengths, de-duplication and previews.
 *
 * @example
 * recordText(report); // report.text
 */
export function recordText(record: DataRecord): string {
  switch (record.kind) {
    case 'report':
      return record.text;
    case 'mcq':
      return [record.question, ...LETTERS.map((l) => record.options[l] ?? '')].join('\n');
    case 'pubmedqa':
      return [record.question, ...record.contexts].join('\n');
    case 'dialogue':
      return record.turns.map((t) => `${t.speaker}: ${t.text}`).join('\n');
    case 'instruction':
      return [record.system ?? '', record.instruction, record.input, record.output].filter(Boolean).join('\n');
    case 'chat':
      return record.messages.map((m) => `${m.role}: ${m.content}`).join('\n');
  }
}

/**
 * A copy of `record` with `fn` applied to every free-text field (not ids, labels or letters).
 * Cleaning and de-identification both go through this so no text field is forgotten.
 *
 * @example
 * mapText(report, (s) => s.trim());
 */
export function mapText<R extends DataRecord>(record: R, fn: (text: string, field: string) => string): R {
  const r = record as DataRecord;
  switch (r.kind) {
    case 'report': {
      const sections = r.sections
        ? Object.fromEntries(Object.entries(r.sections).map(([k, v]) => [k, fn(v as string, `sections.${k}`)]))
        : undefined;
      return { ...r, text: fn(r.text, 'text'), ...(sections ? { sections } : {}) } as R;
    }
    case 'mcq': {
      const options = Object.fromEntries(
        Object.entries(r.options).map(([k, v]) => [k, fn(v as string, `options.${k}`)]),
      ) as McqRecord['options'];
      return {
        ...r,
        question: fn(r.question, 'question'),
        options,
        ...(r.explanation !== undefined ? { explanation: fn(r.explanation, 'explanation') } : {}),
      } as R;
    }
    case 'pubmedqa':
      return {
        ...r,
        question: fn(r.question, 'question'),
        contexts: r.contexts.map((c, i) => fn(c, `contexts[${i}]`)),
        ...(r.longAnswer !== undefined ? { longAnswer: fn(r.longAnswer, 'longAnswer') } : {}),
      } as R;
    case 'dialogue':
      return { ...r, turns: r.turns.map((t, i) => ({ ...t, text: fn(t.text, `turns[${i}].text`) })) } as R;
    case 'instruction':
      return {
        ...r,
        ...(r.system !== undefined ? { system: fn(r.system, 'system') } : {}),
        instruction: fn(r.instruction, 'instruction'),
        input: fn(r.input, 'input'),
        output: fn(r.output, 'output'),
      } as R;
    case 'chat':
      return { ...r, messages: r.messages.map((m, i) => ({ ...m, content: fn(m.content, `messages[${i}].content`) })) } as R;
  }
}

/**
 * The label a record is stratified by by default: task for instructions, decision for PubMedQA,
 * answer letter for MCQ, report type for reports, else its kind.
 *
 * @example
 * defaultStratum(instructionRecord); // 'abnormal_labs'
 */
export function defaultStratum(record: DataRecord): string {
  switch (record.kind) {
    case 'instruction':
      return record.task;
    case 'pubmedqa':
      return record.decision;
    case 'mcq':
      return record.answer;
    case 'report':
      return record.reportType ?? 'report';
    default:
      return record.kind;
  }
}
