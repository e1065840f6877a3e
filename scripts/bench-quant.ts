/**
 * Memory (and a forward-pass timing) of the embedded model in float32, int8 and NF4.
 *
 * Usage: npm run bench:quant [-- <checkpoint dir>]   (default data/models/medtune-tiny)
 * Prints a table and writes out/bench/quant.json. Bytes of quantized projections are what the
 * layers hold (codes + statistics); embeddings, norms and lm_head stay float32, as in bitsandbytes.
 */
import * as tf from '@tensorflow/tfjs';
import { loadModel } from '../sdk/model/loader.js';
import type { CausalLM } from '../sdk/model/types.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { bytesPerParameter, makeQuantizeLinear } from '../sdk/model/quant/quantize-model.js';

const dir = process.argv[2] ?? 'data/models/medtune-tiny';

interface Row {
  variant: string;
  projectionParams: number;
  projectionBytes: number;
  projectionBytesPerParam: number;
  otherFloatBytes: number;
  totalBytes: number;
  /** max |logits - float32 logits| on the probe batch. */
  maxLogitDiff: number;
  forwardMs: number;
}

function projectionStats(model: CausalLM): { params: number; bytes: number } {
  let params = 0;
  let bytes = 0;
  for (const [path, l] of model.linears()) {
    if (!path.startsWith('model.layers.')) continue;
    const n = l.inFeatures * l.outFeatures;
    params += n;
    bytes += n * bytesPerParameter(l);
  }
  return { params, bytes };
}

async function main(): Promise<void> {
  const backend = await initBackend();
  const probe = tf.tensor2d([Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 1000 + 3)], [1, 64], 'int32');
  const variants: { name: string; opts: Parameters<typeof loadModel>[1] }[] = [
    { name: 'float32', opts: {} },
    { name: 'int8', opts: { quantize: 'int8', quantizeLinear: makeQuantizeLinear() } },
    { name: 'nf4', opts: { quantize: 'nf4', quantizeLinear: makeQuantizeLinear({ doubleQuant: false }) } },
    { name: 'nf4+dq', opts: { quantize: 'nf4', quantizeLinear: makeQuantizeLinear({ doubleQuant: true }) } },
  ];
  const rows: Row[] = [];
  let reference: Float32Array | undefined;
  for (const v of variants) {
    process.stderr.write(`loading ${dir} as ${v.name}...\n`);
    const model = await loadModel(dir, v.opts);
    const proj = projectionStats(model);
    let other = 0;
    for (const [name, p] of model.parameters()) if (!/^model\.layers\.\d+\.(self_attn|mlp)\.\w+_proj\./.test(name)) other += 4 * p.size;
    tf.tidy(() => model.forward(probe).logits.dataSync()); // warm-up (kernel compilation, caches)
    const t0 = performance.now();
    const logits = tf.tidy(() => model.forward(probe).logits.dataSync() as Float32Array);
    const forwardMs = performance.now() - t0;
    reference ??= logits;
    let diff = 0;
    for (let i = 0; i < logits.length; i++) diff = Math.max(diff, Math.abs(logits[i] - reference[i]));
    rows.push({
      variant: v.name,
      projectionParams: proj.params,
      projectionBytes: Math.round(proj.bytes),
      projectionBytesPerParam: proj.bytes / proj.params,
      otherFloatBytes: other,
      totalBytes: Math.round(proj.bytes + other),
      maxLogitDiff: diff,
      forwardMs,
    });
    model.dispose();
  }
  probe.dispose();
  const mb = (b: number) => (b / 2 ** 20).toFixed(2);
  console.log(`checkpoint ${dir}, backend ${backend.name}, probe batch [1, 64]`);
  console.log('variant   proj B/param  proj MiB  other MiB  total MiB  max|Δlogit|  forward ms');
  for (const r of rows) {
    console.log(
      `${r.variant.padEnd(9)} ${r.projectionBytesPerParam.toFixed(4).padStart(12)} ${mb(r.projectionBytes).padStart(9)} ${mb(r.otherFloatBytes).padStart(10)} ${mb(r.totalBytes).padStart(10)} ${r.maxLogitDiff.toExponential(2).padStart(12)} ${r.forwardMs.toFixed(1).padStart(11)}`,
    );
  }
  const out = 'out/bench/quant.json';
  await writeJsonAtomic(out, { checkpoint: dir, backend: backend.name, probeTokens: 64, date: new Date().toISOString(), rows }, { overwrite: true });
  console.log(`wrote ${out}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
