/**
 * medtune: from raw medical reports to a fine-tuned, evaluated, safely used language model.
 *
 * @example
 * import { dataset } from 'medtune';
 * const splits = (await dataset('data/corpus/reports.jsonl')).clean().deidentify().toInstructions().split();
 */
export * from './runtime/backend.js';
export * from './runtime/fs.js';
export * from './runtime/random.js';
export * from './runtime/html.js';
export * from './runtime/svg-chart.js';
export * from './data/index.js';
export * from './deid/index.js';
export * from './model/index.js';
export * from './train/index.js';
export * from './eval/index.js';
export * from './safety/index.js';
export * from './serve/index.js';
export { nativeStatus, setNativeThreads, type NativeStatus } from './runtime/native.js';
