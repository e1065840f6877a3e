/**
 * The GGUF writer's pieces, checked without running a model: the container layout (read back by
 * node-llama-cpp's own GGUF parser, not ours), Q8_0 blocks, the rotary row permutation (shown to
 * turn HF's half-split RoPE into llama.cpp's pairwise RoPE), tensor names and storage types, the
 * tokenizer metadata of both tokenizer families, and every refusal.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModelConfig } from '../../sdk/model/config.js';
import { architectureMetadata, ggufArchitecture } from '../../sdk/model/gguf/arch.js';
import { exportGguf } from '../../sdk/model/gguf/convert.js';
import { dequantizeQ8_0, quantizeQ8_0 } from '../../sdk/model/gguf/q8_0.js';
import { checkpointGgufSource, modelGgufSource } from '../../sdk/model/gguf/source.js';
import { ggufTensorName, permuteRotaryRows, tensorStorageType } from '../../sdk/model/gguf/tensors.js';
import { GGUF_TOKEN_TYPE, ggufVocab } from '../../sdk/model/gguf/vocab.js';
import { ggufHeader, writeGguf, type GgufPlan } from '../../sdk/model/gguf/writer.js';
import { loadModel } from '../../sdk/model/loader.js';
import { applyRope, ropeAngles } from '../../sdk/model/rope.js';
import { toFloat32 } from '../../sdk/model/safetensors.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { ExistsError } from '../../sdk/runtime/fs.js';
import { exportMergedGguf } from '../../sdk/train/gguf-export.js';
import { applyLora, LoraConfigSchema } from '../../sdk/train/lora.js';
import { LLAMA_TOKENIZER, QWEN_TOKENIZER } from './checkpoints.js';

const TINY = 'data/models/medtune-tiny';
let tmp: string;
let start: number;

beforeAll(async () => {
  await initBackend();
  start = tf.memory().numTensors;
  tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-format-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(start);
});

const f32 = (...v: number[]) => new Uint8Array(new Float32Array(v).buffer);

describe('GGUF container', () => {
  const plan = (): GgufPlan => ({
    kv: [
      { key: 'general.architecture', type: 'string', value: 'llama' },
      { key: 'test.u32', type: 'u32', value: 4000000000 },
      { key: 'test.i32', type: 'i32', value: -7 },
      { key: 'test.f32', type: 'f32', value: 0.5 },
      { key: 'test.bool', type: 'bool', value: true },
      { key: 'test.strings', type: 'array', itemType: 'string', value: ['a', 'βγ', ''] },
      { key: 'test.ints', type: 'array', itemType: 'i32', value: [1, -2, 3] },
    ],
    tensors: [
      { name: 'first.weight', shape: [2, 3], type: 'F32', bytes: () => f32(1, 2, 3, 4, 5, 6) },
      { name: 'second.weight', shape: [1], type: 'F32', bytes: () => f32(9) },
    ],
  });

  it('writes magic, version, counts, metadata and tensor infos that node-llama-cpp parses back', async () => {
    const path = join(tmp, 'layout.gguf');
    const size = await writeGguf(path, plan());
    const bytes = readFileSync(path);
    expect(bytes.length).toBe(size);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GGUF');
    expect(bytes.readUInt32LE(4)).toBe(3);
    expect(Number(bytes.readBigUInt64LE(8))).toBe(2); // tensors
    expect(Number(bytes.readBigUInt64LE(16))).toBe(7); // key/values
    const { header, offsets } = ggufHeader(plan());
    expect(header.length % 32).toBe(0);
    expect(offsets).toEqual([0, 32]); // 24 bytes padded to the 32-byte alignment
    expect(size).toBe(header.length + 32 + 32);
    // Tensor data: first tensor at the aligned header end, row-major.
    expect(Array.from(new Float32Array(bytes.buffer.slice(bytes.byteOffset + header.length, bytes.byteOffset + header.length + 24)))).toEqual([1, 2, 3, 4, 5, 6]);

    const info = await readGgufFileInfo(path, { logWarnings: false });
    const meta = info.metadata as unknown as Record<string, Record<string, unknown>>;
    expect(meta.general.architecture).toBe('llama');
    expect(meta.test).toEqual({ u32: 4000000000, i32: -7, f32: 0.5, bool: true, strings: ['a', 'βγ', ''], ints: [1, -2, 3] });
    const t = info.fullTensorInfo!;
    expect(t.map((x) => [x.name, x.dimensions.map(Number), x.ggmlType, Number(x.offset)])).toEqual([
      ['first.weight', [3, 2], 0, 0], // ggml order: innermost dimension first
      ['second.weight', [1], 0, 32],
    ]);
  });

  it('refuses duplicate keys or tensors, out-of-range integers and wrong byte counts, leaving no file behind', async () => {
    const dup = plan();
    dup.kv.push({ key: 'test.u32', type: 'u32', value: 1 });
    expect(() => ggufHeader(dup)).toThrow(/"test.u32" appears twice/);
    const dupT = plan();
    dupT.tensors.push({ ...dupT.tensors[1] });
    expect(() => ggufHeader(dupT)).toThrow(/"second.weight" appears twice/);
    const bad = plan();
    bad.kv[1] = { key: 'test.u32', type: 'u32', value: -1 };
    expect(() => ggufHeader(bad)).toThrow(/does not fit u32/);
    const short = plan();
    short.tensors[0].bytes = () => f32(1, 2);
    const path = join(tmp, 'short.gguf');
    await expect(writeGguf(path, short)).rejects.toThrow(/produced 8 bytes.*needs 24/);
    expect(readdirSync(tmp).filter((f) => f.startsWith('short'))).toEqual([]);
  });

  it('never overwrites without overwrite: true', async () => {
    const path = join(tmp, 'keep.gguf');
    writeFileSync(path, 'precious');
    await expect(writeGguf(path, plan())).rejects.toThrow(ExistsError);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    await writeGguf(path, plan(), { overwrite: true });
    expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('GGUF');
  });
});

describe('Q8_0 blocks', () => {
  it('stores an f16 scale max|x|/127 and int8 values rounded half away from zero', () => {
    const x = new Float32Array(32);
    x[0] = 127;
    x[1] = -127;
    x[2] = 2.5; // half: away from zero -> 3 (numpy's round-half-even would give 2)
    x[3] = -2.5;
    x[4] = 0.49;
    const q = quantizeQ8_0(x);
    expect(q.length).toBe(34);
    expect([q[0], q[1]]).toEqual([0x00, 0x3c]); // f16 1.0
    expect(Array.from(new Int8Array(q.buffer, 2, 5))).toEqual([127, -127, 3, -3, 0]);
    expect(Array.from(quantizeQ8_0(new Float32Array(32)))).toEqual(new Array(34).fill(0));
  });

  it('dequantizes within half a quantization step (plus the f16 rounding of the scale) of each block', () => {
    const x = Float32Array.from({ length: 256 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 32)));
    const q = quantizeQ8_0(x);
    const back = dequantizeQ8_0(q, x.length);
    for (let b = 0; b < 8; b++) {
      const d = toFloat32(q.subarray(b * 34, b * 34 + 2), 'F16')[0];
      // Rounding to the nearest step: d/2; the scale itself is stored as f16 (relative error <= 2^-11) and multiplies |q| <= 127.
      for (let j = 0; j < 32; j++) expect(Math.abs(back[b * 32 + j] - x[b * 32 + j])).toBeLessThanOrEqual(d * (0.5 + 127 * 2 ** -11) + 1e-6);
    }
    expect(() => quantizeQ8_0(new Float32Array(33))).toThrow(/multiple of 32/);
  });
});

describe('tensor mapping', () => {
  it('names tensors as llama.cpp does', () => {
    expect(ggufTensorName('model.embed_tokens.weight')).toBe('token_embd.weight');
    expect(ggufTensorName('lm_head.weight')).toBe('output.weight');
    expect(ggufTensorName('model.norm.weight')).toBe('output_norm.weight');
    expect(ggufTensorName('model.layers.11.self_attn.k_proj.bias')).toBe('blk.11.attn_k.bias');
    expect(ggufTensorName('model.layers.0.self_attn.q_norm.weight')).toBe('blk.0.attn_q_norm.weight');
    expect(ggufTensorName('model.layers.2.post_attention_layernorm.weight')).toBe('blk.2.ffn_norm.weight');
    expect(ggufTensorName('model.layers.0.mlp.down_proj.weight')).toBe('blk.0.ffn_down.weight');
    expect(ggufTensorName('model.layers.0.self_attn.rotary_emb.inv_freq')).toBeUndefined();
  });

  it('keeps norms, biases and vectors F32 and falls back to F16 for Q8_0 rows that are not whole blocks', () => {
    expect(tensorStorageType('blk.0.attn_norm.weight', [64], 'q8_0').type).toBe('F32');
    expect(tensorStorageType('blk.0.attn_q.bias', [64], 'f16').type).toBe('F32');
    expect(tensorStorageType('blk.0.attn_q_norm.weight', [16], 'f16').type).toBe('F32');
    expect(tensorStorageType('token_embd.weight', [100, 64], 'q8_0').type).toBe('Q8_0');
    expect(tensorStorageType('blk.0.ffn_down.weight', [64, 80], 'q8_0')).toMatchObject({ type: 'F16', note: expect.stringContaining('80') });
    expect(tensorStorageType('blk.0.ffn_down.weight', [64, 80], 'f32').type).toBe('F32');
  });

  it('the q/k row permutation turns HF half-split RoPE into llama.cpp pairwise RoPE with the same q·k', () => {
    expect(Array.from(permuteRotaryRows(Float32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), 2, 8, 1))).toEqual([0, 2, 1, 3, 4, 6, 5, 7]);
    const hd = 8;
    const nHead = 2;
    const q = Float32Array.from({ length: nHead * hd }, (_, i) => Math.cos(i * 0.7));
    const k = Float32Array.from({ length: nHead * hd }, (_, i) => Math.sin(i * 1.3));
    const invFreq = Float32Array.from({ length: hd / 2 }, (_, i) => 1 / 10000 ** ((2 * i) / hd));
    const [pq, pk] = [5, 2];
    // HF: rotate_half over each head, as medtune's forward does.
    const hf = (v: Float32Array, pos: number) =>
      tf.tidy(() => {
        const { cos, sin } = ropeAngles([[pos]], invFreq);
        const out = applyRope(tf.tensor4d(v, [1, 1, nHead, hd]), cos, sin).dataSync() as Float32Array;
        tf.dispose([cos, sin]);
        return out;
      });
    // llama.cpp LLAMA_ROPE_TYPE_NORM: rotate adjacent pairs (2i, 2i+1) by pos·invFreq[i].
    const pairwise = (v: Float32Array, pos: number) => {
      const out = new Float32Array(v.length);
      for (let h = 0; h < nHead; h++) {
        for (let i = 0; i < hd / 2; i++) {
          const a = pos * invFreq[i];
          const [x0, x1] = [v[h * hd + 2 * i], v[h * hd + 2 * i + 1]];
          out[h * hd + 2 * i] = x0 * Math.cos(a) - x1 * Math.sin(a);
          out[h * hd + 2 * i + 1] = x0 * Math.sin(a) + x1 * Math.cos(a);
        }
      }
      return out;
    };
    const dots = (a: Float32Array, b: Float32Array) =>
      Array.from({ length: nHead }, (_, h) => a.subarray(h * hd, (h + 1) * hd).reduce((s, x, i) => s + x * b[h * hd + i], 0));
    const expected = dots(hf(q, pq), hf(k, pk));
    const permuted = dots(pairwise(permuteRotaryRows(q, nHead, nHead * hd, 1), pq), pairwise(permuteRotaryRows(k, nHead, nHead * hd, 1), pk));
    const unpermuted = dots(pairwise(q, pq), pairwise(k, pk));
    for (let h = 0; h < nHead; h++) expect(permuted[h]).toBeCloseTo(expected[h], 5);
    expect(Math.max(...unpermuted.map((u, h) => Math.abs(u - expected[h])))).toBeGreaterThan(1e-2);
  });
});

describe('tokenizer metadata', () => {
  it('Llama-2 SentencePiece tokenizer: llama model, byte/control/unknown types, merge-rank scores, BOS added', () => {
    const v = ggufVocab(TINY, 32000);
    expect([v.model, v.pre, v.tokens.length]).toEqual(['llama', 'default', 32000]);
    expect(v.specials).toEqual({ bos: 1, eos: 2, unk: 0 });
    expect([v.addBos, v.addEos]).toEqual([true, false]);
    const types = v.types;
    expect([types[0], types[1], types[2], types[3], types[258], types[259]]).toEqual([
      GGUF_TOKEN_TYPE.UNKNOWN, GGUF_TOKEN_TYPE.CONTROL, GGUF_TOKEN_TYPE.CONTROL, GGUF_TOKEN_TYPE.BYTE, GGUF_TOKEN_TYPE.BYTE, GGUF_TOKEN_TYPE.NORMAL,
    ]);
    const scores = v.kv.find((k) => k.key === 'tokenizer.ggml.scores')!.value as Float32Array;
    const id = (piece: string) => v.tokens.indexOf(piece);
    // "▁t" is the first merge; "▁▁" (id 259) is merged late in Llama 2, so it must score lower despite its low id.
    expect(scores[id('▁t')]).toBe(-0);
    expect(scores[id('▁▁')]).toBeLessThan(scores[id('▁patient')]);
    expect(v.kv.find((k) => k.key === 'tokenizer.ggml.add_space_prefix')?.value).toBe(true);
    expect(v.kv.some((k) => k.key === 'tokenizer.ggml.merges')).toBe(false);
    expect(v.chatTemplate).toBeUndefined();
  });

  it('Qwen3 byte-level BPE: gpt2 model, qwen2 pre-tokenizer, merges, padding to the embedding rows, chat template', () => {
    const v = ggufVocab(QWEN_TOKENIZER, 151936);
    expect([v.model, v.pre, v.tokens.length]).toEqual(['gpt2', 'qwen2', 151936]);
    expect(v.tokens[151645]).toBe('<|im_end|>');
    expect(v.types[151645]).toBe(GGUF_TOKEN_TYPE.CONTROL);
    expect(v.types[151667]).toBe(GGUF_TOKEN_TYPE.USER_DEFINED); // <think>: not special in tokenizer.json
    expect([v.tokens[151935], v.types[151935]]).toEqual(['[PAD151935]', GGUF_TOKEN_TYPE.UNUSED]);
    expect(v.specials).toEqual({ eos: 151645, pad: 151643 });
    expect([v.addBos, v.addEos]).toEqual([false, false]);
    const merges = v.kv.find((k) => k.key === 'tokenizer.ggml.merges')!.value as string[];
    expect(merges.slice(0, 2)).toEqual(['Ġ Ġ', 'ĠĠ ĠĠ']);
    expect(v.kv.some((k) => k.key === 'tokenizer.ggml.scores')).toBe(false);
    expect(v.chatTemplate).toContain('<|im_start|>');
  });

  it('refuses tokenizers llama.cpp would tokenize differently, and ids beyond the embedding', () => {
    const dir = join(tmp, 'odd-tokenizer');
    mkdirSync(dir, { recursive: true });
    const tok = JSON.parse(readFileSync(join(QWEN_TOKENIZER, 'tokenizer.json'), 'utf8')) as { pre_tokenizer: { pretokenizers: { pattern: { Regex: string } }[] } };
    tok.pre_tokenizer.pretokenizers[0].pattern.Regex = '\\s+|\\w+';
    writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tok));
    copyFileSync(join(QWEN_TOKENIZER, 'tokenizer_config.json'), join(dir, 'tokenizer_config.json'));
    expect(() => ggufVocab(dir, 151936)).toThrow(/pre-tokenizer split regex.*not one llama.cpp implements/);
    expect(() => ggufVocab(QWEN_TOKENIZER, 1000)).toThrow(/outside config.json's vocab_size 1000/);
    expect(() => ggufVocab(tmp, 10)).toThrow(/no tokenizer.json/);
  });
});

describe('metadata and refusals', () => {
  const cfg = (over: Record<string, unknown>) =>
    parseModelConfig({ model_type: 'qwen3', vocab_size: 100, hidden_size: 32, intermediate_size: 64, num_hidden_layers: 1, num_attention_heads: 4, num_key_value_heads: 2, head_dim: 16, ...over }, 'test');

  it('writes architecture keys the way the converter does', () => {
    const q = architectureMetadata(cfg({}), { outtype: 'q8_0', name: 'x' });
    const kv = Object.fromEntries(q.kv.map((k) => [k.key, k.value]));
    expect(q.arch).toBe('qwen3');
    expect(kv).toMatchObject({ 'qwen3.attention.key_length': 16, 'qwen3.attention.head_count_kv': 2, 'general.file_type': 7, 'general.quantization_version': 2 });
    expect(kv['qwen3.vocab_size']).toBeUndefined();
    const l = architectureMetadata(cfg({ model_type: 'mistral', head_dim: undefined, rope_scaling: { type: 'linear', factor: 2 } }), { outtype: 'f16', name: 'x' });
    const lkv = Object.fromEntries(l.kv.map((k) => [k.key, k.value]));
    expect(l.arch).toBe('llama');
    expect(lkv).toMatchObject({ 'llama.rope.dimension_count': 8, 'llama.vocab_size': 100, 'llama.rope.scaling.type': 'linear', 'llama.rope.scaling.factor': 2, 'general.file_type': 1 });
  });

  it('refuses configurations llama.cpp would run differently', () => {
    expect(() => ggufArchitecture(cfg({ attention_bias: true }))).toThrow(/qwen3 with attention_bias/);
    expect(() => ggufArchitecture(cfg({ model_type: 'qwen2', mlp_bias: true }))).toThrow(/mlp_bias/);
    expect(() => ggufArchitecture({ ...cfg({}), model_type: 'gemma' } as never)).toThrow(/model_type "gemma" is not supported/);
  });

  it('refuses an unsupported architecture or a quantized checkpoint folder by name', async () => {
    const gemma = join(tmp, 'gemma');
    mkdirSync(gemma, { recursive: true });
    writeFileSync(join(gemma, 'config.json'), JSON.stringify({ model_type: 'gemma', vocab_size: 10 }));
    await expect(exportGguf(gemma, join(tmp, 'gemma.gguf'))).rejects.toThrow(/model_type "gemma" is not supported for GGUF export/);
    const gptq = join(tmp, 'gptq');
    mkdirSync(gptq, { recursive: true });
    const raw = JSON.parse(readFileSync(join(TINY, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(gptq, 'config.json'), JSON.stringify({ ...raw, quantization_config: { quant_method: 'gptq', bits: 4 } }));
    await expect(checkpointGgufSource(gptq)).rejects.toThrow(/quantization_config \(gptq\).*full-precision/);
    expect(existsSync(join(tmp, 'gemma.gguf'))).toBe(false);
  });

  it('refuses a model loaded with quantized projections (and its merged export), before writing anything', async () => {
    const model = await loadModel(TINY, { quantize: 'int8' });
    try {
      expect(() => modelGgufSource(model)).toThrow(/quantized.*full-precision/);
      const lora = applyLora(model, LoraConfigSchema.parse({ r: 2, targetModules: ['v_proj'] }));
      await expect(exportMergedGguf(model, lora, join(tmp, 'q.gguf'))).rejects.toThrow(/quantized.*Merge into full-precision/);
      expect(existsSync(join(tmp, 'q.gguf'))).toBe(false);
      lora.remove();
    } finally {
      model.dispose();
    }
  });

  it('rejects unknown or invalid options by name', async () => {
    await expect(exportGguf(TINY, join(tmp, 'opts.gguf'), { outType: 'f16' } as never)).rejects.toThrow(/Unrecognized key: "outType"/);
    await expect(exportGguf(TINY, join(tmp, 'opts.gguf'), { outtype: 'q4_0' } as never)).rejects.toThrow(/outtype/);
    expect(existsSync(join(tmp, 'opts.gguf'))).toBe(false);
  });

  it('refuses an existing output without overwrite, and a path that is not .gguf', async () => {
    const out = join(tmp, 'exists.gguf');
    writeFileSync(out, 'x');
    await expect(exportGguf(TINY, out)).rejects.toThrow(/already exists.*--force/);
    await expect(exportGguf(TINY, join(tmp, 'model.bin'))).rejects.toThrow(/should end in .gguf/);
    expect(readFileSync(out, 'utf8')).toBe('x');
  });
});
