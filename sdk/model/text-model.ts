/**
 * `TextModel`: a model you can generate and score text with, the one interface evaluation,
 * guardrails and serving program against. A `CausalLM` becomes one through
 * `textModelFromCausalLM` (generation greedy unless sampling is asked for, so results are
 * reproducible); tests use small fakes; guardrails wrap one into another (`guardedModel`).
 *
 * @example
 * const model = textModelFromCausalLM(await loadModel('data/models/medtune-tiny', { template: 'alpaca' }));
 * (await model.generate([{ role: 'user', content: 'Define tachycardia.' }], { maxNewTokens: 30 })).text;
 */
import { basename } from 'node:path';
import { generate, generateStream } from './generate.js';
import type { GenerationOptions } from './generation-config.js';
import { score } from './score.js';
import type { CausalLM, ChatMessage, MedTokenizer } from './types.js';

/** What a generation returned: the new text and, when known, why it ended. @example const { text, finishReason } = await m.generate(msgs, {}); */
export interface GeneratedText {
  text: string;
  /** 'eos' | 'stop' | 'length' from the model; wrappers add their own (guardrails: 'screened'). */
  finishReason?: string;
}

/** A model you can generate and score text with. @example const m: TextModel = textModelFromCausalLM(model); */
export interface TextModel {
  /** Shown in reports (checkpoint folder name, plus adapter or wrapper). */
  readonly name: string;
  /** Longest id sequence `scoreIds` accepts (the model's context window). */
  readonly maxLength: number;
  /** Token ids of `text`, with BOS when the model uses one. */
  encode(text: string): number[];
  /** `logprobs[i] = log p(ids[i] | ids[<i])`; `logprobs[0]` is null (nothing to condition on). */
  scoreIds(ids: number[]): Promise<(number | null)[]>;
  /**
   * The tokenizer, when the model has one: evaluation uses it to score exactly the answer tokens
   * the trainer learns (same template slots and truncation as fine-tuning).
   */
  readonly tokenizer?: MedTokenizer;
  /** Render messages with the model's chat template. */
  chatPrompt(messages: ChatMessage[], options?: { addGenerationPrompt?: boolean }): string;
  /** Generate a completion for a raw prompt or chat messages. */
  generate(prompt: string | ChatMessage[], options: GenerationOptions): Promise<GeneratedText>;
  /**
   * Stream a completion piece by piece (concatenation = the text `generate` returns); the
   * iterator's return value, when given, says why it ended.
   */
  stream?(prompt: string | ChatMessage[], options: GenerationOptions): AsyncGenerator<string, GeneratedText | void, undefined>;
}

/**
 * The generating part of a `TextModel`, all that guardrails need (so a fake needs only `generate`).
 *
 * @example
 * const echo: TextGenerator = { generate: async (p) => ({ text: JSON.stringify(p) }) };
 */
export type TextGenerator = Pick<TextModel, 'generate' | 'stream'>;

/** True for objects shaped like a CausalLM (they have a forward pass). @example isCausalLM(await loadModel(dir)); // true */
export function isCausalLM(x: unknown): x is CausalLM {
  return typeof (x as CausalLM)?.forward === 'function' && typeof (x as CausalLM)?.newCache === 'function';
}

/**
 * A `TextModel` over `model` through `score`, `generate`, `generateStream` and the tokenizer's
 * chat template; `name` defaults to the checkpoint folder's name.
 *
 * @example
 * textModelFromCausalLM(model, { name: 'medtune-tiny + lora' }).name;
 */
export function textModelFromCausalLM(model: CausalLM, options: { name?: string } = {}): TextModel {
  const tok = model.tokenizer;
  return {
    name: options.name ?? (basename(model.path) || model.path),
    maxLength: model.config.max_position_embeddings,
    tokenizer: tok,
    encode: (text) => tok.encode(text, { addSpecialTokens: true }),
    scoreIds: async (ids) => (await score(model, ids)).logprobs,
    chatPrompt: (messages, o) => tok.applyChatTemplate(messages, { addGenerationPrompt: o?.addGenerationPrompt ?? false }),
    generate: async (prompt, o) => generate(model, prompt, { doSample: false, ...o }),
    stream: (prompt, o) => generateStream(model, prompt, { doSample: false, ...o }),
  };
}

/**
 * Accept either a CausalLM or a TextModel (fakes, wrapped models).
 *
 * @example
 * const m = toTextModel(modelOrFake);
 */
export function toTextModel(model: CausalLM | TextModel): TextModel {
  return isCausalLM(model) ? textModelFromCausalLM(model) : model;
}
