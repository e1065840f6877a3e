/**
 * GGUF export parity, measured in llama.cpp (node-llama-cpp, CPU): for the embedded medtune-tiny
 * and tiny random Qwen2 / Qwen3 / Mistral checkpoints (built as in test/gguf), export f32, f16
 * and q8_0, run each file, and compare next-token log-probabilities (whole vocabulary at each
 * prompt's last position, both runtimes' top-32 and a 2,048-id sample elsewhere), greedy
 * continuations (8 tokens) and tokenization with medtune.
 *
 * Usage: npx tsx scripts/gguf-parity.ts
 * Prints a table and ends with one JSON line (also written to out/bench/gguf-parity.json).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGguf } from '../sdk/model/gguf/convert.js';
import { GGUF_OUTTYPES } from '../sdk/model/gguf/tensors.js';
import { compareWithLlamaCpp, parityVerdict } from '../sdk/model/gguf/verify.js';
import { loadModel } from '../sdk/model/loader.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { tinyCheckpoint } from '../test/gguf/checkpoints.js';
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

await initBackend();
const tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-parity-'));
const rows: Row[] = [];
try {
  const sources: [string, string][] = [['medtune-tiny (llama)', 'data/models/medtune-tiny']];
  for (const kind of ['qwen2', 'qwen3', 'mistral'] as const) sources.push([`tiny ${kind}`, await tinyCheckpoint(tmp, kind)]);
  for (const [label, dir] of sources) {
    const model = await loadModel(dir);
    try {
      for (const outtype of GGUF_OUTTYPES) {
        const r = await exportGguf(dir, join(tmp, `${label.replace(/\W+/g, '-')}-${outtype}.gguf`), { outtype, modelfile: false });
        const p = await compareWithLlamaCpp(model, r.path, { prompts: PROMPTS, texts: TEXTS, greedyTokens: 8 });
        rows.push({
          model: label,
          outtype,
          bytes: r.bytes,
          maxAbsLogprobDiff: p.maxAbsLogprobDiff,
          top1Agreement: p.prompts.reduce((a, q) => a + q.top1Agreement, 0) / p.prompts.length,
          greedyIdentical: `${p.greedyMatches}/${p.prompts.length}`,
          maxDivergenceGap: Math.max(...p.prompts.map((q) => q.greedy.divergenceGap)),
          tokenizerIdentical: `${TEXTS.length - p.tokenizerMismatches.length}/${TEXTS.length}`,
          ok: parityVerdict(p, outtype).ok,
        });
        const row = rows[rows.length - 1];
        console.log(
          `${label.padEnd(22)} ${outtype.padEnd(5)} ${(row.bytes / 1e6).toFixed(1).padStart(6)} MB  max|Δlogprob| ${row.maxAbsLogprobDiff.toExponential(2)}  ` +
            `top-1 ${(100 * row.top1Agreement).toFixed(0)}%  greedy ${row.greedyIdentical}${row.maxDivergenceGap ? ` (gap ≤ ${row.maxDivergenceGap.toFixed(3)})` : ''}  tokenizer ${row.tokenizerIdentical}  ${row.ok ? 'OK' : 'FAIL'}`,
        );
      }
    } finally {
      model.dispose();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const summary = { bench: 'gguf-parity', runtime: 'node-llama-cpp (llama.cpp CPU, f32 KV cache, no flash attention)', rows };
await writeJsonAtomic('out/bench/gguf-parity.json', summary, { overwrite: true });
console.log(JSON.stringify(summary));
process.exit(0);
