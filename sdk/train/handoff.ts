/**
 * Hand a run that outgrows one machine to LLaMA-Factory: the same training as a folder a GPU
 * cluster runs with `llamafactory-cli train` (DeepSpeed ZeRO for several GPUs and nodes).
 *
 *   data/train.json, data/eval.json   the prepared (de-identified) records, LLaMA-Factory sharegpt
 *   data/dataset_info.json            how LLaMA-Factory reads them
 *   config.yaml                       the config with every key translated to LLaMA-Factory's names
 *   ds_z2_config.json, ds_z3_config.json   DeepSpeed ZeRO-2 / ZeRO-3
 *   run.sh                            llamafactory-cli train, with FORCE_TORCHRUN / NNODES / ... for clusters
 *   README.md, handoff.json           what is inside, checksums, de-identification status
 *
 * The adapter it produces is PEFT format: `medtune eval`, `generate` and the other commands
 * that take an adapter folder load it.
 *
 * @example
 * const files = handoffFiles(cfg, { train, eval: val }, { deidentified: { NAME: 12 } });
 */
import { createHash } from 'node:crypto';
import { stringify as toYaml } from 'yaml';
import type { DataRecord } from '../data/records.js';
import { toChatMessages } from '../data/records.js';
import { loraTargetList, type TrainConfig } from './config.js';

/** The dataset names the handoff registers. @example HANDOFF_DATASETS.train; // 'medtune_train' */
export const HANDOFF_DATASETS = { train: 'medtune_train', eval: 'medtune_eval' } as const;

// Roles are LLaMA-Factory's own, so the tags map each to itself.
const TAGS = { role_tag: 'role', content_tag: 'content', user_tag: 'user', assistant_tag: 'assistant', observation_tag: 'observation', function_tag: 'function', system_tag: 'system' };

/** One record as a LLaMA-Factory row: sharegpt conversation, or `{text}` for stage pt. */
function row(r: DataRecord, stage: TrainConfig['stage']): Record<string, unknown> {
  if (stage === 'pt' || r.kind === 'report') {
    if (r.kind === 'report') return { text: r.text };
    return { text: toChatMessages(r).find((m) => m.role !== 'system')?.content ?? '' };
  }
  const msgs = toChatMessages(r);
  const system = msgs[0]?.role === 'system' ? msgs[0].content : undefined;
  return {
    messages: msgs.filter((_, i) => !(i === 0 && system !== undefined)),
    ...(system !== undefined ? { system } : {}),
    ...(r.kind === 'chat' && r.tools ? { tools: r.tools } : {}),
  };
}

/**
 * The dataset_info.json entries of the handoff data.
 *
 * @example
 * handoffDatasetInfo('sft', true).medtune_train.formatting; // 'sharegpt'
 */
export function handoffDatasetInfo(stage: TrainConfig['stage'], hasEval: boolean): Record<string, Record<string, unknown>> {
  const entry = (file: string) =>
    stage === 'pt'
      ? { file_name: file, columns: { prompt: 'text' } }
      : { file_name: file, formatting: 'sharegpt', columns: { messages: 'messages', system: 'system', tools: 'tools' }, tags: TAGS };
  return { [HANDOFF_DATASETS.train]: entry('train.json'), ...(hasEval ? { [HANDOFF_DATASETS.eval]: entry('eval.json') } : {}) };
}

/**
 * The LLaMA-Factory config of a medtune config: every key under LLaMA-Factory's name, data
 * pointing at the handoff datasets, bf16 on GPUs, DeepSpeed for several GPUs.
 *
 * @example
 * handoffConfig(cfg, { hasEval: true, zero: 2 }).deepspeed; // 'ds_z2_config.json'
 */
