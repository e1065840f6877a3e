/**
 * `.toInstructions()`: instruction/response records from reports (summarize findings, abnormal
 * labs, impression, recommendations), dialogue turns from MedDialog records and from reports that
 * are consultation transcripts, and formatters for MedQA and PubMedQA; Alpaca
 * and chat records pass through. A task is only made from a report that has the sections it
 * needs; every record that yields no example for a requested task is counted with the reason.
 *
 * @example
 * const { records, report } = toInstructions(ds.records, ['abnormal_labs'], { disclaimer: true });
 * report.noExample.abnormal_labs; // { count: 12, ids: [...], reason: 'no labs section with parsable values' }
 */
import { z } from 'zod';
import { formatLab, parseLabs } from './labs.js';
import { LETTERS, type ChatRecord, type DataRecord, type InstructionRecord, type ReportRecord, type SectionName, type Turn } from './records.js';
import { splitSections } from './sections.js';
import { parseTranscript } from './transcript.js';

/** Tasks built from report sections. @example REPORT_TASKS.includes('impression'); // true */
export const REPORT_TASKS = ['summarize_findings', 'abnormal_labs', 'impression', 'recommendations'] as const;
/** Every instruction task. @example TASKS.length; */
export const TASKS = [...REPORT_TASKS, 'mcq', 'pubmedqa', 'dialogue', 'passthrough'] as const;
/** Validates a task name (e.g. `--tasks`). @example TaskSchema.parse('mcq'); */
export const TaskSchema = z.enum(TASKS);
/** One of `TASKS`. @example const t: Task = 'summarize_findings'; */
export type Task = z.infer<typeof TaskSchema>;

/** Appended to responses when `disclaimer: true`. @example `${output}\n\n${DEFAULT_DISCLAIMER}`; */
export const DEFAULT_DISCLAIMER = 'This is educational information, not medical advice; decisions about care belong to a qualified clinician.';

/** Options of `.toInstructions()`; unknown keys are rejected. @example InstructionOptionsSchema.parse({ disclaimer: true }); */
export const InstructionOptionsSchema = z
  .object({
    /** System prompt put on every example (none by default: chat templates supply their own). */
    system: z.string().min(1).optional(),
    /** Off by default: it changes every target, which matters when comparing against references. */
    disclaimer: z.union([z.boolean(), z.string().min(1)]).default(false),
    /** Findings summaries keep this many sentences; 6 covers a typical findings block without copying long ones whole. */
    maxSummarySentences: z.number().int().positive().default(6),
  })
  .strict();
/** Input form of the instruction options. @example const o: InstructionOptions = { system: 'You are a clinician.' }; */
export type InstructionOptions = z.input<typeof InstructionOptionsSchema>;

/** Examples produced per task and records that gave none, with why (ids only). @example report.noExample.impression?.reason; */
export interface InstructionReport {
  /** Examples made per task. */
  produced: Partial<Record<Task, number>>;
  /** Per requested task, the records that gave no example and why (ids only). */
  noExample: Partial<Record<Task, { count: number; ids: string[]; reason: string }>>;
  /** Records whose kind no requested task covers, by kind (e.g. MCQ rows when only report tasks were asked). */
  excluded: Partial<Record<DataRecord['kind'], number>>;
}

const PROMPTS: Record<(typeof REPORT_TASKS)[number], string> = {
  summarize_findings: 'Summarize the key findings of this clinical report.',
  abnormal_labs: 'List the abnormal laboratory values in these results, with units and reference ranges, and say whether each is high or low.',
  impression: 'Based on the history and findings below, write the impression (most likely diagnosis or assessment).',
  recommendations: 'Based on the findings and impression below, what are the recommended next steps?',
};

const NEEDS: Record<(typeof REPORT_TASKS)[number], string> = {
  summarize_findings: 'no findings section',
  abnormal_labs: 'no labs section with a value that has a reference range or flag',
  impression: 'needs an impression section plus history or findings',
  recommendations: 'needs a recommendations section plus findings or impression',
};

