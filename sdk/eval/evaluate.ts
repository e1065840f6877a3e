/**
 * `evaluate(model, records, suites, options)`: run the requested suites on a split and return
 * one typed result. Suites: perplexity (any record), mcq (`mcq` records), pubmedqa (`pubmedqa`
 * records), summaries (`instruction` records whose task matches `summaryTask`), redteam
 * (data/redteam.jsonl prompts, independent of `records`), memorization (identifier check on the
 * records' prompts, canary exposure when `canaries` are given; ./memorization.ts). With `limit`, perplexity and red-team
 * items are taken round-robin over tasks / categories. A requested suite with nothing to run
 * on is listed in `skipped` with the reason, never silently dropped.
 *
 * @example
 * const result = await evaluate(model, records, ['perplexity', 'mcq'], { limit: 20 });
 * headlineMetrics(result); // [{ suite: 'mcq', metric: 'accuracy (loglik)', value: 0.4, ... }]
 */
import { z } from 'zod';
import type { DataRecord, InstructionRecord, McqRecord, PubmedqaRecord } from '../data/records.js';
import { isCausalLM, toTextModel, type TextGenerator, type TextModel } from '../model/text-model.js';
import type { CausalLM } from '../model/types.js';
import { BootstrapOptions } from './bootstrap.js';
import { taskOf } from './breakdown.js';
import type { Canary } from '../train/canaries.js';
import { mcqSuite, type McqResult } from './mcq.js';
import { memorizationSuite, type MemorizationResult } from './memorization.js';
import { perplexitySuite, type PerplexityResult } from './perplexity.js';
import { pubmedqaSuite, type PubmedqaResult } from './pubmedqa.js';
import { DEFAULT_REDTEAM_PATH, loadRedteam, runRedteam, type RedteamItem, type RedteamResult } from './redteam.js';
import { summariesSuite, type SummariesResult } from './summaries.js';

/** Suite names, in the order they run. @example SuiteName.parse('mcq'); */
export const SUITES = ['perplexity', 'mcq', 'pubmedqa', 'summaries', 'redteam', 'memorization'] as const;
export const SuiteName = z.enum(SUITES);
export type SuiteName = z.infer<typeof SuiteName>;

const Method = z.enum(['loglik', 'generate']);

/** Options of `evaluate` (data part, validated). @example EvaluateOptions.parse({ limit: 10, mcqMethods: ['loglik'] }); */
export const EvaluateOptions = z
  .object({
    // No cap by default: evaluate what was given. CI and notebooks pass a small limit.
    limit: z.number().int().positive().optional(),
    // 256 tokens covers a typical report section while keeping the tiny model's eval quick.
    perplexityMaxTokens: z.number().int().min(2).default(256),
    // cutoff_len of the answer-tokens perplexity; unset means perplexityMaxTokens. Pass the
    // training run's cutoff_len to compare with its validation perplexity token for token.
    perplexityCutoffLen: z.number().int().min(2).optional(),
    // Both methods: log-likelihood is robust for small base models, generation is what users see.
    mcqMethods: z.array(Method).min(1).default(['loglik', 'generate']),
    pubmedqaMethods: z.array(Method).min(1).default(['loglik', 'generate']),
    // A letter or yes/no/maybe plus a few words; longer answers only cost time.
    choiceMaxNewTokens: z.number().int().positive().default(8),
    // Enough for a 2-3 sentence summary.
    summaryMaxNewTokens: z.number().int().positive().default(64),
    // Enough to see whether the answer refuses, redirects or complies.
    redteamMaxNewTokens: z.number().int().positive().default(48),
    // Instruction tasks that count as summaries (regular expression source, case-insensitive).
    summaryTask: z.string().min(1).default('summar'),
    // Stemming as in most published ROUGE numbers (rouge-score use_stemmer=True).
    rougeStem: z.boolean().default(true),
    bootstrap: BootstrapOptions.prefault({}),
    // The red-team prompts shipped with medtune.
    redteamPath: z.string().min(1).default(DEFAULT_REDTEAM_PATH),
    // 1000 candidates: exposures up to log2(1001) ≈ 10 bits are measurable, a few seconds per canary on the tiny model.
    memorizationCandidates: z.number().int().positive().default(1000),
    // Long enough for a name, an MRN or a phone number to come out after a prompt.
    memorizationMaxNewTokens: z.number().int().positive().default(32),
  })
  .strict();
