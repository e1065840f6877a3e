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
import { leanVariableGrads } from '../runtime/lean-grads.js';
import { loadCheckpoint, latestCheckpoint, saveCheckpoint, type TrainerState } from './checkpoint.js';
import { AdamW, clipGradNorm } from './optimizer.js';
import { Rng, deriveSeed } from '../runtime/random.js';
import { TRAINING_DEFAULTS as D } from './defaults.js';
import { learningRateAt, warmupStepsFor, type ScheduleSpec } from './schedule.js';
import type { StepContext, TrainArgs, TrainerEvents, TrainLoopResult } from './trainer-types.js';

export type * from './trainer-types.js';

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

/** The run's length, derived once from the options and the data. */
interface RunPlan {
  seed: number;
  accum: number;
  maxGradNorm: number;
  loggingSteps: number;
  batchesPerEpoch: number;
  stepsPerEpoch: number;
  totalSteps: number;
  epochs: number;
  spec: ScheduleSpec;
}

/** Validate the options and count the data: how many steps and epochs this run has. */
function planRun<B>(args: TrainArgs<B>): RunPlan {
  const o = args.options;
  const seed = o.seed ?? D.seed;
  const accum = o.gradientAccumulationSteps ?? D.gradientAccumulationSteps;
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
  const spec: ScheduleSpec = { type: o.lrSchedulerType ?? D.lrSchedulerType, baseLr: o.learningRate, totalSteps, warmupSteps: warmupStepsFor(totalSteps, o) };
  return {
    seed, accum, maxGradNorm: o.maxGradNorm ?? D.maxGradNorm, loggingSteps: o.loggingSteps ?? D.loggingSteps,
    batchesPerEpoch, stepsPerEpoch, totalSteps, epochs: Math.ceil(totalSteps / stepsPerEpoch), spec,
  };
}

/**
 * One run of the loop: the state that changes step by step, and the named stages of a step
 * (accumulate a micro-batch, apply the optimizer, evaluate, checkpoint).
 */
class TrainLoop<B> {
  private readonly subs: TrainerEvents[];
  private readonly weightOf: (batch: B) => number;
  private readonly tokensOf: (batch: B) => number;
  private readonly varList: tf.Variable[];
  private readonly nameOf: Map<string, string>;
  private state!: TrainerState;
  private rng!: Rng;
  private t0 = 0;
  private startStep = 0;
  private tokensThisRun = 0;
  private window = { loss: 0, n: 0 };
  private lastLoss = NaN;
  private lastEvalStep = -1;
  private finalEvalLoss: number | undefined;
  private readonly checkpoints: string[] = [];
  /** Gradients summed over the micro-batches of the current step, each weighted by its batch weight. */
  private acc: Map<string, tf.Tensor> | undefined;
  private lossSum = 0;
  private weightSum = 0;

  constructor(
    private readonly args: TrainArgs<B>,
    private readonly plan: RunPlan,
    private readonly optimizer: AdamW,
  ) {
    this.subs = Array.isArray(args.events) ? args.events : args.events ? [args.events] : [];
    this.weightOf = args.weightOf ?? (() => 1);
    this.tokensOf = args.tokensOf ?? (() => 0);
    this.varList = [...args.variables.values()];
    this.nameOf = new Map([...args.variables].map(([k, v]) => [v.name, k]));
  }

  async run(): Promise<TrainLoopResult> {
    const resumedFrom = await this.restore();
    const trainableParams = paramCount(this.args.variables);
    const { totalSteps, stepsPerEpoch, epochs } = this.plan;
    await emit(this.subs, 'onStart', {
      totalSteps, stepsPerEpoch, epochs, trainableParams, totalParams: this.args.totalParams ?? trainableParams, resumedFrom, startStep: this.state.step,
    });
    this.t0 = Date.now();
    this.startStep = this.state.step;
    let stoppedEarly = false;
    for (let epoch = this.state.epoch; epoch < epochs; epoch++) {
      const end = await this.runEpoch(epoch);
      if (end === 'early-stop') stoppedEarly = true;
      if (end !== 'epoch-done') break;
    }
    if (this.args.evalBatches && this.lastEvalStep !== this.state.step) await this.evaluate();
    const lastLog = [...this.state.history].reverse().find((h) => h.loss !== undefined);
    const result: TrainLoopResult = {
      steps: this.state.step,
      totalSteps,
      epochsCompleted: this.state.step >= totalSteps ? epochs : this.state.epoch,
      stoppedEarly,
      finalLoss: lastLog?.loss ?? this.lastLoss,
      finalEvalLoss: this.finalEvalLoss,
      bestEvalLoss: this.state.bestEvalLoss ?? undefined,
      tokensSeen: this.state.tokensSeen,
      wallSeconds: (Date.now() - this.t0) / 1000,
      history: this.state.history,
      checkpoints: this.checkpoints,
    };
    await emit(this.subs, 'onEnd', result);
    return result;
  }

