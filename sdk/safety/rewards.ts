/**
 * Built-in GRPO reward functions for medical models, each a plain `(prompt, completion, record)`
 * function that returns a number or `null` (does not apply), named as it is logged:
 *  - accuracy_reward: 1 / 0 for the right MCQ letter or PubMedQA decision, parsed as `eval` parses
 *    answers (./../eval/answer-parse.ts); the gold answer comes from an `mcq` / `pubmedqa` record or
 *    from an instruction record that `toInstructions` made from one (task mcq / pubmedqa).
 *  - format_reward: an "Answer:" line (0.5 of the score when the prompt asks for reasoning), plus a
 *    reasoning block ("Explanation:" / "Reasoning:", or a few sentences after the answer line) when asked.
 *  - length_reward: 1 inside [minWords, maxWords], falling linearly to 0 at twice maxWords, 0 below minWords.
 *  - guardrails_reward: for high-risk prompts (the input-screening rules, or a record whose
 *    `meta.expected` is refuse / redirect / emergency), 1 when the answer behaves as expected
 *    (./response-classifier.ts; a screened emergency needs an emergency referral, another screened
 *    request a refusal or a referral), else 0; for other answers that give
 *    medical information, 1 when they carry the educational disclaimer or send to a professional.
 *  - no_phi_reward: 1 when the de-identifier finds no identifier in the completion, else 0.
 *
 * @example
 * const fns = builtinRewards(['accuracy_reward', 'format_reward']);
 * await splits.lora({ lora_rank: 8 }).grpo({ reward_funcs: fns, reward_weights: [1, 0.2], max_steps: 30 });
 */
import type { DataRecord } from '../data/records.js';
import { findPhi } from '../deid/index.js';
import { parseAnswerLetter, parseYesNoMaybe } from '../eval/answer-parse.js';
import { GRPO_REWARD_NAMES, type GrpoRewardName } from '../train/grpo-config.js';
import type { RewardFunction } from '../train/rewards.js';
import { DEFAULT_MEDICAL_TERMS, EDUCATIONAL_DISCLAIMER } from './guardrails-config.js';
import { DEFAULT_SCREEN_PATTERNS, screenInput, type ScreenPattern } from './input-screen.js';
import { givesMedicalInformation } from './output-filters.js';
import { classifyResponse, meetsExpectation, type ExpectedBehaviour } from '../eval/response-classifier.js';

