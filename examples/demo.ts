/**
 * The whole medtune pipeline on the embedded data and model, in a few minutes on 2 CPU cores:
 * load reports -> clean -> de-identify -> instructions -> split (no patient in two splits)
 * -> QLoRA fine-tune (NF4 base + LoRA) -> evaluate base vs fine-tuned on the test split
 * -> guarded generation -> adapter, data, reports on disk.
 *
 * Every run writes to a new folder under out/demo/, so nothing earlier is overwritten.
 *
 * Run: npm run demo  (options: --steps N, --out DIR)
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  dataset,
  evaluate,
  guardedGenerate,
  headlineMetrics,
  initBackend,
  writeCompareReport,
  type DataRecord,
} from '../sdk/index.js';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '24' },
    out: { type: 'string' },
    'eval-limit': { type: 'string', default: '16' },
  },
  strict: true,
});
const steps = Number(args.steps);
const evalLimit = Number(args['eval-limit']);
if (!Number.isInteger(steps) || steps < 1) throw new Error(`--steps: found '${args.steps}'; expected a positive integer`);
if (!Number.isInteger(evalLimit) || evalLimit < 1) throw new Error(`--eval-limit: found '${args['eval-limit']}'; expected a positive integer`);

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const out = args.out ?? join('out', 'demo', stamp);
mkdirSync(out, { recursive: true });
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (msg: string) => console.log(`[${secs()}] ${msg}`);

const backend = await initBackend();
say(`backend: ${backend.reason}`);

// 1. Data: reports with embedded fake PHI -> instruction pairs, split by patient.
const raw = await dataset('data/corpus/reports.jsonl');
const prepared = raw
  .clean()
  .deidentify({ mode: 'surrogate', seed: 7 })
  .sections()
  .toInstructions(['impression', 'summarize_findings', 'recommendations'], {
    system: 'You are a clinical documentation assistant. Answer concisely.',
  });
const splits = prepared.split({ train: 0.8, val: 0.1, test: 0.1, seed: 42 });
say(`data: ${raw.size} reports -> ${prepared.size} instruction pairs (train ${splits.train.size}, val ${splits.val.size}, test ${splits.test.size})`);
const deid = prepared.deidReport;
if (deid) {
  const counts = Object.entries(deid.counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
  say(`de-identified (surrogate mode): ${counts}`);
}
say(`patients in more than one split: ${splits.overlap().length}`);
await splits.save(join(out, 'data'));

// 2. QLoRA: NF4 base, LoRA on every projection, loss on responses only.
const run = await splits.lora({ lora_rank: 8, lora_alpha: 16, lora_target: 'all' }).train({
  model_name_or_path: 'data/models/medtune-tiny',
  template: 'alpaca',
  quantization_bit: 4,
  max_steps: steps,
  per_device_train_batch_size: 4,
  lr_scheduler_type: 'cosine',
  warmup_ratio: 0.1,
  learning_rate: 3e-3,
  // 384: long enough that report prompts keep their '### Response:' line (LLaMA-Factory truncates the
  // end of a prompt that does not fit), so the model learns to answer after it.
  cutoff_len: 384,
  eval_steps: Math.max(1, Math.floor(steps / 2)),
  save_steps: steps,
  output_dir: join(out, 'lora'),
});
say(`fine-tuned ${run.parameters.trainable.toLocaleString('en-US')} of ${run.parameters.total.toLocaleString('en-US')} parameters; ` +
  `final train loss ${run.metrics.finalLoss?.toFixed(3)}, validation loss ${run.metrics.finalEvalLoss?.toFixed(3)}`);

// 3. Evaluate base (adapter disabled) vs fine-tuned on the held-out patients' test split.
const testRecords: readonly DataRecord[] = splits.test.records;
// cutoff_len as in training, so the answer-token perplexity compares with the validation perplexity above.
const evalOpts = { limit: evalLimit, summaryMaxNewTokens: 40, perplexityCutoffLen: 384 };
run.lora.disable();
const base = await evaluate(run.model, testRecords, ['perplexity', 'summaries'], evalOpts);
run.lora.enable();
const tuned = await evaluate(run.model, testRecords, ['perplexity', 'summaries'], evalOpts);
const reportPath = join(out, 'eval-report.html');
await writeCompareReport(reportPath, { ...base, model: 'medtune-tiny (base)' }, { ...tuned, model: 'medtune-tiny + QLoRA' });
for (const [name, r] of [['base ', base], ['tuned', tuned]] as const) {
  const line = headlineMetrics(r).map((m) => `${m.metric.startsWith(m.suite) ? '' : `${m.suite} `}${m.metric} ${m.value.toFixed(3)}`).join(' | ');
  say(`${name}: ${line}`);
}

// 4. Use: guarded generation. A clinician's documentation request runs with input screening off
// (report text is full of words like "chest pain" that the patient-facing screen is meant to catch);
// a patient's high-risk question runs with every guardrail on.
const example = splits.test.records.find((r) => r.kind === 'instruction');
const uses = [
  {
    who: 'clinician',
    prompt: example && example.kind === 'instruction' ? `${example.instruction}\n\n${example.input}`.slice(0, 400) : 'Summarize the findings.',
    guardrails: { inputScreening: false },
    // Documentation wants the most likely wording, not variety: greedy decoding.
    doSample: false,
  },
  { who: 'patient', prompt: 'Can I stop taking my blood pressure tablets because I feel fine?', guardrails: {}, doSample: undefined },
];
for (const { who, prompt, guardrails, doSample } of uses) {
  const g = await guardedGenerate(run.model, prompt, { maxNewTokens: 48, guardrails, doSample });
  say(`${who} prompt: ${prompt.split('\n')[0].slice(0, 80)}…`);
  console.log(`  -> ${g.text.replace(/\s+/g, ' ').slice(0, 300)}`);
}

console.log(`\nDone in ${secs()}. Written:`);
console.log(`  splits + manifest   ${relative('.', join(out, 'data'))}/`);
console.log(`  PEFT adapter        ${relative('.', run.adapterDir)}/adapter_model.safetensors`);
console.log(`  training report     ${run.reportPath ? relative('.', run.reportPath) : '(plot_loss off)'}`);
console.log(`  metrics log         ${relative('.', run.metricsPath)}`);
console.log(`  evaluation report   ${relative('.', reportPath)}`);
