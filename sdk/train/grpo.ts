/**
 * Group Relative Policy Optimization of a LoRA adapter (TRL's GRPOTrainer, on the generic loop).
 *
 * Each optimizer step takes `per_device_train_batch_size x gradient_accumulation_steps`
 * completions: that many / `num_generations` prompts, each sampled `num_generations` times in one
 * batched, KV-cached generation. Reward functions score the completions, advantages are
 * normalised within each prompt's group, and the clipped policy-gradient loss with the KL
 * penalty (./grpo-loss.ts) trains the adapter. The reference model is the same model with the
 * adapter disabled, so nothing is copied. With `num_iterations` > 1 one generation serves that
 * many steps; the sampling policy's log-probs are kept for the ratio (and saved with checkpoints,
 * so a resumed run continues exactly). Sampling runs with dropout off; seeds come from the
 * trainer's checkpointed RNG.
 *
 * @example
 * const r = await trainGrpo(model, prompts, {
 *   lora, rewardFuncs: [accuracy, format], batchSize: 4, learningRate: 1e-4, maxSteps: 20,
 *   grpo: GrpoConfigSchema.parse({ num_generations: 4, max_completion_length: 16 }),
 * }, { onGrpoStep: (e) => console.log(e.step, e.reward) });
 */
import * as tf from '@tensorflow/tfjs';
import { generateBatch } from '../model/generate-batch.js';
import type { CausalLM } from '../model/types.js';
import { scaleMode, clipRange, type GrpoConfig } from './grpo-config.js';
import type { GrpoPrompt } from './grpo-data.js';
import { completionLogprobs, grpoLoss, type GrpoLossInputs } from './grpo-loss.js';
import type { LoraHandle } from './lora.js';
import { countParameters } from './sft.js';
import { groupAdvantages, scoreCompletions, type RewardFunction } from './rewards.js';
import { Rng } from '../runtime/random.js';
import { train, type EpochContext, type StepContext, type TrainerEvents, type TrainerOptions, type TrainLoopResult } from './trainer.js';

/** Options of `trainGrpo`: the loop's options plus GRPO's. @example const o: GrpoOptions = { lora, grpo, rewardFuncs: [f], batchSize: 4, learningRate: 1e-5 }; */
export interface GrpoOptions extends TrainerOptions {
  grpo: GrpoConfig;
  rewardFuncs: readonly RewardFunction[];
  /** Completions per micro-batch (per_device_train_batch_size, TRL semantics). */
  batchSize: number;
  /** The adapter being trained: its variables, dropout switch and the disabled-adapter reference. */
  lora: LoraHandle;
}

/** Metrics of one optimizer step. @example const e: GrpoStepEvent = r.grpoSteps[0]; e.rewards.accuracy_reward; */
export interface GrpoStepEvent {
  step: number;
  totalSteps: number;
  loss: number;
  /** Mean reward per function over the step's completions (functions that returned null are skipped). */
  rewards: Record<string, number>;
  /** Mean and standard deviation of the weighted reward. */
  reward: number;
  rewardStd: number;
  /** Share of completions in groups whose rewards were all equal (no learning signal). */
  zeroStdFraction: number;
  /** Mean k3 KL to the reference over completion tokens. */
  kl: number;
  /** Share of completion tokens whose ratio was clipped (low, high, either). */
  clipLow: number;
  clipHigh: number;
  clipRatio: number;
  /** Mean completion length in tokens, and share cut at max_completion_length. */
  completionLength: number;
  truncatedFraction: number;
}

/** Subscribers: the loop's events plus one GRPO metrics event per optimizer step. @example const ev: GrpoEvents = { onGrpoStep: (e) => chart.push(e.reward) }; */
export interface GrpoEvents extends TrainerEvents {
  onGrpoStep?(e: GrpoStepEvent): void | Promise<void>;
}

/** Result of `trainGrpo`. @example const { grpoSteps } = await trainGrpo(...); */
export interface GrpoResult extends TrainLoopResult {
  grpoSteps: GrpoStepEvent[];
}

/** A micro-batch as planned (plain data): which prompts, which slice of their completions. */
interface Planned {
  epoch: number;
  group: number;
  iteration: number;
  part: number;
  promptIdx: number[];
  inputs?: GrpoLossInputs;
  tokens?: number;
  counted?: number;
}

