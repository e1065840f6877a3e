/**
 * GRPO prompts from records: what the model is asked, in the chat layout SFT trained it on.
 * MCQ and PubMedQA records are phrased as `toInstructions` phrases them (the letter or
 * yes/no/maybe on an "Answer:" line, then a short reason); instruction and chat records keep
 * every message before their last assistant turn. The record itself travels with the prompt, so
 * reward functions can check the gold answer.
 *
 * @example
 * const { prompts, dropped } = grpoPrompts(model.tokenizer, records, { maxPromptTokens: 384 });
 * prompts[0].messages; // [{ role: 'user', content: 'Answer the following multiple-choice question ...' }]
 */
import { toInstructions } from '../data/instructions.js';
import { toChatMessages, type DataRecord } from '../data/records.js';
import { promptToIds } from '../model/generate.js';
import type { ChatMessage, MedTokenizer } from '../model/types.js';

/** One prompt to sample completions for. @example const p: GrpoPrompt = { id: 'q1', messages, userText: 'Which drug?', ids, record }; */
export interface GrpoPrompt {
  id: string;
  messages: ChatMessage[];
  /** The user turns' text, joined: what reward functions receive as `prompt`. */
  userText: string;
  /** Token ids of the rendered prompt (chat template with the generation prompt). */
  ids: number[];
  record: DataRecord;
}

/**
 * The prompt messages of one record (no answer), or a reason it has none.
 *
 * @example
 * promptMessages(mcqRecord); // [{ role: 'user', content: 'Answer the following multiple-choice question ...' }]
 */
export function promptMessages(record: DataRecord): ChatMessage[] | string {
  let r = record;
  if (r.kind === 'mcq' || r.kind === 'pubmedqa') r = toInstructions([r], [r.kind]).records[0];
  if (r.kind !== 'instruction' && r.kind !== 'chat') {
    return `kind '${record.kind}' has no question to answer (use mcq, pubmedqa, instruction or chat records, or .toInstructions() first)`;
  }
  const msgs = toChatMessages(r);
  const last = msgs.map((m) => m.role).lastIndexOf('assistant');
  const prompt = last >= 0 ? msgs.slice(0, last) : msgs;
  if (!prompt.some((m) => m.role === 'user')) return 'no user message before the answer';
  return prompt;
}

/**
 * Prompts of `records`, with the records left out (by id, with the reason, never their text).
 * Zero usable prompts is an error.
 *
 * @example
 * grpoPrompts(tok, records, { maxPromptTokens: 256 }).dropped; // [{ id: 'r9', reason: 'prompt has 300 tokens, more than 256' }]
 */
export function grpoPrompts(
  tokenizer: MedTokenizer,
  records: readonly DataRecord[],
  opts: { maxPromptTokens: number },
): { prompts: GrpoPrompt[]; dropped: { id: string; reason: string }[] } {
  const prompts: GrpoPrompt[] = [];
  const dropped: { id: string; reason: string }[] = [];
  for (const record of records) {
    const messages = promptMessages(record);
    if (typeof messages === 'string') {
      dropped.push({ id: record.id, reason: messages });
      continue;
    }
    const ids = promptToIds(tokenizer, messages);
    if (ids.length > opts.maxPromptTokens) {
      dropped.push({ id: record.id, reason: `prompt has ${ids.length} tokens, more than ${opts.maxPromptTokens}` });
      continue;
    }
    const userText = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    prompts.push({ id: record.id, messages, userText, ids, record });
  }
  if (prompts.length === 0) {
    const why = dropped.slice(0, 3).map((d) => `${d.id}: ${d.reason}`).join('; ');
    throw new Error(`GRPO: none of the ${records.length} records gives a usable prompt${why ? ` (${why})` : ''}`);
  }
  return { prompts, dropped };
}
