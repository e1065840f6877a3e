/**
 * Ollama Modelfiles: chat templates read into segments (ChatML, Alpaca, Llama 2 fallbacks and
 * the real Qwen3 template), the Go templates written from them (rendered here by a small
 * interpreter of exactly the Go-template constructs the writer emits, with Ollama's inputs:
 * `.System` and `.Messages` including system messages), stops, SYSTEM, and refusals.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGguf } from '../../sdk/model/gguf/convert.js';
import { chatSegments, ollamaModelfile, ollamaTemplate, renderSegments, templateStops, type RenderChat } from '../../sdk/model/gguf/modelfile.js';
import { loadTokenizer, type HfTokenizer } from '../../sdk/model/tokenizer.js';
import type { ChatMessage } from '../../sdk/model/types.js';
import { LLAMA_TOKENIZER, QWEN_TOKENIZER } from './checkpoints.js';

interface GoData {
  System: string;
  Messages: ChatMessage[];
}

/** Render the Go-template subset the Modelfile writer emits (if/else if/range/variables/eq/and/not). */
function renderGo(template: string, data: GoData): string {
  const parts = template.split(/(\{\{.*?\}\})/s).filter((p) => p !== '');
  let pos = 0;
  const vars: Record<string, unknown> = {};
  type Node = { text: string } | { action: string };
  const nodes: Node[] = parts.map((p) => (p.startsWith('{{') ? { action: p.slice(2, -2).trim() } : { text: p }));
  const value = (expr: string, dot: Record<string, unknown>): unknown => {
    const args = expr.match(/"[^"]*"|\S+/g)!;
    const atom = (a: string): unknown => {
      if (a.startsWith('"')) return a.slice(1, -1);
      if (a === 'true') return true;
      if (a.startsWith('$.')) return (data as unknown as Record<string, unknown>)[a.slice(2)];
      if (a.startsWith('$')) return vars[a];
      if (a.startsWith('.')) return dot[a.slice(1)];
      throw new Error(`unknown atom ${a}`);
    };
    if (args[0] === 'eq') return atom(args[1]) === atom(args[2]);
    if (args[0] === 'and') return Boolean(atom(args[1])) && Boolean(atom(args[2]));
    if (args[0] === 'not') return !atom(args[1]);
    return atom(args[0]);
  };
  const block = (dot: Record<string, unknown>, emit: boolean): { out: string; stop: string } => {
    let out = '';
    while (pos < nodes.length) {
      const n = nodes[pos++];
      if ('text' in n) {
        if (emit) out += n.text;
        continue;
      }
      const a = n.action;
      if (a === 'end' || a === 'else' || a.startsWith('else if ')) return { out, stop: a };
      if (a.startsWith('if ')) {
        let taken = false;
        let cond = a.slice(3);
        for (;;) {
          const run = emit && !taken && Boolean(value(cond, dot));
          const r = block(dot, run);
          if (run) {
            out += r.out;
            taken = true;
          }
          if (r.stop === 'end') break;
          cond = r.stop === 'else' ? 'true' : r.stop.slice('else if '.length);
        }
      } else if (a === 'range .Messages') {
        const start = pos;
        let r = { out: '', stop: 'end' };
        if (!data.Messages.length) r = block(dot, false);
        for (const m of data.Messages) {
          pos = start;
          // Ollama's message fields, as Go exports them.
          r = block({ Role: m.role, Content: m.content }, emit);
          out += r.out;
        }
      } else if (/^\$\w+ :?= /.test(a)) {
        const [name, , v] = a.split(' ');
        if (emit) vars[name] = v === 'true';
      } else if (emit) out += String(value(a, dot));
    }
    return { out, stop: 'eof' };
  };
  return block(data as unknown as Record<string, unknown>, true).out;
}

let tmp: string;
const tokenizers: Record<string, HfTokenizer> = {};
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'medtune-modelfile-'));
  for (const t of ['chatml', 'alpaca', 'llama2'] as const) tokenizers[t] = await loadTokenizer(LLAMA_TOKENIZER, { template: t });
  tokenizers.qwen3 = await loadTokenizer(QWEN_TOKENIZER);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const render = (tok: HfTokenizer): RenderChat => (m, g) => tok.applyChatTemplate(m, { addGenerationPrompt: g });

