/**
 * `loadModel`: a Hugging Face checkpoint folder (or hub id) to a `CausalLM`.
 *
 * Weights stream in one tensor at a time: the raw bytes of a tensor are read, converted to
 * float32, handed to the backend and dropped before the next is read, so peak memory is the
 * float32 model plus one tensor (bench: `npx tsx scripts/bench-load.ts`).
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * console.log(model.loadReport.parameters, model.loadReport.float32Bytes);
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGenerationDefaults, parseModelConfig, type GenerationDefaults } from './config.js';
import { expectedTensors, LlamaFamilyModel, type ExpectedTensor } from './causal-lm.js';
import { isHubId, resolveHubModel } from './hub.js';
import { DenseLinear } from './linear.js';
import { quantizeLinear } from './quant/quantize-model.js';
import { readSafetensors, type SafetensorsFile } from './safetensors.js';
import { loadTokenizer } from './tokenizer.js';
import type { CausalLM, Linear, LoadOptions } from './types.js';

/**
 * What a load read and built.
 *
 * @example
 * const { parameters, float32Bytes }: LoadReport = model.loadReport;
 */
export interface LoadReport {
  /** Number of weights (a tied embedding counted once). */
  parameters: number;
  /** Bytes the weights take as float32 on the backend (quantized projections excluded). */
  float32Bytes: number;
  /** Bytes of tensor data read from the safetensors files. */
  sourceBytes: number;
  /** Tensor count per stored dtype, e.g. `{ BF16: 40 }`. */
  dtypes: Record<string, number>;
  /** safetensors files read. */
  files: string[];
  /** Tensors present in the checkpoint but unused, with the reason (never dropped silently). */
  ignored: { name: string; reason: string }[];
  /** Projections replaced by the quantizer. */
  quantized: number;
  seconds: number;
}

/**
 * A loaded model and its load report.
 *
 * @example
 * const m: LoadedModel = await loadModel('data/models/medtune-tiny');
 */
export type LoadedModel = CausalLM & { readonly loadReport: LoadReport };

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * The safetensors files of a checkpoint folder, each with the tensor names its index assigns to
 * it (an empty list for a single `model.safetensors`: every tensor in it).
 *
 * @example
 * [...weightFiles('data/models/medtune-tiny').keys()]; // ['data/models/medtune-tiny/model.safetensors']
 */
export function weightFiles(dir: string): Map<string, string[]> {
  const index = join(dir, 'model.safetensors.index.json');
  const byFile = new Map<string, string[]>();
  if (existsSync(index)) {
    const raw = readJsonFile(index) as { weight_map?: Record<string, unknown> };
    if (!raw || typeof raw.weight_map !== 'object' || raw.weight_map === null) {
      throw new Error(`${index}: missing "weight_map" object`);
    }
    for (const [name, file] of Object.entries(raw.weight_map)) {
      if (typeof file !== 'string' || file.includes('..')) throw new Error(`${index}: weight_map["${name}"] is not a file name: ${JSON.stringify(file)}`);
      const f = join(dir, file);
      if (!byFile.has(f)) byFile.set(f, []);
      byFile.get(f)!.push(name);
    }
    return byFile;
  }
  const single = join(dir, 'model.safetensors');
  if (existsSync(single)) return new Map([[single, []]]);
  const found = readdirSync(dir);
  throw new Error(
    `${dir}: no model.safetensors or model.safetensors.index.json (found: ${found.join(', ') || 'nothing'})` +
      (found.some((f) => f.endsWith('.bin')) ? '; PyTorch .bin weights are not supported, convert them to safetensors' : ''),
  );
}

/** Why a checkpoint tensor the model does not use may be skipped; undefined = it is an error. */
function ignoreReason(name: string, tied: boolean): string | undefined {
  if (name === 'lm_head.weight' && tied) return 'tie_word_embeddings: lm_head shares model.embed_tokens.weight (as in HF)';
  if (name.endsWith('.rotary_emb.inv_freq')) return 'recomputed from config (rope_theta, rope_scaling)';
  return undefined;
}

async function resolveDir(dirOrHubId: string, options: LoadOptions): Promise<string> {
  if (existsSync(dirOrHubId)) {
    if (!statSync(dirOrHubId).isDirectory()) throw new Error(`${dirOrHubId}: expected a checkpoint folder, found a file`);
    return resolve(dirOrHubId);
  }
  if (isHubId(dirOrHubId)) {
    return resolveHubModel(dirOrHubId, { cacheDir: options.cacheDir, revision: options.revision, offline: options.offline });
  }
  throw new Error(`${dirOrHubId}: no such folder, and not a hub id of the form "org/name"`);
}

/**
 * Load a llama / mistral / qwen2 / qwen3 checkpoint (F32, F16 or BF16 safetensors, single or
 * sharded) as float32 `tf.Variable`s with `trainable=false`. Call `initBackend()` first.
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * const { logits } = model.forward(tf.tensor2d([[1, 450]], [1, 2], 'int32'));
 */