  /** A fresh state, or the one saved in the checkpoint to resume from; returns that checkpoint's folder. */
  private async restore(): Promise<string | undefined> {
    const o = this.args.options;
    const { totalSteps, seed } = this.plan;
    this.state = {
      step: 0, epoch: 0, batchInEpoch: 0, totalSteps, seed, rng: new Rng(seed).state(),
      bestEvalLoss: null, evalsWithoutImprovement: 0, tokensSeen: 0, history: [],
    };
    let resumedFrom: string | undefined;
    if (o.resumeFrom) {
      const dir = o.resumeFrom === 'latest' ? latestCheckpoint(o.outputDir!) : o.resumeFrom;
      if (!dir) throw new Error(`resume: no complete checkpoint-<step> folder under ${o.outputDir}`);
      this.state = (await loadCheckpoint(dir, this.args.variables, this.optimizer)).state;
      if (this.state.totalSteps !== totalSteps || this.state.seed !== seed) {
        throw new Error(
          `resume: ${dir} was written by a run of ${this.state.totalSteps} steps with seed ${this.state.seed}; this run has ${totalSteps} steps and seed ${seed}. Use the same data and options to continue exactly.`,
        );
      }
      if (this.args.extraState && this.state.extra !== undefined) this.args.extraState.load(this.state.extra);
      resumedFrom = dir;
    }
    this.rng = Rng.fromState(this.state.rng);
    return resumedFrom;
  }

  /** The micro-batches of one epoch (skipping those a resumed run already consumed). */
  private async runEpoch(epoch: number): Promise<'epoch-done' | 'finished' | 'early-stop'> {
    const { accum, batchesPerEpoch, seed, totalSteps } = this.plan;
    this.state.epoch = epoch;
    this.lossSum = 0;
    this.weightSum = 0;
    const skip = this.state.batchInEpoch;
    let index = 0;
    let micro = 0;
    try {
      for (const planned of this.args.trainBatches({ epoch, seed: deriveSeed(seed, epoch) })) {
        index++;
        if (index <= skip) continue;
        const ctx: StepContext = { step: this.state.step, epoch, training: true, seed: this.rng.nextUint32() };
        const batch = this.args.prepareBatch ? await this.args.prepareBatch(planned, ctx) : planned;
        this.accumulate(batch, ctx);
        micro++;
        if (micro < accum && index < batchesPerEpoch) continue;
        micro = 0;
        this.state.batchInEpoch = index;
        if (!this.acc || this.weightSum === 0) continue;
        await this.optimizerStep(epoch);
        if (await this.afterStep()) return 'early-stop';
        if (this.state.step >= totalSteps) return 'finished';
      }
    } finally {
      for (const g of this.acc?.values() ?? []) g.dispose();
      this.acc = undefined;
    }
    this.state.batchInEpoch = 0;
    return 'epoch-done';
  }

  /** Forward and backward of one micro-batch; its gradients are added to the step's, weighted. */
  private accumulate(batch: B, ctx: StepContext): void {
    const w = this.weightOf(batch);
    this.tokensThisRun += this.tokensOf(batch);
    this.state.tokensSeen += this.tokensOf(batch);
    if (w <= 0) return;
    const { value, grads } = leanVariableGrads(() => this.args.lossFn(batch, ctx), this.varList);
    this.lossSum += value.dataSync()[0] * w;
    this.weightSum += w;
    value.dispose();
    const prev = this.acc;
    this.acc = new Map();
    for (const [vname, g] of Object.entries(grads)) {
      if (!g) continue;
      const name = this.nameOf.get(vname)!;
      const old = prev?.get(name);
      this.acc.set(name, tf.tidy(() => (old ? old.add(g.mul(w)) : g.mul(w))));
      old?.dispose();
      g.dispose();
    }
    for (const [name, t] of prev ?? []) if (!this.acc.has(name)) this.acc.set(name, t);
  }

