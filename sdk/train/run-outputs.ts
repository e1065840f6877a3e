/**
 * The files a LLaMA-Factory / Hugging Face user expects beside the adapter: `trainer_state.json`
 * (HF `TrainerState` with `log_history`), `train_results.json`, `eval_results.json` and
 * `all_results.json`, the loss charts (`training_loss.png`, `training_eval_loss.png`), TensorBoard
 * event files for `report_to: tensorboard`, and a `README.md` model card (base model, data
 * provenance and de-identification figures, hyper-parameters, results). Metrics and counts only,
 * never record text.
 *
 * @example
 * await writeRunOutputs(stage.dir, { cfg, result, stepsPerEpoch: 12, trainRecords: 96, provenance });
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/fs.js';
import type { TrainConfig } from './config.js';
import { writeLossPng } from './loss-plot.js';
import type { SftResult } from './sft.js';
import { historyEvents, writeTensorboardEvents } from './tensorboard.js';
import { reportsTo } from './config.js';

/** Where the training data came from (for the model card). @example const p: Provenance = { datasets: [{ name: 'identity', files: ['data/identity.json'], records: 91 }] }; */
export interface Provenance {
  datasets: { name: string; files: string[]; records: number }[];
  /** PHI found and replaced per category, when the data went through de-identification. */
  deidentified?: Record<string, number>;
}

/** What `writeRunOutputs` needs. @example const r: RunSummary = { cfg, result, stepsPerEpoch: 10, trainRecords: 80 }; */
export interface RunSummary {
  cfg: TrainConfig;
  result: SftResult;
  /** Optimizer steps per epoch, for HF's fractional `epoch`. */
  stepsPerEpoch: number;
  /** Mean training loss over every optimizer step (HF `train_loss`). */
  meanTrainLoss: number;
  trainRecords: number;
  parameters: { total: number; trainable: number };
  quantization?: string;
  provenance?: Provenance;
  /** Where the run ends up (named in the chart titles and the card). */
  outputDir: string;
}

const round = (x: number, d = 4) => Number(x.toFixed(d));

/**
 * HF `TrainerState` JSON of a finished run.
 *
 * @example
 * trainerState(summary).log_history.at(-1).train_loss;
 */
export function trainerState(s: RunSummary) {
  const epochAt = (step: number) => round(step / s.stepsPerEpoch, 4);
  const log_history: Record<string, number>[] = s.result.history.map((h): Record<string, number> =>
    h.evalLoss !== undefined
      ? { epoch: epochAt(h.step), eval_loss: h.evalLoss, eval_perplexity: h.evalPerplexity ?? Math.exp(h.evalLoss), step: h.step }
      : { epoch: epochAt(h.step), grad_norm: h.gradNorm ?? 0, learning_rate: h.lr ?? 0, loss: h.loss ?? 0, step: h.step },
  );
  log_history.push({ ...trainMetrics(s), step: s.result.steps });
  return {
    best_metric: s.result.bestEvalLoss ?? null,
    best_model_checkpoint: null,
    epoch: epochAt(s.result.steps),
    eval_steps: s.cfg.eval_steps ?? null,
    global_step: s.result.steps,
    is_hyper_param_search: false,
    is_local_process_zero: true,
    is_world_process_zero: true,
    log_history,
    logging_steps: s.cfg.logging_steps,
    max_steps: s.result.totalSteps,
    num_input_tokens_seen: s.result.tokensSeen,
    num_train_epochs: Math.ceil(s.result.totalSteps / s.stepsPerEpoch),
    save_steps: s.cfg.save_steps,
    total_flos: 0,
    train_batch_size: s.cfg.per_device_train_batch_size,
    trial_name: null,
    trial_params: null,
  };
}

function trainMetrics(s: RunSummary) {
  const secs = Math.max(s.result.wallSeconds, 1e-9);
  return {
    epoch: round(s.result.steps / s.stepsPerEpoch, 4),
    total_flos: 0,
    train_loss: s.meanTrainLoss,
    train_runtime: round(s.result.wallSeconds),
    train_samples_per_second: round((s.result.steps * s.cfg.per_device_train_batch_size * s.cfg.gradient_accumulation_steps) / secs, 3),
    train_steps_per_second: round(s.result.steps / secs, 3),
  };
}

/**
 * The model card (README.md) in the Hugging Face / PEFT layout.
 *
 * @example
 * modelCard(summary).startsWith('---\nbase_model:'); // true
 */
export function modelCard(s: RunSummary): string {
  const c = s.cfg;
  const r = s.result;
  const p = s.provenance;
  const rows = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `| ${k} | ${String(v)} |`).join('\n');
  const data = p?.datasets.length
    ? p.datasets.map((d) => `- \`${d.name}\`: ${d.records} records from ${d.files.map((f) => `\`${f}\``).join(', ')}`).join('\n')
    : `- ${s.trainRecords} training records passed in memory`;
  const deid = p?.deidentified
    ? `De-identified before training; identifiers replaced per category:\n\n| category | count |\n|---|---|\n${rows(Object.fromEntries(Object.entries(p.deidentified).filter(([, n]) => n > 0)))}`
    : 'De-identification: no record of it in the data provenance (run `medtune prepare --deidentify` or `.deidentify()` on clinical text).';
  return `---