export function handoffConfig(cfg: TrainConfig, o: { hasEval: boolean; zero: 2 | 3; name: string }): Record<string, unknown> {
  const targets = loraTargetList(cfg);
  const y: Record<string, unknown> = {
    model_name_or_path: cfg.model_name_or_path,
    trust_remote_code: true,
    stage: cfg.stage,
    do_train: true,
    finetuning_type: 'lora',
    lora_rank: cfg.lora_rank,
    lora_alpha: cfg.lora_alpha ?? 2 * cfg.lora_rank,
    lora_dropout: cfg.lora_dropout,
    lora_target: targets === 'all' ? 'all' : targets.join(','),
    use_rslora: cfg.use_rslora,
    ...(cfg.quantization_bit
      ? { quantization_bit: cfg.quantization_bit, quantization_method: cfg.quantization_method, quantization_type: cfg.quantization_type, double_quantization: cfg.double_quantization }
      : {}),
    dataset: HANDOFF_DATASETS.train,
    ...(o.hasEval ? { eval_dataset: HANDOFF_DATASETS.eval } : {}),
    dataset_dir: 'data',
    ...(cfg.template ? { template: cfg.template } : {}),
    ...(cfg.default_system !== undefined ? { default_system: cfg.default_system } : {}),
    enable_thinking: cfg.enable_thinking,
    ...(cfg.tool_format ? { tool_format: cfg.tool_format } : {}),
    cutoff_len: cfg.cutoff_len,
    train_on_prompt: cfg.train_on_prompt,
    mask_history: cfg.mask_history,
    ...(cfg.packing || cfg.neat_packing ? { packing: true, neat_packing: true } : {}),
    preprocessing_num_workers: 16,
    dataloader_num_workers: 4,
    output_dir: `saves/${o.name}`,
    logging_steps: cfg.logging_steps,
    save_steps: cfg.save_steps,
    save_strategy: cfg.save_strategy,
    ...(cfg.save_total_limit ? { save_total_limit: cfg.save_total_limit } : {}),
    plot_loss: cfg.plot_loss,
    overwrite_output_dir: cfg.overwrite_output_dir,
    report_to: cfg.report_to,
    per_device_train_batch_size: cfg.per_device_train_batch_size,
    ...(cfg.per_device_eval_batch_size ? { per_device_eval_batch_size: cfg.per_device_eval_batch_size } : {}),
    gradient_accumulation_steps: cfg.gradient_accumulation_steps,
    learning_rate: cfg.learning_rate,
    num_train_epochs: cfg.num_train_epochs,
    ...(cfg.max_steps > 0 ? { max_steps: cfg.max_steps } : {}),
    lr_scheduler_type: cfg.lr_scheduler_type,
    ...(cfg.warmup_steps > 0 ? { warmup_steps: cfg.warmup_steps } : { warmup_ratio: cfg.warmup_ratio }),
    weight_decay: cfg.weight_decay,
    max_grad_norm: cfg.max_grad_norm,
    optim: cfg.optim,
    adam_beta1: cfg.adam_beta1,
    adam_beta2: cfg.adam_beta2,
    adam_epsilon: cfg.adam_epsilon,
    seed: cfg.seed,
    // GPUs train in bf16 (what LLaMA-Factory's examples use); medtune's CPU run was float32.
    bf16: true,
    ddp_timeout: 180000000,
    deepspeed: `ds_z${o.zero}_config.json`,
    resume_from_checkpoint: null,
  };
  if (o.hasEval) {
    y.eval_strategy = cfg.eval_strategy === 'no' ? 'no' : 'steps';
    y.eval_steps = cfg.eval_steps ?? cfg.logging_steps;
  }
  const patience = cfg.early_stopping_steps ?? cfg.early_stopping_patience;
  if (patience) y.early_stopping_steps = patience;
  return y;
}

/**
 * DeepSpeed ZeRO configs with "auto" values Hugging Face fills from the training arguments.
 *
 * @example
 * deepspeedConfig(3).zero_optimization.stage; // 3
 */
export function deepspeedConfig(stage: 2 | 3) {
  const common = {
    train_batch_size: 'auto',
    train_micro_batch_size_per_gpu: 'auto',
    gradient_accumulation_steps: 'auto',
    gradient_clipping: 'auto',
    zero_allow_untested_optimizer: true,
    fp16: { enabled: 'auto', loss_scale: 0, loss_scale_window: 1000, initial_scale_power: 16, hysteresis: 2, min_loss_scale: 1 },
    bf16: { enabled: 'auto' },
  };
  if (stage === 2) {
    return { ...common, zero_optimization: { stage: 2, allgather_partitions: true, allgather_bucket_size: 5e8, overlap_comm: false, reduce_scatter: true, reduce_bucket_size: 5e8, contiguous_gradients: true, round_robin_gradients: true } };
  }
  return {
    ...common,
    zero_optimization: {
      stage: 3, overlap_comm: false, contiguous_gradients: true, sub_group_size: 1e9, reduce_bucket_size: 'auto',
      stage3_prefetch_bucket_size: 'auto', stage3_param_persistence_threshold: 'auto', stage3_max_live_parameters: 1e9,
      stage3_max_reuse_distance: 1e9, stage3_gather_16bit_weights_on_model_save: true,
    },
  };
}