  /** One optimizer step from the accumulated, weight-normalised gradients; emits onStep and onLog. */
  private async optimizerStep(epoch: number): Promise<void> {
    const { maxGradNorm, loggingSteps, spec, totalSteps } = this.plan;
    const mean = new Map([...this.acc!].map(([k, g]) => [k, tf.div(g, this.weightSum)]));
    for (const g of this.acc!.values()) g.dispose();
    this.acc = undefined;
    const { grads, norm } = clipGradNorm(mean, maxGradNorm);
    for (const g of mean.values()) g.dispose();
    const lr = learningRateAt(this.state.step, spec);
    this.optimizer.step(grads, lr);
    for (const g of grads.values()) g.dispose();
    const loss = this.lossSum / this.weightSum;
    this.lossSum = 0;
    this.weightSum = 0;
    const state = this.state;
    state.step++;
    state.rng = this.rng.state();
    this.lastLoss = loss;
    this.window = { loss: this.window.loss + loss, n: this.window.n + 1 };
    const elapsed = (Date.now() - this.t0) / 1000;
    const done = state.step - this.startStep;
    const tokensPerSec = elapsed > 0 ? this.tokensThisRun / elapsed : 0;
    await emit(this.subs, 'onStep', {
      step: state.step, totalSteps, epoch, loss, lr, gradNorm: norm, tokensPerSec,
      etaSeconds: done > 0 ? ((totalSteps - state.step) * elapsed) / done : NaN,
      elapsedSeconds: elapsed, tokensSeen: state.tokensSeen,
    });
    if (state.step % loggingSteps === 0 || state.step === totalSteps) {
      const entry = { step: state.step, epoch, loss: this.window.loss / this.window.n, lr, gradNorm: norm, tokensPerSec };
      state.history.push(entry);
      this.window = { loss: 0, n: 0 };
      await emit(this.subs, 'onLog', { ...entry, totalSteps });
    }
  }

  /** Periodic evaluation and checkpoint after a step; true when early stopping says stop. */
  private async afterStep(): Promise<boolean> {
    const o = this.args.options;
    const step = this.state.step;
    const stop = o.evalSteps && step % o.evalSteps === 0 ? await this.evaluate() : false;
    if (o.saveSteps && o.outputDir && step % o.saveSteps === 0) await this.checkpoint(join(o.outputDir, `checkpoint-${step}`));
    return stop;
  }

  /** Evaluation loss on the eval batches (when given); true when early stopping's patience is used up. */
  private async evaluate(): Promise<boolean> {
    if (!this.args.evalBatches) return false;
    const state = this.state;
    const loss = evaluateLoss(this.args.evalBatches, this.args.lossFn, this.weightOf, state.step);
    this.lastEvalStep = state.step;
    this.finalEvalLoss = loss;
    const best = state.bestEvalLoss === null || loss < state.bestEvalLoss;
    if (best) {
      state.bestEvalLoss = loss;
      state.evalsWithoutImprovement = 0;
    } else state.evalsWithoutImprovement++;
    state.history.push({ step: state.step, epoch: state.epoch, evalLoss: loss, evalPerplexity: Math.exp(loss) });
    await emit(this.subs, 'onEval', { step: state.step, totalSteps: this.plan.totalSteps, loss, perplexity: Math.exp(loss), best });
    const patience = this.args.options.earlyStoppingPatience;
    return patience !== undefined && state.evalsWithoutImprovement >= patience;
  }

  private async checkpoint(dir: string): Promise<void> {
    if (this.args.extraState) this.state.extra = this.args.extraState.save();
    await saveCheckpoint(dir, this.args.variables, this.optimizer, this.state, { overwrite: this.args.options.overwrite });
    this.checkpoints.push(dir);
    await emit(this.subs, 'onSave', { step: this.state.step, dir });
  }
}

/**
 * Run the training loop; resolves when maxSteps/epochs are done or early stopping triggers.
 *
 * @example
 * const r = await train({ variables, lossFn, trainBatches, options: { learningRate: 1e-3, numTrainEpochs: 2 } });
 * r.history.at(-1)?.loss;
 */
export async function train<B>(args: TrainArgs<B>): Promise<TrainLoopResult> {
  const plan = planRun(args);
  const wasTrainable = [...args.variables.values()].map((v) => v.trainable);
  for (const v of args.variables.values()) v.trainable = true;
  const optimizer = new AdamW(args.variables, {
    weightDecay: args.options.weightDecay ?? D.weightDecay,
    noDecay: args.options.noDecay,
    beta1: args.options.adamBeta1,
    beta2: args.options.adamBeta2,
    eps: args.options.adamEpsilon,
  });
  // Whatever happens (an event handler throwing, a bad batch), free the moments and restore flags.
  try {
    return await new TrainLoop(args, plan, optimizer).run();
  } finally {
    optimizer.dispose();
    [...args.variables.values()].forEach((v, n) => (v.trainable = wasTrainable[n]));
  }
}
