/**
 * LoRA adapters in Hugging Face PEFT format: `adapter_config.json` + `adapter_model.safetensors`
 * with PEFT's state-dict names (`base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight`,
 * A `[r, in]`, B `[out, r]`). What we save loads in Python with `PeftModel.from_pretrained`, and
 * adapters trained by PEFT load here.
 *
 * @example
 * await saveAdapter(lora, 'out/adapter', { baseModelNameOrPath: 'data/models/medtune-tiny' });
 * const again = await loadAdapter(freshModel, 'out/adapter');
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../model/safetensors.js';
import type { CausalLM } from '../model/types.js';
import { assertWritable, writeJsonAtomic } from '../runtime/fs.js';
import { LORA_TARGETS, applyLora, peftKey, type LoraHandle, type LoraTarget } from './lora.js';

/** PEFT's adapter file names. @example join(dir, ADAPTER_CONFIG); */
export const ADAPTER_CONFIG = 'adapter_config.json';
/** @example join(dir, ADAPTER_WEIGHTS); */
export const ADAPTER_WEIGHTS = 'adapter_model.safetensors';

/** Options of `saveAdapter`. @example const o: SaveAdapterOptions = { baseModelNameOrPath: 'data/models/medtune-tiny', overwrite: true }; */
export interface SaveAdapterOptions {
  /** Written as `base_model_name_or_path` so PEFT can find the base (hub id or folder). Default null: PEFT then needs the base given explicitly. */
  baseModelNameOrPath?: string;
  /** Replace an existing adapter in `dir`. */
  overwrite?: boolean;
}

/**
 * Write `handle`'s adapter to `dir` in PEFT format (atomic; refuses to overwrite unless asked).
 * The weights are read from A/B, so a merged adapter saves the same as an unmerged one.
 *
 * @example
 * await saveAdapter(lora, 'out/adapter', { baseModelNameOrPath: 'meta-llama/Llama-3.2-1B', overwrite: true });
 */
export async function saveAdapter(handle: LoraHandle, dir: string, opts: SaveAdapterOptions = {}): Promise<void> {
  const cfgPath = join(dir, ADAPTER_CONFIG);
  const wPath = join(dir, ADAPTER_WEIGHTS);
  assertWritable(cfgPath, opts);
  assertWritable(wPath, opts);
  const c = handle.config;
  const names = [...new Set([...handle.layers.keys()].map((p) => p.slice(p.lastIndexOf('.') + 1)))];
  // The keys PEFT's LoraConfig.to_dict() writes (PEFT ≥ 0.10), with the values PEFT uses for a plain LoRA.
  const config = {
    alpha_pattern: {},
    auto_mapping: null,
    base_model_name_or_path: opts.baseModelNameOrPath ?? null,
    bias: 'none',
    fan_in_fan_out: false,
    inference_mode: true,
    init_lora_weights: true,
    layer_replication: null,
    layers_pattern: null,
    layers_to_transform: null,
    loftq_config: {},
    lora_alpha: c.alpha,
    lora_dropout: c.dropout,
    megatron_config: null,
    megatron_core: 'megatron.core',
    modules_to_save: null,
    peft_type: 'LORA',
    r: c.r,
    rank_pattern: {},
    revision: null,
    target_modules: LORA_TARGETS.filter((t) => names.includes(t)),
    task_type: 'CAUSAL_LM',
    use_dora: false,
    use_rslora: c.useRslora,
  };
  const tensors: Record<string, TensorToWrite> = {};
  for (const [path, layer] of handle.layers) {
    tensors[peftKey(path, 'A')] = { dtype: 'F32', shape: layer.A.shape, data: (await layer.A.data()) as Float32Array };
    tensors[peftKey(path, 'B')] = { dtype: 'F32', shape: layer.B.shape, data: (await layer.B.data()) as Float32Array };
  }
  await writeSafetensors(wPath, tensors, { format: 'pt' }, opts);
  await writeJsonAtomic(cfgPath, config, opts);
}

