/**
 * The prompts evaluation shows the model, in one place so base and tuned models always see the
 * same text and the review CSV can show exactly what was asked.
 *
 * @example
 * mcqContext(record); // "Question: ...\nA. ...\nB. ...\nAnswer:"
 */
import { LETTERS, type DataRecord, type InstructionRecord, type McqRecord, type PubmedqaRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import type { ChatMessage } from '../model/types.js';

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

/**
 * Shorten the last user message (from its end) until the rendered prompt plus `reserve` new
 * tokens fits the model's context; a long report is cut rather than failing the whole suite.
 * `truncated` says whether anything was cut, so results can report it.
 *
 * @example
 * const { messages, truncated } = fitPrompt(model, instructionMessages(r), 64);
 */
export function fitPrompt(model: TextModel, messages: ChatMessage[], reserve: number): { messages: ChatMessage[]; truncated: boolean } {
  const budget = model.maxLength - reserve;
  const size = (ms: ChatMessage[]) => model.encode(model.chatPrompt(ms, { addGenerationPrompt: true })).length;
  if (size(messages) <= budget) return { messages, truncated: false };
  const k = messages.map((m) => m.role).lastIndexOf('user');
  const content = k >= 0 ? messages[k].content : '';
  const withLen = (n: number) => messages.map((m, i) => (i === k ? { ...m, content: content.slice(0, n) } : m));
  if (k < 0 || size(withLen(0)) > budget) {
    throw new Error(`the prompt's fixed parts need more than the ${budget} tokens left after reserving ${reserve} for the answer (context ${model.maxLength})`);
  }
  let lo = 0;
  let hi = content.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(withLen(mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return { messages: withLen(lo), truncated: true };
}
