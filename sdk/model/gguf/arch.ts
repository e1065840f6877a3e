/**
 * The GGUF architecture and hyper-parameter metadata of a checkpoint, with the keys and values
 * llama.cpp's converter writes (TextModel / LlamaModel / Qwen2Model / Qwen3Model
 * `set_gguf_parameters`), and the refusals for configurations llama.cpp would run differently.
 *
 * Mistral checkpoints are written as `llama` (the converter registers MistralForCausalLM under
 * LlamaModel). llama.cpp's llama and qwen2 architectures attend to the whole context; within a
 * sliding window that equals sliding-window attention, so when a config uses one the written
 * context length is capped at the window (and a note says so) instead of silently running
 * different attention on longer inputs.
 *
 * @example
 * const { arch, kv, notes } = architectureMetadata(cfg, { outtype: 'f16', name: 'medtune-tiny' });
 * arch; // 'llama'
 */
import { modelDims, slidingWindowFor, type ModelConfig } from '../config.js';
import { GGUF_FILE_TYPE, type GgufOuttype } from './tensors.js';
import type { GgufKv } from './writer.js';

/** llama.cpp architectures medtune exports. @example const a: GgufArch = 'qwen3'; */
export type GgufArch = 'llama' | 'qwen2' | 'qwen3';

/** ggml quantization format version (`GGML_QUANT_VERSION`), written as the converter does. */
const QUANT_VERSION = 2;

/**
 * The llama.cpp architecture of a config, or an error naming what llama.cpp cannot run.
 *
 * @example
 * ggufArchitecture({ ...cfg, model_type: 'mistral' }); // 'llama'
 */
export function ggufArchitecture(cfg: ModelConfig): GgufArch {
  const type = cfg.model_type as string;
  const refuse = (why: string) => {
    throw new Error(`GGUF export: ${why}`);
  };
  if (type !== 'llama' && type !== 'mistral' && type !== 'qwen2' && type !== 'qwen3') {
    refuse(`model_type "${type}" is not supported; expected llama, mistral, qwen2 or qwen3`);
  }
  const arch: GgufArch = type === 'qwen2' ? 'qwen2' : type === 'qwen3' ? 'qwen3' : 'llama';
  if (arch !== 'llama' && cfg.mlp_bias) refuse(`${type} with mlp_bias: llama.cpp's ${arch} architecture has no MLP biases`);
  if (arch === 'qwen3' && cfg.attention_bias) refuse(`qwen3 with attention_bias: llama.cpp's qwen3 architecture has no attention biases`);
  const scaling = cfg.rope_scaling?.rope_type ?? cfg.rope_scaling?.type ?? 'default';
  if (arch !== 'llama' && scaling === 'llama3') refuse(`${type} with llama3 rope scaling: llama.cpp reads rope factors only for the llama architecture`);
  return arch;
}

/**
 * Inverse-frequency divisors of Llama 3 rope scaling, written as the `rope_freqs.weight` tensor
 * (the converter's `generate_extra_tensors`): llama.cpp divides each frequency by its factor.
 *
 * @example
 * llama3RopeFactors(cfg).length; // head_dim / 2
 */
export function llama3RopeFactors(cfg: ModelConfig): Float32Array {
  const rs = cfg.rope_scaling!;
  const dim = modelDims(cfg).headDim;
  const factor = rs.factor!;
  const low = rs.low_freq_factor!;
  const high = rs.high_freq_factor!;
  const oldCtx = rs.original_max_position_embeddings!;
  const out = new Float32Array(dim / 2);
  for (let i = 0; i < dim / 2; i++) {
    const freq = 1 / cfg.rope_theta ** (Math.fround((2 * i) / dim));
    const wavelen = (2 * Math.PI) / freq;
    if (wavelen < oldCtx / high) out[i] = 1;
    else if (wavelen > oldCtx / low) out[i] = factor;
    else {
      const smooth = (oldCtx / wavelen - low) / (high - low);
      out[i] = 1 / ((1 - smooth) / factor + smooth);
    }
  }
  return out;
}

/** Options of `architectureMetadata`. @example const o: ArchitectureMetadataOptions = { outtype: 'q8_0', name: 'tuned' }; */
export interface ArchitectureMetadataOptions {
  outtype: GgufOuttype;
  /** `general.name`. */
  name: string;
  /** `general.type`: 'model' for a model, 'adapter' for a LoRA adapter. */
  type?: 'model' | 'adapter';
}

/**
 * `general.*` and `<arch>.*` metadata of `cfg`; `notes` say where the file deviates from the
 * checkpoint (capped context length).
 *
 * @example
 * const { kv, contextLength } = architectureMetadata(cfg, { outtype: 'f16', name: 'medtune-tiny' });
 */
export function architectureMetadata(
  cfg: ModelConfig,
  opts: ArchitectureMetadataOptions,
): { arch: GgufArch; kv: GgufKv[]; contextLength: number; notes: string[] } {
  const arch = ggufArchitecture(cfg);
  const d = modelDims(cfg);
  const notes: string[] = [];
  let contextLength = cfg.max_position_embeddings;
  const windows = Array.from({ length: cfg.num_hidden_layers }, (_, l) => slidingWindowFor(cfg, l)).filter((w): w is number => w !== undefined);
  if (windows.length) {
    const w = Math.min(...windows);
    if (w < contextLength) {
      notes.push(
        `context length capped at ${w} (sliding_window): llama.cpp's ${arch} architecture attends to the whole context, ` +
          `which matches the checkpoint's sliding-window attention only up to ${w} tokens`,
      );
      contextLength = w;
    }
  }
  const u32 = (key: string, value: number): GgufKv => ({ key: `${arch}.${key}`, type: 'u32', value });
  const f32 = (key: string, value: number): GgufKv => ({ key: `${arch}.${key}`, type: 'f32', value });
  const kv: GgufKv[] = [
    { key: 'general.architecture', type: 'string', value: arch },
    { key: 'general.type', type: 'string', value: opts.type ?? 'model' },
    { key: 'general.name', type: 'string', value: opts.name },
  ];
  if (opts.type === 'adapter') return { arch, kv, contextLength, notes };
  kv.push(
    u32('block_count', cfg.num_hidden_layers),
    u32('context_length', contextLength),
    u32('embedding_length', cfg.hidden_size),
    u32('feed_forward_length', cfg.intermediate_size),
    u32('attention.head_count', d.nHeads),
    u32('attention.head_count_kv', d.nKv),
    f32('rope.freq_base', cfg.rope_theta),
    f32('attention.layer_norm_rms_epsilon', cfg.rms_norm_eps),
    u32('attention.key_length', d.headDim),
    u32('attention.value_length', d.headDim),
  );
  const scaling = cfg.rope_scaling?.rope_type ?? cfg.rope_scaling?.type ?? 'default';
  if (scaling === 'linear') {
    kv.push({ key: `${arch}.rope.scaling.type`, type: 'string', value: 'linear' }, f32('rope.scaling.factor', cfg.rope_scaling!.factor!));
  }
  if (arch === 'llama') kv.push(u32('vocab_size', cfg.vocab_size), u32('rope.dimension_count', d.headDim));
  kv.push({ key: 'general.file_type', type: 'u32', value: GGUF_FILE_TYPE[opts.outtype] });
  kv.push({ key: 'general.quantization_version', type: 'u32', value: QUANT_VERSION });
  return { arch, kv, contextLength, notes };
}
