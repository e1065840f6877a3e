/**
 * The prompts evaluation shows the model, in one place so base and tuned models always see the
 * same text and the review CSV can show exactly what was asked.
 *
 * @example
 * mcqContext(record); // "Question: ...\nA. ...\nB. ...\nAnswer:"
 */
import type { ChatMessage } from '../model/types.js';
import { LETTERS, type DataRecord, type InstructionRecord, type McqRecord, type PubmedqaRecord } from '../data/records.js';

/** Options of an MCQ record in letter order (E only when present). @example mcqOptions(r); // [['A', 'Insulin'], ['B', 'Metformin'], ...] */
export function mcqOptions(r: McqRecord): [string, string][] {
  return LETTERS.filter((l) => typeof r.options[l] === 'string').map((l) => [l, r.options[l] as string]);
}

/**
 * Raw-text context for log-likelihood MCQ scoring; the continuation is `' ' + option text`.
 *
 * @example
 * mcqContext(r) + ' ' + r.options.B; // the sequence whose tail is scored
 */
export function mcqContext(r: McqRecord): string {
  return `Question: ${r.question}\n${mcqOptions(r).map(([l, t]) => `${l}. ${t}`).join('\n')}\nAnswer:`;
}

/**
 * Chat messages asking for the answer letter (generation method).
 *
 * @example
 * await model.generate(mcqMessages(r), { maxNewTokens: 8 });
 */
export function mcqMessages(r: McqRecord): ChatMessage[] {
  const opts = mcqOptions(r).map(([l, t]) => `${l}. ${t}`).join('\n');
  return [{ role: 'user', content: `Answer the multiple-choice question with the letter of the correct option.\n\n${r.question}\n${opts}` }];
}

/**
 * Raw-text context for PubMedQA log-likelihood scoring; continuations are ' yes' / ' no' / ' maybe'.
 *
 * @example
 * pubmedqaContext(r); // "Context: ...\nQuestion: ...\nAnswer (yes, no or maybe):"
 */
export function pubmedqaContext(r: PubmedqaRecord): string {
  return `Context: ${r.contexts.join(' ')}\nQuestion: ${r.question}\nAnswer (yes, no or maybe):`;
}

/** Chat messages asking for yes/no/maybe (generation method). @example pubmedqaMessages(r)[0].role // 'user' */
export function pubmedqaMessages(r: PubmedqaRecord): ChatMessage[] {
  return [{ role: 'user', content: `${r.contexts.join(' ')}\n\nQuestion: ${r.question}\nAnswer with yes, no or maybe.` }];
}

/**
 * Prompt messages of an instruction record (the reference answer excluded).
 *
 * @example
 * instructionMessages(r); // [{ role: 'system', ... }?, { role: 'user', content: instruction + input }]
 */
export function instructionMessages(r: InstructionRecord): ChatMessage[] {
  const user = r.input ? `${r.instruction}\n\n${r.input}` : r.instruction;
  return [...(r.system ? [{ role: 'system' as const, content: r.system }] : []), { role: 'user', content: user }];
}

/**
 * The full text whose perplexity is measured for a record: chat-shaped records go through the
 * model's chat template (the way the trainer sees them), others are plain text.
 *
 * @example
 * perplexityText(r, (m) => tokenizer.applyChatTemplate(m));
 */
export function perplexityText(r: DataRecord, chat: (m: ChatMessage[]) => string): string {
  switch (r.kind) {
    case 'report':
      return r.text;
    case 'mcq':
      return `${mcqContext(r)} ${r.options[r.answer] ?? ''}`;
    case 'pubmedqa':
      return `${pubmedqaContext(r)} ${r.decision}${r.longAnswer ? `\n${r.longAnswer}` : ''}`;
    case 'dialogue':
      return r.turns.map((t) => `${t.speaker === 'patient' ? 'Patient' : 'Doctor'}: ${t.text}`).join('\n');
    case 'instruction':
      return chat([...instructionMessages(r), { role: 'assistant', content: r.output }]);
    case 'chat':
      return chat(r.messages);
  }
}