export async function loadModel(dirOrHubId: string, options: LoadOptions = {}): Promise<LoadedModel> {
  const t0 = Date.now();
  if (options.quantize !== undefined && options.quantize !== 'int8' && options.quantize !== 'nf4') {
    throw new Error(`loadModel: quantize ${JSON.stringify(options.quantize)} is not supported; expected "int8" or "nf4"`);
  }
  // Default quantizer: int8 row-wise / NF4 with double quantization on the decoder projections.
  if (options.quantize && !options.quantizeLinear) options = { ...options, quantizeLinear };
  const dir = await resolveDir(dirOrHubId, options);
  const configPath = join(dir, 'config.json');
  if (!existsSync(configPath)) throw new Error(`${dir}: no config.json; expected a Hugging Face checkpoint folder`);
  const config = parseModelConfig(readJsonFile(configPath), configPath);
  const genPath = join(dir, 'generation_config.json');
  const generationDefaults: GenerationDefaults = existsSync(genPath)
    ? parseGenerationDefaults(readJsonFile(genPath), genPath)
    : {};

  const expected = new Map<string, ExpectedTensor>(expectedTensors(config).map((t) => [t.name, t]));
  const files = weightFiles(dir);
  const params = new Map<string, tf.Variable>();
  const linears = new Map<string, Linear>();
  const pending = new Map<string, { weight?: tf.Variable; bias?: tf.Variable }>();
  const report: LoadReport = { parameters: 0, float32Bytes: 0, sourceBytes: 0, dtypes: {}, files: [], ignored: [], quantized: 0, seconds: 0 };
  const seen = new Set<string>();
  const unexpected: string[] = [];

  const finishLinear = (path: string, weight: tf.Variable, bias: tf.Variable | undefined) => {
    const quantizable = options.quantizeLinear && options.quantize && path !== 'lm_head';
    let q: Linear | undefined;
    try {
      q = quantizable ? options.quantizeLinear!(path, weight as tf.Tensor2D, bias as tf.Tensor1D | undefined, options.quantize!) : undefined;
      if (q && (q.inFeatures !== weight.shape[1] || q.outFeatures !== weight.shape[0])) {
        throw new Error(`quantizeLinear returned a ${q.inFeatures}->${q.outFeatures} layer for ${path} [${weight.shape}]`);
      }
    } catch (e) {
      // The pair is in neither `pending` nor `linears` any more: free it here or it outlives the failed load.
      q?.dispose();
      weight.dispose();
      bias?.dispose();
      throw e;
    }
    if (q) {
      report.float32Bytes -= 4 * (weight.size + (bias?.size ?? 0));
      weight.dispose();
      bias?.dispose();
      linears.set(path, q);
      report.quantized++;
    } else {
      linears.set(path, new DenseLinear(weight, bias));
    }
  };

  try {
    const totalTensors = expected.size;
    let bytesTotal = 0;
    const opened: SafetensorsFile[] = [];
    // Files opened before a later one fails (missing shard, bad header) are closed by the finally below.
    try {
      for (const [file, names] of files) {
        if (!existsSync(file)) throw new Error(`${file}: listed in model.safetensors.index.json but missing`);
        const st = await readSafetensors(file);
        opened.push(st);
        for (const n of names) if (!st.tensors.has(n)) throw new Error(`${file}: index maps "${n}" to this file but it holds no such tensor`);
        for (const info of st.tensors.values()) bytesTotal += info.byteLength;
      }
      for (const st of opened) {
        report.files.push(st.path);
        for (const [name, info] of st.tensors) {
          const exp = expected.get(name);
          if (!exp) {
            const why = ignoreReason(name, config.tie_word_embeddings);
            if (why) report.ignored.push({ name, reason: why });
            else unexpected.push(name);
            continue;
          }
          if (seen.has(name)) throw new Error(`${st.path}: tensor "${name}" appears in more than one file`);
          if (info.shape.join(',') !== exp.shape.join(',')) {
            throw new Error(`${st.path}: tensor "${name}" has shape [${info.shape}], config.json implies [${exp.shape}]`);
          }
          const data = await st.read(name);
          const v = tf.tidy(() => tf.variable(tf.tensor(data, info.shape, 'float32'), false));
          seen.add(name);
          report.parameters += v.size;
          report.float32Bytes += 4 * v.size;
          report.sourceBytes += info.byteLength;
          report.dtypes[info.dtype] = (report.dtypes[info.dtype] ?? 0) + 1;
          if (exp.linear) {
            const { path, part } = exp.linear;
            const entry = pending.get(path) ?? {};
            entry[part] = v;
            const needsBias = expected.has(`${path}.bias`);
            if (entry.weight && (entry.bias || !needsBias)) {
              pending.delete(path);
              finishLinear(path, entry.weight, entry.bias);
            } else pending.set(path, entry);
          } else params.set(name, v);
          options.onProgress?.({ tensorsDone: seen.size, tensorsTotal: totalTensors, bytesDone: report.sourceBytes, bytesTotal });
        }
      }
    } finally {
      for (const st of opened) await st.close();
    }
    if (unexpected.length) {
      throw new Error(
        `${dir}: ${unexpected.length} checkpoint tensor(s) are not used by a ${config.model_type} model of this config: ` +
          `${unexpected.slice(0, 5).join(', ')}${unexpected.length > 5 ? ', ...' : ''} (wrong model_type or config?)`,
      );
    }
    const missing = [...expected.keys()].filter((n) => !seen.has(n));
    if (missing.length) {
      throw new Error(`${dir}: checkpoint lacks ${missing.length} tensor(s): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`);
    }
    const tokenizer = options.tokenizer ?? (await loadTokenizer(dir, { template: options.template, ...options.templateOptions }));
    report.seconds = (Date.now() - t0) / 1000;
    const model = new LlamaFamilyModel({ config, generationDefaults, tokenizer, path: dir, params, linears });
    return Object.assign(model, { loadReport: report });
  } catch (e) {
    for (const v of params.values()) v.dispose();
    for (const l of linears.values()) l.dispose();
    for (const p of pending.values()) {
      p.weight?.dispose();
      p.bias?.dispose();
    }
    throw e;
  }
}
