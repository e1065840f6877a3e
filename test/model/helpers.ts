/**
 * Shared helpers of the model tests: fixture discovery, expected values, a minimal
 * tokenizer for checkpoints that ship none, and a greedy loop over forward + KV cache.
 *
 * @example
 * const model = await loadModel(fixtureDir('llama-f32'), { tokenizer: idTokenizer(384) });
 */
import * as tf from '@tensorflow/tfjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSafetensors } from '../../sdk/model/safetensors.js';
import type { CausalLM, MedTokenizer } from '../../sdk/model/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'models');

/** Names of every parity fixture folder. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function fixtureDir(name: string): string {
  return join(FIXTURES, name);
}

export interface Expected {
  sequences: number[][];
  greedy: { prompt: number[]; tokens: number[]; min_gap: number };
  logprobs: Float32Array[];
}

/** The reference outputs stored beside a fixture checkpoint. */
export async function readExpected(name: string): Promise<Expected> {
  const dir = fixtureDir(name);
  const meta = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Omit<Expected, 'logprobs'>;
  const st = await readSafetensors(join(dir, 'expected.safetensors'));
  const logprobs: Float32Array[] = [];
  for (let i = 0; i < meta.sequences.length; i++) logprobs.push(await st.read(`logprobs.${i}`));
  await st.close();
  return { ...meta, logprobs };
}

/**
 * A tokenizer for fixtures without tokenizer files: token i is written "<i>". Only the model
 * is under test here; real tokenizers are tested in test/generation.
 */
export function idTokenizer(vocabSize: number): MedTokenizer {
  return {
    encode: (text) => [...text.matchAll(/<(\d+)>/g)].map((m) => Number(m[1])),
    decode: (ids) => ids.map((i) => `<${i}>`).join(''),
    applyChatTemplate: (messages) => messages.map((m) => `${m.role}: ${m.content}\n`).join(''),
    bosTokenId: 1,
    eosTokenIds: [2],
    padTokenId: 0,
    vocabSize,
    templateName: 'test',
  };
}

/** log-softmax of `[B, T, V]` logits, as a flat Float32Array of row `b`. */
export function logProbsRow(logits: tf.Tensor3D, b: number): Float32Array {
  return tf.tidy(() => {
    const [, T, V] = logits.shape;
    return tf.logSoftmax(logits.slice([b, 0, 0], [1, T, V])).dataSync() as Float32Array;
  });
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Greedy decoding with the KV cache: prompt once, then one token per step. */
export function greedyWithCache(model: CausalLM, prompt: number[], steps: number): number[] {
  const cache = model.newCache();
  const out: number[] = [];
  let input = tf.tensor2d([prompt], [1, prompt.length], 'int32');
  try {
    for (let s = 0; s < steps; s++) {
      const { logits } = model.forward(input, { cache });
      const next = tf.tidy(() => logits.slice([0, logits.shape[1] - 1, 0], [1, 1, logits.shape[2]]).reshape([-1]).argMax().dataSync()[0]);
      logits.dispose();
      input.dispose();
      out.push(next);
      input = tf.tensor2d([[next]], [1, 1], 'int32');
    }
  } finally {
    input.dispose();
    cache.dispose();
  }
  return out;
}