export type EvaluateOptionsInput = z.input<typeof EvaluateOptions>;
export type EvaluateOptionsResolved = z.infer<typeof EvaluateOptions>;

/** Progress of a running evaluation. */
export interface EvalProgress {
  suite: SuiteName;
  done: number;
  total: number;
}

/** Hooks and preloaded inputs (not serialisable, so outside the schema). */
export interface EvaluateHooks {
  onProgress?: (p: EvalProgress) => void;
  /** Use these red-team items instead of reading `redteamPath`. */
  redteamItems?: RedteamItem[];
  /**
   * Answer the red-team prompts with this instead of the evaluated model, e.g.
   * `guardedModel(model)` to measure the model behind the guardrails (the other suites still
   * measure the model itself).
   */
  redteamModel?: TextGenerator & { readonly name?: string };
  /** Canaries planted in the model's training data (canaries.json), for the memorization suite. */
  canaries?: Canary[];
  /** The loaded model behind a TextModel wrapper: memorization scores and generates in batches through it. */
  causalLM?: CausalLM;
}

/** Everything one evaluation produced. */
export interface EvalResult {
  model: string;
  createdAt: string;
  /** Records given (before per-suite filtering and `limit`). */
  records: number;
  suites: {
    perplexity?: PerplexityResult;
    mcq?: McqResult;
    pubmedqa?: PubmedqaResult;
    summaries?: SummariesResult;
    redteam?: RedteamResult;
    memorization?: MemorizationResult;
  };
  skipped: { suite: SuiteName; reason: string }[];
  /** Suites where `limit` left items out: how many were used of how many available. */
  limited: { suite: SuiteName; used: number; available: number }[];
  options: EvaluateOptionsResolved;
}

/**
 * Reorder items round-robin over groups (first of each group, then the second, ...), keeping the
 * original order within a group, so a `limit` still samples every task / red-team category.
 *
 * @example
 * interleaveBy(items, (i) => i.category).slice(0, 5); // five different categories
 */
export function interleaveBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(key(it), [...(groups.get(key(it)) ?? []), it]);
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const g of groups.values()) if (i < g.length) out.push(g[i]);
  return out;
}

/**
 * Parse a comma-separated suite list (CLI), naming the bad entry.
 *
 * @example
 * parseSuites('perplexity,mcq'); // ['perplexity', 'mcq']
 */
export function parseSuites(list: string | readonly string[]): SuiteName[] {
  const parts = (typeof list === 'string' ? list.split(',') : [...list]).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error(`no suites given; expected some of ${SUITES.join(', ')}`);
  return parts.map((p) => {
    const r = SuiteName.safeParse(p);
    if (!r.success) throw new Error(`unknown suite '${p}'; expected one of ${SUITES.join(', ')}`);
    return r.data;
  });
}

/**
 * Run `suites` on `records` with `model` (a CausalLM or a TextModel).
 *
 * @example
 * const r = await evaluate(model, records, ['summaries'], { limit: 10, onProgress: (p) => console.error(p) });
 */
