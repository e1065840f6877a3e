/**
 * Pretrain the embedded model (data/models/medtune-tiny) with this SDK's own trainer: full-
 * parameter causal-LM training on the PHI-free synthetic clinical corpus (data/pretrain/clinical.txt).
 *
 * Reproducible: seeded document shuffle, seeded trainer. Writes nothing unless asked: with
 * `--out <dir>` it writes `model.safetensors` (BF16) there (an existing file needs `--force`),
 * `pretraining.json` (recipe, tokens seen, wall time, losses, samples) and appends a "Pretraining"
 * section to `<dir>/README.md` when present.
 *
 * Usage:
 *   nice -n 10 npx tsx scripts/pretrain-embedded.ts --bench                      # tokens/s per batch size
 *   nice -n 10 npx tsx scripts/pretrain-embedded.ts --steps 600 --batch 8 \
 *     --out data/models/medtune-tiny --force > out/pretrain.log 2>&1
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { generate } from '../sdk/model/generate.js';
import { loadModel } from '../sdk/model/loader.js';
import { writeSafetensors, type TensorToWrite } from '../sdk/model/safetensors.js';
import type { CausalLM } from '../sdk/model/types.js';
import { initBackend } from '../sdk/runtime/backend.js';
import { assertWritable, writeJsonAtomic } from '../sdk/runtime/fs.js';
import { progressBar } from '../sdk/train/progress.js';
import { Rng } from '../sdk/runtime/random.js';
import { sftBatches, textWindows } from '../sdk/train/sft-data.js';
import { sftLoss, trainOnExamples } from '../sdk/train/sft.js';
import { corpusVocabulary, sampledSoftmaxLoss } from '../sdk/train/vocab-subset.js';
import { evaluateLoss } from '../sdk/train/trainer.js';

const { values: a } = parseArgs({
  options: {
    model: { type: 'string', default: 'data/models/medtune-tiny' },
    corpus: { type: 'string', default: 'data/pretrain/clinical.txt' },
    'seq-len': { type: 'string', default: '128' },
    batch: { type: 'string', default: '8' },
    steps: { type: 'string', default: '600' },
    lr: { type: 'string', default: '2e-3' },
    'warmup-ratio': { type: 'string', default: '0.05' },
    'weight-decay': { type: 'string', default: '0.1' },
    'eval-docs': { type: 'string', default: '0.02' },
    'eval-steps': { type: 'string', default: '100' },
    negatives: { type: 'string', default: '1024' },
    'eval-windows': { type: 'string', default: '24' },
    seed: { type: 'string', default: '1234' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    bench: { type: 'boolean', default: false },
    samples: { type: 'boolean', default: false },
  },
  strict: true,
});
const seqLen = Number(a['seq-len']);
const seed = Number(a.seed);

/** Documents are separated by blank lines; each gets BOS ... EOS so the model learns boundaries. */
function tokenizeCorpus(model: CausalLM, text: string): { train: number[]; val: number[]; docs: number; valDocs: number } {
  const docs = text.split(/\n\s*\n/).map((d) => d.trim()).filter(Boolean);
  const order = new Rng(seed).permutation(docs.length);
  const nVal = Math.max(1, Math.round(docs.length * Number(a['eval-docs'])));
  const enc = (i: number) => [...model.tokenizer.encode(docs[i], { addSpecialTokens: true }), ...model.tokenizer.eosTokenIds.slice(0, 1)];
  const val = order.slice(0, nVal).flatMap(enc);
  const train = order.slice(nVal).flatMap(enc);
  return { train, val, docs: docs.length, valDocs: nVal };
}

const SAMPLE_SETTINGS = 'greedy: doSample false, repetitionPenalty 1.1; topK: topK 20, temperature 0.8, seed 7; 40 new tokens';
const SAMPLE_PROMPTS = ['CHIEF COMPLAINT:', 'The patient is a 64-year-old man with', 'IMPRESSION:', 'MRI brain without contrast:'];

async function samples(model: CausalLM): Promise<{ prompt: string; greedy: string; topK: string }[]> {
  const out = [];
  for (const prompt of SAMPLE_PROMPTS) {
    // Explicit settings: the checkpoint's generation_config samples by default.
    const greedy = await generate(model, prompt, { maxNewTokens: 40, doSample: false, repetitionPenalty: 1.1 });
    const topK = await generate(model, prompt, { maxNewTokens: 40, doSample: true, topK: 20, temperature: 0.8, topP: 1, seed: 7 });
    out.push({ prompt, greedy: greedy.text, topK: topK.text });
  }
  return out;
}

