/**
 * `medtune train` for `stage: grpo` and `stage: dpo` (called by ./train.ts once the YAML is valid).
 *
 * grpo: `dataset` holds MCQ / PubMedQA / instruction / chat records (e.g. data/samples/medqa.jsonl);
 * `reward_funcs` names built-in rewards (default accuracy_reward and format_reward).
 * dpo: `dataset` holds preference pairs: LLaMA-Factory ranking files (alpaca or sharegpt),
 * `{"prompt","chosen","rejected"}` JSONL, or a rated review CSV (pairs from differing scores).
 * Both write the PEFT adapter, metrics.jsonl (with per-step `grpo` / `dpo` lines), the report and
 * train_results.json to `output_dir`, and print a JSON summary.
 *
 * @example
 * // ./bin/medtune train examples/grpo.yaml --force
 * await runAlignmentStage(cfg, raw, 'grpo.yaml', { progress: true });
 */
import { loadRecords } from '../data/load.js';
import { loadPreferencePairs, type PreferencePair } from '../data/preferences.js';
import { loadReviewPreferences } from '../eval/review-preferences.js';
import { builtinRewards } from '../safety/rewards.js';
import { datasetList, type TrainConfig } from '../train/config.js';
import { FineTune } from '../train/fine-tune.js';

const LORA_KEYS = ['lora_rank', 'lora_alpha', 'lora_dropout', 'lora_target', 'use_rslora'] as const;
// The verifiable rewards of MCQ / PubMedQA records, as the config schema documents for an unset reward_funcs.
const DEFAULT_REWARDS = ['accuracy_reward', 'format_reward'] as const;
const GRPO_KINDS = new Set(['mcq', 'pubmedqa', 'instruction', 'chat']);

/** Split the raw YAML into `.lora()` keys and the rest (stage, dataset and reward names are resolved here). */
function keysOf(raw: Record<string, unknown>): { lora: Record<string, unknown>; rest: Record<string, unknown> } {
  const lora: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if ((LORA_KEYS as readonly string[]).includes(k)) lora[k] = v;
    else if (k !== 'dataset' && k !== 'stage' && k !== 'reward_funcs') rest[k] = v;
  }
  return { lora, rest };
}

/** Preference pairs from every dataset path: review CSVs by extension, other files as JSON / JSONL. */
async function loadPairs(paths: string[]): Promise<{ pairs: PreferencePair[]; notes: Record<string, unknown>[] }> {
  const pairs: PreferencePair[] = [];
  const notes: Record<string, unknown>[] = [];
  for (const p of paths) {
    if (p.toLowerCase().endsWith('.csv')) {
      const r = await loadReviewPreferences(p);
      pairs.push(...r.pairs);
      notes.push({ file: p, ...r.stats });
    } else {
      const r = await loadPreferencePairs(p);
      pairs.push(...r.pairs);
      notes.push({ file: p, pairs: r.pairs.length });
    }
  }
  return { pairs, notes };
}

/**
 * Run a grpo or dpo stage from a validated config; resolves to the exit code.
 *
 * @example
 * await runAlignmentStage(parseTrainConfig(raw, file), raw, file, { progress: false });
 */
export async function runAlignmentStage(cfg: TrainConfig, raw: Record<string, unknown>, file: string, opts: { progress: boolean }): Promise<number> {
  const paths = datasetList(cfg.dataset);
  if (paths.length === 0) throw new Error(`${file}: dataset: found nothing; expected a JSONL path or a list of paths`);
  const { lora, rest } = keysOf(raw);
  if (cfg.stage === 'grpo') {
    const loaded = await loadRecords(paths);
    const wrong = loaded.records.filter((r) => !GRPO_KINDS.has(r.kind));
    if (wrong.length) {
      throw new Error(`${file}: dataset: ${wrong.length} record(s) have no question to answer (first: ${wrong[0].id} of kind '${wrong[0].kind}'); stage: grpo needs mcq, pubmedqa, instruction or chat records`);
    }
    const reward_funcs = builtinRewards(cfg.reward_funcs ?? DEFAULT_REWARDS);
    const r = await new FineTune({ train: loaded.records }, lora).grpo({ ...rest, reward_funcs, progress: opts.progress });
    console.log(JSON.stringify({
      stage: 'grpo', adapterDir: r.adapterDir, report: r.reportPath, metrics: r.metricsPath, steps: r.metrics.steps,
      rewardFunctions: reward_funcs.map((f) => f.name), prompts: r.prompts.train, droppedPrompts: r.prompts.dropped.length,
      [`meanRewardBefore (${r.heldOut} prompts, greedy)`]: r.rewardsBefore.perFunction, [`meanRewardAfter (${r.heldOut} prompts, greedy)`]: r.rewardsAfter.perFunction,
      lastStep: r.metrics.grpoSteps.at(-1), trainableParameters: r.parameters.trainable,
    }, null, 2));
    r.model.dispose();
    return 0;
  }
  const { pairs, notes } = await loadPairs(paths);
  const r = await new FineTune({ train: [] }, lora).dpo({ ...rest, pairs, progress: opts.progress });
  console.log(JSON.stringify({
    stage: 'dpo', adapterDir: r.adapterDir, report: r.reportPath, metrics: r.metricsPath, steps: r.metrics.steps, datasets: notes, pairs: r.pairs,
    [`marginsBefore (${r.heldOut} pairs)`]: r.marginsBefore, [`marginsAfter (${r.heldOut} pairs)`]: r.marginsAfter,
    lastStep: r.metrics.dpoSteps.at(-1), trainableParameters: r.parameters.trainable,
  }, null, 2));
  r.model.dispose();
  return 0;
}