const RUN_SH = `#!/usr/bin/env bash
# The medtune run, on GPUs with LLaMA-Factory (pip install llamafactory; see README.md).
# One machine: ./run.sh  (every visible GPU; CUDA_VISIBLE_DEVICES=0,1 to choose)
# Several machines: on each, NNODES=2 NODE_RANK=<0|1> MASTER_ADDR=<node 0 address> MASTER_PORT=29500 ./run.sh
# ZeRO-3 for models that do not fit one GPU: DS_CONFIG=ds_z3_config.json ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
export FORCE_TORCHRUN=1
export NNODES="\${NNODES:-1}"
export NODE_RANK="\${NODE_RANK:-0}"
export MASTER_ADDR="\${MASTER_ADDR:-127.0.0.1}"
export MASTER_PORT="\${MASTER_PORT:-29500}"
exec llamafactory-cli train config.yaml deepspeed="\${DS_CONFIG:-$(sed -n 's/^deepspeed: //p' config.yaml)}"
`;

/** What a handoff folder holds, by file name. @example Object.keys(handoffFiles(cfg, data, {})); */
export function handoffFiles(
  cfg: TrainConfig,
  data: { train: DataRecord[]; eval: DataRecord[] },
  o: { deidentified?: Record<string, number>; zero?: 2 | 3; name?: string; source?: string },
): Record<string, string> {
  const hasEval = data.eval.length > 0;
  const name = o.name ?? 'medtune-lora';
  const zero = o.zero ?? 2;
  const files: Record<string, string> = {
    'data/train.json': `${JSON.stringify(data.train.map((r) => row(r, cfg.stage)), null, 2)}\n`,
    ...(hasEval ? { 'data/eval.json': `${JSON.stringify(data.eval.map((r) => row(r, cfg.stage)), null, 2)}\n` } : {}),
    'data/dataset_info.json': `${JSON.stringify(handoffDatasetInfo(cfg.stage, hasEval), null, 2)}\n`,
    'config.yaml': `# LLaMA-Factory config translated by medtune handoff${o.source ? ` from ${o.source}` : ''}\n${toYaml(handoffConfig(cfg, { hasEval, zero, name }))}`,
    'ds_z2_config.json': `${JSON.stringify(deepspeedConfig(2), null, 2)}\n`,
    'ds_z3_config.json': `${JSON.stringify(deepspeedConfig(3), null, 2)}\n`,
    'run.sh': RUN_SH,
  };
  const deid = o.deidentified
    ? `De-identified by medtune before the handoff (identifiers replaced: ${Object.entries(o.deidentified).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none found'}).`
    : 'Not de-identified by medtune: the data was declared free of PHI (--allow-identified).';
  files['README.md'] = `# LLaMA-Factory handoff of a medtune run

${deid}

- \`data/\`: ${data.train.length} training${hasEval ? ` and ${data.eval.length} evaluation` : ''} records in LLaMA-Factory's ${cfg.stage === 'pt' ? 'pre-training text' : 'sharegpt'} layout, registered in \`data/dataset_info.json\`
- \`config.yaml\`: the training config (LLaMA-Factory keys), \`ds_z2_config.json\` / \`ds_z3_config.json\`: DeepSpeed ZeRO-2 / ZeRO-3
- \`run.sh\`: \`llamafactory-cli train config.yaml\` through torchrun (\`FORCE_TORCHRUN=1\`); \`NNODES\`, \`NODE_RANK\`, \`MASTER_ADDR\`, \`MASTER_PORT\` for several machines

On the GPU machine: \`pip install llamafactory deepspeed\`, copy this folder, make \`model_name_or_path\` in config.yaml point
at the model there (a local folder or hub id), then \`./run.sh\`. The adapter lands in \`saves/${name}\` in PEFT format; bring that
folder back and use it with medtune (\`medtune eval --adapter saves/${name}\`, \`medtune generate --adapter ...\`).
Equivalent without the script: \`FORCE_TORCHRUN=1 NNODES=1 llamafactory-cli train config.yaml\`, or
\`torchrun --nnodes $NNODES --node_rank $NODE_RANK --nproc_per_node <gpus> --master_addr $MASTER_ADDR --master_port $MASTER_PORT -m llamafactory.launcher config.yaml\`.
`;
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  files['handoff.json'] = `${JSON.stringify({
    format: 'medtune-handoff', version: 1, to: 'llamafactory', stage: cfg.stage,
    records: { train: data.train.length, eval: data.eval.length },
    deidentified: o.deidentified ?? null,
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, { sha256: sha(v), bytes: Buffer.byteLength(v) }])),
  }, null, 2)}\n`;
  return files;
}