function sentences(s: string, max: number): string[] {
  const parts = s.replace(/\n+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z0-9])/).map((x) => x.trim()).filter(Boolean);
  return parts.slice(0, max);
}

function block(parts: [string, string | undefined][]): string {
  return parts.filter(([, v]) => v).map(([k, v]) => `${k}:\n${v}`).join('\n\n');
}

type Made = Omit<InstructionRecord, 'kind' | 'id' | 'source' | 'meta' | 'patientId'> & { suffix: string };

function fromReport(r: ReportRecord, task: (typeof REPORT_TASKS)[number], o: z.output<typeof InstructionOptionsSchema>): Made | undefined {
  const s: Partial<Record<SectionName, string>> = r.sections ?? splitSections(r.text);
  const type = r.reportType ? ` (${r.reportType.replace(/_/g, ' ')})` : '';
  switch (task) {
    case 'summarize_findings': {
      if (!s.findings) return undefined;
      // Extractive: the findings' own sentences as bullets; no model writes these targets.
      const out = sentences(s.findings, o.maxSummarySentences).map((x) => `- ${x}`).join('\n');
      return { suffix: task, task, instruction: PROMPTS[task].replace('report', `report${type}`), input: r.text, output: out };
    }
    case 'abnormal_labs': {
      if (!s.labs) return undefined;
      const labs = parseLabs(s.labs).filter((l) => l.flag !== undefined);
      if (labs.length === 0) return undefined;
      const abnormal = labs.filter((l) => l.flag !== 'normal');
      const output = abnormal.length
        ? abnormal.map((l) => `- ${formatLab(l)}`).join('\n')
        : `All ${labs.length} reported values are within their reference ranges.`;
      return { suffix: task, task, instruction: PROMPTS[task], input: s.labs, output };
    }
    case 'impression': {
      if (!s.impression || !(s.history || s.findings)) return undefined;
      return { suffix: task, task, instruction: PROMPTS[task], input: block([['History', s.history], ['Symptoms', s.symptoms], ['Findings', s.findings], ['Labs', s.labs]]), output: s.impression };
    }
    case 'recommendations': {
      if (!s.recommendations || !(s.findings || s.impression)) return undefined;
      return { suffix: task, task, instruction: PROMPTS[task], input: block([['Findings', s.findings], ['Impression', s.impression]]), output: s.recommendations };
    }
  }
}

/**
 * Build instruction records. `tasks` defaults to every task; report tasks apply to reports,
 * `mcq`/`pubmedqa`/`dialogue` to those kinds, `passthrough` keeps Alpaca and chat records.
 *
 * @example
 * toInstructions(records, ['mcq'], { system: 'You are a careful medical tutor.' }).records[0].output; // 'Answer: C. ...'
 */
