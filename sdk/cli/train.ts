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
import { loadRecords } from '../data/load.js';
import { parseTrainConfig } from '../train/config.js';
import { FineTune } from '../train/fine-tune.js';

const HELP = `usage: medtune train <config.yaml> [--force] [--resume <checkpoint-dir|latest>] [--quiet]

Fine-tune with LoRA (QLoRA with quantization_bit: 4 or 8) using the LLaMA-Factory keys:
  model_name_or_path, dataset (JSONL in Alpaca or messages form), template, finetuning_type: lora,
  lora_rank, lora_alpha, lora_dropout, lora_target, use_rslora, quantization_bit, cutoff_len,
  train_on_prompt, per_device_train_batch_size, gradient_accumulation_steps, learning_rate,
  num_train_epochs, max_steps, lr_scheduler_type, warmup_ratio, weight_decay, max_grad_norm,
  val_size, eval_steps, save_steps, logging_steps, output_dir, resume_from_checkpoint,
  plot_loss, seed, early_stopping_patience.

options:
  --force          replace results already in output_dir (overwrite_output_dir: true)
  --resume <dir>   continue from a checkpoint folder; 'latest' = the newest in output_dir
  --quiet          no progress bar (metrics still go to output_dir/metrics.jsonl)
  -h, --help       this text

stage: sft (default) | grpo | dpo. Alignment stages start from adapter_name_or_path (the SFT adapter,
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

Writes to output_dir: adapter_config.json + adapter_model.safetensors (PEFT), checkpoint-N/,
metrics.jsonl, training_report.html, train_results.json.`;

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
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (e) {
    const msg = (e as { code?: string }).code === 'ENOENT' ? 'file not found' : (e as Error).message.split('\n')[0];
    throw new Error(`${file}: ${msg}`);
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (values.force) r.overwrite_output_dir = true;
    if (values.resume !== undefined) r.resume_from_checkpoint = values.resume === 'latest' ? true : values.resume;
  }
  const cfg = parseTrainConfig(raw, file);
  if (!cfg.dataset) throw new Error(`${file}: dataset: found nothing; expected a JSONL path or a list of paths`);
  if (cfg.stage !== 'sft') {
    const { runAlignmentStage } = await import('./train-align.js');
    return runAlignmentStage(cfg, raw as Record<string, unknown>, file, { progress: !values.quiet });
  }
  const loaded = await loadRecords(cfg.dataset);
  const wrong = loaded.records.filter((r) => r.kind !== 'instruction' && r.kind !== 'chat');
  if (wrong.length) {
    throw new Error(
      `${file}: dataset: ${wrong.length} record(s) are not instruction/chat (first: ${wrong[0].id} of kind '${wrong[0].kind}'); ` +
        'convert them with `medtune prepare` / Dataset.toInstructions() first',
    );
  }
  const { dataset: _dataset, lora_rank, lora_alpha, lora_dropout, lora_target, use_rslora, ...rest } = raw as Record<string, never>;
  void _dataset;
  const result = await new FineTune({ train: loaded.records }, { lora_rank, lora_alpha, lora_dropout, lora_target, use_rslora }).train({
    ...rest,
    progress: !values.quiet,
  });
  console.log(JSON.stringify({
    adapterDir: result.adapterDir,
    report: result.reportPath,
    metrics: result.metricsPath,
    steps: result.metrics.steps,
    finalLoss: result.metrics.finalLoss,
    finalEvalLoss: result.metrics.finalEvalLoss,
    trainableParameters: result.parameters.trainable,
    totalParameters: result.parameters.total,
  }, null, 2));
  result.model.dispose();
  return 0;
}
