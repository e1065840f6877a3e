/**
 * The generic training loop. It knows nothing about medicine or language models: it takes named
 * variables, a loss function and batch generators, and runs AdamW with gradient accumulation,
 * clipping, a warmup schedule, periodic evaluation, early stopping and checkpoints that resume
 * exactly (same variables, moments, data position and RNG state: the resumed loss curve equals
 * the uninterrupted one).
 *
 * Batches must be cheap plain data (token ids, not tensors): the loop iterates the epoch-0
 * generator once to count micro-batches, and a resumed run skips the consumed ones.
 *
 * @example
 * const result = await train({
 *   variables: new Map([['w', w]]),
 *   lossFn: (b) => tf.losses.meanSquaredError(tf.tensor(b.y), tf.matMul(tf.tensor(b.x), w)),
 *   trainBatches: ({ seed }) => batchesOf(data, 4, seed),
 *   options: { learningRate: 1e-2, maxSteps: 100 },
 * });
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadCheckpoint, latestCheckpoint, saveCheckpoint, type HistoryEntry, type TrainerState } from './checkpoint.js';
import { TRAINING_DEFAULTS as D } from './defaults.js';
import { AdamW, clipGradNorm } from './optimizer.js';
import { Rng, deriveSeed } from '../runtime/random.js';
import { learningRateAt, warmupStepsFor, type ScheduleSpec, type SchedulerType } from './schedule.js';

/** Loop options (camelCase; `config.ts` maps the YAML keys onto these); unset ones take `TRAINING_DEFAULTS` (./defaults.ts). @example const o: TrainerOptions = { learningRate: 2e-4, maxSteps: 100, evalSteps: 20 }; */
export interface TrainerOptions {
  learningRate: number;
  /** AdamW decoupled weight decay. */
  weightDecay?: number;
  /** AdamW betas and epsilon (HF adam_beta1, adam_beta2, adam_epsilon); torch defaults when unset. */
  adamBeta1?: number;
  adamBeta2?: number;
  adamEpsilon?: number;
  /** Parameter names that get no weight decay (HF: biases and norm weights). */
  noDecay?: (name: string) => boolean;
  /** Global gradient-norm clip; 0 disables clipping (the norm is still reported). */
  maxGradNorm?: number;
  /** Micro-batches per optimizer step. */
  gradientAccumulationSteps?: number;
  /** Ignored when maxSteps > 0. */
  numTrainEpochs?: number;
  /** When > 0, the run length in optimizer steps (HF semantics: overrides epochs). */
  maxSteps?: number;
  lrSchedulerType?: SchedulerType;
  warmupRatio?: number;
  warmupSteps?: number;
  /** Evaluate every N steps (and once at the end) when evalBatches is given. */
  evalSteps?: number;
  /** Checkpoint every N steps into outputDir (needs outputDir). */
  saveSteps?: number;
  /** Emit `onLog` (mean loss over the window) every N steps. */
  loggingSteps?: number;
  /** Stop after this many evaluations without a lower eval loss. */
  earlyStoppingPatience?: number;
  outputDir?: string;
  /** A checkpoint folder, or 'latest' for the newest under outputDir. */
  resumeFrom?: string;
  /** Seeds shuffles and dropout (checkpointed, so resume is exact). */
  seed?: number;
  /** Replace existing checkpoint folders of the same step. */
  overwrite?: boolean;
}

/** What the loss function is told about the current micro-batch. @example lossFn: (b, ctx) => (ctx.training ? trainLoss(b, ctx.seed) : evalLoss(b)) */
export interface StepContext {
  step: number;
  epoch: number;
  training: boolean;
  /** Fresh per micro-batch from the checkpointed RNG: use for dropout so resume is exact. */
  seed: number;
}

/** Passed to `trainBatches` at the start of each epoch. @example trainBatches: ({ seed }) => sftBatches(examples, { batchSize: 4, padId: 0, seed }) */
export interface EpochContext {
  epoch: number;
  /** Derived from (seed, epoch) only, so the shuffle of an epoch never depends on history. */
  seed: number;
}

/** Event payloads. @example events: { onStep: (e: StepEvent) => console.log(e.step, e.loss) } */
export interface StartEvent { totalSteps: number; stepsPerEpoch: number; epochs: number; trainableParams: number; totalParams: number; resumedFrom?: string; startStep: number }
export interface StepEvent { step: number; totalSteps: number; epoch: number; loss: number; lr: number; gradNorm: number; tokensPerSec: number; etaSeconds: number; elapsedSeconds: number; tokensSeen: number }
export interface LogEvent extends HistoryEntry { loss: number; lr: number; totalSteps: number }
export interface EvalEvent { step: number; totalSteps: number; loss: number; perplexity: number; best: boolean }
export interface SaveEvent { step: number; dir: string }

