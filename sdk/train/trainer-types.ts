/**
 * The types of the generic training loop (sdk/train/trainer.ts): its options, the context the
 * loss function and batch generators receive, the events it emits and its result.
 *
 * @example
 * const opts: TrainerOptions = { learningRate: 2e-4, maxSteps: 100 };
 */
import type * as tf from '@tensorflow/tfjs';
import type { HistoryEntry } from './checkpoint.js';
import type { SchedulerType } from './schedule.js';

/** Loop options (camelCase; `config.ts` maps the YAML keys onto these); unset ones take `TRAINING_DEFAULTS` (./defaults.ts). @example const o: TrainerOptions = { learningRate: 2e-4, maxSteps: 100, evalSteps: 20 }; */
export interface TrainerOptions {
  learningRate: number;
  /** HF TrainingArguments default 0.0. */
  weightDecay?: number;
  /** AdamW betas and epsilon (HF adam_beta1, adam_beta2, adam_epsilon); torch defaults when unset. */
  adamBeta1?: number;
  adamBeta2?: number;
  adamEpsilon?: number;
  /** Parameter names that get no weight decay (HF: biases and norm weights). */
  noDecay?: (name: string) => boolean;
  /** HF default 1.0; 0 disables clipping (the norm is still reported). */
  maxGradNorm?: number;
  /** HF default 1. */
  gradientAccumulationSteps?: number;
  /** HF default 3. Ignored when maxSteps > 0. */
  numTrainEpochs?: number;
  /** When > 0, the run length in optimizer steps (HF semantics: overrides epochs). */
  maxSteps?: number;
  /** HF default 'linear'. */
  lrSchedulerType?: SchedulerType;
  warmupRatio?: number;
  warmupSteps?: number;
  /** Evaluate every N steps (and once at the end) when evalBatches is given. */
  evalSteps?: number;
  /** Checkpoint every N steps into outputDir (needs outputDir). */
  saveSteps?: number;
  /** Emit `onLog` (mean loss over the window) every N steps; HF default 500 is too sparse for small runs, 10. */
  loggingSteps?: number;
  /** Stop after this many evaluations without a lower eval loss. */
  earlyStoppingPatience?: number;
  outputDir?: string;
  /** A checkpoint folder, or 'latest' for the newest under outputDir. */
  resumeFrom?: string;
  /** HF default 42. */
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
  /** Turn a planned micro-batch into the one trained on, just before its step, outside the gradient tape (GRPO samples completions here). */
  prepareBatch?: (batch: B, ctx: StepContext) => B | Promise<B>;
}