export function toInstructions(records: readonly DataRecord[], tasks: readonly Task[] = TASKS, options: InstructionOptions = {}): { records: (InstructionRecord | ChatRecord)[]; report: InstructionReport } {
  const want = new Set(tasks.map((t) => TaskSchema.parse(t)));
  const o = InstructionOptionsSchema.parse(options);
  const disclaimer = o.disclaimer === true ? DEFAULT_DISCLAIMER : o.disclaimer || undefined;
  const finish = (s: string) => (disclaimer ? `${s}\n\n${disclaimer}` : s);
  const report: InstructionReport = { produced: {}, noExample: {}, excluded: {} };
  const out: (InstructionRecord | ChatRecord)[] = [];
  const miss = (task: Task, id: string, reason: string) => {
    const e = (report.noExample[task] ??= { count: 0, ids: [], reason });
    e.count++;
    e.ids.push(id);
  };
  const emit = (r: DataRecord, m: Made) => {
    const { suffix, ...fields } = m;
    out.push({
      kind: 'instruction', id: `${r.id}#${suffix}`, source: r.source, meta: { ...r.meta, from: r.id },
      ...(r.patientId ? { patientId: r.patientId } : {}),
      ...fields, ...(o.system ? { system: o.system } : {}), output: finish(fields.output),
    });
    report.produced[fields.task as Task] = (report.produced[fields.task as Task] ?? 0) + 1;
  };
  const dialogueExamples = (r: DataRecord, turns: readonly Turn[]) => {
    let made = 0;
    turns.forEach((t, i) => {
      const before = turns.slice(0, i);
      // A doctor turn is a target only when the patient has spoken before it (there is something to answer).
      if (t.speaker !== 'doctor' || !before.some((b) => b.speaker === 'patient')) return;
      const context = before.map((b) => `${b.speaker === 'doctor' ? 'Doctor' : 'Patient'}: ${b.text}`).join('\n');
      emit(r, { suffix: `dialogue-${i}`, task: 'dialogue', instruction: "Continue this doctor-patient conversation with the doctor's next reply.", input: context, output: t.text });
      made++;
    });
    if (made === 0) miss('dialogue', r.id, 'no doctor turn that follows a patient turn');
  };
  const exclude = (r: DataRecord) => { report.excluded[r.kind] = (report.excluded[r.kind] ?? 0) + 1; };
  for (const r of records) {
    switch (r.kind) {
      case 'report': {
        const asked = REPORT_TASKS.filter((t) => want.has(t));
        // A report that is a consultation transcript also feeds the dialogue task (report tasks
        // still run on it, so their no-example counts cover every report).
        const turns = want.has('dialogue') ? parseTranscript(r.text) : undefined;
        if (turns) dialogueExamples(r, turns);
        else if (asked.length === 0) exclude(r);
        for (const t of asked) {
          const m = fromReport(r, t, o);
          if (m) emit(r, m);
          else miss(t, r.id, NEEDS[t]);
        }
        break;
      }
      case 'mcq': {
        if (!want.has('mcq')) { exclude(r); break; }
        const letters = LETTERS.filter((l) => r.options[l] !== undefined);
        const input = `${r.question}\n\n${letters.map((l) => `${l}. ${r.options[l]}`).join('\n')}`;
        const answer = `Answer: ${r.answer}. ${r.options[r.answer] ?? ''}`.trim();
        // The prompt asks for an explanation only when the target has one.
        const ask = `Answer the following multiple-choice question with the letter of the best option (${letters.join('/')})`;
        emit(r, {
          suffix: 'mcq', task: 'mcq', input,
          instruction: r.explanation ? `${ask}, then explain briefly.` : `${ask}.`,
          output: r.explanation ? `${answer}\nExplanation: ${r.explanation}` : answer,
        });
        break;
      }
      case 'pubmedqa': {
        if (!want.has('pubmedqa')) { exclude(r); break; }
        const input = `Context:\n${r.contexts.join('\n')}\n\nQuestion: ${r.question}`;
        emit(r, { suffix: 'pubmedqa', task: 'pubmedqa', instruction: 'Answer the research question with yes, no or maybe based on the context, then give your reasoning.', input, output: r.longAnswer ? `Answer: ${r.decision}\nReasoning: ${r.longAnswer}` : `Answer: ${r.decision}` });
        break;
      }
      case 'dialogue': {
        if (!want.has('dialogue')) { exclude(r); break; }
        dialogueExamples(r, r.turns);
        break;
      }
      case 'instruction': {
        if (!want.has('passthrough')) { exclude(r); break; }
        out.push({ ...r, ...(o.system && !r.system ? { system: o.system } : {}), output: finish(r.output) });
        report.produced[r.task as Task] = (report.produced[r.task as Task] ?? 0) + 1;
        break;
      }
      case 'chat': {
        if (!want.has('passthrough')) { exclude(r); break; }
        const msgs = r.messages.map((m) => ({ ...m }));
        if (o.system && msgs[0]?.role !== 'system') msgs.unshift({ role: 'system', content: o.system });
        const last = msgs.map((m) => m.role).lastIndexOf('assistant');
        if (last >= 0) msgs[last] = { ...msgs[last], content: finish(msgs[last].content) };
        out.push({ ...r, messages: msgs });
        report.produced.passthrough = (report.produced.passthrough ?? 0) + 1;
        break;
      }
    }
  }
  return { records: out, report };
}
