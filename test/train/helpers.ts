/**
 * Test helpers of the trainer: a character tokenizer with a small chat template, so the SFT
 * path can run on the tiny fixture checkpoints (which ship no tokenizer).
 *
 * @example
 * const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
 */
import { join } from 'node:path';
import type { DataRecord } from '../../sdk/data/records.js';
import type { ChatMessage, MedTokenizer } from '../../sdk/model/types.js';

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
