/**
 * Train phase: LoRA/QLoRA layers, PEFT adapter I/O, merged export and the SFT trainer.
 *
 * @example
 * import { applyLora, loadAdapter, quantizeModel } from "./train/index.js";
 */
export * from './lora.js';
export * from './peft.js';
export * from './merge.js';
export * from './quant/codebook.js';
export * from './quant/int8.js';
export * from './quant/nf4.js';
export * from './quant/quantize-model.js';
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
export * from './handoff.js';
export * from './loss-plot.js';
export * from './tensorboard.js';
export * from './run-outputs.js';
export * from './config-keys.js';
export * from './lf-keys.js';
export * from './live-chart.js';
export * from './fine-tune.js';
export * from './defaults.js';