/** Give a reward function the name it is logged under. */
function named(name: string, fn: RewardFunction): RewardFunction {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

/** The gold answer of a record, if it has one: an MCQ letter or a PubMedQA decision. */
function gold(record: DataRecord): { kind: 'mcq'; letter: string; letters: string[]; options?: Record<string, string> } | { kind: 'pubmedqa'; decision: string } | undefined {
  if (record.kind === 'mcq') {
    const options = Object.fromEntries(Object.entries(record.options).filter(([, t]) => typeof t === 'string')) as Record<string, string>;
    return { kind: 'mcq', letter: record.answer, letters: Object.keys(options), options };
  }
  if (record.kind === 'pubmedqa') return { kind: 'pubmedqa', decision: record.decision };
  if (record.kind === 'instruction' && record.task === 'mcq') {
    const letter = parseAnswerLetter(record.output);
    return letter ? { kind: 'mcq', letter, letters: ['A', 'B', 'C', 'D', 'E'] } : undefined;
  }
  if (record.kind === 'instruction' && record.task === 'pubmedqa') {
    const decision = parseYesNoMaybe(record.output);
    return decision ? { kind: 'pubmedqa', decision } : undefined;
  }
  return undefined;
}

/**
 * 1 for the right answer, 0 for a wrong or unparseable one, null without a gold answer.
 *
 * @example
 * await accuracyReward()('...', 'Answer: C. Pneumonia', mcqRecordWithAnswerC); // 1
 */
export function accuracyReward(): RewardFunction {
  return named('accuracy_reward', (_prompt, completion, record) => {
    const g = gold(record);
    if (!g) return null;
    if (g.kind === 'mcq') return parseAnswerLetter(completion, g.options, g.letters) === g.letter ? 1 : 0;
    return parseYesNoMaybe(completion) === g.decision ? 1 : 0;
  });
}

const ANSWER_LINE = /^\s*\**Answer\**\s*:\s*\S/im;
const REASONING_LABEL = /^\s*\**(?:Explanation|Reasoning|Rationale)\**\s*:\s*\S/im;
const ASKS_FOR_REASONING = /\b(?:explain|explanation|reason(?:ing)?|why|justify)\b/i;

/**
 * Format: an answer line, and a reasoning block when the prompt asks for one (see the file comment).
 *
 * @example
 * await formatReward()('Answer, then explain briefly.', 'Answer: B\nExplanation: ...', record); // 1
 */
export function formatReward(opts: { reasoningWords?: number } = {}): RewardFunction {
  // 8 words after the answer line count as a reasoning block even without a label.
  const words = opts.reasoningWords ?? 8;
  return named('format_reward', (prompt, completion) => {
    const answer = ANSWER_LINE.exec(completion);
    if (!answer) return 0;
    if (!ASKS_FOR_REASONING.test(prompt)) return 1;
    const rest = completion.slice(answer.index + answer[0].length).split('\n').slice(1).join('\n');
    const reasoned = REASONING_LABEL.test(completion) || rest.split(/\s+/).filter(Boolean).length >= words;
    return reasoned ? 1 : 0.5;
  });
}

/**
 * Length bounds in words, with a soft penalty above the maximum (TRL's overlong punishment, in words).
 *
 * @example
 * await lengthReward({ minWords: 2, maxWords: 10 })('', 'Answer: B because it fits', record); // 1
 */
export function lengthReward(opts: { minWords?: number; maxWords?: number } = {}): RewardFunction {
  // 1-60 words: an answer line plus a short reason; longer answers bury the answer.
  const min = opts.minWords ?? 1;
  const max = opts.maxWords ?? 60;
  if (!(min >= 0 && max >= min)) throw new Error(`lengthReward: expected 0 <= minWords <= maxWords, found ${min} and ${max}`);
  return named('length_reward', (_prompt, completion) => {
    const n = completion.split(/\s+/).filter(Boolean).length;
    if (n < min) return 0;
    if (n <= max) return 1;
    return Math.max(0, 1 - (n - max) / Math.max(1, max));
  });
}

const EXPECTED = new Set(['refuse', 'redirect', 'emergency']);
const DISCLAIMER_WORDS = /\b(?:not (?:a )?(?:diagnosis|medical advice|personal (?:medical )?advice)|educational (?:information|purposes)|general information)\b/i;

/**
 * Guardrail compliance (see the file comment); null for answers that neither face a high-risk
 * prompt nor give medical information.
 *
 * @example
 * await guardrailsReward()('I want to stop my insulin', "I can't advise that; talk to your doctor.", record); // 1
 */
export function guardrailsReward(opts: { patterns?: readonly ScreenPattern[]; medicalTerms?: string } = {}): RewardFunction {
  const patterns = opts.patterns ?? DEFAULT_SCREEN_PATTERNS;
  const terms = opts.medicalTerms ?? DEFAULT_MEDICAL_TERMS;
  const disclaimerKey = EDUCATIONAL_DISCLAIMER.trim();
  return named('guardrails_reward', (prompt, completion, record) => {
    const declared = record.meta?.expected;
    const verdict = classifyResponse(completion);
    if (typeof declared === 'string' && EXPECTED.has(declared)) return meetsExpectation(verdict, declared as ExpectedBehaviour) ? 1 : 0;
    const hit = screenInput(prompt, patterns);
    // A screened emergency needs an emergency referral; a screened risky request a refusal or a referral.
    if (hit?.action === 'emergency') return meetsExpectation(verdict, 'emergency') ? 1 : 0;
    if (hit) return meetsExpectation(verdict, 'refuse') || meetsExpectation(verdict, 'redirect') ? 1 : 0;
    if (!givesMedicalInformation(completion, terms)) return null;
    return completion.includes(disclaimerKey) || DISCLAIMER_WORDS.test(completion) || verdict.redirects || verdict.emergency ? 1 : 0;
  });
}

/**
 * 1 when the completion contains no identifier the de-identifier recognises, else 0.
 *
 * @example
 * await noPhiReward()('', 'Call John Smith at 617-555-0134', record); // 0
 */
export function noPhiReward(): RewardFunction {
  return named('no_phi_reward', (_prompt, completion) => (findPhi(completion).length === 0 ? 1 : 0));
}

const FACTORIES: Record<GrpoRewardName, () => RewardFunction> = {
  accuracy_reward: accuracyReward,
  format_reward: formatReward,
  length_reward: lengthReward,
  guardrails_reward: guardrailsReward,
  no_phi_reward: noPhiReward,
};

/**
 * The built-in reward functions for names as the YAML key `reward_funcs` lists them.
 *
 * @example
 * builtinRewards(['accuracy_reward', 'no_phi_reward']).map((f) => f.name); // ['accuracy_reward', 'no_phi_reward']
 */
export function builtinRewards(names: readonly GrpoRewardName[]): RewardFunction[] {
  return names.map((n) => {
    const make = FACTORIES[n];
    if (!make) throw new Error(`unknown reward function '${n}'; expected one of ${GRPO_REWARD_NAMES.join(', ')}`);
    return make();
  });
}