/**
 * adapter_config.json as PEFT writes it. Loose: PEFT versions add keys we ignore; the keys that
 * change the computation are checked below and unsupported values are refused by name.
 */
const AdapterConfigSchema = z.looseObject({
  peft_type: z.string(),
  task_type: z.string().nullish(),
  r: z.number().int().positive(),
  // PEFT's LoraConfig default is 8.
  lora_alpha: z.number().positive().default(8),
  // PEFT's default is 0.
  lora_dropout: z.number().min(0).lt(1).default(0),
  target_modules: z.union([z.string(), z.array(z.string())]).nullish(),
  // PEFT's default: alpha/r scaling.
  use_rslora: z.boolean().default(false),
  bias: z.string().default('none'),
  fan_in_fan_out: z.boolean().default(false),
  use_dora: z.boolean().default(false),
  modules_to_save: z.array(z.string()).nullish(),
  layers_to_transform: z.unknown().optional(),
  rank_pattern: z.record(z.string(), z.unknown()).nullish(),
  alpha_pattern: z.record(z.string(), z.unknown()).nullish(),
  base_model_name_or_path: z.string().nullish(),
});
/** A validated adapter_config.json. @example const c: AdapterConfig = readAdapterConfig(dir); */
export type AdapterConfig = z.infer<typeof AdapterConfigSchema>;

/**
 * Read and validate `dir/adapter_config.json`.
 *
 * @example
 * readAdapterConfig('out/adapter').r; // 8
 */
