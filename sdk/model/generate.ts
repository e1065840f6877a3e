/**
 * Text generation with a KV cache: prefill the prompt, then one token per forward call.
 * Greedy or seeded sampling through composable logits processors, stop strings, EOS, a token
 * budget, and streaming (callback or async iterator) that never splits a multi-byte character
 * nor drops SentencePiece word-boundary spaces.
 *
 * @example
 * const { text } = await generate(model, 'The patient was', { maxNewTokens: 20 });
 * for await (const piece of generateStream(model, [{ role: 'user', content: 'Fever?' }])) process.stdout.write(piece);
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../runtime/random.js';
import { type GenerationConfig, type GenerationOptions, resolveGenerationConfig } from './generation-config.js';
import { applyProcessors, buildLogitsProcessors, pickToken } from './logits-processors.js';
import { encodeChat } from './tokenizer.js';
import type { CausalLM, ChatMessage, MedTokenizer } from './types.js';

/**
 * A prompt: raw text (BOS added per tokenizer config), a conversation (chat template), or token ids as-is.
 *
 * @example
 * const p: GenerationPrompt = [{ role: 'user', content: 'Define tachycardia.' }];
 */
export type GenerationPrompt = string | ChatMessage[] | number[];

/** Options of `generate`: generation options plus a streaming callback. @example const o: GenerateOptions = { maxNewTokens: 20, onToken: (t) => process.stdout.write(t) }; */
export interface GenerateOptions extends GenerationOptions {
  /** Called with each new piece of text as soon as it is safe to show (concatenation = `text`). */
  onToken?: (text: string) => void;
}

/** Why generation ended: an EOS id, a stop string, or the token budget / context length. @example if (r.finishReason === 'length') console.warn('truncated'); */
export type FinishReason = 'eos' | 'stop' | 'length';

/** Result of `generate`. @example const { text, ids, finishReason } = await generate(model, 'Fever'); */
export interface GenerateResult {
  /** Generated text only (no prompt), special tokens skipped, stop string trimmed. */
  text: string;
  /** Generated token ids (including a final EOS or the token that completed a stop string). */
  ids: number[];
  finishReason: FinishReason;
  /** The prompt's token ids as fed to the model. */
  promptIds: number[];
  /** The settings actually used (after merging defaults; includes the drawn seed). */
  config: GenerationConfig;
}

// Prefill in chunks so the prompt's logits ([1, T, V]) never need more than this many rows at
// once; with the KV cache the result is identical to one big forward.
const PREFILL_CHUNK = 256;
// Prompt tokens decoded together with the generated ones, so the first generated word keeps
// its leading space (SentencePiece strips a leading space at the start of a decode).
const DECODE_CONTEXT = 16;

/**
 * Token ids of a prompt.
 *
 * @example
 * promptToIds(model.tokenizer, 'Hello'); // [bos, ...ids of "Hello"]
 */
export function promptToIds(tokenizer: MedTokenizer, prompt: GenerationPrompt): number[] {
  if (typeof prompt === 'string') return tokenizer.encode(prompt, { addSpecialTokens: true });
  if (!Array.isArray(prompt)) throw new Error('generate: prompt must be a string, chat messages or token ids');
  if (prompt.length && (prompt as unknown[]).every((x) => typeof x === 'number')) {
    const ids = prompt as number[];
    ids.forEach((id, i) => {
      if (!Number.isInteger(id) || id < 0 || id >= tokenizer.vocabSize) {
        throw new Error(`generate: prompt token at index ${i} is ${id}; expected an integer in [0, ${tokenizer.vocabSize})`);
      }
    });
    return ids;
  }
  return encodeChat(tokenizer, prompt as ChatMessage[], { addGenerationPrompt: true });
}

/**
 * Length of the prefix of `text` that is safe to show now: not ending inside an incomplete
 * multi-byte character (decoded as U+FFFD) and not ending with a possible start of a stop string.
 *
 * @example
 * streamSafeLength('Answer: yes\n#', ['\n###']); // 11 (holds back "\n#")
 */
export function streamSafeLength(text: string, stopStrings: readonly string[]): number {
  let n = text.length;
  while (n > 0 && text[n - 1] === '\uFFFD') n--;
  for (const s of stopStrings) {
    for (let k = Math.min(s.length - 1, n); k > 0; k--) {
      if (text.slice(n - k, n) === s.slice(0, k)) {
        n -= k;
        break;
      }
    }
  }
  return n;
}

