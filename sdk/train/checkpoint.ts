/**
 * Training checkpoints: everything needed to continue a run exactly where it stopped.
 *
 * A checkpoint is a folder `checkpoint-<step>/` holding `training_state.safetensors` (trained
 * variables as `param/<name>` and AdamW moments as `exp_avg/<name>`, `exp_avg_sq/<name>`, all F32
 * so nothing is rounded) and `trainer_state.json` (step, data position, RNG state, early-stopping
 * state, metric history). The JSON is written last: a folder without it is an interrupted save
 * and is never resumed from.
 *
 * @example
 * await saveCheckpoint('out/run/checkpoint-50', vars, opt, state);
 * const { state } = await loadCheckpoint('out/run/checkpoint-50', vars, opt);
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { writeJsonAtomic } from '../runtime/fs.js';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../model/safetensors.js';
import type { AdamW } from './optimizer.js';
import type { RngState } from '../runtime/random.js';

/** One logged point of a run (training step, log window or evaluation). @example const h: HistoryEntry = { step: 10, epoch: 0, loss: 2.1, lr: 1e-4 }; */
export interface HistoryEntry {
  step: number;
  epoch: number;
  loss?: number;
  lr?: number;
  gradNorm?: number;
  evalLoss?: number;
  evalPerplexity?: number;
  tokensPerSec?: number;
}

/** The JSON half of a checkpoint. @example const s = JSON.parse(readFileSync('ckpt/trainer_state.json', 'utf8')) as TrainerState; */
export interface TrainerState {
  /** Optimizer steps completed. */
  step: number;
  /** Epoch in progress (0-based) and micro-batches of it already consumed. */
  epoch: number;
  batchInEpoch: number;
  totalSteps: number;
  seed: number;
  rng: RngState;
  bestEvalLoss: number | null;
  evalsWithoutImprovement: number;
  tokensSeen: number;
  history: HistoryEntry[];
  /** Caller state (TrainArgs.extraState), e.g. LoRA dropout RNG positions. */
  extra?: unknown;
}

/** File names inside `checkpoint-<step>/`. @example join(dir, STATE_FILE) */
export const STATE_FILE = 'trainer_state.json';
/** @see STATE_FILE @example join(dir, TENSORS_FILE) */
export const TENSORS_FILE = 'training_state.safetensors';

async function toWrite(t: tf.Tensor): Promise<TensorToWrite> {
  return { dtype: 'F32', shape: [...t.shape], data: (await t.data()) as Float32Array };
}

/**
 * Write a checkpoint folder (replacing an older one of the same step only with `overwrite`).
 *
 * @example
 * await saveCheckpoint(dir, vars, opt, state, { overwrite: true });
 */
export async function saveCheckpoint(
  dir: string,
  variables: Map<string, tf.Variable>,
  optimizer: AdamW,
  state: TrainerState,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const tensors: Record<string, TensorToWrite> = {};
  for (const [name, v] of variables) tensors[`param/${name}`] = await toWrite(v);
  for (const [name, t] of optimizer.stateTensors()) tensors[name] = await toWrite(t);
  await writeSafetensors(join(dir, TENSORS_FILE), tensors, { format: 'medtune-trainer' }, options);
  await writeJsonAtomic(join(dir, STATE_FILE), state, options);
}

/**
 * Restore variables and optimizer state in place from a checkpoint folder; returns its state.
 * Every trained variable must be present with the same shape.
 *
 * @example
 * const { state } = await loadCheckpoint('out/run/checkpoint-50', vars, opt);
 */
export async function loadCheckpoint(
  dir: string,
  variables: Map<string, tf.Variable>,
  optimizer: AdamW,
): Promise<{ state: TrainerState }> {
  const statePath = join(dir, STATE_FILE);
  if (!existsSync(statePath)) {
    throw new Error(`resume: ${statePath} not found; ${dir} is not a complete checkpoint (expected ${STATE_FILE} and ${TENSORS_FILE})`);
  }
  const state = JSON.parse(await readFile(statePath, 'utf8')) as TrainerState;
  const st = await readSafetensors(join(dir, TENSORS_FILE));
  try {
    const optTensors = new Map<string, tf.Tensor>();
    for (const [name, v] of variables) {
      const info = st.tensors.get(`param/${name}`);
      if (!info) throw new Error(`resume: ${dir} has no saved value for trained variable "${name}"`);
      if (info.shape.join(',') !== v.shape.join(',')) {
        throw new Error(`resume: "${name}" is [${info.shape}] in ${dir} but [${v.shape}] in the model`);
      }
      const t = tf.tensor(await st.read(`param/${name}`), info.shape, 'float32');
      v.assign(t);
      t.dispose();
      for (const kind of ['exp_avg', 'exp_avg_sq']) {
        const key = `${kind}/${name}`;
        const i = st.tensors.get(key);
        if (!i) throw new Error(`resume: ${dir} has no optimizer state ${key}`);
        optTensors.set(key, tf.tensor(await st.read(key), i.shape, 'float32'));
      }
    }
    optimizer.loadState(optTensors, state.step);
    for (const t of optTensors.values()) t.dispose();
  } finally {
    await st.close();
  }
  return { state };
}

/**
 * The newest complete `checkpoint-<step>` folder under `outputDir`, or undefined.
 *
 * @example
 * latestCheckpoint('out/run'); // 'out/run/checkpoint-100'
 */
export function latestCheckpoint(outputDir: string): string | undefined {
  if (!existsSync(outputDir)) return undefined;
  const steps = readdirSync(outputDir)
    .map((n) => /^checkpoint-(\d+)$/.exec(n))
    .filter((m): m is RegExpExecArray => !!m && existsSync(join(outputDir, m[0], STATE_FILE)))
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
  return steps.length ? join(outputDir, `checkpoint-${steps[0]}`) : undefined;
}
