/**
 * Where the float32 weights of a GGUF export come from: a loaded `CausalLM` (its full-precision
 * parameters, possibly with merged adapter values supplied by the caller) or a checkpoint folder
 * read straight from its safetensors files, one tensor at a time, without TensorFlow.js.
 *
 * Both refuse quantized weights: GGUF quantization starts from full precision, and re-quantizing
 * int8/NF4/GPTQ values would stack two roundings the runtime cannot undo.
 *
 * @example
 * const src = await checkpointGgufSource('data/models/medtune-tiny');
 * try { await src.weights.read('model.norm.weight'); } finally { await src.close(); }
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { expectedTensors } from '../causal-lm.js';
import { FallbackTemplateName, templateJinja } from '../chat-templates.js';
import { parseGenerationDefaults, parseModelConfig, type GenerationDefaults, type ModelConfig } from '../config.js';
import { quantizedProjections } from '../linear.js';
import { weightFiles } from '../loader.js';
import { readSafetensors, type SafetensorsFile } from '../safetensors.js';
import type { CausalLM, MedTokenizer } from '../types.js';

/**
 * Float32 values of a Hugging Face tensor by state-dict name, row-major.
 *
 * @example
 * const w: WeightSource = { read: async (name) => params.get(name)! };
 */
export interface WeightSource {
  read(name: string): Promise<Float32Array>;
}

/**
 * A model to export: its config, the folder holding its tokenizer files, its weights, and (when
 * loaded) its tokenizer, whose chat template the GGUF and Modelfile carry.
 *
 * @example
 * const src: GgufSource = modelGgufSource(model);
 */
export interface GgufSource {
  config: ModelConfig;
  /** Checkpoint folder: tokenizer.json, tokenizer_config.json, config.json. */
  dir: string;
  weights: WeightSource;
  tokenizer?: MedTokenizer;
  /** Chat template source when it is not the folder's own (a named fallback). */
  chatTemplate?: string;
  /** Default `general.name`. */
  name: string;
  /** generation_config.json: the Modelfile's sampling parameters. */
  generation?: GenerationDefaults;
}

/**
 * The export source of a loaded model. `weights` defaults to the model's own parameters; pass
 * another source to export modified values (a merged adapter).
 *
 * @example
 * const src = modelGgufSource(model); // refuses a model loaded with quantize: 'nf4'
 */
export function modelGgufSource(model: CausalLM, weights?: WeightSource): GgufSource {
  const quantized = quantizedProjections(model);
  if (quantized.length) {
    throw new Error(
      `GGUF export: ${quantized.length} projection(s) are quantized (first: ${quantized[0]}); a GGUF must be built from ` +
        'full-precision weights. Load the model without quantize (and apply the adapter to it), then export; ' +
        'use --outtype q8_0 for a quantized file.',
    );
  }
  const params = model.parameters();
  const template = FallbackTemplateName.safeParse(model.tokenizer.templateName);
  return {
    config: model.config,
    dir: model.path,
    tokenizer: model.tokenizer,
    chatTemplate: template.success ? templateJinja(template.data) : undefined,
    name: basename(resolve(model.path)),
    generation: model.generationDefaults,
    weights: weights ?? {
      async read(name) {
        const v = params.get(name);
        if (!v) throw new Error(`GGUF export: the model has no parameter "${name}"`);
        // A copy: some backends hand out their backing store.
        return ((await v.data()) as Float32Array).slice();
      },
    },
  };
}

/**
 * The export source of a checkpoint folder, read lazily from its safetensors files (call
 * `close()` when done). Every tensor is checked against the config before anything is written.
 *
 * @example
 * const src = await checkpointGgufSource('out/merged');
 */
export async function checkpointGgufSource(dir: string): Promise<GgufSource & { close(): Promise<void> }> {
  const configPath = join(dir, 'config.json');
  if (!existsSync(configPath)) throw new Error(`${dir}: no config.json; expected a Hugging Face checkpoint folder`);
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${configPath}: not valid JSON (${(e as Error).message})`);
  }
  if (!['llama', 'mistral', 'qwen2', 'qwen3'].includes(raw.model_type as string)) {
    throw new Error(`${configPath}: model_type ${JSON.stringify(raw.model_type)} is not supported for GGUF export; expected llama, mistral, qwen2 or qwen3`);
  }
  if (raw.quantization_config != null) {
    const method = (raw.quantization_config as { quant_method?: unknown }).quant_method;
    throw new Error(
      `${configPath}: quantization_config${method ? ` (${String(method)})` : ''} says the checkpoint holds quantized weights; ` +
        'GGUF export needs full-precision (F32/F16/BF16) weights: export from the original checkpoint',
    );
  }
  const config = parseModelConfig(raw, configPath);
  const expected = new Map(expectedTensors(config).map((t) => [t.name, t.shape]));
  const opened: SafetensorsFile[] = [];
  const where = new Map<string, SafetensorsFile>();
  try {
    for (const file of weightFiles(dir).keys()) {
      if (!existsSync(file)) throw new Error(`${file}: listed in model.safetensors.index.json but missing`);
      const st = await readSafetensors(file);
      opened.push(st);
      for (const [name, info] of st.tensors) {
        const shape = expected.get(name);
        if (!shape) {
          const harmless = name.endsWith('.rotary_emb.inv_freq') || (name === 'lm_head.weight' && config.tie_word_embeddings);
          if (harmless) continue;
          throw new Error(`${file}: tensor "${name}" is not part of a ${config.model_type} model of this config (wrong model_type or config?)`);
        }
        if (!['F32', 'F16', 'BF16'].includes(info.dtype)) {
          throw new Error(`${file}: tensor "${name}" is ${info.dtype}; GGUF export needs full-precision F32/F16/BF16 weights`);
        }
        if (info.shape.join() !== shape.join()) throw new Error(`${file}: tensor "${name}" has shape [${info.shape}], config.json implies [${shape}]`);
        where.set(name, st);
      }
    }
    const missing = [...expected.keys()].filter((n) => !where.has(n));
    if (missing.length) throw new Error(`${dir}: checkpoint lacks ${missing.length} tensor(s): ${missing.slice(0, 5).join(', ')}`);
  } catch (e) {
    for (const st of opened) await st.close();
    throw e;
  }
  const genPath = join(dir, 'generation_config.json');
  let generation: GenerationDefaults | undefined;
  if (existsSync(genPath)) {
    try {
      generation = parseGenerationDefaults(JSON.parse(readFileSync(genPath, 'utf8')), genPath);
    } catch (e) {
      for (const st of opened) await st.close();
      throw e instanceof SyntaxError ? new Error(`${genPath}: not valid JSON (${e.message})`) : e;
    }
  }
  return {
    config,
    dir,
    generation,
    name: basename(resolve(dir)),
    weights: {
      read(name) {
        const st = where.get(name);
        if (!st) throw new Error(`${dir}: no tensor "${name}" in the checkpoint`);
        return st.read(name);
      },
    },
    async close() {
      for (const st of opened) await st.close();
    },
  };
}
