/**
 * Learning-rate schedules with warmup, as pure functions of the optimizer step.
 *
 * They follow Hugging Face `transformers` exactly (`get_linear_schedule_with_warmup`,
 * `get_cosine_schedule_with_warmup`, `get_constant_schedule[_with_warmup]`): the multiplier for
 * step `s` (0-based, the step about to be taken) is computed from `s`, the warmup length and the
 * total number of optimizer steps, so the first update under warmup uses lr 0 as HF does.
 *
 * @example
 * const lr = learningRateAt(0, { type: 'cosine', baseLr: 2e-4, totalSteps: 100, warmupSteps: 10 }); // 0
 */
import { z } from 'zod';
import { TRAINING_DEFAULTS } from './defaults.js';

/** Schedule names (HF `lr_scheduler_type` values we support). @example SchedulerType.parse('cosine') */
export const SchedulerType = z.enum(['linear', 'cosine', 'constant', 'constant_with_warmup']);
/** One of the schedule names. @example const t: SchedulerType = 'linear'; */
export type SchedulerType = z.infer<typeof SchedulerType>;

/** Everything a schedule needs. @example const s: ScheduleSpec = { type: 'linear', baseLr: 1e-3, totalSteps: 100, warmupSteps: 10 }; */
export interface ScheduleSpec {
  type: SchedulerType;
  baseLr: number;
  totalSteps: number;
  /** Resolved warmup steps (see `warmupStepsFor`). */
  warmupSteps: number;
}

/**
 * HF `TrainingArguments.get_warmup_steps`: explicit steps win, else `ceil(total * ratio)`.
 *
 * @example
 * warmupStepsFor(100, { warmupRatio: 0.03 }); // 3
 */
export function warmupStepsFor(totalSteps: number, w: { warmupSteps?: number; warmupRatio?: number }): number {
  if (w.warmupSteps !== undefined && w.warmupSteps > 0) return w.warmupSteps;
  return Math.ceil(totalSteps * (w.warmupRatio ?? TRAINING_DEFAULTS.warmupRatio));
}

/**
 * The multiplier λ(step) in [0, 1] applied to the base learning rate.
 *
 * @example
 * lrLambda(5, { type: 'linear', baseLr: 1, totalSteps: 10, warmupSteps: 0 }); // 0.5
 */
export function lrLambda(step: number, spec: ScheduleSpec): number {
  const { type, totalSteps, warmupSteps } = spec;
  if (type === 'constant') return 1;
  if (step < warmupSteps) return step / Math.max(1, warmupSteps);
  if (type === 'constant_with_warmup') return 1;
  if (type === 'linear') return Math.max(0, (totalSteps - step) / Math.max(1, totalSteps - warmupSteps));
  // cosine with HF's default num_cycles = 0.5: one half-cosine from 1 down to 0.
  const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
  return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * 0.5 * 2 * progress)));
}

/**
 * Learning rate for the optimizer step `step` (0-based).
 *
 * @example
 * learningRateAt(10, { type: 'cosine', baseLr: 1e-3, totalSteps: 20, warmupSteps: 0 }); // 5e-4
 */
export function learningRateAt(step: number, spec: ScheduleSpec): number {
  return spec.baseLr * lrLambda(step, spec);
}
