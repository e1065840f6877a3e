/**
 * GGUF export parity, measured in llama.cpp (node-llama-cpp, CPU): for the embedded medtune-tiny
 * and tiny random Qwen2 / Qwen3 / Mistral checkpoints (built as in test/gguf), export f32, f16
 * and q8_0, run each file, and compare next-token log-probabilities (whole vocabulary at each
 * prompt's last position, both runtimes' top-32 and a 2,048-id sample elsewhere), greedy
 * continuations (8 tokens) and tokenization with medtune. Then the embedded model with a random
 * rsLoRA adapter (base GGUF + LoRA GGUF; merged f16/q8_0), and three deliberately broken exports
 * (rows marked BROKEN, which must fail).
 *
 * Usage: npx tsx scripts/gguf-parity.ts
 * Prints a table and ends with one JSON line (also written to out/bench/gguf-parity.json).
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGguf, planModelGguf } from '../sdk/model/gguf/convert.js';
import { modelGgufSource } from '../sdk/model/gguf/source.js';
import { GGUF_OUTTYPES, type GgufOuttype } from '../sdk/model/gguf/tensors.js';
import { writeGguf } from '../sdk/model/gguf/writer.js';
import { compareWithLlamaCpp, parityVerdict } from '../sdk/model/gguf/verify.js';
import { loadModel } from '../sdk/model/loader.js';
import type { CausalLM } from '../sdk/model/types.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { exportLoraGguf, exportMergedGguf } from '../sdk/train/gguf-export.js';
import { applyLora, LoraConfigSchema } from '../sdk/train/lora.js';
import { tinyCheckpoint } from '../test/gguf/checkpoints.js';
import { CORRUPTIONS } from '../test/gguf/corruptions.js';
import { PROMPTS, TEXTS } from '../test/gguf/parity.js';

interface Row {
  model: string;
  outtype: string;
  bytes: number;
  maxAbsLogprobDiff: number;
  top1Agreement: number;
  greedyIdentical: string;
  /** Largest gap (medtune log-prob of its own greedy token minus of llama.cpp's) where continuations diverge; 0 if none. */
  maxDivergenceGap: number;
  tokenizerIdentical: string;
  ok: boolean;
}

const rows: Row[] = [];

function report(row: Row): void {
  rows.push(row);
  const gap = row.maxDivergenceGap ? ` (gap ≤ ${row.maxDivergenceGap.toFixed(3)})` : '';
  console.log(
    `${row.model.padEnd(30)} ${row.outtype.padEnd(5)} ${(row.bytes / 1e6).toFixed(2).padStart(6)} MB  max|Δlogprob| ${row.maxAbsLogprobDiff.toExponential(2)}  ` +
      `top-1 ${(100 * row.top1Agreement).toFixed(0)}%  greedy ${row.greedyIdentical}${gap}  tokenizer ${row.tokenizerIdentical}  ${row.ok ? 'OK' : 'FAIL'}`,
  );
}

/** Run `gguf` (+ `lora`) in llama.cpp against `model` and report one row. */
async function check(model: CausalLM, label: string, outtype: GgufOuttype, gguf: string, bytes: number, lora?: string): Promise<void> {
  const p = await compareWithLlamaCpp(model, gguf, { prompts: PROMPTS, texts: TEXTS, greedyTokens: 8, lora });
  report({
    model: label,
    outtype,
    bytes,
    maxAbsLogprobDiff: p.maxAbsLogprobDiff,
    top1Agreement: p.prompts.reduce((a, q) => a + q.top1Agreement, 0) / p.prompts.length,
    greedyIdentical: `${p.greedyMatches}/${p.prompts.length}`,
    maxDivergenceGap: Math.max(...p.prompts.map((q) => q.greedy.divergenceGap)),
    tokenizerIdentical: `${TEXTS.length - p.tokenizerMismatches.length}/${TEXTS.length}`,
    ok: parityVerdict(p, outtype).ok,
  });
}

const TINY = 'data/models/medtune-tiny';
await initBackend();
const tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-parity-'));
try {
  const sources: [string, string][] = [['medtune-tiny (llama)', TINY]];
  for (const kind of ['qwen2', 'qwen3', 'mistral'] as const) sources.push([`tiny ${kind}`, await tinyCheckpoint(tmp, kind)]);
  for (const [label, dir] of sources) {
    const model = await loadModel(dir);
    try {
      for (const outtype of GGUF_OUTTYPES) {
        const r = await exportGguf(dir, join(tmp, `${label.replace(/\W+/g, '-')}-${outtype}.gguf`), { outtype, modelfile: false });
        await check(model, label, outtype, r.path, r.bytes);
      }
    } finally {
      model.dispose();
    }
  }

  // The embedded model with a random rsLoRA adapter (as test/gguf/runtime-lora.test.ts): base GGUF
  // + LoRA GGUF, and merged GGUFs; then deliberately broken exports, which must fail.
  const model = await loadModel(TINY);
  try {
    const base = (await exportGguf(TINY, join(tmp, 'base-f32.gguf'), { outtype: 'f32', modelfile: false })).path;
    // Broken exports first, on the plain model.
    for (const [label, corrupt] of Object.entries(CORRUPTIONS)) {
      const src = modelGgufSource(model);
      const { plan } = planModelGguf(src, { outtype: 'f32' });
      corrupt(plan, src);
      const path = join(tmp, `${label.replace(/\W+/g, '-')}.gguf`);
      await check(model, `BROKEN: ${label}`, 'f32', path, await writeGguf(path, plan));
    }
    const lora = applyLora(model, LoraConfigSchema.parse({ r: 4, alpha: 8, dropout: 0, useRslora: true, seed: 3 }));
    let seed = 11;
    for (const l of lora.layers.values()) {
      const b = tf.randomNormal(l.B.shape, 0, 0.05, 'float32', seed++);
      l.B.assign(b);
      b.dispose();
    }
    const adapter = await exportLoraGguf(model, lora, join(tmp, 'adapter-f32.gguf'));
    await check(model, 'tiny + LoRA GGUF (f32 base)', 'f32', base, adapter.bytes, adapter.path);
    for (const outtype of ['f16', 'q8_0'] as const) {
      const r = await exportMergedGguf(model, lora, join(tmp, `merged-${outtype}.gguf`), { outtype, modelfile: false });
      await check(model, 'tiny + LoRA merged', outtype, r.path, r.bytes);
    }
  } finally {
    model.dispose();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const summary = { bench: 'gguf-parity', runtime: 'node-llama-cpp (llama.cpp CPU, f32 KV cache, no flash attention)', rows };
await writeJsonAtomic('out/bench/gguf-parity.json', summary, { overwrite: true });
console.log(JSON.stringify(summary));
process.exit(0);