base_model: ${c.model_name_or_path}
library_name: peft
pipeline_tag: text-generation
tags:
- medtune
- lora
- ${c.stage}
---

# LoRA adapter of ${c.model_name_or_path}

Trained with medtune (stage \`${c.stage}\`, ${c.quantization_bit ? `QLoRA ${s.quantization ?? ''}` : 'LoRA'}); a PEFT adapter
(\`adapter_config.json\`, \`adapter_model.safetensors\`) loadable by medtune and by PEFT.

## Data

${data}

${deid}

## Hyper-parameters

| key | value |
|---|---|
${rows({
    template: c.template ?? 'checkpoint chat template',
    cutoff_len: c.cutoff_len,
    lora_rank: c.lora_rank,
    lora_alpha: c.lora_alpha ?? 2 * c.lora_rank,
    lora_dropout: c.lora_dropout,
    lora_target: Array.isArray(c.lora_target) ? c.lora_target.join(',') : c.lora_target,
    learning_rate: c.learning_rate,
    lr_scheduler_type: c.lr_scheduler_type,
    warmup: c.warmup_steps || c.warmup_ratio,
    per_device_train_batch_size: c.per_device_train_batch_size,
    gradient_accumulation_steps: c.gradient_accumulation_steps,
    steps: `${r.steps} of ${r.totalSteps}`,
    seed: c.seed,
    'trainable / total parameters': `${s.parameters.trainable} / ${s.parameters.total}`,
  })}

## Results

| metric | value |
|---|---|
${rows({
    'train loss (mean over steps)': round(s.meanTrainLoss),
    'final train loss (last logging window)': round(r.finalLoss),
    'final validation loss': r.finalEvalLoss === undefined ? undefined : round(r.finalEvalLoss),
    'final validation perplexity (answer tokens)': r.finalEvalLoss === undefined ? undefined : round(Math.exp(r.finalEvalLoss), 3),
    'examples truncated at cutoff_len': r.trainStats.truncated,
    'records dropped': r.trainStats.dropped.length,
    'tokens seen': r.tokensSeen,
  })}

Evaluate it with \`medtune eval --model ${c.model_name_or_path} --adapter <this folder>\`; perplexity and accuracy on held-out
data say more than the training loss.
`;
}

/**
 * Write every file of the list in the file comment into `dir`.
 *
 * @example
 * const files = await writeRunOutputs('out/lora.partial', summary);
 */
export async function writeRunOutputs(dir: string, s: RunSummary): Promise<string[]> {
  const written: string[] = [];
  const put = async (name: string, data: string | Uint8Array | object) => {
    const path = join(dir, name);
    if (typeof data === 'string' || data instanceof Uint8Array) await writeFileAtomic(path, data, { overwrite: true });
    else await writeJsonAtomic(path, data, { overwrite: true });
    written.push(name);
  };
  const train = trainMetrics(s);
  await put('trainer_state.json', trainerState(s));
  await put('train_results.json', train);
  const evals = s.result.finalEvalLoss === undefined ? undefined : { epoch: train.epoch, eval_loss: s.result.finalEvalLoss, eval_perplexity: Math.exp(s.result.finalEvalLoss) };
  if (evals) await put('eval_results.json', evals);
  await put('all_results.json', { ...train, ...(evals ?? {}) });
  if (s.cfg.plot_loss) {
    for (const [key, file, pick] of [
      ['loss', 'training_loss.png', (h: SftResult['history'][number]) => h.loss],
      ['eval_loss', 'training_eval_loss.png', (h: SftResult['history'][number]) => h.evalLoss],
    ] as const) {
      const pts = s.result.history.filter((h) => pick(h) !== undefined);
      if (pts.length === 0) continue;
      await writeLossPng(join(dir, file), pts.map((h) => h.step), pts.map((h) => pick(h)!), { title: `training ${key} of ${s.outputDir}`, ylabel: key }, { overwrite: true });
      written.push(file);
    }
  }
  if (reportsTo(s.cfg, 'tensorboard')) {
    const tbDir = s.cfg.logging_dir ?? join(dir, 'runs');
    const file = await writeTensorboardEvents(tbDir, historyEvents(s.result.history, Date.now() / 1000));
    written.push(file.startsWith(dir) ? file.slice(dir.length + 1) : file);
  }
  await put('README.md', modelCard(s));
  return written;
}

/**
 * De-identification counts recorded by `medtune prepare` in the manifest.json beside a data
 * file, if any.
 *
 * @example
 * deidFromManifest('out/data/train.jsonl'); // { NAME: 120, DATE: 88, ... } or undefined
 */
export function deidFromManifest(file: string): Record<string, number> | undefined {
  const manifest = join(dirname(file), 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { history?: { step: string; details?: { report?: { counts?: Record<string, number> } } }[] };
    return m.history?.find((h) => h.step === 'deidentify')?.details?.report?.counts;
  } catch {
    return undefined;
  }
}