/** One sampled completion and what the loss needs about it. */
interface RolloutRow {
  prompt: number;
  completion: number[];
  mask: number[];
  advantage: number;
  old?: number[];
  ref?: number[];
}

interface Rollout {
  key: string;
  rows: RolloutRow[];
  stats: Pick<GrpoStepEvent, 'rewards' | 'reward' | 'rewardStd' | 'zeroStdFraction' | 'completionLength' | 'truncatedFraction'>;
}

const nanMean = (xs: number[]) => {
  const v = xs.filter((x) => !Number.isNaN(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
};

/**
 * Assemble the loss inputs of some rollout rows: prompts left-padded to a common width,
 * completions right-padded, attention over both.
 */
function assemble(rows: RolloutRow[], prompts: readonly GrpoPrompt[], padId: number): { inputs: GrpoLossInputs; tokens: number; counted: number } {
  const P = Math.max(...rows.map((r) => prompts[r.prompt].ids.length));
  const C = Math.max(...rows.map((r) => r.completion.length));
  const padTo = (xs: number[], n: number, v: number) => [...xs, ...new Array(n - xs.length).fill(v)];
  let tokens = 0;
  let counted = 0;
  const inputs: GrpoLossInputs = { inputIds: [], attentionMask: [], promptWidth: P, completionIds: [], completionMask: [], advantages: [] };
  const old: number[][] = [];
  const ref: number[][] = [];
  for (const r of rows) {
    const p = prompts[r.prompt].ids;
    inputs.inputIds.push([...new Array(P - p.length).fill(padId), ...p, ...padTo(r.completion, C, padId)]);
    inputs.attentionMask.push([...new Array(P - p.length).fill(0), ...new Array(p.length + r.completion.length).fill(1), ...new Array(C - r.completion.length).fill(0)]);
    inputs.completionIds.push(padTo(r.completion, C, padId));
    inputs.completionMask.push(padTo(r.mask, C, 0));
    inputs.advantages.push(r.advantage);
    if (r.old) old.push(padTo(r.old, C, 0));
    if (r.ref) ref.push(padTo(r.ref, C, 0));
    tokens += p.length + r.completion.length;
    counted += r.mask.reduce((a, b) => a + b, 0);
  }
  if (old.length) inputs.oldLogps = old;
  if (ref.length) inputs.refLogps = ref;
  return { inputs, tokens, counted };
}

/** Per-token log-probs of each row's completion (no gradient), `batchSize` rows per forward. */
function rowLogprobs(model: CausalLM, rows: RolloutRow[], prompts: readonly GrpoPrompt[], padId: number, batchSize: number, temperature: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const chunk = rows.slice(i, i + batchSize);
    const { inputs } = assemble(chunk, prompts, padId);
    const lp = completionLogprobs(model, inputs, temperature);
    const values = lp.arraySync();
    lp.dispose();
    chunk.forEach((r, k) => out.push(values[k].slice(0, r.completion.length)));
  }
  return out;
}

/**
 * Run GRPO; see the file comment. Throws before generating anything when the batch shape or the
 * reward weights do not fit.
 *
 * @example
 * const r = await trainGrpo(model, prompts, opts, events); r.grpoSteps.at(-1)?.reward;
 */
export async function trainGrpo(model: CausalLM, prompts: readonly GrpoPrompt[], options: GrpoOptions, events: GrpoEvents | GrpoEvents[] = []): Promise<GrpoResult> {
  const g = options.grpo;
  const G = g.num_generations;
  const accum = options.gradientAccumulationSteps ?? 1;
  const perStep = options.batchSize * accum;
  if (perStep % G !== 0) {
    throw new Error(
      `GRPO: per_device_train_batch_size (${options.batchSize}) x gradient_accumulation_steps (${accum}) = ${perStep} completions per step; ` +
        `it must be a multiple of num_generations (${G})`,
    );
  }
  if (options.rewardFuncs.length === 0) throw new Error('GRPO: no reward functions given (reward_funcs)');
  const weights = g.reward_weights ?? options.rewardFuncs.map(() => 1);
  if (weights.length !== options.rewardFuncs.length) {
    throw new Error(`GRPO: reward_weights has ${weights.length} value(s) for ${options.rewardFuncs.length} reward function(s)`);
  }
  if (prompts.length === 0) throw new Error('GRPO: no prompts to train on');
  const promptsPerStep = perStep / G;
  const padId = model.tokenizer.padTokenId;
  const { low, high } = clipRange(g);
  const lora = options.lora;
  const subs = Array.isArray(events) ? events : [events];

  let buffer: Rollout | undefined;
  const grpoSteps: GrpoStepEvent[] = [];
  let micro: { counted: number; kl: number; clipLow: number; clipHigh: number; clipRegion: number }[] = [];

  const rollout = async (planned: Planned, seed: number): Promise<Rollout> => {
    lora.setTraining(false);
    const ps = planned.promptIdx.map((i) => prompts[i]);
    const seqs = await generateBatch(model, ps.map((p) => p.ids), {
      numReturnSequences: G, doSample: true, temperature: g.temperature, topK: g.top_k, topP: g.top_p,
      repetitionPenalty: g.repetition_penalty, maxNewTokens: g.max_completion_length, minNewTokens: 0, stopStrings: [], seed,
    });
    const scored = await scoreCompletions(options.rewardFuncs, seqs.map((s) => ({ prompt: ps[s.promptIndex].userText, completion: s.text, record: ps[s.promptIndex].record })));
    const adv = groupAdvantages(scored.perFunction, weights, G, scaleMode(g.scale_rewards));
    const rows: RolloutRow[] = seqs.map((s, i) => {
      const drop = g.mask_truncated_completions && s.finishReason === 'length';
      return { prompt: planned.promptIdx[s.promptIndex], completion: s.ids, mask: s.ids.map(() => (drop ? 0 : 1)), advantage: adv.advantages[i] };
    });
    if (g.beta !== 0) {
      const ref = lora.withAdaptersDisabled(() => rowLogprobs(model, rows, prompts, padId, options.batchSize, g.temperature));
      rows.forEach((r, i) => (r.ref = ref[i]));
    }
    if (g.num_iterations > 1) {
      const old = rowLogprobs(model, rows, prompts, padId, options.batchSize, g.temperature);
      rows.forEach((r, i) => (r.old = old[i]));
    }
    const rewards = Object.fromEntries(scored.names.map((n, f) => [n, nanMean(scored.perFunction.map((row) => row[f]))]));
    const valid = adv.rewards.filter((x) => !Number.isNaN(x));
    const reward = nanMean(adv.rewards);
    const rewardStd = valid.length > 1 ? Math.sqrt(valid.reduce((a, x) => a + (x - reward) ** 2, 0) / (valid.length - 1)) : NaN;
    return {
      key: `${planned.epoch}:${planned.group}`,
      rows,
      stats: {
        rewards, reward, rewardStd, zeroStdFraction: adv.zeroStdFraction,
        completionLength: seqs.reduce((a, s) => a + s.ids.length, 0) / seqs.length,
        truncatedFraction: seqs.filter((s) => s.finishReason === 'length').length / seqs.length,
      },
    };
  };

  const prepareBatch = async (planned: Planned, ctx: StepContext): Promise<Planned> => {
    const key = `${planned.epoch}:${planned.group}`;
    if (buffer?.key !== key) buffer = await rollout(planned, ctx.seed);
    const rows = buffer.rows.slice(planned.part * options.batchSize, (planned.part + 1) * options.batchSize);
    return { ...planned, ...assemble(rows, prompts, padId) };
  };

  const trainBatches = function* ({ epoch, seed }: EpochContext): Generator<Planned> {
    const order = new Rng(seed).permutation(prompts.length);
    const groups = Math.ceil(prompts.length / promptsPerStep);
    for (let group = 0; group < groups; group++) {
      // The last group wraps around to the epoch's first prompts, so every prompt is used and no group is short.
      const promptIdx = Array.from({ length: promptsPerStep }, (_, k) => order[(group * promptsPerStep + k) % prompts.length]);
      for (let iteration = 0; iteration < g.num_iterations; iteration++) {
        for (let part = 0; part < accum; part++) yield { epoch, group, iteration, part, promptIdx };
      }
    }
  };

  const lossFn = (b: Planned, ctx: StepContext): tf.Scalar => {
    if (!b.inputs) throw new Error('GRPO: a micro-batch reached the loss without completions (prepareBatch did not run)');
    // Sampling switched dropout off; the loss runs in training mode.
    lora.setTraining(ctx.training);
    const logps = completionLogprobs(model, b.inputs, g.temperature);
    const { loss, stats } = grpoLoss(logps, b.inputs, { beta: g.beta, epsilonLow: low, epsilonHigh: high, lossType: g.loss_type, maxCompletionLength: g.max_completion_length });
    const v = (t: tf.Scalar) => t.dataSync()[0];
    micro.push({ counted: b.counted ?? 0, kl: v(stats.kl), clipLow: v(stats.clipLow), clipHigh: v(stats.clipHigh), clipRegion: v(stats.clipRegion) });
    return loss;
  };

  const metrics: TrainerEvents = {
    onStep: async (e) => {
      const n = micro.reduce((a, m) => a + m.counted, 0) || 1;
      const mean = (k: 'kl' | 'clipLow' | 'clipHigh' | 'clipRegion') => micro.reduce((a, m) => a + m[k] * m.counted, 0) / n;
      const ev: GrpoStepEvent = {
        step: e.step, totalSteps: e.totalSteps, loss: e.loss, ...buffer!.stats,
        kl: mean('kl'), clipLow: mean('clipLow'), clipHigh: mean('clipHigh'), clipRatio: mean('clipRegion'),
      };
      micro = [];
      grpoSteps.push(ev);
      for (const s of subs) await s.onGrpoStep?.(ev);
    },
  };

  const result = await train<Planned>({
    variables: lora.namedVariables(),
    totalParams: countParameters(model, lora.namedVariables()),
    lossFn,
    trainBatches,
    prepareBatch,
    // dapo: each micro-batch weighs its counted tokens, so the step's loss is normalised by the step's tokens.
    weightOf: (b) => (g.loss_type === 'dapo' ? (b.counted ?? 0) : 1),
    tokensOf: (b) => b.tokens ?? 0,
    options,
    events: [metrics, ...subs],
    extraState: {
      save: () => ({ lora: lora.rngState(), rollout: g.num_iterations > 1 ? buffer : undefined }),
      load: (s) => {
        const st = s as { lora: Record<string, number>; rollout?: Rollout };
        lora.setRngState(st.lora);
        buffer = st.rollout;
      },
    },
  });
  lora.setTraining(false);
  return { ...result, grpoSteps };
}

/**
 * Mean rewards of greedy completions of `prompts`: how a model does before and after GRPO.
 *
 * @example
 * const before = await meanRewards(model, heldOut, [accuracy], { maxNewTokens: 16 });
 * before.total; // mean weighted reward
 */
export async function meanRewards(
  model: CausalLM,
  prompts: readonly GrpoPrompt[],
  rewardFuncs: readonly RewardFunction[],
  opts: { maxNewTokens: number; weights?: number[]; batchSize?: number },
): Promise<{ perFunction: Record<string, number>; total: number; n: number; completions: string[] }> {
  const weights = opts.weights ?? rewardFuncs.map(() => 1);
  const batch = opts.batchSize ?? 8;
  const items: { prompt: string; completion: string; record: GrpoPrompt['record'] }[] = [];
  for (let i = 0; i < prompts.length; i += batch) {
    const chunk = prompts.slice(i, i + batch);
    const seqs = await generateBatch(model, chunk.map((p) => p.ids), { doSample: false, maxNewTokens: opts.maxNewTokens, repetitionPenalty: 1, minNewTokens: 0, stopStrings: [] });
    seqs.forEach((s) => items.push({ prompt: chunk[s.promptIndex].userText, completion: s.text, record: chunk[s.promptIndex].record }));
  }
  const { perFunction, names } = await scoreCompletions(rewardFuncs, items);
  const totals = perFunction.map((row) => (row.every(Number.isNaN) ? NaN : row.reduce((a, v, f) => a + (Number.isNaN(v) ? 0 : v * weights[f]), 0)));
  return {
    perFunction: Object.fromEntries(names.map((n, f) => [n, nanMean(perFunction.map((r) => r[f]))])),
    total: nanMean(totals),
    n: items.length,
    completions: items.map((i) => i.completion),
  };
}
