/**
 * Test helpers of the trainer: a character tokenizer with a small chat template, so the SFT
 * path can run on the tiny fixture checkpoints (which ship no tokenizer).
 *
 * @example
 * const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataRecord } from '../../sdk/data/records.js';
import { expectedTensors } from '../../sdk/model/causal-lm.js';
import { parseModelConfig } from '../../sdk/model/config.js';
import { writeSafetensors, type TensorToWrite } from '../../sdk/model/safetensors.js';
import type { ChatMessage, MedTokenizer } from '../../sdk/model/types.js';
import { Rng } from '../../sdk/runtime/random.js';

export const FIXTURE_MODELS = join(import.meta.dirname, '..', 'fixtures', 'models');
export const fixtureModel = (name: string) => join(FIXTURE_MODELS, name);

/** Printable ASCII and newline map to ids 3..98; "<s>" is 1, "</s>" is 2, padding 0. */
export function charTokenizer(vocabSize: number): MedTokenizer {
  const encode = (text: string, opts: { addSpecialTokens?: boolean } = {}) => {
    const ids: number[] = opts.addSpecialTokens === false ? [] : [1];
    for (const part of text.split(/(<\/?s>)/)) {
      if (part === '<s>') ids.push(1);
      else if (part === '</s>') ids.push(2);
      else for (const ch of part) ids.push(ch === '\n' ? 98 : Math.min(Math.max(ch.charCodeAt(0), 32), 126) - 29);
    }
    return ids;
  };
  return {
    encode,
    decode: (ids, opts = {}) =>
      ids
        .map((i) => (i === 1 ? (opts.skipSpecialTokens ? '' : '<s>') : i === 2 ? (opts.skipSpecialTokens ? '' : '</s>') : i === 98 ? '\n' : i >= 3 && i < 98 ? String.fromCharCode(i + 29) : ''))
        .join(''),
    applyChatTemplate: (messages: ChatMessage[], opts = {}) =>
      '<s>' +
      messages.map((m) => (m.role === 'assistant' ? `A:${m.content}</s>` : `${m.role === 'user' ? 'U' : 'S'}:${m.content}\n`)).join('') +
      (opts.addGenerationPrompt ? 'A:' : ''),
    bosTokenId: 1,
    eosTokenIds: [2],
    padTokenId: 0,
    vocabSize,
    templateName: 'test',
  };
}

/** An instruction record with the given text. */
export function instruction(id: string, instructionText: string, output: string): DataRecord {
  return { kind: 'instruction', id, source: { file: 'test.jsonl', line: 1, format: 'alpaca' }, meta: {}, task: 'qa', instruction: instructionText, input: '', output };
}

/**
 * Write a very small random Llama (hidden 16, one layer) with the embedded model's Llama-2
 * tokenizer into `modelDir`, so CLI paths run end to end on real text in well under a second per step.
 */
export async function writeTinyLlama(modelDir: string, opts: { maxPositions?: number; seed?: number } = {}): Promise<void> {
  mkdirSync(modelDir, { recursive: true });
  const config = {
    architectures: ['LlamaForCausalLM'], model_type: 'llama', vocab_size: 32000, hidden_size: 16, intermediate_size: 32,
    num_hidden_layers: 1, num_attention_heads: 2, num_key_value_heads: 1, hidden_act: 'silu', max_position_embeddings: opts.maxPositions ?? 256,
    rms_norm_eps: 1e-5, rope_theta: 10000, tie_word_embeddings: true, bos_token_id: 1, eos_token_id: 2, torch_dtype: 'float32',
  };
  writeFileSync(join(modelDir, 'config.json'), JSON.stringify(config));
  const rng = new Rng(opts.seed ?? 5);
  const tensors: Record<string, TensorToWrite> = {};
  for (const t of expectedTensors(parseModelConfig(config, 'config.json'))) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n).map(() => (t.name.endsWith('norm.weight') ? 1 : (rng.next() - 0.5) * 0.04));
    tensors[t.name] = { dtype: 'F32', shape: t.shape, data };
  }
  await writeSafetensors(join(modelDir, 'model.safetensors'), tensors);
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join('data/models/medtune-tiny', f), join(modelDir, f));
}
