/**
 * The full canary audit behind `medtune eval --suite memorization --plant 1,4,16`: plant
 * canaries in a copy of the training records, fine-tune a LoRA adapter on them exactly as
 * `medtune train` would (the training keys of a YAML, or defaults), and return the trained model
 * and the canaries for `memorizationSuite`. Records that are not instruction/chat are turned into
 * instructions first (`toInstructions`), as training needs them.
 *
 * @example
 * const audit = await plantAndTrain(records, { model: 'data/models/medtune-tiny', template: 'chatml', repeats: [1, 4, 16], outputDir: 'out/canary-run' });
 * const m = await memorizationSuite(audit.model, records, { canaries: audit.canaries, candidates: 1000, maxNewTokens: 32 });
 */
import { toInstructions } from '../data/instructions.js';
import type { DataRecord } from '../data/records.js';
import type { CausalLM } from '../model/types.js';
import type { Canary } from '../train/canaries.js';
import type { TrainConfigInput } from '../train/config.js';
import { lora } from '../train/fine-tune.js';
import type { FallbackTemplateName } from '../model/chat-templates.js';

/** Options of `plantAndTrain`. @example const o: PlantOptions = { model: 'data/models/medtune-tiny', repeats: [1, 8], outputDir: 'out/audit' }; */
export interface PlantOptions {
  /** Base checkpoint folder. */
  model: string;
  template?: FallbackTemplateName;
  /** Copies of each canary to plant; one group of canaries per count. */
  repeats: number[];
  /** Training keys (as in `medtune train` YAML); model, template, dataset and output are set here. */
  trainConfig?: Record<string, unknown>;
  outputDir: string;
  overwrite?: boolean;
  progress?: boolean;
}

const LORA_KEYS = ['lora_rank', 'lora_alpha', 'lora_dropout', 'lora_target', 'use_rslora'];

/**
 * Plant, train and return the adapted model with its canaries (also written to `outputDir/canaries.json`).
 *
 * @example
 * const { model, canaries, adapterDir } = await plantAndTrain(train, { model: dir, repeats: [1, 4], outputDir: 'out/a' });
 */
export async function plantAndTrain(records: readonly DataRecord[], o: PlantOptions): Promise<{ model: CausalLM; canaries: Canary[]; adapterDir: string }> {
  const sft = records.every((r) => r.kind === 'instruction' || r.kind === 'chat') ? [...records] : toInstructions(records).records;
  if (sft.length === 0) throw new Error('memorization: none of the records can be turned into training examples');
  const keys = { ...(o.trainConfig ?? {}) };
  for (const k of ['model_name_or_path', 'template', 'dataset', 'output_dir', 'stage', 'canaries']) {
    if (k in keys) throw new Error(`--train-config: ${k} is set by medtune eval for the canary run; remove it from the file`);
  }
  const loraKeys = Object.fromEntries(Object.entries(keys).filter(([k]) => LORA_KEYS.includes(k)));
  const rest = Object.fromEntries(Object.entries(keys).filter(([k]) => !LORA_KEYS.includes(k)));
  const r = await lora({ train: sft }, loraKeys).train({
    ...(rest as Omit<TrainConfigInput, 'lora_rank'>),
    model_name_or_path: o.model,
    template: o.template,
    canaries: { repeats: o.repeats },
    output_dir: o.outputDir,
    overwrite_output_dir: o.overwrite ?? false,
    progress: o.progress,
  });
  return { model: r.model, canaries: r.canaries!, adapterDir: r.adapterDir };
}
