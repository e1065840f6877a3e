/**
 * Training throughput and peak memory of LoRA fine-tuning at real model shapes, through the SDK:
 * a random-weight model of the shape (HF init: N(0, 0.02) projections and embeddings, unit norms),
 * LoRA r=16 alpha=32 dropout 0 on all seven projections, AdamW, random token batches, one
 * warm-up step and N timed steps of `trainOnExamples`.
 *
 * Usage:
 *   npm run bench:train -- --shape tiny|smollm135|qwen05 --batch B --seq T --steps N
 *                          [--quantize nf4|int8] [--threads K] [--gradient-checkpointing] [--profile] [--json]
 * --profile times every kernel call of the active backend and prints where the timed steps went.
 * Prints progress and per-step times, and ends with one JSON line (also written to
 * out/bench/train-<shape>.json):
 *   {"shape","batch","seq","steps","tokens_per_s","sec_per_step","peak_rss_mb","backend",...}
 * The PyTorch counterpart on the same shapes: scripts/reference/bench_torch_train.py.
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { LlamaFamilyModel, expectedTensors } from '../sdk/model/causal-lm.js';
import { parseModelConfig, type ModelConfig } from '../sdk/model/config.js';
import { DenseLinear } from '../sdk/model/linear.js';
import { quantizeWeight } from '../sdk/model/quant/quantize-model.js';
import type { Linear, MedTokenizer } from '../sdk/model/types.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { positiveInt } from './bench-util.js';
import { mulberry32 } from '../sdk/runtime/random.js';
import { applyLora } from '../sdk/train/lora.js';
import { trainOnExamples } from '../sdk/train/sft.js';
import type { SftExample } from '../sdk/train/sft-data.js';

/** Architectures of the published checkpoints (their config.json values that shape the compute). */
const SHAPES: Record<string, Record<string, unknown>> = {
  // data/models/medtune-tiny
  tiny: {
    model_type: 'llama', vocab_size: 32000, hidden_size: 128, intermediate_size: 352, num_hidden_layers: 4,
    num_attention_heads: 4, num_key_value_heads: 2, rms_norm_eps: 1e-5, rope_theta: 10000, tie_word_embeddings: true,
  },
  // HuggingFaceTB/SmolLM2-135M
  smollm135: {
    model_type: 'llama', vocab_size: 49152, hidden_size: 576, intermediate_size: 1536, num_hidden_layers: 30,
    num_attention_heads: 9, num_key_value_heads: 3, rms_norm_eps: 1e-5, rope_theta: 100000, tie_word_embeddings: true,
  },
  // Qwen/Qwen2.5-0.5B (q/k/v biases come with model_type qwen2)
  qwen05: {
    model_type: 'qwen2', vocab_size: 151936, hidden_size: 896, intermediate_size: 4864, num_hidden_layers: 24,
    num_attention_heads: 14, num_key_value_heads: 2, rms_norm_eps: 1e-6, rope_theta: 1000000, tie_word_embeddings: true,
  },
};

