/**
 * A deterministic character-level TextModel for unit tests: token = char code (+ BOS 1).
 * Log-probabilities are -2 per token, except tokens that complete one of `preferred` strings at
 * the end of the sequence, which get -0.1, so log-likelihood choices are fully controllable.
 */
import type { ChatMessage } from '../../sdk/model/types.js';
import type { TextModel } from '../../sdk/model/text-model.js';

export function fakeModel(opts: {
  name?: string;
  preferred?: string[];
  answer?: (prompt: string) => string;
  maxLength?: number;
}): TextModel & { calls: { generate: number; score: number } } {
  const calls = { generate: 0, score: 0 };
  const render = (p: string | ChatMessage[]) => (typeof p === 'string' ? p : p.map((m) => `<${m.role}>${m.content}`).join('\n'));
  return {
    name: opts.name ?? 'fake',
    maxLength: opts.maxLength ?? 4096,
    calls,
    encode: (text) => [1, ...[...text].map((c) => c.codePointAt(0)!)],
    scoreIds: async (ids) => {
      calls.score++;
      const text = String.fromCodePoint(...ids.slice(ids[0] === 1 ? 1 : 0));
      const offset = ids[0] === 1 ? 1 : 0;
      const lps: (number | null)[] = ids.map((_, i) => (i === 0 ? null : -2));
      for (const p of opts.preferred ?? []) {
        if (text.endsWith(p)) for (let i = text.length - p.length; i < text.length; i++) lps[i + offset] = -0.1;
      }
      return lps;
    },
    chatPrompt: (messages, o) => render(messages) + (o?.addGenerationPrompt ? '\n<assistant>' : ''),
    generate: async (prompt) => {
      calls.generate++;
      return { text: (opts.answer ?? (() => 'I do not know.'))(render(prompt)) };
    },
    stream: async function* (prompt) {
      const text = (opts.answer ?? (() => 'I do not know.'))(render(prompt));
      for (let i = 0; i < text.length; i += 3) yield text.slice(i, i + 3);
    },
  };
}
