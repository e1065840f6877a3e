/**
 * Data phase public API: load, clean, section, build instructions, mix, split, inspect, save.
 *
 * @example
 * import { dataset } from 'medtune';
 * const splits = (await dataset('data/corpus/reports.jsonl')).clean().sections().toInstructions().split({ seed: 42 });
 */
export * from './records.js';
export * from './errors.js';
export { parseCsvTable, type CsvRow, type CsvTable } from './csv.js';
export { decodeUtf8 } from './decode.js';
export * from './formats.js';
export { loadRecords, DatasetOptionsSchema, type DatasetOptions, type Loaded } from './load.js';
export * from './normalize.js';
export * from './dedup.js';
export * from './clean.js';
export * from './sections.js';
export * from './labs.js';
export * from './instructions.js';
export * from './mix.js';
export * from './dataset-info.js';
export * from './dataset-spec.js';
export * from './split.js';
export * from './stats.js';
export * from './plot.js';
export * from './save.js';
export * from './saved.js';
export * from './dataset.js';
export * from './notebook.js';
export * from './transcript.js';
export * from './preferences.js';