async function bench(model: CausalLM, ids: number[]): Promise<void> {
  const windows = textWindows(ids.slice(0, seqLen * 64), seqLen);
  const vocab = corpusVocabulary(ids, [...model.tokenizer.eosTokenIds, model.tokenizer.bosTokenId ?? 1], model.config.vocab_size);
  console.log(`corpus vocabulary: ${vocab.ids.length} of ${model.config.vocab_size} tokens`);
  const params = model.parameters();
  for (const v of params.values()) v.trainable = true;
  const rows = [];
  for (const [b, full] of [[8, true], [8, false], [16, false], [32, false]] as const) {
    const [batch] = [...sftBatches(windows.slice(0, b), { batchSize: b, padId: 0 })];
    const negatives = Number(a.negatives);
    const step = () => {
      const { value, grads } = tf.variableGrads(
        () => (full ? sftLoss(model, batch) : sampledSoftmaxLoss(model, batch, vocab, { negatives, seed: 1 })),
        [...params.values()],
      );
      value.dispose();
      Object.values(grads).forEach((g) => g?.dispose());
    };
    step(); // warm-up: kernel compilation
    const t0 = Date.now();
    const n = 2;
    for (let i = 0; i < n; i++) step();
    const s = (Date.now() - t0) / 1000 / n;
    rows.push({ batch: b, loss: full ? 'full softmax' : `sampled (${negatives} negatives)`, secondsPerStep: s, tokensPerSec: (b * seqLen) / s });
    console.log(`batch ${b} x ${seqLen}, ${full ? 'full softmax' : 'sampled softmax'}: ${s.toFixed(2)} s/step, ${Math.round((b * seqLen) / s)} tokens/s (forward + backward)`);
  }
  await writeJsonAtomic('out/bench/pretrain-throughput.json', { backend: tf.getBackend(), seqLen, rows, when: new Date().toISOString() }, { overwrite: true });
}

