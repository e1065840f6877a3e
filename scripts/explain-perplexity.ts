/**
 * Which tokens each perplexity covers, on the demo's data and training (examples/demo.ts, 24
 * QLoRA steps): the trainer's validation perplexity (answer tokens of the validation split,
 * cutoff_len 160), the same figure recomputed by evaluation's `answerPerplexity`, and the
 * evaluation suite's two figures on the test split (all tokens of the first 256, prompt
 * included; answer tokens at cutoff_len 160), base and tuned.
 *
 * Run: npx tsx scripts/explain-perplexity.ts   (a few minutes on 2 cores; writes out/explain-perplexity/)
 */
import { dataset, evaluate, initBackend } from '../sdk/index.js';
import { answerPerplexity } from '../sdk/eval/perplexity.js';
import { textModelFromCausalLM } from '../sdk/model/text-model.js';

await initBackend();
const prepared = (await dataset('data/corpus/reports.jsonl')).clean().deidentify({ mode: 'surrogate', seed: 7 }).sections()
  .toInstructions(['impression', 'summarize_findings', 'recommendations'], { system: 'You are a clinical documentation assistant. Answer concisely.' });
const splits = prepared.split({ train: 0.8, val: 0.1, test: 0.1, seed: 42 });
const CUTOFF = 160;
const run = await splits.lora({ lora_rank: 8, lora_alpha: 16, lora_target: 'all' }).train({
  model_name_or_path: 'data/models/medtune-tiny', template: 'alpaca', quantization_bit: 4, max_steps: 24,
  per_device_train_batch_size: 4, lr_scheduler_type: 'cosine', warmup_ratio: 0.1, learning_rate: 3e-3, cutoff_len: CUTOFF,
  eval_steps: 12, save_steps: 24, output_dir: 'out/explain-perplexity', overwrite_output_dir: true, plot_loss: false, progress: false,
});
const model = textModelFromCausalLM(run.model);
const val = (await answerPerplexity(model, splits.val.records, CUTOFF))!;
console.log(`trainer validation perplexity (answer tokens, val split, cutoff ${CUTOFF}): ${Math.exp(run.metrics.finalEvalLoss!).toFixed(4)}`);
console.log(`eval answerPerplexity on the same records:                      ${val.perplexity.toFixed(4)} (${val.n} records, ${val.tokens} tokens)`);
for (const [name, enable] of [['tuned', true], ['base', false]] as const) {
  if (enable) run.lora.enable();
  else run.lora.disable();
  const p = (await evaluate(model, splits.test.records, ['perplexity'], { limit: 16, perplexityCutoffLen: CUTOFF })).suites.perplexity!;
  console.log(`${name} test split, ${p.n} records: all tokens (first 256, prompt included) ${p.perplexity.toFixed(1)} over ${p.tokens} tokens; ` +
    `answer tokens (cutoff ${CUTOFF}) ${p.answer!.perplexity.toFixed(2)} over ${p.answer!.tokens} tokens`);
}