/** Result of a run. @example const r: TrainLoopResult = await train(args); r.finalLoss; */
export interface TrainLoopResult {
  steps: number;
  totalSteps: number;
  epochsCompleted: number;
  stoppedEarly: boolean;
  /** Mean training loss of the last logging window. */
  finalLoss: number;
  finalEvalLoss?: number;
  bestEvalLoss?: number;
  tokensSeen: number;
  wallSeconds: number;
  history: HistoryEntry[];
  checkpoints: string[];
}

/** Subscribers; async handlers are awaited (onSave can add files to the checkpoint). @example const ev: TrainerEvents = { onEval: (e) => console.log(e.perplexity) }; */
export interface TrainerEvents {
  onStart?(e: StartEvent): void | Promise<void>;
  onStep?(e: StepEvent): void | Promise<void>;
  onLog?(e: LogEvent): void | Promise<void>;
  onEval?(e: EvalEvent): void | Promise<void>;
  onSave?(e: SaveEvent): void | Promise<void>;
  onEnd?(r: TrainLoopResult): void | Promise<void>;
}

/** Everything `train` needs. @example await train({ variables, lossFn, trainBatches, options: { learningRate: 1e-3 } } satisfies TrainArgs<Batch>); */
export interface TrainArgs<B> {
  /** The trained variables by stable name (made trainable for the run). */
  variables: Map<string, tf.Variable>;
  /** Mean loss of one micro-batch. Must use the variables so gradients flow. */
  lossFn: (batch: B, ctx: StepContext) => tf.Scalar;
  trainBatches: (ctx: EpochContext) => Iterable<B>;
  evalBatches?: () => Iterable<B>;
  /** Relative weight of a micro-batch in its accumulated step (e.g. its target-token count); default 1. */
  weightOf?: (batch: B) => number;
  /** Tokens in a micro-batch, for tokens/s; default 0. */
  tokensOf?: (batch: B) => number;
  /** Parameters of the whole model for the start report (default: the trained ones). */
  totalParams?: number;
  options: TrainerOptions;
  events?: TrainerEvents | TrainerEvents[];
  /** Extra JSON state saved with each checkpoint and restored on resume (e.g. LoRA dropout streams). */
  extraState?: { save(): unknown; load(state: unknown): void };
}

function paramCount(vars: Map<string, tf.Variable>): number {
  let n = 0;
  for (const v of vars.values()) n += v.size;
  return n;
}

async function emit<K extends keyof TrainerEvents>(subs: TrainerEvents[], key: K, e: Parameters<NonNullable<TrainerEvents[K]>>[0]): Promise<void> {
  for (const s of subs) await (s[key] as ((x: unknown) => void | Promise<void>) | undefined)?.call(s, e);
}

/**
 * Mean loss (weighted by `weightOf`) over evaluation batches, without gradients.
 *
 * @example
 * const loss = evaluateLoss(() => valBatches(), lossFn);
 */
export function evaluateLoss<B>(
  batches: () => Iterable<B>,
  lossFn: (batch: B, ctx: StepContext) => tf.Scalar,
  weightOf: (batch: B) => number = () => 1,
  step = 0,
): number {
  let sum = 0;
  let w = 0;
  for (const b of batches()) {
    const bw = weightOf(b);
    if (bw <= 0) continue;
    const t = tf.tidy(() => lossFn(b, { step, epoch: 0, training: false, seed: 0 }));
    sum += t.dataSync()[0] * bw;
    t.dispose();
    w += bw;
  }
  if (w === 0) throw new Error('evaluation: the evaluation batches hold nothing to score (no batch with positive weight)');
  return sum / w;
}

/**
 * Run the training loop; resolves when maxSteps/epochs are done or early stopping triggers.
 *
 * @example
 * const r = await train({ variables, lossFn, trainBatches, options: { learningRate: 1e-3, numTrainEpochs: 2 } });
 * r.history.at(-1)?.loss;
 */
