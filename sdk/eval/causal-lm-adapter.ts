/**
 * Adapts a `CausalLM` (model-core) to the `EvalModel` interface through model-use's `score`,
 * `generate`, `generateStream` and the tokenizer's chat template. Generation is greedy unless
 * the caller asks for sampling, so evaluations are reproducible.
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * const evalModel = evalModelFromCausalLM(model);
 * await evaluate(evalModel, records, ['perplexity']);
 */
import { basename } from 'node:path';
import { generate, generateStream } from '../model/generate.js';
import { score } from '../model/score.js';
import type { CausalLM } from '../model/types.js';
import type { EvalModel } from './eval-model.js';

/** True for objects shaped like a CausalLM (they have a forward pass). @example isCausalLM(await loadModel(dir)); // true */
export function isCausalLM(x: unknown): x is CausalLM {
  return typeof (x as CausalLM)?.forward === 'function' && typeof (x as CausalLM)?.newCache === 'function';
}

/**
 * Wrap `model` for evaluation; `name` defaults to the checkpoint folder's name.
 *
 * @example
 * evalModelFromCausalLM(model, { name: 'medtune-tiny + lora' }).name;
 */
export function evalModelFromCausalLM(model: CausalLM, options: { name?: string } = {}): EvalModel {
  const tok = model.tokenizer;
  return {
    name: options.name ?? (basename(model.path) || model.path),
    maxLength: model.config.max_position_embeddings,
    encode: (text) => tok.encode(text, { addSpecialTokens: true }),
    scoreIds: async (ids) => (await score(model, ids)).logprobs,
    chatPrompt: (messages, o) => tok.applyChatTemplate(messages, { addGenerationPrompt: o?.addGenerationPrompt ?? false }),
    generate: async (prompt, o) => generate(model, prompt, { doSample: false, ...o }),
    stream: (prompt, o) => generateStream(model, prompt, { doSample: false, ...o }),
  };
}

/**
 * Accept either a CausalLM or an already-adapted EvalModel.
 *
 * @example
 * const m = toEvalModel(modelOrFake);
 */
export function toEvalModel(model: CausalLM | EvalModel): EvalModel {
  return isCausalLM(model) ? evalModelFromCausalLM(model) : model;
}
