/**
 * Deliberate export errors, applied to a GGUF plan, that the llama.cpp comparison must catch:
 * a transposed square weight, the q/k rotary permutation left out, two vocabulary entries swapped.
 * Shared by test/gguf/runtime-lora.test.ts and scripts/gguf-parity.ts.
 *
 * @example
 * const { plan } = planModelGguf(src, { outtype: 'f32' });
 * CORRUPTIONS['attn_q transposed'](plan, src);
 */
import type { GgufSource } from '../../sdk/model/gguf/source.js';
import { encodeTensor } from '../../sdk/model/gguf/tensors.js';
import type { GgufKv, GgufPlan } from '../../sdk/model/gguf/writer.js';

export type Corruption = (plan: GgufPlan, src: GgufSource) => void;

export const CORRUPTIONS: Record<'attn_q transposed' | 'q/k not permuted' | 'two tokens swapped', Corruption> = {
  // blk.0.attn_q of medtune-tiny is square (128 x 128): the file still loads, with the wrong values.
  'attn_q transposed': (plan) => {
    const t = plan.tensors.find((x) => x.name === 'blk.0.attn_q.weight')!;
    const original = t.bytes.bind(t);
    t.bytes = async () => {
      const w = new Float32Array((await original()).slice().buffer);
      const [rows, cols] = t.shape;
      const tr = new Float32Array(w.length);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) tr[c * rows + r] = w[r * cols + c];
      return encodeTensor(tr, 'F32');
    };
  },
  // q/k in Hugging Face's half-split rotary layout, as a converter without the permutation writes them.
  'q/k not permuted': (plan, src) => {
    for (const t of plan.tensors) {
      const m = /^blk\.(\d+)\.attn_(q|k)\.weight$/.exec(t.name);
      if (m) t.bytes = async () => encodeTensor(await src.weights.read(`model.layers.${m[1]}.self_attn.${m[2]}_proj.weight`), 'F32');
    }
  },
  // "▁chest" and "▁pain" trade places: logits are untouched, tokenization is not.
  'two tokens swapped': (plan) => {
    const kv = plan.kv.find((k) => k.key === 'tokenizer.ggml.tokens') as Extract<GgufKv, { itemType: 'string' }>;
    const tokens = [...kv.value];
    const [a, b] = [tokens.indexOf('▁chest'), tokens.indexOf('▁pain')];
    if (a < 0 || b < 0) throw new Error('the vocabulary lacks ▁chest or ▁pain');
    [tokens[a], tokens[b]] = [tokens[b], tokens[a]];
    kv.value = tokens;
  },
};
