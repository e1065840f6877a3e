/**
 * Train phase: LoRA/QLoRA layers (the quantized bases live in sdk/model/quant), PEFT adapter I/O, merged export and the SFT trainer.
 *
 * @example
 * import { applyLora, loadAdapter } from "./train/index.js";
 */
export * from './lora.js';
export * from './peft.js';
export * from './merge.js';
export * from './schedule.js';
export * from './optimizer.js';
export * from './checkpoint.js';
export * from './trainer.js';
export * from './loss.js';
export * from './sft-data.js';
export * from './sft.js';
export * from './config.js';
export * from './progress.js';
export * from './metrics-log.js';
export * from './report.js';
export * from './live-chart.js';
export * from './fine-tune.js';
export * from './defaults.js';
export * from './gguf-export.js';
export * from './chunked-xent.js';
