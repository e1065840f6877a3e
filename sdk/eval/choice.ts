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
import { continuationLogprob, type ContinuationScore, type EvalModel } from './eval-model.js';

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
export async function chooseByLoglik(model: EvalModel, context: string, candidates: Record<string, string>): Promise<LoglikChoice> {
  const scores: Record<string, ContinuationScore> = {};
  for (const [label, text] of Object.entries(candidates)) scores[label] = await continuationLogprob(model, context, text);
  const best = (f: (s: ContinuationScore) => number) =>
    Object.entries(scores).reduce((a, b) => (f(b[1]) > f(a[1]) ? b : a))[0];
  return { sum: best((s) => s.sum), norm: best((s) => s.sum / s.tokens), scores };
}