const { values } = parseArgs({
  options: {
    shape: { type: 'string', default: 'tiny' },
    batch: { type: 'string', default: '8' },
    seq: { type: 'string', default: '128' },
    steps: { type: 'string', default: '3' },
    quantize: { type: 'string' },
    threads: { type: 'string' },
    'gradient-checkpointing': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  strict: true,
});

/** Human-readable output; with --json it goes to stderr so stdout holds only the JSON line. */
const say = (...a: unknown[]) => (values.json ? console.error(...a) : console.log(...a));

/** Ids are their own text: the bench feeds token ids, never strings. */
function idTokenizer(vocabSize: number): MedTokenizer {
  return {
    encode: (text) => text.split(' ').filter(Boolean).map(Number),
    decode: (ids) => ids.join(' '),
    applyChatTemplate: (messages) => messages.map((m) => m.content).join(' '),
    eosTokenIds: [2],
    padTokenId: 0,
    vocabSize,
    templateName: 'ids',
  };
}

/** N(0, std) samples from medtune's seeded PRNG (Box-Muller): far faster than tf.randomNormal at 10^8 values. */
function normalArray(n: number, std: number, seed: number): Float32Array {
  const next = mulberry32(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(Math.max(next(), 1e-12))) * std;
    const th = 2 * Math.PI * next();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

/** A random-weight model of `cfg`; decoder projections quantized as they are created when asked. */
function randomModel(cfg: ModelConfig, quantize: 'nf4' | 'int8' | undefined, seed: number): LlamaFamilyModel {
  const params = new Map<string, tf.Variable>();
  const linears = new Map<string, Linear>();
  const pending = new Map<string, { weight?: tf.Tensor; bias?: tf.Tensor }>();
  const tensors = expectedTensors(cfg);
  let i = 0;
  for (const t of tensors) {
    i++;
    if (i % 50 === 0) process.stderr.write(`\rbuilding ${i}/${tensors.length} tensors`);
    const isNorm = t.name.endsWith('norm.weight');
    const size = t.shape.reduce((a, d) => a * d, 1);
    const value = isNorm ? tf.ones(t.shape) : t.name.endsWith('.bias') ? tf.zeros(t.shape) : tf.tensor(normalArray(size, 0.02, seed * 100003 + i), t.shape);
    if (!t.linear) {
      params.set(t.name, tf.variable(value, false));
      value.dispose();
      continue;
    }
    const entry = pending.get(t.linear.path) ?? {};
    entry[t.linear.part] = value;
    pending.set(t.linear.path, entry);
    const needsBias = tensors.some((u) => u.name === `${t.linear!.path}.bias`);
    if (!entry.weight || (needsBias && !entry.bias)) continue;
    pending.delete(t.linear.path);
    if (quantize && t.linear.path.startsWith('model.layers.')) {
      linears.set(t.linear.path, quantizeWeight(entry.weight, entry.bias, quantize));
      tf.dispose([entry.weight, entry.bias].filter((x): x is tf.Tensor => !!x));
    } else {
      const w = tf.variable(entry.weight, false);
      const b = entry.bias ? tf.variable(entry.bias, false) : undefined;
      tf.dispose([entry.weight, entry.bias].filter((x): x is tf.Tensor => !!x));
      linears.set(t.linear.path, new DenseLinear(w, b));
    }
  }
  process.stderr.write('\n');
  return new LlamaFamilyModel({ config: cfg, generationDefaults: {}, tokenizer: idTokenizer(cfg.vocab_size), path: `random:${values.shape}`, params, linears });
}

/** Wrap every kernel of `backend` to add its wall time to `into` (name -> [ms, calls]) while `on()`. */
function profileKernels(backend: string, into: Map<string, [number, number]>, on: () => boolean): void {
  for (const k of tf.getKernelsForBackend(backend)) {
    const inner = k.kernelFunc;
    tf.unregisterKernel(k.kernelName, backend);
    tf.registerKernel({
      ...k,
      kernelFunc: (args) => {
        if (!on()) return inner(args);
        const t = performance.now();
        const out = inner(args);
        const entry = into.get(k.kernelName) ?? [0, 0];
        entry[0] += performance.now() - t;
        entry[1]++;
        into.set(k.kernelName, entry);
        return out;
      },
    });
  }
}

/** Size of the tfjs wasm heap in MiB, or null on another backend. */
function wasmHeapMb(): number | null {
  const heap = (tf.backend() as { wasm?: { HEAPU8: Uint8Array } }).wasm?.HEAPU8;
  return heap ? Math.round(heap.buffer.byteLength / 2 ** 20) : null;
}

async function main(): Promise<void> {
  const shape = values.shape!;
  if (!SHAPES[shape]) throw new Error(`--shape: expected one of ${Object.keys(SHAPES).join(', ')}, got "${shape}"`);
  const batch = positiveInt(values.batch!, 'batch');
  const seq = positiveInt(values.seq!, 'seq');
  const steps = positiveInt(values.steps!, 'steps');
  const seed = positiveInt(values.seed!, 'seed');
  const quantize = values.quantize as 'nf4' | 'int8' | undefined;
  if (quantize !== undefined && quantize !== 'nf4' && quantize !== 'int8') throw new Error(`--quantize: expected nf4 or int8, got "${quantize}"`);
  if (values.threads) process.env.MEDTUNE_THREADS = String(positiveInt(values.threads, 'threads'));
  const backend = await initBackend();
  say(`backend: ${backend.reason}`);

  const cfg = parseModelConfig({ ...SHAPES[shape], max_position_embeddings: Math.max(seq, 512) }, `shape ${shape}`);
  const t0 = performance.now();
  const model = randomModel(cfg, quantize, seed);
  const lora = applyLora(model, { r: 16, alpha: 32, dropout: 0, targetModules: 'all', seed });
  say(`model ${shape}${quantize ? ` (${quantize})` : ''} built in ${((performance.now() - t0) / 1000).toFixed(1)} s; LoRA trains ${lora.trainableCount.toLocaleString('en-US')} of ${lora.totalCount.toLocaleString('en-US')} parameters`);

  // Random tokens (ids >= 3, clear of the special ids); every position after the first is a target.
  const next = mulberry32(seed);
  const examples: SftExample[] = Array.from({ length: batch * (steps + 1) }, (_, e) => {
    const ids = Array.from({ length: seq }, () => 3 + Math.floor(next() * (cfg.vocab_size - 3)));
    return { id: `random-${e}`, inputIds: ids, labels: ids, truncated: false };
  });
  const kernelTimes = new Map<string, [number, number]>();
  const stamps: number[] = [];
  // Kernels are timed from the end of the warm-up step.
  if (values.profile) profileKernels(tf.getBackend(), kernelTimes, () => stamps.length > 0);
  const losses: number[] = [];
  const started = performance.now();
  await trainOnExamples(
    model, examples, undefined,
    {
      variables: lora.namedVariables(), learningRate: 1e-4, lrSchedulerType: 'constant', weightDecay: 0,
      cutoffLen: seq, batchSize: batch, maxSteps: steps + 1, loggingSteps: steps + 1,
      gradientCheckpointing: values['gradient-checkpointing'], seed,
    },
    {
      onStep: (e) => {
        stamps.push(performance.now());
        losses.push(e.loss);
        const last = stamps.length === 1 ? stamps[0] - started : stamps.at(-1)! - stamps.at(-2)!;
        say(`step ${e.step}/${steps + 1}${e.step === 1 ? ' (warm-up)' : ''}: ${(last / 1000).toFixed(2)} s, loss ${e.loss.toFixed(4)}`);
      },
    },
  );
  const secPerStep = (stamps.at(-1)! - stamps[0]) / 1000 / steps;
  if (values.profile) {
    const total = (stamps.at(-1)! - stamps[0]) / steps;
    let inKernels = 0;
    say('kernel                      ms/step   calls/step  share');
    for (const [name, [ms, calls]] of [...kernelTimes].sort((a, b) => b[1][0] - a[1][0])) {
      inKernels += ms / steps;
      if (ms / steps >= total * 0.005) say(`${name.padEnd(26)} ${(ms / steps).toFixed(1).padStart(9)} ${(calls / steps).toFixed(0).padStart(11)} ${((100 * ms) / steps / total).toFixed(1).padStart(5)}%`);
    }
    say(`${'(outside kernels)'.padEnd(26)} ${(total - inKernels).toFixed(1).padStart(9)} ${''.padStart(11)} ${((100 * (total - inKernels)) / total).toFixed(1).padStart(5)}%`);
  }
  const result = {
    shape, batch, seq, steps,
    tokens_per_s: Math.round(((batch * seq) / secPerStep) * 10) / 10,
    sec_per_step: Math.round(secPerStep * 1000) / 1000,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    backend: backend.native?.active ? 'wasm+native' : backend.name,
    threads: backend.native?.threads ?? 1,
    quantize: quantize ?? null,
    gradient_checkpointing: values['gradient-checkpointing'],
    loss_first: losses[0],
    loss_last: losses.at(-1),
    // The wasm heap never shrinks: its size is the run's high-water mark (4096 is the hard cap).
    wasm_heap_peak_mb: wasmHeapMb(),
  };
  lora.remove();
  model.dispose();
  await writeJsonAtomic(`out/bench/train-${shape}.json`, result, { overwrite: true });
  console.error(`wrote out/bench/train-${shape}.json`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (process.env.DEBUG ? e.stack : e.message) : e);
  process.exit(1);
});