async function main(): Promise<void> {
  const backend = await initBackend();
  console.error(`backend: ${backend.reason}`);
  const t0 = Date.now();
  const model = await loadModel(a.model!);
  if (a.samples) {
    // Samples of the checkpoint as it is on disk; with --out also stored in pretraining.json.
    const after = await samples(model);
    console.log(JSON.stringify(after, null, 2));
    const jsonPath = a.out ? join(a.out, 'pretraining.json') : undefined;
    if (jsonPath && existsSync(jsonPath)) {
      const prev = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
      // Runs written before explicit settings existed sampled with the checkpoint defaults: say so.
      const before = prev.samplesSettings ? {} : { samplesBeforeSettings: 'checkpoint generation_config defaults (sampling, temperature 0.7, top-p 0.9, unseeded)' };
      await writeJsonAtomic(jsonPath, { ...prev, ...before, samplesAfter: after, samplesSettings: SAMPLE_SETTINGS }, { overwrite: a.force });
    }
    return;
  }
  const text = readFileSync(a.corpus!, 'utf8');
  const corpus = tokenizeCorpus(model, text);
  console.error(`corpus: ${corpus.docs} documents (${corpus.valDocs} held out), ${corpus.train.length} train tokens, ${corpus.val.length} validation tokens, tokenized in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (a.bench) return bench(model, corpus.train);

  const weightsPath = a.out ? join(a.out, 'model.safetensors') : undefined;
  if (weightsPath) assertWritable(weightsPath, { overwrite: a.force });
  const train = textWindows(corpus.train, seqLen);
  // Full-vocabulary evaluation costs a 32k-row projection per token: a fixed slice keeps it cheap.
  const val = textWindows(corpus.val, seqLen).slice(0, Number(a['eval-windows']));
  const before = await samples(model);
  const evalBatches = () => sftBatches(val, { batchSize: 16, padId: 0 });
  const initialLoss = evaluateLoss(evalBatches, (b) => sftLoss(model, b), (b) => b.targets);
  console.error(`initial validation loss ${initialLoss.toFixed(4)} (ln 32000 = ${Math.log(32000).toFixed(4)})`);
  const recipe = {
    objective: 'causal LM, every token a target, full parameters; training steps use a sampled softmax (corpus vocabulary + random negatives), evaluation the full 32k softmax',
    negatives: Number(a.negatives),
    seqLen, batchSize: Number(a.batch), steps: Number(a.steps), learningRate: Number(a.lr), scheduler: 'cosine',
    warmupRatio: Number(a['warmup-ratio']), weightDecay: Number(a['weight-decay']), noDecay: 'norm weights', maxGradNorm: 1,
    optimizer: 'AdamW (0.9, 0.999, 1e-8)', seed, corpus: a.corpus, trainWindows: train.length, valWindows: val.length, valTokens: val.length * seqLen,
  };
  const vocab = corpusVocabulary(corpus.train, [...model.tokenizer.eosTokenIds, model.tokenizer.bosTokenId ?? 1], model.config.vocab_size);
  const negatives = Number(a.negatives);
  console.error(`corpus vocabulary: ${vocab.ids.length} of ${model.config.vocab_size} tokens; ${negatives} sampled negatives per step`);
  const result = await trainOnExamples(model, train, val, {
    trainLoss: (b, ctx) => sampledSoftmaxLoss(model, b, vocab, { negatives, seed: ctx.seed }),
    learningRate: recipe.learningRate, maxSteps: recipe.steps, batchSize: recipe.batchSize, cutoffLen: seqLen,
    lrSchedulerType: 'cosine', warmupRatio: recipe.warmupRatio, weightDecay: recipe.weightDecay,
    noDecay: (n) => n.endsWith('norm.weight'), maxGradNorm: 1, seed, loggingSteps: 10, evalSteps: Number(a['eval-steps']),
  }, progressBar({ label: 'pretrain', plain: true }));
  const after = await samples(model);
  // The file stores BF16: measure the loss of the rounded weights too.
  const bf16 = new Map<string, TensorToWrite>();
  for (const [name, v] of model.parameters()) {
    const data = (await v.data()) as Float32Array;
    bf16.set(name, { dtype: 'BF16', shape: [...v.shape], data });
  }
  const summary = {
    recipe,
    backend: backend.name,
    tokensSeen: result.tokensSeen,
    epochs: result.tokensSeen / corpus.train.length,
    trainWallSeconds: result.wallSeconds,
    totalWallSeconds: (Date.now() - t0) / 1000,
    initialValidationLoss: initialLoss,
    finalTrainLoss: result.finalLoss,
    finalValidationLoss: result.finalEvalLoss,
    finalValidationPerplexity: result.finalEvalLoss === undefined ? undefined : Math.exp(result.finalEvalLoss),
    history: result.history,
    samplesBefore: before,
    samplesAfter: after,
    samplesSettings: SAMPLE_SETTINGS,
    when: new Date().toISOString(),
  };
  console.log(JSON.stringify({ ...summary, history: undefined }, null, 2));
  if (!a.out || !weightsPath) {
    console.error('no --out given: weights not written');
    return;
  }
  await writeSafetensors(weightsPath, Object.fromEntries(bf16), { format: 'pt' }, { overwrite: a.force });
  await writeJsonAtomic(join(a.out, 'pretraining.json'), summary, { overwrite: a.force });
  const readme = join(a.out, 'README.md');
  if (existsSync(readme)) {
    const s = summary;
    const fmt = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));
    appendFileSync(readme, [
      '',
      '## Pretraining',
      '',
      `Pretrained with medtune's own trainer by \`scripts/pretrain-embedded.ts\` (${s.when.slice(0, 10)}, ${backend.name} backend, 2 shared CPU cores, \`nice\`d):`,
      '',
      '| | |',
      '|---|---|',
      `| corpus | \`${a.corpus}\` (${corpus.docs} synthetic PHI-free clinical documents; ${corpus.valDocs} held out for validation) |`,
      `| objective | causal LM on every token, all ${[...model.parameters().values()].reduce((n, v) => n + v.size, 0).toLocaleString('en-US')} parameters trained |`,
      `| recipe | ${recipe.steps} steps x batch ${recipe.batchSize} x ${seqLen} tokens, AdamW lr ${recipe.learningRate} cosine, warmup ${recipe.warmupRatio}, weight decay ${recipe.weightDecay} (not on norms), clip 1.0, seed ${seed} |`,
      `| tokens seen | ${s.tokensSeen.toLocaleString('en-US')} (${s.epochs.toFixed(2)} epochs of ${corpus.train.length.toLocaleString('en-US')} training tokens) |`,
      `| wall time | ${(s.trainWallSeconds / 60).toFixed(1)} min training, ${(s.totalWallSeconds / 60).toFixed(1)} min in all |`,
      `| validation loss | ${fmt(s.initialValidationLoss)} before, ${fmt(s.finalValidationLoss)} after (perplexity ${fmt(s.finalValidationPerplexity)}) |`,
      '',
      'Reproduce: `nice -n 10 npx tsx scripts/pretrain-embedded.ts ' +
        `--steps ${recipe.steps} --batch ${recipe.batchSize} --seq-len ${seqLen} --lr ${recipe.learningRate} --seed ${seed} --out data/models/medtune-tiny --force\`. ` +
        'Samples before and after are in `pretraining.json`.',
      '',
    ].join('\n'));
  }
  console.error(`wrote ${weightsPath}, ${join(a.out, 'pretraining.json')}`);
}

main().catch((e) => {
  console.error(`pretrain: ${(e as Error).message}`);
  process.exit(1);
});
