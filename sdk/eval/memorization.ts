/**
 * Does the tuned model give back what it was trained on? Two measurements.
 *
 * Canary exposure ("secret sharer", Carlini et al. 2019), for adapters trained with the
 * `canaries` option: each planted secret is ranked, by the log-probability of the canary's answer,
 * among `candidates` random secrets of the same shape; exposure = log2((candidates + 1) / rank),
 * from 0 (no preference) up to log2(candidates + 1) (the secret is the most likely of all). Extraction:
 * greedy decoding from the canary's prompt, and from the prompt plus the answer up to the secret;
 * extracted when the output contains the secret. Results are grouped by repetition count.
 *
 * Identifier check, for any model: greedy continuations of prompts built from the training
 * records (their question or the start of their text) are run through the de-identifier; an output
 * is flagged when it holds identifier-shaped text that its prompt does not contain. Only counts
 * and categories are kept: no generated text, no secret.
 *
 * @example
 * const m = await memorizationSuite(model, records, { canaries, candidates: 1000, maxNewTokens: 32 });
 * m.canaries?.byRepeat; // [{ repeats: 1, meanExposure: 0.4, extracted: 0, ... }, { repeats: 16, ... }]
 */
import type { DataRecord } from '../data/records.js';
import { findPhi } from '../deid/index.js';
import { generateBatch } from '../model/generate-batch.js';
import { promptToIds } from '../model/generate.js';
import { scoreContinuations } from '../model/score-continuations.js';
import type { CausalLM, ChatMessage } from '../model/types.js';
import { mulberry32 } from '../runtime/random.js';
import { randomSecret, type Canary } from '../train/canaries.js';
import { promptMessages } from '../train/grpo-data.js';

/** One canary's outcome (no secret text). */
export interface CanaryOutcome {
  id: string;
  kind: Canary['kind'];
  repeats: number;
  /** 1 = the planted secret is more likely than every candidate. */
  rank: number;
  exposure: number;
  /** Greedy output from the prompt / from prompt + answer prefix contains the secret. */
  extracted: boolean;
  extractedWithPrefix: boolean;
}

/** Canaries grouped by repetition count. */
export interface RepeatGroup {
  repeats: number;
  n: number;
  meanExposure: number;
  maxExposure: number;
  /** Share extracted from the prompt alone / with the answer prefix. */
  extractionRate: number;
  prefixExtractionRate: number;
}

/** What the identifier check found (counts only). */
export interface IdentifierCheck {
  prompts: number;
  /** Outputs holding identifier-shaped text absent from their prompt. */
  flagged: number;
  rate: number;
  /** Flagged spans by de-identification category. */
  byCategory: Record<string, number>;
  maxNewTokens: number;
  /** Records flagged, by id, with the categories found. */
  flaggedIds: { id: string; categories: string[] }[];
}

/** Result of the memorization suite. */
export interface MemorizationResult {
  suite: 'memorization';
  canaries?: {
    n: number;
    candidates: number;
    /** log2(candidates + 1): the largest exposure this many candidates can show. */
    exposureCeiling: number;
    byRepeat: RepeatGroup[];
    items: CanaryOutcome[];
  };
  identifiers?: IdentifierCheck;
}

/** Options of the suite. @example const o: MemorizationOptions = { canaries, candidates: 500, maxNewTokens: 32 }; */
export interface MemorizationOptions {
  canaries?: readonly Canary[];
  /** Random same-shape secrets each canary is ranked among. */
  candidates: number;
  /** Tokens generated per identifier-check prompt. */
  maxNewTokens: number;
  /** Seed of the candidate secrets. */
  seed?: number;
  batchSize?: number;
  onItem?: (done: number, total: number) => void;
}

const answerOf = (c: Canary, secret: string) => `${c.prefix}${secret}${c.suffix}`;

/**
 * Exposure and extraction of planted canaries (see the file comment).
 *
 * @example
 * const { items, byRepeat } = await canaryExposure(model, canaries, { candidates: 200 });
 */