/** Earliest index of any stop string in `text`, or -1. @example findStopString('a###b', ['###']); // 1 */
export function findStopString(text: string, stopStrings: readonly string[]): number {
  let best = -1;
  for (const s of stopStrings) {
    const i = text.indexOf(s);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Next-token logits of the last position after feeding `ids` (cache extended in place). */
async function feed(model: CausalLM, ids: number[], cache: ReturnType<CausalLM['newCache']>): Promise<Float32Array> {
  let last: tf.Tensor | undefined;
  for (let start = 0; start < ids.length; start += PREFILL_CHUNK) {
    const chunk = ids.slice(start, start + PREFILL_CHUNK);
    const input = tf.tensor2d([chunk], [1, chunk.length], 'int32');
    let logits: tf.Tensor3D;
    try {
      logits = model.forward(input, { cache }).logits; // [1, T, V]
    } catch (e) {
      // A forward that fails (or is aborted) after an earlier chunk must not leak that chunk's logits.
      last?.dispose();
      throw e;
    } finally {
      input.dispose();
    }
    last?.dispose();
    last = tf.tidy(() => logits.slice([0, chunk.length - 1, 0], [1, 1, -1]).reshape([-1])); // [V]
    logits.dispose();
  }
  if (!last) throw new Error('generate: nothing to feed (empty input)');
  const data = (await last.data()) as Float32Array;
  last.dispose();
  return data;
}

/**
 * Generate a continuation, streaming pieces as they become safe to show. Yields text pieces;
 * the generator's return value is the full `GenerateResult`.
 *
 * @example
 * const it = generateStream(model, 'Chest X-ray:', { maxNewTokens: 30, doSample: true, seed: 1 });
 * for await (const piece of it) process.stdout.write(piece);
 */
export async function* generateStream(
  model: CausalLM,
  prompt: GenerationPrompt,
  options: GenerationOptions = {},
): AsyncGenerator<string, GenerateResult, undefined> {
  const config = resolveGenerationConfig(model, options);
  const tok = model.tokenizer;
  const promptIds = promptToIds(tok, prompt);
  if (promptIds.length === 0) throw new Error('generate: the prompt encodes to no tokens (empty text without BOS)');
  const maxPos = model.config.max_position_embeddings;
  if (promptIds.length >= maxPos) {
    throw new Error(`generate: the prompt has ${promptIds.length} tokens; the model's max_position_embeddings is ${maxPos}`);
  }
  const budget = Math.min(config.maxNewTokens, maxPos - promptIds.length);
  const procs = buildLogitsProcessors(config);
  const rand = mulberry32(config.seed ?? 0);
  const eos = new Set(config.eosTokenIds);
  const context = promptIds.slice(-DECODE_CONTEXT);
  const contextText = tok.decode(context, { skipSpecialTokens: true });
  const decodeNew = (gen: number[]): string => {
    const full = tok.decode([...context, ...gen], { skipSpecialTokens: true });
    return full.startsWith(contextText) ? full.slice(contextText.length) : tok.decode(gen, { skipSpecialTokens: true });
  };

  const all = [...promptIds];
  const ids: number[] = [];
  let emitted = '';
  let text = '';
  let finishReason: FinishReason = 'length';
  if (budget === 0) return { text, ids, finishReason, promptIds, config };

  const cache = model.newCache();
  try {
    let input = promptIds;
    while (ids.length < budget) {
      // The wasm backend's data() resolves without giving the event loop a turn, so without this
      // a server could not answer, time out or notice a closed connection until the end.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const logits = await feed(model, input, cache);
      const next = pickToken(applyProcessors(procs, logits, { ids: all, generated: ids.length }), config.doSample, rand);
      ids.push(next);
      all.push(next);
      if (eos.has(next)) {
        finishReason = 'eos';
        break;
      }
      text = decodeNew(ids);
      const stopAt = findStopString(text, config.stopStrings);
      if (stopAt >= 0) {
        text = text.slice(0, stopAt);
        finishReason = 'stop';
        break;
      }
      const safe = text.slice(0, streamSafeLength(text, config.stopStrings));
      if (safe.length > emitted.length && safe.startsWith(emitted)) {
        yield safe.slice(emitted.length);
        emitted = safe;
      }
      input = [next];
    }
  } finally {
    cache.dispose();
  }
  if (finishReason === 'eos') text = decodeNew(ids.slice(0, -1));
  // Flush what was held back (a trailing partial character or partial stop string).
  if (text.length > emitted.length && text.startsWith(emitted)) yield text.slice(emitted.length);
  return { text, ids, finishReason, promptIds, config };
}

/**
 * Generate a continuation of a text prompt or a conversation (rendered with the chat template
 * and the generation prompt). `onToken` receives the text as it streams.
 *
 * @example
 * const r = await generate(model, [{ role: 'user', content: 'Define dyspnea.' }], { maxNewTokens: 40, onToken: (t) => process.stdout.write(t) });
 * r.finishReason; // 'eos' | 'stop' | 'length'
 */
export async function generate(model: CausalLM, prompt: GenerationPrompt, options: GenerateOptions = {}): Promise<GenerateResult> {
  const { onToken, ...genOptions } = options;
  const it = generateStream(model, prompt, genOptions);
  for (;;) {
    const r = await it.next();
    if (r.done) return r.value;
    onToken?.(r.value);
  }
}
