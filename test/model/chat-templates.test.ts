import { Template } from '@huggingface/jinja';
import { describe, expect, it } from 'vitest';
import { renderChat, templateJinja, TemplateName, TEMPLATES, type TemplateDef, type TemplateMessage } from '../../sdk/model/chat-templates.js';
import { formatFunctionCall, formatTools, pyJson } from '../../sdk/model/tool-formats.js';

// Expected strings written by hand from LLaMA-Factory's data/template.py (commit ff6d4d12):
// turn 0 = format_prefix + format_system(system) + format_user(query); response = format_assistant.
const S = { bos: '<s>', eos: '</s>' };
const conv: TemplateMessage[] = [
  { role: 'system', content: 'SYS' },
  { role: 'user', content: 'Q1' },
  { role: 'assistant', content: 'A1' },
  { role: 'user', content: 'Q2' },
  { role: 'assistant', content: 'A2' },
];

const EXPECTED: Record<string, string> = {
  alpaca: 'SYS### Instruction:\nQ1\n\n### Response:\nA1</s>\n\n### Instruction:\nQ2\n\n### Response:\nA2</s>\n\n',
  chatml:
    '<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nQ1<|im_end|>\n<|im_start|>assistant\nA1<|im_end|>\n' +
    '<|im_start|>user\nQ2<|im_end|>\n<|im_start|>assistant\nA2<|im_end|>\n',
  deepseek: '<s>SYS\n\nUser: Q1\n\nAssistant:A1</s>User: Q2\n\nAssistant:A2</s>',
  default: 'System: SYS</s>\nHuman: Q1</s>\nAssistant:A1</s>\nHuman: Q2</s>\nAssistant:A2</s>\n',
  empty: 'SYSQ1A1Q2A2',
  gemma:
    '<s><start_of_turn>user\nSYS\n\nQ1<end_of_turn>\n<start_of_turn>model\nA1<end_of_turn>\n' +
    '<start_of_turn>user\nQ2<end_of_turn>\n<start_of_turn>model\nA2<end_of_turn>\n',
  llama2: '<s>[INST] <<SYS>>\nSYS\n<</SYS>>\n\nQ1 [/INST]A1</s><s>[INST] Q2 [/INST]A2</s>',
  llama3:
    '<s><|start_header_id|>system<|end_header_id|>\n\nSYS<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nQ1<|eot_id|>' +
    '<|start_header_id|>assistant<|end_header_id|>\n\nA1<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nQ2<|eot_id|>' +
    '<|start_header_id|>assistant<|end_header_id|>\n\nA2<|eot_id|>',
  mistral: '<s>[INST] SYS\n\nQ1[/INST] A1</s>[INST] Q2[/INST] A2</s>',
  phi: '<|system|>\nSYS<|end|>\n<|user|>\nQ1<|end|>\n<|assistant|>\nA1<|end|>\n<|user|>\nQ2<|end|>\n<|assistant|>\nA2<|end|>\n',
  qwen:
    '<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nQ1<|im_end|>\n<|im_start|>assistant\nA1<|im_end|>\n' +
    '<|im_start|>user\nQ2<|im_end|>\n<|im_start|>assistant\nA2<|im_end|>\n',
  // Reasoning template, thinking on: answers without thoughts get an empty one, learned as part of the answer.
  qwen3:
    '<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nQ1<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nA1<|im_end|>\n' +
    '<|im_start|>user\nQ2<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nA2<|im_end|>\n',
  qwen3_nothink:
    '<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nQ1<|im_end|>\n<|im_start|>assistant\nA1<|im_end|>\n' +
    '<|im_start|>user\nQ2<|im_end|>\n<|im_start|>assistant\nA2<|im_end|>\n',
};