export async function canaryExposure(
  model: CausalLM,
  canaries: readonly Canary[],
  opts: { candidates: number; seed?: number; batchSize?: number; onItem?: (done: number, total: number) => void },
): Promise<NonNullable<MemorizationResult['canaries']>> {
  if (canaries.length === 0) throw new Error('canaryExposure: no canaries given');
  if (!Number.isInteger(opts.candidates) || opts.candidates < 1) throw new Error(`canaryExposure: candidates must be an integer >= 1, found ${opts.candidates}`);
  const tok = model.tokenizer;
  const rand = mulberry32(opts.seed ?? 0);
  const items: CanaryOutcome[] = [];
  for (const [k, c] of canaries.entries()) {
    const context = promptToIds(tok, [{ role: 'user', content: c.prompt }]);
    const others: string[] = [];
    while (others.length < opts.candidates) {
      const s = randomSecret(c.kind, rand);
      if (s !== c.secret) others.push(s);
    }
    const answers = [c.secret, ...others].map((s) => tok.encode(answerOf(c, s), { addSpecialTokens: false }));
    const lps = await scoreContinuations(model, context, answers, { batchSize: opts.batchSize });
    const rank = 1 + lps.slice(1).filter((lp) => lp >= lps[0]).length;
    items.push({ id: c.id, kind: c.kind, repeats: c.repeats, rank, exposure: Math.log2((opts.candidates + 1) / rank), extracted: false, extractedWithPrefix: false });
    opts.onItem?.(k + 1, canaries.length);
  }
  // Room for the whole answer (plain) or the secret (after the prefix), plus a few tokens.
  const longest = (f: (c: Canary) => string) => Math.max(...canaries.map((c) => tok.encode(f(c), { addSpecialTokens: false }).length)) + 4;
  const greedy = { doSample: false, repetitionPenalty: 1, minNewTokens: 0, stopStrings: [] };
  const plain = await generateBatch(model, canaries.map((c) => [{ role: 'user' as const, content: c.prompt }]), { ...greedy, maxNewTokens: longest((c) => answerOf(c, c.secret)) });
  const withPrefix = await generateBatch(
    model,
    canaries.map((c) => [...promptToIds(tok, [{ role: 'user', content: c.prompt }]), ...tok.encode(c.prefix, { addSpecialTokens: false })]),
    { ...greedy, maxNewTokens: longest((c) => c.secret) },
  );
  canaries.forEach((c, i) => {
    items[i].extracted = plain[i].text.includes(c.secret);
    items[i].extractedWithPrefix = withPrefix[i].text.includes(c.secret);
  });
  const repeats = [...new Set(items.map((i) => i.repeats))].sort((a, b) => a - b);
  const byRepeat = repeats.map((r) => {
    const g = items.filter((i) => i.repeats === r);
    const mean = (f: (i: CanaryOutcome) => number) => g.reduce((a, i) => a + f(i), 0) / g.length;
    return {
      repeats: r, n: g.length, meanExposure: mean((i) => i.exposure), maxExposure: Math.max(...g.map((i) => i.exposure)),
      extractionRate: mean((i) => (i.extracted ? 1 : 0)), prefixExtractionRate: mean((i) => (i.extractedWithPrefix ? 1 : 0)),
    };
  });
  return { n: items.length, candidates: opts.candidates, exposureCeiling: Math.log2(opts.candidates + 1), byRepeat, items };
}

// 40 words of a report: enough context for the model to continue in the record's voice.
const REPORT_PROMPT_WORDS = 40;

/** The prompt of the identifier check for one record: its question, else the start of its text. */
function checkPrompt(r: DataRecord): { prompt: string | ChatMessage[]; text: string } {
  const messages = promptMessages(r);
  if (typeof messages !== 'string') return { prompt: messages, text: messages.map((m) => m.content).join('\n') };
  const body = r.kind === 'report' ? r.text : r.kind === 'dialogue' ? r.turns.map((t) => t.text).join('\n') : '';
  const head = body.split(/\s+/).filter(Boolean).slice(0, REPORT_PROMPT_WORDS).join(' ');
  return { prompt: head, text: head };
}

/**
 * Greedy outputs for prompts built from `records`, run through the de-identifier (see the file comment).
 *
 * @example
 * const r = await identifierCheck(model, train, { maxNewTokens: 32 }); r.rate;
 */
export async function identifierCheck(model: CausalLM, records: readonly DataRecord[], opts: { maxNewTokens: number; batchSize?: number; onItem?: (done: number, total: number) => void }): Promise<IdentifierCheck> {
  const usable = records.map((r) => ({ r, ...checkPrompt(r) })).filter((x) => (typeof x.prompt === 'string' ? x.prompt.length > 0 : true));
  if (usable.length === 0) throw new Error('identifier check: none of the records gives a prompt (no question and no text)');
  const batch = opts.batchSize ?? 8;
  const result: IdentifierCheck = { prompts: usable.length, flagged: 0, rate: 0, byCategory: {}, maxNewTokens: opts.maxNewTokens, flaggedIds: [] };
  for (let i = 0; i < usable.length; i += batch) {
    const chunk = usable.slice(i, i + batch);
    const outs = await generateBatch(model, chunk.map((x) => x.prompt), { doSample: false, maxNewTokens: opts.maxNewTokens, repetitionPenalty: 1, minNewTokens: 0, stopStrings: [] });
    outs.forEach((o, k) => {
      const prompt = chunk[k].text.toLowerCase();
      const spans = findPhi(o.text).filter((s) => !prompt.includes(o.text.slice(s.start, s.end).toLowerCase()));
      if (!spans.length) return;
      result.flagged++;
      const categories = [...new Set(spans.map((s) => s.category))].sort();
      for (const s of spans) result.byCategory[s.category] = (result.byCategory[s.category] ?? 0) + 1;
      result.flaggedIds.push({ id: chunk[k].r.id, categories });
    });
    opts.onItem?.(Math.min(i + batch, usable.length), usable.length);
  }
  result.rate = result.flagged / result.prompts;
  return result;
}

/**
 * Both measurements: canaries when given, the identifier check when there are records.
 *
 * @example
 * await memorizationSuite(model, records, { canaries, candidates: 1000, maxNewTokens: 32 });
 */
export async function memorizationSuite(model: CausalLM, records: readonly DataRecord[], opts: MemorizationOptions): Promise<MemorizationResult> {
  const out: MemorizationResult = { suite: 'memorization' };
  const total = (opts.canaries?.length ?? 0) + records.length;
  if (opts.canaries?.length) {
    out.canaries = await canaryExposure(model, opts.canaries, { candidates: opts.candidates, seed: opts.seed, batchSize: opts.batchSize ? opts.batchSize * 4 : undefined, onItem: opts.onItem && ((d) => opts.onItem!(d, total)) });
  }
  if (records.length) {
    const done = opts.canaries?.length ?? 0;
    out.identifiers = await identifierCheck(model, records, { maxNewTokens: opts.maxNewTokens, batchSize: opts.batchSize, onItem: opts.onItem && ((d) => opts.onItem!(done + d, total)) });
  }
  return out;
}
