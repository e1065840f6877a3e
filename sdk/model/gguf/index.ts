/**
 * GGUF export (llama.cpp, Ollama, node-llama-cpp): the public part of sdk/model/gguf.
 *
 * @example
 * import { exportGguf, compareWithLlamaCpp } from './gguf/index.js';
 */
export { exportGguf, ExportGgufOptionsSchema, modelfilePath, type ExportGgufOptions, type ExportGgufResult } from './convert.js';
export { GGUF_OUTTYPES, type GgufOuttype } from './tensors.js';
export { writeGguf, type GgufKv, type GgufPlan, type GgufTensor, type GgmlType, type GgufWriteProgress } from './writer.js';
export { chatSegments, ollamaModelfile, ollamaTemplate, type ChatSegments, type ModelfileOptions } from './modelfile.js';
export { compareWithLlamaCpp, parityVerdict, GGUF_PARITY_TOLERANCE, type LlamaCppParity, type LlamaCppParityOptions, type PromptParity } from './verify.js';
export { llamaCppGenerate, llamaCppRuntime, ggufOuttype, type LlamaCppGenerateOptions } from './llama-cpp.js';
