/**
 * Peak memory of loadModel against the float32 size of the weights.
 *
 * Generates (once, into out/bench/model-f16/, not committed) a ~75M-parameter Llama checkpoint
 * stored as F16 in two shards, then loads it in a fresh child process and reads the child's
 * peak resident set size (`process.resourceUsage().maxRSS`) before and after the load. It also
 * times one forward pass over 64 tokens on the loaded model. Target: peak RSS under ~2x the
 * float32 size of the weights.
 *
 * Usage: nice -n 10 npx tsx scripts/bench-load.ts [--regenerate]
 * Writes out/bench/load.json and prints it.
 *
 * @example
 * nice -n 10 npx tsx scripts/bench-load.ts
 */
import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { expectedTensors } from '../sdk/model/causal-lm.js';
import { parseModelConfig } from '../sdk/model/config.js';
import { loadModel } from '../sdk/model/loader.js';
import { writeSafetensors, type TensorToWrite } from '../sdk/model/safetensors.js';
import type { MedTokenizer } from '../sdk/model/types.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { mulberry32 } from '../sdk/runtime/random.js';

const DIR = 'out/bench/model-f16';
const CONFIG = {
  model_type: 'llama',
  vocab_size: 32000,
  hidden_size: 768,
  intermediate_size: 2048,
  num_hidden_layers: 8,
  num_attention_heads: 12,
  num_key_value_heads: 4,
  max_position_embeddings: 2048,
  rms_norm_eps: 1e-5,
  tie_word_embeddings: true,
  torch_dtype: 'float16',
};

/** Writes the benchmark checkpoint: uniform noise scaled like an initialised model, two shards. */
async function generate(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const cfg = parseModelConfig(CONFIG);
  const all = expectedTensors(cfg);
  const next = mulberry32(12345);
  const weightMap: Record<string, string> = {};
  const half = Math.ceil(all.length / 2);
  for (const [s, part] of [all.slice(0, half), all.slice(half)].entries()) {
    const file = `model-0000${s + 1}-of-00002.safetensors`;
    const tensors: Record<string, TensorToWrite> = {};
    for (const t of part) {
      const n = t.shape.reduce((a, b) => a * b, 1);
      const data = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        data[i] = t.name.endsWith('norm.weight') ? 1 : (next() - 0.5) * 0.04;
      }
      tensors[t.name] = { dtype: 'F16', shape: t.shape, data };
      weightMap[t.name] = file;
    }
    await writeSafetensors(join(DIR, file), tensors, { format: 'pt' });
    process.stderr.write(`wrote ${file}\n`);
  }
  await writeJsonAtomic(join(DIR, 'model.safetensors.index.json'), { metadata: {}, weight_map: weightMap });
  await writeJsonAtomic(join(DIR, 'config.json'), CONFIG);
}

/** The benchmark needs no text: a tokenizer that is never asked to tokenize. */
const NO_TEXT: MedTokenizer = {
  encode: () => {
    throw new Error('bench model has no tokenizer');
  },
  decode: () => '',
  applyChatTemplate: () => '',
  eosTokenIds: [2],
  padTokenId: 0,
  vocabSize: 32000,
  templateName: 'none',
};

/** Runs in the child: load, measure, print one JSON line. */
async function child(): Promise<void> {
  const backend = await initBackend();
  const baseline = process.resourceUsage().maxRSS * 1024;
  const t0 = Date.now();
  const model = await loadModel(DIR, { tokenizer: NO_TEXT });
  const loadSeconds = (Date.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  const ids = tf.tensor2d([Array.from({ length: 64 }, (_, i) => 100 + i)], [1, 64], 'int32');
  model.forward(ids).logits.dispose(); // warm-up
  const t1 = Date.now();
  model.forward(ids).logits.dispose();
  const forwardMs = Date.now() - t1;
  const r = model.loadReport;
  console.log(
    JSON.stringify({
      backend: backend.name,
      parameters: r.parameters,
      source_bytes: r.sourceBytes,
      float32_bytes: r.float32Bytes,
      baseline_rss_bytes: baseline,
      peak_rss_bytes: peak,
      peak_rss_over_float32: +(peak / r.float32Bytes).toFixed(3),
      load_rss_increase_over_float32: +((peak - baseline) / r.float32Bytes).toFixed(3),
      load_seconds: loadSeconds,
      forward_64_tokens_ms: forwardMs,
    }),
  );
  model.dispose();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { child: { type: 'boolean' }, regenerate: { type: 'boolean' } }, strict: true });
  if (values.child) return child();
  if (values.regenerate || !existsSync(join(DIR, 'config.json'))) await generate();
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--child'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const result = { ...JSON.parse(out.trim().split('\n').at(-1)!), node: process.version, date: new Date().toISOString() };
  await writeJsonAtomic('out/bench/load.json', result, { overwrite: true });
  console.log(JSON.stringify(result, null, 2));
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
