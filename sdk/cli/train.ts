/**
 * `medtune train <config.yaml>`: LoRA / QLoRA fine-tuning from a LLaMA-Factory style YAML file.
 * Goes through the same `FineTune` as `.lora().train()`: validate the config, load the JSONL
 * dataset(s), split off validation (`val_size`), train, write adapter + report to `output_dir`.
 *
 * @example
 * // ./bin/medtune train examples/lora.yaml --force
 * await run(['examples/lora.yaml']);
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { loadDatasetSpec } from '../data/dataset-spec.js';
import type { DataRecord } from '../data/records.js';
import { datasetList, parseTrainConfig, type TrainConfig } from '../train/config.js';
import { FineTune, type FineTuneTrainOptions } from '../train/fine-tune.js';
import { deidFromManifest, type Provenance } from '../train/run-outputs.js';

const HELP = `usage: medtune train <config.yaml> [--force] [--resume <checkpoint-dir|latest>] [--quiet]

Fine-tune with LoRA (QLoRA with quantization_bit: 4 or 8) from a LLaMA-Factory YAML file; their
example files run unchanged. Every LLaMA-Factory / Hugging Face key is recognised: the ones that
only matter on a GPU cluster are listed once as "ignored here"; the ones that would change
training in a way medtune does not implement are refused unless left at their default.

  dataset: names from <dataset_dir>/dataset_info.json (default dataset_dir: data) or file paths,
  comma-separated; stage: sft (conversations) or pt (plain text); template: a LLaMA-Factory
  template name (default: the checkpoint's own chat template).

options:
  --force          replace results already in output_dir (overwrite_output_dir: true)
  --resume <dir>   continue from a checkpoint folder; 'latest' = the newest in output_dir
  --quiet          no progress bar (metrics still go to output_dir/metrics.jsonl)
  -h, --help       this text

stage: pt | sft (default) | grpo | dpo. Alignment stages start from adapter_name_or_path (the SFT adapter,
merged into the base so that it is the reference) and train a new adapter on top:
  grpo (TRL GRPOConfig keys): dataset of mcq / pubmedqa / instruction / chat records; num_generations,
    max_completion_length, temperature, top_p, top_k, beta, num_iterations, epsilon, epsilon_high,
    loss_type (dapo, grpo, bnpo, dr_grpo), scale_rewards, reward_weights, mask_truncated_completions,
    reward_funcs (accuracy_reward, format_reward, length_reward, guardrails_reward, no_phi_reward).
  dpo (LLaMA-Factory keys): dataset of preference pairs (LLaMA-Factory ranking alpaca / sharegpt,
    {"prompt","chosen","rejected"} JSONL, or a rated review CSV); pref_beta, pref_loss (sigmoid,
    hinge, ipo), pref_ftx, dpo_label_smoothing.
sft only: canaries (true or { repeats, per_repeat, kinds, seed }) plants synthetic secrets for
'medtune eval --suite memorization' and writes canaries.json.

Writes to output_dir (moved into place when training ends): adapter_config.json +
adapter_model.safetensors (PEFT), checkpoint-N/, trainer_state.json, train_results.json,
all_results.json, training_loss.png, README.md (model card), metrics.jsonl, training_report.html.`;

/** Run the command; resolves to the exit code. @example await run(['cfg.yaml']) */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      force: { type: 'boolean' },
      resume: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`medtune train: expected one config file, found ${positionals.length}\n\n${HELP}`);
    return 2;
  }
  const file = positionals[0];
  const raw = await readConfigFile(file);
  if (values.force) raw.overwrite_output_dir = true;
  if (values.resume !== undefined) raw.resume_from_checkpoint = values.resume === 'latest' ? true : values.resume;
  const cfg = parseTrainConfig(raw, file);
  if (cfg.stage === 'grpo' || cfg.stage === 'dpo') {
    const { runAlignmentStage } = await import('./train-align.js');
    return runAlignmentStage(cfg, raw, file, { progress: !values.quiet });
  }
  const data = await loadConfigData(cfg, file);
  const result = await new FineTune({ train: data.train, val: data.eval }).train({
    ...(raw as FineTuneTrainOptions),
    configFile: file,
    provenance: data.provenance,
    progress: !values.quiet,
  });
  console.log(JSON.stringify({
    adapterDir: result.adapterDir,
    report: result.reportPath,
    metrics: result.metricsPath,
    files: result.files,
    steps: result.metrics.steps,
    finalLoss: result.metrics.finalLoss,
    finalEvalLoss: result.metrics.finalEvalLoss,
    truncated: result.metrics.trainStats.truncated,
    trainableParameters: result.parameters.trainable,
    totalParameters: result.parameters.total,
  }, null, 2));
  result.model.dispose();
  return 0;
}

/**
 * A YAML config file as a mapping (errors name the file).
 *
 * @example
 * const raw = await readConfigFile('examples/lora.yaml');
 */
export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (e) {
    const msg = (e as { code?: string }).code === 'ENOENT' ? 'file not found' : (e as Error).message.split('\n')[0];
    throw new Error(`${file}: ${msg}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a mapping of keys to values`);
  return raw as Record<string, unknown>;
}

/**
 * The training and evaluation records a config names (`dataset`, `eval_dataset`, `dataset_dir`,
 * `max_samples`, `mix_strategy`, `interleave_probs`), with their provenance and de-identification
 * figures when `medtune prepare` recorded them.
 *
 * @example
 * const { train, eval: val } = await loadConfigData(cfg, 'train.yaml');
 */
export async function loadConfigData(cfg: TrainConfig, file: string): Promise<{ train: DataRecord[]; eval: DataRecord[]; provenance: Provenance }> {
  const items = datasetList(cfg.dataset);
  if (items.length === 0) throw new Error(`${file}: dataset: found nothing; expected dataset names from dataset_info.json or file paths`);
  const probs = typeof cfg.interleave_probs === 'string' ? cfg.interleave_probs.split(',').map(Number) : cfg.interleave_probs;
  const common = { where: file, datasetDir: cfg.dataset_dir, maxSamples: cfg.max_samples, mixStrategy: cfg.mix_strategy, interleaveProbs: probs, seed: cfg.seed };
  const train = await loadDatasetSpec(items, { ...common, key: 'dataset' });
  const evalItems = datasetList(cfg.eval_dataset);
  const evals = evalItems.length ? await loadDatasetSpec(evalItems, { ...common, key: 'eval_dataset' }) : undefined;
  const deid = train.sources.flatMap((s) => s.files).map(deidFromManifest).find(Boolean);
  return { train: train.records, eval: evals?.records ?? [], provenance: { datasets: train.sources, ...(deid ? { deidentified: deid } : {}) } };
}
