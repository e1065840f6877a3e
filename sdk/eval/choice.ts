/**
 * Choosing among candidate continuations by log-likelihood, the method of MedQA/PubMedQA
 * leaderboards (lm-evaluation-harness `acc` / `acc_norm`).
 *
 * Two rules are reported: `sum` (total log p of the option's tokens, lm-eval `acc`) and `norm`
 * (mean log p per option token). lm-eval's `acc_norm` divides by the option's length in bytes;
 * we divide by tokens, which removes the same bias against long options and does not depend on
 * the text's encoding. Ties go to the earlier option.
 *
 * @example
 * const c = await chooseByLoglik(model, 'Q ... Answer:', { A: ' aspirin', B: ' heparin' });
 * c.sum; c.norm; // 'A' | 'B'
 */
import type { TextModel } from '../model/text-model.js';

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
export async function continuationLogprob(model: TextModel, context: string, continuation: string): Promise<ContinuationScore> {
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


/** Both rules' choices and the raw scores. */
export interface LoglikChoice {
  sum: string;
  norm: string;
  scores: Record<string, ContinuationScore>;
}

/**
 * Score every candidate continuation after `context` and pick the best under each rule.
 *
 * @example
 * await chooseByLoglik(model, ctx, { yes: ' yes', no: ' no', maybe: ' maybe' });
 */
export async function chooseByLoglik(model: TextModel, context: string, candidates: Record<string, string>): Promise<LoglikChoice> {
  const scores: Record<string, ContinuationScore> = {};
  for (const [label, text] of Object.entries(candidates)) scores[label] = await continuationLogprob(model, context, text);
  const best = (f: (s: ContinuationScore) => number) =>
    Object.entries(scores).reduce((a, b) => (f(b[1]) > f(a[1]) ? b : a))[0];
  return { sum: best((s) => s.sum), norm: best((s) => s.sum / s.tokens), scores };
}
