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
export * from './stage-options.js';
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
export * from './gguf-export.js';
export * from './chunked-xent.js';
export * from './grpo-config.js';
export * from './dpo-config.js';
export * from './canary-config.js';
export * from './canaries.js';
export * from './rewards.js';
export * from './grpo-data.js';
export * from './grpo-loss.js';
export * from './grpo.js';
export * from './dpo-loss.js';
export * from './preference-data.js';
export * from './dpo.js';
export * from './stacked-adapter.js';
export * from './align-feedback.js';
export * from './fine-tune-align.js';
