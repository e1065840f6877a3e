/**
 * The `dataset` / `eval_dataset` value of a training config: comma-separated LLaMA-Factory
 * dataset names (looked up in `dataset_dir/dataset_info.json`) or file/folder paths, loaded,
 * capped (`max_samples`) and mixed (`mix_strategy`, `interleave_probs`). Errors name the config
 * file and the key.
 *
 * @example
 * const { records } = await loadDatasetSpec(['identity', 'alpaca_en_demo'], { where: 'train.yaml', key: 'dataset', datasetDir: 'data' });
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_INFO, loadRegistryDataset, readDatasetInfo } from './dataset-info.js';
import { loadRecords } from './load.js';
import { interleaveRecords, type InterleaveStrategy } from './mix.js';
import type { DataRecord } from './records.js';
import { closestName } from '../runtime/did-you-mean.js';

/** Options of `loadDatasetSpec`. @example const o: DatasetSpecOptions = { where: 'train.yaml', key: 'dataset', datasetDir: 'data' }; */
export interface DatasetSpecOptions {
  /** The config file (or API call) named in errors. */
  where: string;
  /** The key named in errors. */
  key: string;
  datasetDir: string;
  /** First N records of each dataset (LLaMA-Factory max_samples). */
  maxSamples?: number;
  mixStrategy?: 'concat' | InterleaveStrategy;
  interleaveProbs?: number[];
  seed?: number;
}

/** One loaded dataset of the spec. @example const s: SpecSource = { name: 'identity', files: ['data/identity.json'], records: 91 }; */
export interface SpecSource {
  name: string;
  files: string[];
  records: number;
}

/**
 * Load every dataset of a spec and mix them.
 *
 * @example
 * (await loadDatasetSpec(['out/data/train.jsonl'], { where: 'cfg.yaml', key: 'dataset', datasetDir: 'data' })).sources[0].records;
 */
export async function loadDatasetSpec(items: string[], o: DatasetSpecOptions): Promise<{ records: DataRecord[]; sources: SpecSource[] }> {
  if (items.length === 0) throw new Error(`${o.where}: ${o.key}: found nothing; expected dataset names or file paths`);
  let info: ReturnType<typeof readDatasetInfo>;
  try {
    info = readDatasetInfo(o.datasetDir);
  } catch (e) {
    throw new Error(`${o.where}: dataset_dir: ${(e as Error).message}`);
  }
  const lists: DataRecord[][] = [];
  const sources: SpecSource[] = [];
  for (const item of items) {
    let loaded: { records: DataRecord[]; files: string[] };
    try {
      if (info?.[item]) loaded = loadRegistryDataset(item, info[item], { datasetDir: o.datasetDir, seed: o.seed });
      else if (existsSync(item)) loaded = await loadRecords(item);
      else {
        const registry = join(o.datasetDir, DATASET_INFO);
        const near = info ? closestName(item, Object.keys(info)) : undefined;
        const where = info ? `not a dataset of ${registry}${near ? ` (did you mean ${near}?)` : ''}` : `no ${registry} to look it up in`;
        throw new Error(`'${item}' is ${where}, and no such file or folder; expected a name from dataset_info.json or a path`);
      }
    } catch (e) {
      throw new Error(`${o.where}: ${o.key}: ${(e as Error).message}`);
    }
    const records = o.maxSamples ? loaded.records.slice(0, o.maxSamples) : loaded.records;
    lists.push(records);
    sources.push({ name: item, files: loaded.files, records: records.length });
  }
  const strategy = o.mixStrategy ?? 'concat';
  const records = strategy === 'concat' || lists.length === 1 ? lists.flat() : interleaveRecords(lists, strategy, { probs: o.interleaveProbs, seed: o.seed });
  const seen = new Set<string>();
  // Two datasets may number their rows alike; ids must stay unique for splitting and logs.
  return {
    records: records.map((r) => {
      let id = r.id;
      for (let k = 2; seen.has(id); k++) id = `${r.id}#${k}`;
      seen.add(id);
      return id === r.id ? r : { ...r, id };
    }),
    sources,
  };
}
