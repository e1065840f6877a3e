/**
 * `guardedGenerate` / `guardedGenerateStream` for a `CausalLM` (or any `TextGenerator`), the
 * entry points the notebooks and CLI use, and `guardedModel`, the same guardrails as a `TextModel`.
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * const r = await guardedGenerate(model, 'Can I stop my warfarin?', { maxNewTokens: 40, guardrails: { disclaimer: false } });
 */
import { isCausalLM, textModelFromCausalLM, toTextModel, type TextGenerator, type TextModel } from '../model/text-model.js';
import type { CausalLM } from '../model/types.js';
import { guardedGenerateStreamWith, guardedGenerateWith, type GuardedOptions, type GuardedPrompt, type GuardedResult } from './guard.js';
import { resolveGuardrails, type GuardrailsConfigInput } from './guardrails-config.js';

/** A CausalLM as a generator (greedy unless sampling is asked for); a TextGenerator as it is. */
function generatorOf(model: CausalLM | TextGenerator): TextGenerator {
  return isCausalLM(model) ? textModelFromCausalLM(model) : model;
}

/**
 * Generate with guardrails (all on by default; see GuardrailsConfig).
 *
 * @example
 * (await guardedGenerate(model, 'I have crushing chest pain')).applied.screened; // { id: 'chest-pain', action: 'emergency' }
 */
export function guardedGenerate(model: CausalLM | TextGenerator, prompt: GuardedPrompt, options: GuardedOptions = {}): Promise<GuardedResult> {
  return guardedGenerateWith(generatorOf(model), prompt, options);
}

/**
 * Stream with guardrails; the generator's return value is the GuardedResult.
 *
 * @example
 * for await (const piece of guardedGenerateStream(model, 'What is sepsis?')) process.stdout.write(piece);
 */
export function guardedGenerateStream(
  model: CausalLM | TextGenerator,
  prompt: GuardedPrompt,
  options: GuardedOptions = {},
): AsyncGenerator<string, GuardedResult, undefined> {
  return guardedGenerateStreamWith(generatorOf(model), prompt, options);
}

/**
 * `model` behind guardrails, as a `TextModel` you can evaluate or serve like any other:
 * `generate` and `stream` go through the guardrails (finishReason 'screened' when input
 * screening answered; a string prompt is the user's message, since guardrails work on
 * conversations); scoring and tokenization are the model's own. The settings are validated
 * here, so a typo fails before anything is generated.
 *
 * @example
 * await evaluate(model, [], ['redteam'], { redteamModel: guardedModel(model, { disclaimer: false }) });
 */
export function guardedModel(model: CausalLM | TextModel, guardrails: GuardrailsConfigInput = {}): TextModel {
  resolveGuardrails(guardrails);
  const base = toTextModel(model);
  return {
    name: `${base.name} + guardrails`,
    maxLength: base.maxLength,
    encode: (text) => base.encode(text),
    scoreIds: (ids) => base.scoreIds(ids),
    chatPrompt: (messages, o) => base.chatPrompt(messages, o),
    generate: async (prompt, o) => {
      const r = await guardedGenerateWith(base, prompt, { ...o, guardrails });
      return { text: r.text, finishReason: r.finishReason };
    },
    stream: (prompt, o) => guardedGenerateStreamWith(base, prompt, { ...o, guardrails }),
  };
}
