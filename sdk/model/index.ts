/**
 * Model phase: checkpoints, configs and the Llama-family forward pass.
 *
 * @example
 * import { loadModel } from './model/index.js';
 */
export * from './types.js';
export * from './config.js';
export * from './linear.js';
export * from './quant/codebook.js';
export * from './quant/int8.js';
export * from './quant/nf4.js';
export * from './quant/quantize-model.js';
export * from './safetensors.js';
export * from './chat-templates.js';
export * from './tokenizer.js';
export * from './generation-config.js';
export * from './logits-processors.js';
export * from './generate.js';
export * from './score.js';
export * from './matmul.js';
export * from './norm.js';
export * from './rope.js';
export * from './mask.js';
export * from './kv-cache.js';
export * from './attention.js';
export * from './mlp.js';
export * from './causal-lm.js';
export * from './hub.js';
export * from './loader.js';
export * from './text-model.js';
export * from './gguf/index.js';
export * from './generate-batch.js';
export * from './score-continuations.js';
