/**
 * Speed of the alignment building blocks on the embedded model: batched vs one-at-a-time
 * sampling (the GRPO rollout), one GRPO optimizer step, one DPO optimizer step, and canary
 * scoring throughput. Timings, never assertions; the machine's load changes them.
 *
 * Usage: npm run bench:align [-- <checkpoint dir>]   (default data/models/medtune-tiny)
 * Prints a table and ends with one JSON line (also written to out/bench/align.json).
 */
import { loadModel } from '../sdk/model/loader.js';
import { generate } from '../sdk/model/generate.js';
import { generateBatch } from '../sdk/model/generate-batch.js';
import { scoreContinuations } from '../sdk/model/score-continuations.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { DpoConfigSchema } from '../sdk/train/dpo-config.js';
import { trainDpo } from '../sdk/train/dpo.js';
import { GrpoConfigSchema } from '../sdk/train/grpo-config.js';
import { grpoPrompts } from '../sdk/train/grpo-data.js';
import { trainGrpo } from '../sdk/train/grpo.js';
import { applyLora } from '../sdk/train/lora.js';
import { tokenizePairs } from '../sdk/train/preference-data.js';
import type { DataRecord } from '../sdk/data/records.js';

const dir = process.argv[2] ?? 'data/models/medtune-tiny';
const G = 4;
const NEW_TOKENS = 16;

const question = (i: number): DataRecord => ({
  kind: 'instruction', id: `q${i}`, source: { file: 'bench', format: 'alpaca' }, meta: {}, task: 'mcq',
  instruction: 'Answer with the letter of the correct option.',
  input: `Which drug is a beta blocker? (${i})\nA. metoprolol\nB. warfarin\nC. omeprazole\nD. furosemide`, output: 'Answer: A',
});

async function main(): Promise<void> {
  const backend = await initBackend();
  const model = await loadModel(dir, { template: 'chatml' });
  const { prompts } = grpoPrompts(model.tokenizer, [0, 1, 2, 3].map(question), { maxPromptTokens: 256 });
  const sampling = { doSample: true, temperature: 1, topK: 0, topP: 1, maxNewTokens: NEW_TOKENS, minNewTokens: NEW_TOKENS, eosTokenIds: [] as number[] };
  const time = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return (performance.now() - t0) / 1000;
  };
  await generateBatch(model, [prompts[0].ids], { ...sampling, maxNewTokens: 2, minNewTokens: 2, seed: 0 }); // warm-up
  const rows = prompts.length * G;
  const sequential = await time(async () => {
    for (const [i, p] of prompts.entries()) for (let k = 0; k < G; k++) await generate(model, p.ids, { ...sampling, seed: i * G + k });
  });
  const batched = await time(() => generateBatch(model, prompts.map((p) => p.ids), { ...sampling, numReturnSequences: G, seed: 0 }));
  const lora = applyLora(model, { r: 8, alpha: 16, dropout: 0 });
  function answer_a(_p: string, c: string) {
    return c.includes('A') ? 1 : 0;
  }
  const grpo = GrpoConfigSchema.parse({ num_generations: G, max_completion_length: NEW_TOKENS });
  let grpoStep = 0;
  await trainGrpo(model, prompts, { grpo, rewardFuncs: [answer_a], batchSize: rows, lora, learningRate: 1e-4, maxSteps: 2 }, { onStep: (e) => { grpoStep = e.elapsedSeconds / e.step; } });
  const pairs = prompts.map((p, i) => ({ id: `p${i}`, source: { file: 'bench', format: 'trl' }, prompt: p.messages, chosen: 'Answer: A. Metoprolol is a beta blocker.', rejected: 'Answer: B. Warfarin.', meta: {} }));
  const { examples } = tokenizePairs(model.tokenizer, pairs, { cutoffLen: 256 });
  let dpoStep = 0;
  await trainDpo(model, examples, undefined, { dpo: DpoConfigSchema.parse({}), batchSize: 4, lora, learningRate: 1e-4, maxSteps: 2 }, { onStep: (e) => { dpoStep = e.elapsedSeconds / e.step; } });
  const candidates = Array.from({ length: 256 }, (_, i) => model.tokenizer.encode(` 555-${String(100 + (i % 900)).padStart(3, '0')}-${String(1000 + i).slice(-4)}.`, { addSpecialTokens: false }));
  const scoring = await time(() => scoreContinuations(model, prompts[0].ids, candidates));
  const result = {
    bench: 'align', backend: backend.name, model: dir, promptTokens: prompts[0].ids.length, completions: rows, newTokens: NEW_TOKENS,
    sequentialSamplingSeconds: sequential, batchedSamplingSeconds: batched, samplingSpeedup: sequential / batched,
    grpoStepSeconds: grpoStep, dpoStepSeconds: dpoStep, canaryCandidatesPerSecond: candidates.length / scoring,
  };
  console.log(`sampling ${rows} x ${NEW_TOKENS} tokens (prompt ${result.promptTokens} tokens): one at a time ${sequential.toFixed(2)} s, batched ${batched.toFixed(2)} s (${result.samplingSpeedup.toFixed(1)}x)`);
  console.log(`GRPO step (${rows} completions incl. sampling, reference and update): ${grpoStep.toFixed(2)} s`);
  console.log(`DPO step (4 pairs, reference precomputed): ${dpoStep.toFixed(2)} s`);
  console.log(`canary scoring: ${result.canaryCandidatesPerSecond.toFixed(0)} candidates/s`);
  await writeJsonAtomic('out/bench/align.json', result, { overwrite: true });
  console.log(JSON.stringify(result));
  model.dispose();
}

await main();