export async function train<B>(args: TrainArgs<B>): Promise<TrainLoopResult> {
  const o = args.options;
  const subs = Array.isArray(args.events) ? args.events : args.events ? [args.events] : [];
  const weightOf = args.weightOf ?? (() => 1);
  const tokensOf = args.tokensOf ?? (() => 0);
  const seed = o.seed ?? D.seed;
  const accum = o.gradientAccumulationSteps ?? D.gradientAccumulationSteps;
  const maxGradNorm = o.maxGradNorm ?? D.maxGradNorm;
  const loggingSteps = o.loggingSteps ?? D.loggingSteps;
  if (!(o.learningRate > 0)) throw new Error(`train: learningRate must be > 0, got ${o.learningRate}`);
  if (!Number.isInteger(accum) || accum < 1) throw new Error(`train: gradientAccumulationSteps must be an integer >= 1, got ${accum}`);
  if (args.variables.size === 0) throw new Error('train: no variables to train');
  if ((o.saveSteps || o.resumeFrom === 'latest') && !o.outputDir) throw new Error('train: saveSteps / resumeFrom "latest" need outputDir');

  let batchesPerEpoch = 0;
  for (const _ of args.trainBatches({ epoch: 0, seed: deriveSeed(seed, 0) })) batchesPerEpoch++;
  if (batchesPerEpoch === 0) throw new Error('train: the training data produced no batches');
  const stepsPerEpoch = Math.ceil(batchesPerEpoch / accum);
  const maxSteps = o.maxSteps ?? D.maxSteps;
  const totalSteps = maxSteps > 0 ? maxSteps : Math.max(1, Math.ceil(stepsPerEpoch * (o.numTrainEpochs ?? D.numTrainEpochs)));
  const epochs = Math.ceil(totalSteps / stepsPerEpoch);
  const spec: ScheduleSpec = {
    type: o.lrSchedulerType ?? D.lrSchedulerType,
    baseLr: o.learningRate,
    totalSteps,
    warmupSteps: warmupStepsFor(totalSteps, o),
  };

  const wasTrainable = [...args.variables.values()].map((v) => v.trainable);
  for (const v of args.variables.values()) v.trainable = true;
  const varList = [...args.variables.values()];
  const nameOf = new Map<string, string>([...args.variables].map(([k, v]) => [v.name, k]));
  const optimizer = new AdamW(args.variables, { weightDecay: o.weightDecay ?? D.weightDecay, noDecay: o.noDecay, beta1: o.adamBeta1, beta2: o.adamBeta2, eps: o.adamEpsilon });
  // Whatever happens (an event handler throwing, a bad batch), free the moments and restore flags.
  try {
    let state: TrainerState = {
      step: 0, epoch: 0, batchInEpoch: 0, totalSteps, seed, rng: new Rng(seed).state(),
      bestEvalLoss: null, evalsWithoutImprovement: 0, tokensSeen: 0, history: [],
    };
    let resumedFrom: string | undefined;
    if (o.resumeFrom) {
      const dir = o.resumeFrom === 'latest' ? latestCheckpoint(o.outputDir!) : o.resumeFrom;
      if (!dir) throw new Error(`resume: no complete checkpoint-<step> folder under ${o.outputDir}`);
      state = (await loadCheckpoint(dir, args.variables, optimizer)).state;
      if (state.totalSteps !== totalSteps || state.seed !== seed) {
        throw new Error(
          `resume: ${dir} was written by a run of ${state.totalSteps} steps with seed ${state.seed}; this run has ${totalSteps} steps and seed ${seed}. Use the same data and options to continue exactly.`,
        );
      }
      if (args.extraState && state.extra !== undefined) args.extraState.load(state.extra);
      resumedFrom = dir;
    }
    const rng = Rng.fromState(state.rng);
    const trainableParams = paramCount(args.variables);
    await emit(subs, 'onStart', {
      totalSteps, stepsPerEpoch, epochs, trainableParams, totalParams: args.totalParams ?? trainableParams, resumedFrom, startStep: state.step,
    });

    const t0 = Date.now();
    const startStep = state.step;
    let tokensThisRun = 0;
    let window: { loss: number; n: number } = { loss: 0, n: 0 };
    let lastLoss = NaN;
    let lastEvalStep = -1;
    let finalEvalLoss: number | undefined;
    let stoppedEarly = false;
    const checkpoints: string[] = [];

    const runEval = async (): Promise<boolean> => {
      if (!args.evalBatches) return false;
      const loss = evaluateLoss(args.evalBatches, args.lossFn, weightOf, state.step);
      lastEvalStep = state.step;
      finalEvalLoss = loss;
      const best = state.bestEvalLoss === null || loss < state.bestEvalLoss;
      if (best) {
        state.bestEvalLoss = loss;
        state.evalsWithoutImprovement = 0;
      } else state.evalsWithoutImprovement++;
      state.history.push({ step: state.step, epoch: state.epoch, evalLoss: loss, evalPerplexity: Math.exp(loss) });
      await emit(subs, 'onEval', { step: state.step, totalSteps, loss, perplexity: Math.exp(loss), best });
      return o.earlyStoppingPatience !== undefined && state.evalsWithoutImprovement >= o.earlyStoppingPatience;
    };

    outer: for (let epoch = state.epoch; epoch < epochs; epoch++) {
      state.epoch = epoch;
      const skip = state.batchInEpoch;
      let index = 0;
      let acc: Map<string, tf.Tensor> | undefined;
      let lossSum = 0;
      let weightSum = 0;
      let micro = 0;
      for (const batch of args.trainBatches({ epoch, seed: deriveSeed(seed, epoch) })) {
        index++;
        if (index <= skip) continue;
        const w = weightOf(batch);
        const ctx: StepContext = { step: state.step, epoch, training: true, seed: rng.nextUint32() };
        tokensThisRun += tokensOf(batch);
        state.tokensSeen += tokensOf(batch);
        micro++;
        if (w > 0) {
          const { value, grads } = tf.variableGrads(() => args.lossFn(batch, ctx), varList);
          lossSum += value.dataSync()[0] * w;
          weightSum += w;
          value.dispose();
          const prev = acc;
          acc = new Map();
          for (const [vname, g] of Object.entries(grads)) {
            if (!g) continue;
            const name = nameOf.get(vname)!;
            const old = prev?.get(name);
            acc.set(name, tf.tidy(() => (old ? old.add(g.mul(w)) : g.mul(w))));
            old?.dispose();
            g.dispose();
          }
          for (const [name, t] of prev ?? []) if (!acc.has(name)) acc.set(name, t);
        }
        if (micro < accum && index < batchesPerEpoch) continue;

        // One optimizer step from the accumulated, weight-normalised gradients.
        micro = 0;
        state.batchInEpoch = index;
        if (!acc || weightSum === 0) continue;
        const mean = new Map([...acc].map(([k, g]) => [k, tf.div(g, weightSum)]));
        for (const g of acc.values()) g.dispose();
        acc = undefined;
        const { grads, norm } = clipGradNorm(mean, maxGradNorm);
        for (const g of mean.values()) g.dispose();
        const lr = learningRateAt(state.step, spec);
        optimizer.step(grads, lr);
        for (const g of grads.values()) g.dispose();
        const loss = lossSum / weightSum;
        lossSum = 0;
        weightSum = 0;
        state.step++;
        state.rng = rng.state();
        lastLoss = loss;
        window = { loss: window.loss + loss, n: window.n + 1 };
        const elapsed = (Date.now() - t0) / 1000;
        const done = state.step - startStep;
        await emit(subs, 'onStep', {
          step: state.step, totalSteps, epoch, loss, lr, gradNorm: norm,
          tokensPerSec: elapsed > 0 ? tokensThisRun / elapsed : 0,
          etaSeconds: done > 0 ? ((totalSteps - state.step) * elapsed) / done : NaN,
          elapsedSeconds: elapsed, tokensSeen: state.tokensSeen,
        });
        if (state.step % loggingSteps === 0 || state.step === totalSteps) {
          const entry = { step: state.step, epoch, loss: window.loss / window.n, lr, gradNorm: norm, tokensPerSec: elapsed > 0 ? tokensThisRun / elapsed : 0 };
          state.history.push(entry);
          window = { loss: 0, n: 0 };
          await emit(subs, 'onLog', { ...entry, totalSteps });
        }
        let stop = false;
        if (o.evalSteps && state.step % o.evalSteps === 0) stop = await runEval();
        if (o.saveSteps && o.outputDir && state.step % o.saveSteps === 0) {
          const dir = join(o.outputDir, `checkpoint-${state.step}`);
          if (args.extraState) state.extra = args.extraState.save();
          await saveCheckpoint(dir, args.variables, optimizer, state, { overwrite: o.overwrite });
          checkpoints.push(dir);
          await emit(subs, 'onSave', { step: state.step, dir });
        }
        if (stop) {
          stoppedEarly = true;
          break outer;
        }
        if (state.step >= totalSteps) break outer;
      }
      for (const g of acc?.values() ?? []) g.dispose();
      state.batchInEpoch = 0;
    }
    if (args.evalBatches && lastEvalStep !== state.step) await runEval();
    const lastLog = [...state.history].reverse().find((h) => h.loss !== undefined);
    const result: TrainLoopResult = {
      steps: state.step,
      totalSteps,
      epochsCompleted: state.step >= totalSteps ? epochs : state.epoch,
      stoppedEarly,
      finalLoss: lastLog?.loss ?? lastLoss,
      finalEvalLoss,
      bestEvalLoss: state.bestEvalLoss ?? undefined,
      tokensSeen: state.tokensSeen,
      wallSeconds: (Date.now() - t0) / 1000,
      history: state.history,
      checkpoints,
    };
    await emit(subs, 'onEnd', result);
    return result;
  } finally {
    optimizer.dispose();
    [...args.variables.values()].forEach((v, n) => (v.trainable = wasTrainable[n]));
  }
}