export async function evaluate(
  model: CausalLM | TextModel,
  records: readonly DataRecord[],
  suites: readonly SuiteName[] = SUITES,
  options: EvaluateOptionsInput & EvaluateHooks = {},
): Promise<EvalResult> {
  const { onProgress, redteamItems, redteamModel, canaries, causalLM, ...data } = options;
  const parsed = EvaluateOptions.safeParse(data);
  if (!parsed.success) {
    throw new Error(`evaluate: invalid options: ${parsed.error.issues.map((i) => `'${i.path.join('.') || '(root)'}': ${i.message}`).join('; ')}`);
  }
  const o = parsed.data;
  const m = toTextModel(model);
  const requested = parseSuites(suites);
  const result: EvalResult = { model: m.name, createdAt: new Date().toISOString(), records: records.length, suites: {}, skipped: [], limited: [], options: o };
  const cap = <T>(xs: T[], suite: SuiteName) => {
    if (!o.limit || xs.length <= o.limit) return xs;
    result.limited.push({ suite, used: o.limit, available: xs.length });
    return xs.slice(0, o.limit);
  };
  const progress = (suite: SuiteName) => (done: number, total: number) => onProgress?.({ suite, done, total });
  const skip = (suite: SuiteName, reason: string) => result.skipped.push({ suite, reason });
  let summaryRe: RegExp;
  try {
    summaryRe = new RegExp(o.summaryTask, 'i');
  } catch (e) {
    throw new Error(`evaluate: summaryTask is not a valid regular expression (${(e as Error).message})`);
  }

  for (const suite of SUITES.filter((s) => requested.includes(s))) {
    switch (suite) {
      case 'perplexity': {
        const rs = cap(interleaveBy(records, taskOf), suite);
        if (rs.length) result.suites.perplexity = await perplexitySuite(m, rs, { maxTokens: o.perplexityMaxTokens, answerCutoffLen: o.perplexityCutoffLen, bootstrap: o.bootstrap, onItem: progress(suite) });
        else skip(suite, 'no records');
        break;
      }
      case 'mcq': {
        const rs = cap(records.filter((r): r is McqRecord => r.kind === 'mcq'), suite);
        if (rs.length) result.suites.mcq = await mcqSuite(m, rs, { methods: o.mcqMethods, maxNewTokens: o.choiceMaxNewTokens, bootstrap: o.bootstrap, onItem: progress(suite) });
        else skip(suite, "no records of kind 'mcq'");
        break;
      }
      case 'pubmedqa': {
        const rs = cap(records.filter((r): r is PubmedqaRecord => r.kind === 'pubmedqa'), suite);
        if (rs.length) result.suites.pubmedqa = await pubmedqaSuite(m, rs, { methods: o.pubmedqaMethods, maxNewTokens: o.choiceMaxNewTokens, bootstrap: o.bootstrap, onItem: progress(suite) });
        else skip(suite, "no records of kind 'pubmedqa'");
        break;
      }
      case 'summaries': {
        const rs = cap(records.filter((r): r is InstructionRecord => r.kind === 'instruction' && summaryRe.test(r.task)), suite);
        if (rs.length) result.suites.summaries = await summariesSuite(m, rs, { maxNewTokens: o.summaryMaxNewTokens, stem: o.rougeStem, bootstrap: o.bootstrap, onItem: progress(suite) });
        else skip(suite, `no instruction records whose task matches /${o.summaryTask}/i`);
        break;
      }
      case 'redteam': {
        const items = cap(interleaveBy(redteamItems ?? (await loadRedteam(o.redteamPath)), (i) => i.category), suite);
        const responder = redteamModel ?? m;
        const genOpts = { maxNewTokens: o.redteamMaxNewTokens };
        result.suites.redteam = {
          ...(await runRedteam(items, async (prompt) => (await responder.generate([{ role: 'user', content: prompt }], genOpts)).text, {
            bootstrap: o.bootstrap,
            onItem: progress(suite),
          })),
          answeredBy: responder.name ?? (redteamModel ? 'a custom generator' : m.name),
        };
        break;
      }
      case 'memorization': {
        const lm = causalLM ?? (isCausalLM(model) ? model : undefined);
        if (!lm) skip(suite, 'needs the loaded model (pass it, or causalLM beside an evaluation wrapper)');
        else {
          const rs = cap(interleaveBy(records, taskOf), suite);
          if (rs.length || canaries?.length) {
            result.suites.memorization = await memorizationSuite(lm, rs, { canaries, candidates: o.memorizationCandidates, maxNewTokens: o.memorizationMaxNewTokens, seed: o.bootstrap.seed, onItem: progress(suite) });
          } else skip(suite, 'no records and no canaries');
        }
        break;
      }
    }
  }
  return result;
}

/**
 * A copy of the result without per-item texts (prompts, outputs), e.g. for logs and `--json`.
 *
 * @example
 * JSON.stringify(withoutItems(result));
 */
export function withoutItems(result: EvalResult): EvalResult {
  const s = result.suites;
  const strip = <T extends { items: unknown[] }>(x: T | undefined) => (x ? { ...x, items: [] } : undefined);
  return {
    ...result,
    suites: {
      perplexity: strip(s.perplexity),
      mcq: strip(s.mcq),
      pubmedqa: strip(s.pubmedqa),
      summaries: strip(s.summaries),
      redteam: s.redteam ? { ...s.redteam, items: [], failures: s.redteam.failures.map((f) => ({ ...f, response: '' })) } : undefined,
      memorization: s.memorization,
    },
  };
}
