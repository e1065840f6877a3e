/**
 * Shared parity checks of the llama.cpp runtime tests: export a checkpoint at every output type,
 * run each file in node-llama-cpp, and hold the measurements to the documented tolerances.
 * node-llama-cpp is required: a missing install fails these tests (it is a devDependency).
 *
 * @example
 * await expectParity(model, dir, tmp, 'qwen3');
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { exportGguf, type ExportGgufResult } from '../../sdk/model/gguf/convert.js';
import { GGUF_OUTTYPES, type GgufOuttype } from '../../sdk/model/gguf/tensors.js';
import { compareWithLlamaCpp, GGUF_PARITY_TOLERANCE, parityVerdict, type LlamaCppParity } from '../../sdk/model/gguf/verify.js';
import type { CausalLM } from '../../sdk/model/types.js';

/** Clinical-style prompts (synthetic). */
export const PROMPTS = ['The patient was admitted with', 'Chest X-ray shows a small', 'Temperature 38.5 C, productive cough'];

/** Texts whose tokenization must match: words, digits, whitespace runs, tabs/newlines, unicode, emoji. */
export const TEXTS = [
  'The patient denies chest pain or shortness of breath.',
  'BP 150/95 mmHg, HR 110 bpm, SpO2 93% on room air; 2024-01-05 at 14:30.',
  'digits 1234567890 3.14159 0.5mg x3',
  '  leading spaces,   runs of   spaces and trailing  ',
  'tabs\tand\nnewlines\n\n\nend',
  'Métformine, naïve, façade, 日本語の診断, Ωμέγα, emoji 🚑🩺',
  "don't won't it's — en–dash “quotes”",
];

/**
 * Export `source` as each output type into `dir` and check parity of each file with `model`
 * (on PROMPTS and TEXTS plus `extra`); resolves to the measurements and exports per output type.
 *
 * @example
 * const { parity } = await expectParity(model, ckptDir, tmp, 'tiny');
 */
export async function expectParity(
  model: CausalLM,
  source: string,
  dir: string,
  label: string,
  extra: { prompts?: (string | number[])[]; texts?: string[] } = {},
): Promise<{ parity: Record<GgufOuttype, LlamaCppParity>; exports: Record<GgufOuttype, ExportGgufResult> }> {
  const prompts = [...PROMPTS, ...(extra.prompts ?? [])];
  const texts = [...TEXTS, ...(extra.texts ?? [])];
  const out = {} as Record<GgufOuttype, LlamaCppParity>;
  const exports = {} as Record<GgufOuttype, ExportGgufResult>;
  for (const outtype of GGUF_OUTTYPES) {
    const r = await exportGguf(source, join(dir, `${label}-${outtype}.gguf`), { outtype });
    exports[outtype] = r;
    const p = await compareWithLlamaCpp(model, r.path, { prompts, texts, greedyTokens: 8 });
    const verdict = parityVerdict(p, outtype);
    expect(verdict.problems, `${label} ${outtype}`).toEqual([]);
    expect(p.maxAbsLogprobDiff).toBeLessThanOrEqual(GGUF_PARITY_TOLERANCE[outtype]);
    expect(p.tokenizerMismatches).toEqual([]);
    if (outtype !== 'q8_0') expect(p.greedyMatches, `${label} ${outtype} greedy`).toBe(prompts.length);
    // Top-1 agreement over every prompt position, not only the continuation.
    const agreement = p.prompts.reduce((a, q) => a + q.top1Agreement, 0) / p.prompts.length;
    expect(agreement).toBeGreaterThanOrEqual(outtype === 'q8_0' ? 0.8 : 1);
    out[outtype] = p;
  }
  // Precision ordering: f32 is the tightest; the others are not better than float32.
  expect(out.f32.maxAbsLogprobDiff).toBeLessThanOrEqual(out.q8_0.maxAbsLogprobDiff);
  return { parity: out, exports };
}