describe('named chat templates (LLaMA-Factory strings)', () => {
  it('render every template as LLaMA-Factory does', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...TemplateName.options].sort());
    for (const name of TemplateName.options) expect(renderChat(name, conv, S).text, name).toBe(EXPECTED[name]);
  });

  it('use the default system prompt when none is given, and default_system replaces it', () => {
    const q: TemplateMessage[] = [{ role: 'user', content: 'Q' }];
    expect(renderChat('qwen', q).text).toBe(
      '<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n',
    );
    expect(renderChat('alpaca', q).text).toBe(
      'Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\nQ\n\n### Response:\n',
    );
    expect(renderChat('qwen', q, { defaultSystem: 'Be brief.' }).text.startsWith('<|im_start|>system\nBe brief.<|im_end|>\n')).toBe(true);
    expect(renderChat('llama3', q, S).text).toBe('<s><|start_header_id|>user<|end_header_id|>\n\nQ<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n');
  });

  it('qwen3 thinking: off puts the empty thought in the prompt and strips thoughts from answers', () => {
    const q: TemplateMessage[] = [{ role: 'user', content: 'Q' }, { role: 'assistant', content: '<think>\nhmm\n</think>\n\nA' }];
    const on = renderChat('qwen3', q);
    expect(on.text).toBe('<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n<think>\nhmm\n</think>\n\nA<|im_end|>\n');
    const off = renderChat('qwen3', q, { enableThinking: false });
    expect(off.turns[0].prompt.join('')).toBe('<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n');
    expect(off.turns[0].response?.join('')).toBe('A<|im_end|>\n');
    // The generation prompt with thinking off ends with the empty thought, so the model answers directly.
    expect(renderChat('qwen3', [{ role: 'user', content: 'Q' }], { enableThinking: false }).text.endsWith('<think>\n\n</think>\n\n')).toBe(true);
  });

  it('the rendering up to a user turn is a prefix of the full rendering (what the trainer relies on)', () => {
    for (const name of TemplateName.options) {
      const full = renderChat(name, conv, S).text;
      expect(full.startsWith(renderChat(name, conv.slice(0, 4), S).text), name).toBe(true);
    }
  });

  it('render tool calls and results with the template tool format', () => {
    const tools = JSON.stringify([{ name: 'bmi', description: 'Body-mass index', parameters: { type: 'object', properties: { kg: { type: 'number', description: 'weight' } }, required: ['kg'] } }]);
    const msgs: TemplateMessage[] = [
      { role: 'user', content: 'BMI for 70 kg?' },
      { role: 'function', content: '{"name": "bmi", "arguments": {"kg": 70}}' },
      { role: 'observation', content: '{"bmi": 22.9}' },
      { role: 'assistant', content: 'It is 22.9.' },
    ];
    const qwen = renderChat('qwen3_nothink', msgs, { tools }).text;
    expect(qwen).toContain('<|im_start|>system\n\n\n# Tools\n\nYou may call one or more functions');
    expect(qwen).toContain('<tools>\n{"type": "function", "function": {"name": "bmi", "description": "Body-mass index", "parameters": {"type": "object", "properties": {"kg": {"type": "number", "description": "weight"}}, "required": ["kg"]}}}\n</tools>');
    expect(qwen).toContain('<|im_start|>assistant\n<tool_call>\n{"name": "bmi", "arguments": {"kg": 70}}\n</tool_call><|im_end|>\n');
    expect(qwen).toContain('<|im_start|>user\n<tool_response>\n{"bmi": 22.9}\n</tool_response><|im_end|>\n<|im_start|>assistant\nIt is 22.9.<|im_end|>\n');
    const chatml = renderChat('chatml', msgs, { ...S, tools }).text;
    expect(chatml).toContain('> Tool Name: bmi\nTool Description: Body-mass index\nTool Args:\n  - kg (number, required): weight\n\n');
    expect(chatml).toContain('Action: bmi\nAction Input: {"kg": 70}<|im_end|>\n<|im_start|>tool\n{"bmi": 22.9}<|im_end|>\n<|im_start|>assistant\n');
    expect(formatTools('llama3', tools, new Date(Date.UTC(2024, 6, 5)))).toContain('Today Date: 05 Jul 2024\n\n');
    expect(formatFunctionCall('llama3', '{"name": "bmi", "arguments": {"kg": 70}}')).toBe('{"name": "bmi", "parameters": {"kg": 70}}');
    expect(formatFunctionCall('mistral', '[{"name": "a", "arguments": {}}]')).toBe('[{"name": "a", "arguments": {}}]');
    expect(pyJson({ a: [1, { b: null }] }, 4)).toBe('{\n    "a": [\n        1,\n        {\n            "b": null\n        }\n    ]\n}');
    expect(() => renderChat('chatml', [{ role: 'user', content: 'x' }, { role: 'function', content: 'not json' }])).toThrow(/function call: expected JSON/);
  });

  it('rejects conversations whose turns do not alternate', () => {
    expect(() => renderChat('chatml', [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }])).toThrow(/message 1 has role 'user'; expected assistant or function/);
  });

  it('the Jinja export renders the same system/user/assistant strings', () => {
    for (const name of TemplateName.options) {
      if ((TEMPLATES[name] as TemplateDef).reasoning) continue; // thoughts are added by the renderer, not by LLaMA-Factory's Jinja either
      const jinja = new Template(templateJinja(name)).render({ messages: conv, bos_token: '<s>', eos_token: '</s>', add_generation_prompt: false });
      expect(jinja, name).toBe(EXPECTED[name]);
    }
  });
});
