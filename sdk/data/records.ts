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

/** Where a record came from: file, 1-based line (or record index for JSON arrays) and format. @example SourceSchema.parse({ file: 'a.jsonl', line: 1, format: 'reports' }); */
export const SourceSchema = z
  .object({ file: z.string(), line: z.number().int().positive().optional(), format: z.string() })
  .strict();
/** A record's origin. @example const s: Source = { file: 'a.jsonl', line: 3, format: 'medqa' }; */
export type Source = z.infer<typeof SourceSchema>;

/** Section names recognised by `.sections()`. @example SECTION_NAMES.includes('labs'); // true */
export const SECTION_NAMES = ['history', 'symptoms', 'findings', 'labs', 'impression', 'recommendations'] as const;
/** Validates a section name. @example SectionNameSchema.parse('findings'); */
export const SectionNameSchema = z.enum(SECTION_NAMES);
/** One of `SECTION_NAMES`. @example const s: SectionName = 'impression'; */
export type SectionName = z.infer<typeof SectionNameSchema>;

/** Chat roles; `function` (a tool call, JSON) and `observation` (a tool result) as in LLaMA-Factory. @example ROLES.includes('user'); // true */
export const ROLES = ['system', 'user', 'assistant', 'function', 'observation'] as const;
/** One chat turn, the shape `applyChatTemplate` takes (structurally the tokenizer's `ChatMessage`; named apart so both can be exported from medtune). @example ChatMessageSchema.parse({ role: 'assistant', content: 'No acute findings.' }); */
export const ChatMessageSchema = z.object({ role: z.enum(ROLES), content: z.string() }).strict();
/** One chat turn of a record. @example const m: RecordMessage = { role: 'user', content: 'Summarize.' }; */
export type RecordMessage = z.infer<typeof ChatMessageSchema>;

const base = {
  id: z.string().min(1),
  source: SourceSchema,
  patientId: z.string().min(1).optional(),
  meta: z.record(z.string(), z.unknown()),
};

/** A clinical report (free text, optional sections). @example ReportRecordSchema.parse({ kind: 'report', id: 'r1', source, meta: {}, text: '...' }); */
export const ReportRecordSchema = z
  .object({
    ...base,
    kind: z.literal('report'),
    text: z.string(),
    reportType: z.string().optional(),
    sections: z.partialRecord(SectionNameSchema, z.string()).optional(),
  })
  .strict();

/** MCQ option letters; E only in the 5-option form. @example LETTERS[4]; // 'E' */
export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
/** Validates an option letter. @example LetterSchema.parse('C'); */
export const LetterSchema = z.enum(LETTERS);
/** One of `LETTERS`. @example const a: Letter = 'B'; */
export type Letter = z.infer<typeof LetterSchema>;

/** A multiple-choice question (MedQA form). @example McqRecordSchema.parse({ kind: 'mcq', id: 'q1', source, meta: {}, question, options, answer: 'A' }); */
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

/** PubMedQA answers. @example DECISIONS.includes('maybe'); // true */
export const DECISIONS = ['yes', 'no', 'maybe'] as const;
/** A PubMedQA item: question, abstract contexts, yes/no/maybe. @example PubmedqaRecordSchema.parse({ kind: 'pubmedqa', id: 'p1', source, meta: {}, question, contexts: [], decision: 'yes' }); */
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

/** One dialogue turn. @example TurnSchema.parse({ speaker: 'doctor', text: 'How long?' }); */
export const TurnSchema = z.object({ speaker: z.enum(['patient', 'doctor']), text: z.string() }).strict();
/** A validated dialogue turn. @example const t: Turn = { speaker: 'patient', text: 'Two days.' }; */
export type Turn = z.infer<typeof TurnSchema>;
/** A patient-doctor dialogue (MedDialog form). @example DialogueRecordSchema.parse({ kind: 'dialogue', id: 'd1', source, meta: {}, turns }); */
export const DialogueRecordSchema = z
  .object({ ...base, kind: z.literal('dialogue'), turns: z.array(TurnSchema).min(1) })
  .strict();

/** An Alpaca-form training example. @example InstructionRecordSchema.parse({ kind: 'instruction', id: 'i1', source, meta: {}, task: 'impression', instruction, input: '', output }); */
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

/** A chat-form training example. @example ChatRecordSchema.parse({ kind: 'chat', id: 'c1', source, meta: {}, messages }); */
export const ChatRecordSchema = z
  .object({
    ...base,
    kind: z.literal('chat'),
    messages: z.array(ChatMessageSchema).min(1),
    /** Tools the conversation may call: a JSON list of descriptions (name, description, parameters). */
    tools: z.string().optional(),
  })
  .strict();

/** Any record, discriminated by `kind`. @example const r = RecordSchema.parse(JSON.parse(line)); r.kind; */
export const RecordSchema = z.discriminatedUnion('kind', [
  ReportRecordSchema,
  McqRecordSchema,
  PubmedqaRecordSchema,
  DialogueRecordSchema,
  InstructionRecordSchema,
  ChatRecordSchema,
]);

/** A validated report record. @example if (r.kind === 'report') r.text; */
export type ReportRecord = z.infer<typeof ReportRecordSchema>;
/** A validated MCQ record. @example if (r.kind === 'mcq') r.options[r.answer]; */
export type McqRecord = z.infer<typeof McqRecordSchema>;
/** A validated PubMedQA record. @example if (r.kind === 'pubmedqa') r.decision; */
export type PubmedqaRecord = z.infer<typeof PubmedqaRecordSchema>;
/** A validated dialogue record. @example if (r.kind === 'dialogue') r.turns.length; */
export type DialogueRecord = z.infer<typeof DialogueRecordSchema>;
/** A validated instruction record. @example if (r.kind === 'instruction') r.output; */
export type InstructionRecord = z.infer<typeof InstructionRecordSchema>;
/** A validated chat record. @example if (r.kind === 'chat') r.messages.at(-1)?.content; */
export type ChatRecord = z.infer<typeof ChatRecordSchema>;
/** Named `DataRecord` because `Record` is TypeScript's built-in mapped type. @example const texts = records.map((r: DataRecord) => r.id); */
export type DataRecord = z.infer<typeof RecordSchema>;
/** The `kind` discriminator. @example const k: RecordKind = 'report'; */
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
 * The tools a record's conversation may call (a JSON list), if any.
 *
 * @example
 * recordTools(chatRecord); // '[{"name": "bmi", ...}]'
 */
export function recordTools(record: DataRecord): string | undefined {
  return record.kind === 'chat' ? record.tools : undefined;
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
