/**
 * `guardedGenerate` / `guardedGenerateStream` for a `CausalLM` (or any `TextGenerator`), the
 * entry points the notebooks and CLI use.
 *
 * @example
 * const model = await loadModel('data/models/medtune-tiny');
 * const r = await guardedGenerate(model, 'Can I stop my warfarin?', { maxNewTokens: 40, guardrails: { disclaimer: false } });
 */
import { evalModelFromCausalLM, isCausalLM } from '../eval/causal-lm-adapter.js';
import type { CausalLM } from '../model/types.js';
import {
  guardedGenerateStreamWith,
  guardedGenerateWith,
  type GuardedOptions,
  type GuardedPrompt,
  type GuardedResult,
  type TextGenerator,
} from './guard.js';

/**
 * Adapt a CausalLM (greedy unless sampling is asked for) or pass a TextGenerator through.
 *
 * @example
 * const gen = toTextGenerator(model);
 */
export function toTextGenerator(model: CausalLM | TextGenerator): TextGenerator {
  if (!isCausalLM(model)) return model;
  const m = evalModelFromCausalLM(model);
  return {
    generate: async (p, o) => {
      const r = (await m.generate(p, o)) as { text: string; finishReason?: string };
      return { text: r.text, finishReason: r.finishReason };
    },
    stream: (p, o) => m.stream!(p, o),
  };
}

/**
 * Generate with guardrails (all on by default; see GuardrailsConfig).
 *
 * @example
 * (await guardedGenerate(model, 'I have crushing chest pain')).applied.screened; // { id: 'chest-pain', action: 'emergency' }
 */
export function guardedGenerate(model: CausalLM | TextGenerator, prompt: GuardedPrompt, options: GuardedOptions = {}): Promise<GuardedResult> {
  return guardedGenerateWith(toTextGenerator(model), prompt, options);
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
  return guardedGenerateStreamWith(toTextGenerator(model), prompt, options);
}