const CONVERSATIONS: ChatMessage[][] = [
  [{ role: 'user', content: 'Is 38.5 C a fever?' }],
  [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Define {{tachycardia}}.' }],
  [
    { role: 'user', content: 'Cough for 3 weeks.' },
    { role: 'assistant', content: 'Consider a chest X-ray.' },
    { role: 'user', content: 'And smoking history?' },
  ],
];

describe('chat templates as Ollama templates', () => {
  for (const [name, bos] of [['chatml', '<s>'], ['alpaca', '<s>'], ['llama2', '<s>'], ['qwen3', undefined]] as const) {
    it(`${name}: the Go template renders Ollama's inputs exactly like the Jinja template (leading BOS left to llama.cpp)`, () => {
      const tok = tokenizers[name];
      const seg = chatSegments(render(tok), { bos });
      const go = ollamaTemplate(seg, { bos });
      for (const conv of CONVERSATIONS) {
        const jinja = tok.applyChatTemplate(conv, { addGenerationPrompt: true });
        expect(renderSegments(seg, conv, true)).toBe(jinja);
        const system = conv[0].role === 'system' ? conv[0].content : (seg.defaultSystem ?? '');
        const expected = bos && jinja.startsWith(bos) ? jinja.slice(bos.length) : jinja;
        expect(renderGo(go, { System: system, Messages: conv })).toBe(expected);
      }
    });
  }

  it('reads ChatML markers, the Alpaca default system prompt and the Llama 2 in-turn system block', () => {
    const chatml = chatSegments(render(tokenizers.chatml), { bos: '<s>' });
    // LLaMA-Factory's chatml: no BOS, and the user slot already opens the assistant turn.
    expect(chatml).toMatchObject({ head: '', generation: '', user: { prefix: '<|im_start|>user\n', suffix: '<|im_end|>\n<|im_start|>assistant\n' } });
    const alpaca = chatSegments(render(tokenizers.alpaca), { bos: '<s>' });
    expect(alpaca.defaultSystem).toBe('Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n');
    const llama2 = chatSegments(render(tokenizers.llama2), { bos: '<s>' });
    expect(llama2.system).toEqual({ mode: 'first-user', prefix: '<<SYS>>\n', suffix: '\n<</SYS>>\n\n' });
  });

  it('refuses a template whose turns are not plain role markers, naming what differs', () => {
    let turn = 0;
    const numbered: RenderChat = (messages, g) => {
      turn = 0;
      return messages.map((m) => `Turn ${++turn} (${m.role}): ${m.content}\n`).join('') + (g ? `Turn ${turn + 1} (assistant): ` : '');
    };
    expect(() => chatSegments(numbered)).toThrow(/cannot be written as an Ollama TEMPLATE/);
  });
});

describe('Modelfile', () => {
  it('carries FROM, TEMPLATE, SYSTEM and stops', () => {
    const seg = chatSegments(render(tokenizers.alpaca), { bos: '<s>' });
    const stops = templateStops(seg, { eos: ['</s>'], controlTokens: ['<s>', '</s>', '<unk>'], bos: '<s>' });
    expect(stops).toEqual(['</s>', '### Instruction:']);
    const text = ollamaModelfile({ from: './tuned.gguf', segments: seg, bos: '<s>', stops, parameters: { temperature: 0.7 } });
    expect(text).toContain('FROM ./tuned.gguf\n');
    expect(text).toContain('TEMPLATE """{{ if .System }}{{ .System }}{{ end }}');
    expect(text).toContain('SYSTEM """Below is an instruction');
    expect(text).toContain('PARAMETER stop "### Instruction:"');
    expect(text).toContain('PARAMETER temperature 0.7');
    expect(() => ollamaModelfile({ from: 'x', system: 'a """ b' })).toThrow(/"""/);
  });

  it('is written beside the GGUF by exportGguf, with the template and stops of the embedded chat template', async () => {
    const r = await exportGguf('data/models/medtune-tiny', join(tmp, 'tiny-f16.gguf'), { template: 'chatml', systemPrompt: 'You are a clinical assistant.' });
    expect(r.modelfile).toBe(join(tmp, 'tiny-f16.Modelfile'));
    const text = readFileSync(r.modelfile!, 'utf8');
    expect(text).toContain('FROM ./tiny-f16.gguf');
    expect(text).toContain('<|im_start|>user\n{{ .Content }}<|im_end|>\n');
    expect(text).toContain('SYSTEM """You are a clinical assistant."""');
    expect(text).toContain('PARAMETER stop "</s>"');
    expect(text).toContain('PARAMETER stop "<|im_end|>"'); // plain text on this tokenizer, still a turn end
    expect(text).toContain('PARAMETER stop "<|im_start|>user"');
    expect(text).toContain('PARAMETER num_ctx 512');
  });
});