export function readAdapterConfig(dir: string): AdapterConfig {
  const path = join(dir, ADAPTER_CONFIG);
  if (!existsSync(path)) throw new Error(`${path}: not found; expected a PEFT adapter folder (adapter_config.json + ${ADAPTER_WEIGHTS})`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = AdapterConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${path}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const c = parsed.data;
  const refuse = (key: string, found: unknown, expected: string) => {
    throw new Error(`${path}: ${key} is ${JSON.stringify(found)}; medtune loads plain LoRA adapters only (expected ${expected})`);
  };
  if (c.peft_type.toUpperCase() !== 'LORA') refuse('peft_type', c.peft_type, '"LORA"');
  if (c.task_type && c.task_type !== 'CAUSAL_LM') refuse('task_type', c.task_type, '"CAUSAL_LM"');
  if (c.use_dora) refuse('use_dora', true, 'false');
  if (c.bias !== 'none') refuse('bias', c.bias, '"none"');
  if (c.fan_in_fan_out) refuse('fan_in_fan_out', true, 'false');
  if (c.modules_to_save?.length) refuse('modules_to_save', c.modules_to_save, 'null');
  if (c.rank_pattern && Object.keys(c.rank_pattern).length) refuse('rank_pattern', c.rank_pattern, '{}');
  if (c.alpha_pattern && Object.keys(c.alpha_pattern).length) refuse('alpha_pattern', c.alpha_pattern, '{}');
  return c;
}

/** Module path and matrix of a PEFT key, tolerating an adapter name (`lora_A.default.weight`) and a missing prefix. */
function parseKey(key: string): { path: string; which: 'A' | 'B' } | undefined {
  const m = /^(?:base_model\.model\.)?(.+)\.lora_([AB])(?:\.[^.]+)?\.weight$/.exec(key);
  return m ? { path: m[1], which: m[2] as 'A' | 'B' } : undefined;
}

/** Does PEFT's `target_modules` select module `path`? (list: name or dotted suffix; string: full regex match.) */
function targets(spec: AdapterConfig['target_modules'], path: string): boolean {
  if (spec == null) return true;
  if (typeof spec === 'string') {
    if (spec === 'all-linear') return path !== 'lm_head';
    return new RegExp(`^(?:${spec})$`).test(path);
  }
  return spec.some((t) => path === t || path.endsWith(`.${t}`));
}

/**
 * Load a PEFT LoRA adapter from `dir` onto `model` (which may be quantized: QLoRA inference).
 * Every tensor is checked against the model: unknown modules, missing halves and wrong shapes are
 * errors naming the key.
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * const lora = await loadAdapter(model, 'out/adapter'); // model.forward now includes the adapter
 */
export async function loadAdapter(model: CausalLM, dir: string): Promise<LoraHandle> {
  const cfg = readAdapterConfig(dir);
  const wPath = join(dir, ADAPTER_WEIGHTS);
  if (!existsSync(wPath)) {
    const bin = existsSync(join(dir, 'adapter_model.bin')) ? ' (found adapter_model.bin: convert it to safetensors first)' : '';
    throw new Error(`${wPath}: not found${bin}`);
  }
  const linears = model.linears();
  const st = await readSafetensors(wPath);
  const halves = new Map<string, { A?: tf.Tensor; B?: tf.Tensor }>();
  try {
    for (const [key, info] of st.tensors) {
      const parsed = parseKey(key);
      if (!parsed) {
        throw new Error(`${wPath}: tensor "${key}" is not a LoRA A/B weight (expected <module>.lora_A.weight / .lora_B.weight)`);
      }
      const { path, which } = parsed;
      const base = linears.get(path);
      if (!base) throw new Error(`${wPath}: tensor "${key}" targets "${path}", which this model does not have`);
      if (!targets(cfg.target_modules, path)) {
        throw new Error(`${wPath}: tensor "${key}" targets "${path}", which target_modules ${JSON.stringify(cfg.target_modules)} does not select`);
      }
      const expected = which === 'A' ? [cfg.r, base.inFeatures] : [base.outFeatures, cfg.r];
      if (info.shape.join() !== expected.join()) {
        throw new Error(`${wPath}: tensor "${key}" has shape [${info.shape}], expected [${expected}] (r=${cfg.r}, ${path} is ${base.inFeatures}->${base.outFeatures})`);
      }
      const entry = halves.get(path) ?? {};
      if (entry[which]) throw new Error(`${wPath}: "${path}" has more than one lora_${which} tensor (several adapter names?)`);
      entry[which] = tf.tensor(await st.read(key), info.shape, 'float32');
      halves.set(path, entry);
    }
  } catch (e) {
    for (const h of halves.values()) tf.dispose([h.A, h.B].filter((t): t is tf.Tensor => !!t));
    throw e;
  } finally {
    await st.close();
  }
  const init = new Map<string, { A: tf.Tensor; B: tf.Tensor }>();
  const names = new Set<string>();
  let problem: string | undefined;
  for (const [path, h] of halves) {
    if (!h.A || !h.B) problem ??= `${wPath}: "${path}" has lora_${h.A ? 'A' : 'B'} but no lora_${h.A ? 'B' : 'A'}`;
    const name = path.slice(path.lastIndexOf('.') + 1);
    if (!(LORA_TARGETS as readonly string[]).includes(name)) problem ??= `${wPath}: "${path}": LoRA on ${name} is not supported (supported: ${LORA_TARGETS.join(', ')})`;
    names.add(name);
    if (h.A && h.B) init.set(path, { A: h.A, B: h.B });
  }
  if (halves.size === 0) problem ??= `${wPath}: holds no LoRA tensors`;
  try {
    if (problem) throw new Error(problem);
    return applyLora(
      model,
      {
        r: cfg.r,
        alpha: cfg.lora_alpha,
        dropout: cfg.lora_dropout,
        useRslora: cfg.use_rslora,
        targetModules: LORA_TARGETS.filter((t) => names.has(t)) as [LoraTarget, ...LoraTarget[]],
      },
      { init, paths: [...halves.keys()] },
    );
  } finally {
    for (const h of halves.values()) tf.dispose([h.A, h.B].filter((t): t is tf.Tensor => !!t));
  }
}
