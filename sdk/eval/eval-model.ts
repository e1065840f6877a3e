/**
 * The narrow model interface evaluation needs, so every metric can be tested with a small fake
 * and run unchanged on a real `CausalLM` (see `./causal-lm-adapter.ts`).
 *
 * @example
 * const lp = await continuationLogprob(model, 'Question: ... Answer:', ' yes');
 * lp.sum; lp.tokens; // log p(" yes" | prompt) and its token count
 */
import type { GenerationOptions } from '../model/generation-config.js';
import type { ChatMessage } from '../model/types.js';

/** Generation settings evaluation passes down: model-use's options (greedy unless `doSample`). */
export type EvalGenerateOptions = GenerationOptions;

/** What evaluation needs from a model. */
export interface EvalModel {
  /** Shown in reports (checkpoint folder name, plus adapter). */
  readonly name: string;
  /** Longest id sequence `scoreIds` accepts (the model's context window). */
  readonly maxLength: number;
  /** Token ids of `text`, with BOS when the model uses one. */
  encode(text: string): number[];
  /** `logprobs[i] = log p(ids[i] | ids[<i])`; `logprobs[0]` is null (nothing to condition on). */
  scoreIds(ids: number[]): Promise<(number | null)[]>;
  /** Render messages with the model's chat template. */
  chatPrompt(messages: ChatMessage[], options?: { addGenerationPrompt?: boolean }): string;
  /** Generate a completion for a raw prompt or chat messages. */
  generate(prompt: string | ChatMessage[], options: EvalGenerateOptions): Promise<{ text: string }>;
  /** Stream a completion piece by piece (concatenation = the text `generate` returns). */
  stream?(prompt: string | ChatMessage[], options: EvalGenerateOptions): AsyncIterable<string>;
}

/** Log-likelihood of a continuation. */
export interface ContinuationScore {
  /** Sum of token log-probabilities of the continuation. */
  sum: number;
  /** Number of continuation tokens (for length normalisation). */
  tokens: number;
}

/**
 * log p(continuation | context), the way lm-evaluation-harness does it: encode context and
 * context+continuation, the tokens after their common prefix belong to the continuation (so a
 * BPE merge across the boundary is handled). Sequences longer than `model.maxLength` lose tokens
 * from the left; the continuation is always kept whole.
 *
 * @example
 * const { sum, tokens } = await continuationLogprob(model, 'The capital of France is', ' Paris');
 */
export async function continuationLogprob(model: EvalModel, context: string, continuation: string): Promise<ContinuationScore> {
  const ctx = model.encode(context);
  let whole = model.encode(context + continuation);
  let split = 0;
  while (split < ctx.length && split < whole.length && ctx[split] === whole[split]) split++;
  if (split >= whole.length) {
    throw new Error(`continuationLogprob: the continuation (${continuation.length} chars) encodes to no tokens; expected at least one`);
  }
  const contTokens = whole.length - split;
  if (contTokens >= model.maxLength) {
    throw new Error(`continuationLogprob: continuation is ${contTokens} tokens, expected fewer than the model's context of ${model.maxLength}`);
  }
  if (whole.length > model.maxLength) {
    const cut = whole.length - model.maxLength;
    whole = whole.slice(cut);
    split -= cut;
  }
  const lps = await model.scoreIds(whole);
  let sum = 0;
  for (let i = Math.max(split, 1); i < whole.length; i++) sum += lps[i] ?? 0;
  return { sum, tokens: whole.length - Math.max(split, 1) };
}

/**
 * Shorten the last user message (from its end) until the rendered prompt plus `reserve` new
 * tokens fits the model's context; a long report is cut rather than failing the whole suite.
 * `truncated` says whether anything was cut, so results can report it.
 *
 * @example
 * const { messages, truncated } = fitPrompt(model, instructionMessages(r), 64);
 */
export function fitPrompt(model: EvalModel, messages: ChatMessage[], reserve: number): { messages: ChatMessage[]; truncated: boolean } {
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
