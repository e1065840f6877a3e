/**
 * Named chat templates: one table with LLaMA-Factory's definitions (`data/template.py`: the
 * slots of each role, default system, stop words, thinking), rendered to the same strings.
 *
 * The checkpoint's own Jinja template stays the default; a name is chosen explicitly
 * (`loadTokenizer(dir, { template: 'llama3' })`, YAML `template: llama3`). As in LLaMA-Factory,
 * a conversation renders as (prompt, response) pairs: turn 0 is prefix + system + user, later
 * turns are user (or tool observation); each response is the assistant (or function-call) slot.
 * The user slot already ends with the assistant header, so the rendering of a conversation up to
 * a user turn is the generation prompt and a prefix of the full rendering.
 *
 * @example
 * renderChat('llama3', [{ role: 'user', content: 'Fever?' }], { bos: '<|begin_of_text|>', eos: '<|end_of_text|>' }).text;
 * // '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nFever?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n'
 */
import { z } from 'zod';
import { formatFunctionCall, formatTools, type ToolFormat } from './tool-formats.js';

/** The BOS / EOS token of the tokenizer inside a slot (LLaMA-Factory `{"bos_token"}` / `{"eos_token"}`). */
const BOS = { special: 'bos' } as const;
const EOS = { special: 'eos' } as const;
/** A piece of a slot: text (`{{content}}` is replaced) or a special token. */
export type SlotPart = string | typeof BOS | typeof EOS;

/** One template, in LLaMA-Factory's terms. @example TEMPLATES.chatml.stopWords; // ['<|im_end|>', '<|im_start|>'] */
export interface TemplateDef {
  user: readonly SlotPart[];
  /** Default `['{{content}}', EOS]`. */
  assistant?: readonly SlotPart[];
  /** Default `['{{content}}']`. */
  system?: readonly SlotPart[];
  /** Tool results; default: the user slot. */
  observation?: readonly SlotPart[];
  /** Function calls; default: the assistant slot. */
  function?: readonly SlotPart[];
  prefix?: readonly SlotPart[];
  defaultSystem?: string;
  stopWords?: readonly string[];
  /** The first stop word replaces the tokenizer's EOS (the template ends turns with it). */
  replaceEos?: boolean;
  toolFormat?: ToolFormat;
  /** Llama-2 style: the system text is put inside the first user turn. */
  systemInFirstUser?: boolean;
  /** Reasoning models (`<think>...</think>` answers, LLaMA-Factory ReasoningTemplate). */
  reasoning?: boolean;
}

const QWEN_LIKE = {
  user: ['<|im_start|>user\n{{content}}<|im_end|>\n<|im_start|>assistant\n'],
  assistant: ['{{content}}<|im_end|>\n'],
  system: ['<|im_start|>system\n{{content}}<|im_end|>\n'],
  observation: ['<|im_start|>user\n<tool_response>\n{{content}}\n</tool_response><|im_end|>\n<|im_start|>assistant\n'],
  toolFormat: 'qwen',
  stopWords: ['<|im_end|>'],
  replaceEos: true,
} satisfies TemplateDef;

/**
 * The templates, as defined by LLaMA-Factory (same slots, default system prompts and stop words).
 *
 * @example
 * TEMPLATES.llama2.systemInFirstUser; // true
 */
export const TEMPLATES = {
  alpaca: {
    user: ['### Instruction:\n{{content}}\n\n### Response:\n'],
    assistant: ['{{content}}', EOS, '\n\n'],
    defaultSystem: 'Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n',
  },
  chatml: {
    user: ['<|im_start|>user\n{{content}}<|im_end|>\n<|im_start|>assistant\n'],
    assistant: ['{{content}}<|im_end|>\n'],
    system: ['<|im_start|>system\n{{content}}<|im_end|>\n'],
    observation: ['<|im_start|>tool\n{{content}}<|im_end|>\n<|im_start|>assistant\n'],
    stopWords: ['<|im_end|>', '<|im_start|>'],
    replaceEos: true,
  },
  deepseek: {
    user: ['User: {{content}}\n\nAssistant:'],
    system: ['{{content}}\n\n'],
    prefix: [BOS],
  },
  default: {
    user: ['Human: {{content}}', EOS, '\nAssistant:'],
    assistant: ['{{content}}', EOS, '\n'],
    system: ['System: {{content}}', EOS, '\n'],
  },
  empty: { user: ['{{content}}'], assistant: ['{{content}}'] },
  gemma: {
    user: ['<start_of_turn>user\n{{content}}<end_of_turn>\n<start_of_turn>model\n'],
    assistant: ['{{content}}<end_of_turn>\n'],
    system: ['{{content}}\n\n'],
    observation: ['<start_of_turn>tool\n{{content}}<end_of_turn>\n<start_of_turn>model\n'],
    prefix: [BOS],
    stopWords: ['<end_of_turn>'],
    replaceEos: true,
    systemInFirstUser: true,
  },
  llama2: {
    user: [BOS, '[INST] {{content}} [/INST]'],
    system: ['<<SYS>>\n{{content}}\n<</SYS>>\n\n'],
    systemInFirstUser: true,
  },
  llama3: {
    user: ['<|start_header_id|>user<|end_header_id|>\n\n{{content}}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n'],
    assistant: ['{{content}}<|eot_id|>'],
    system: ['<|start_header_id|>system<|end_header_id|>\n\n{{content}}<|eot_id|>'],
    function: ['{{content}}<|eot_id|>'],
    observation: ['<|start_header_id|>ipython<|end_header_id|>\n\n{{content}}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n'],
    toolFormat: 'llama3',
    prefix: [BOS],
    stopWords: ['<|eot_id|>', '<|eom_id|>'],
    replaceEos: true,
  },
  mistral: {
    user: ['[INST] {{content}}[/INST]'],
    assistant: [' {{content}}', EOS],
    system: ['{{content}}\n\n'],
    function: ['[TOOL_CALLS] {{content}}', EOS],
    observation: ['[TOOL_RESULTS] {"content": {{content}}}[/TOOL_RESULTS]'],
    toolFormat: 'mistral',
    prefix: [BOS],
    systemInFirstUser: true,
  },
  phi: {
    user: ['<|user|>\n{{content}}<|end|>\n<|assistant|>\n'],
    assistant: ['{{content}}<|end|>\n'],
    system: ['<|system|>\n{{content}}<|end|>\n'],
    stopWords: ['<|end|>'],
    replaceEos: true,
  },
  qwen: { ...QWEN_LIKE, defaultSystem: 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.' },
  qwen3: { ...QWEN_LIKE, reasoning: true },
  qwen3_nothink: QWEN_LIKE,
} satisfies Record<string, TemplateDef>;

/** Names of the named templates. @example TemplateName.parse('qwen3_nothink'); */
export const TemplateName = z.enum(Object.keys(TEMPLATES) as [keyof typeof TEMPLATES, ...(keyof typeof TEMPLATES)[]]);
/** @example const name: TemplateName = 'llama3'; */
export type TemplateName = z.infer<typeof TemplateName>;
/** The name the rest of the SDK uses for a chosen template (kept for callers of the first three). @example FallbackTemplateName.parse('chatml'); */
export const FallbackTemplateName = TemplateName;
/** @example const name: FallbackTemplateName = 'alpaca'; */
export type FallbackTemplateName = TemplateName;

/** Roles a template renders (LLaMA-Factory's: tool results are `observation`, calls `function`). */
export type TemplateRole = 'system' | 'user' | 'assistant' | 'function' | 'observation';
/** A message to render. @example const m: TemplateMessage = { role: 'observation', content: '{"bmi": 22.9}' }; */
export interface TemplateMessage {
  role: TemplateRole;
  content: string;
}

/** Options of `renderChat`. @example const o: RenderOptions = { bos: '<s>', eos: '</s>', enableThinking: false }; */
export interface RenderOptions {
  /** The tokenizer's BOS / EOS text; a template's BOS/EOS slot writes nothing when undefined. */
  bos?: string;
  eos?: string;
  /** JSON list of tools, written into the system prompt in the template's tool format. */
  tools?: string;
  /** Replaces the template's default system prompt (LLaMA-Factory `default_system`). */
  defaultSystem?: string;
  /** Reasoning templates: train/ask for thoughts (true, LLaMA-Factory's default) or not. */
  enableThinking?: boolean;
  /** Replaces the template's tool format (LLaMA-Factory `tool_format`). */
  toolFormat?: ToolFormat;
  /** Date written by tool formats that include one (llama3); default today. */
  today?: Date;
}

/** One (prompt, response) pair; the last pair of a generation prompt has no response. */
export interface RenderedTurn {
  prompt: SlotPart[];
  response?: SlotPart[];
}

/** A rendering: the text and its turn structure (for tokenizing segment by segment as LLaMA-Factory does). */
export interface Rendered {
  text: string;
  turns: RenderedTurn[];
}

const THOUGHT: readonly [string, string] = ['<think>\n', '\n</think>\n\n'];

function fill(slots: readonly SlotPart[], content: string): SlotPart[] {
  return slots.map((s) => (typeof s === 'string' ? s.replace('{{content}}', content) : s));
}

/**
 * Text of slot parts with the tokenizer's special tokens.
 *
 * @example
 * partsText(['[INST] hi', { special: 'eos' }], { eos: '</s>' }); // '[INST] hi</s>'
 */
export function partsText(parts: readonly SlotPart[], o: Pick<RenderOptions, 'bos' | 'eos'>): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.special === 'bos' ? (o.bos ?? '') : (o.eos ?? ''))).join('');
}

const hasThought = (s: string) => s.includes(THOUGHT[0].trim()) || s.includes(THOUGHT[1].trim());
const removeThought = (s: string) => s.replace(/<think>\n([\s\S]*?)\n<\/think>\n\n/g, '').replace(/^\n+/, '');

/**
 * Render a conversation with a named template. Messages after an optional leading system
 * message alternate user/observation then assistant/function; a conversation that ends with a
 * user (or observation) turn renders as a generation prompt.
 *
 * @example
 * renderChat('alpaca', [{ role: 'user', content: 'Define BP.' }, { role: 'assistant', content: 'Blood pressure.' }], { eos: '</s>' }).text;
 * // 'Below is an instruction ... request.\n\n### Instruction:\nDefine BP.\n\n### Response:\nBlood pressure.</s>\n\n'
 */
export function renderChat(name: TemplateName, messages: readonly TemplateMessage[], opts: RenderOptions = {}): Rendered {
  const def: TemplateDef = TEMPLATES[name];
  let rest = [...messages];
  let system = opts.defaultSystem ?? def.defaultSystem ?? '';
  if (rest[0]?.role === 'system') {
    // LLaMA-Factory: `system or default_system`, so an empty system message keeps the default.
    system = rest[0].content || system;
    rest = rest.slice(1);
  }
  rest.forEach((m, i) => {
    const want = i % 2 === 0 ? ['user', 'observation'] : ['assistant', 'function'];
    if (!want.includes(m.role)) {
      throw new Error(`template ${name}: message ${i + (messages.length - rest.length)} has role '${m.role}'; expected ${want.join(' or ')} (turns alternate, a system message may only come first)`);
    }
  });
  const thinkingOff = def.reasoning && opts.enableThinking === false;
  if (thinkingOff) rest = rest.map((m) => (m.role === 'assistant' ? { ...m, content: removeThought(m.content) } : m));
  const toolFormat = opts.toolFormat ?? def.toolFormat ?? 'default';
  const assistant = def.assistant ?? ['{{content}}', EOS];
  const turns: RenderedTurn[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const prompt: SlotPart[] = [];
    let firstUserPrefix = '';
    if (i === 0) {
      prompt.push(...(def.prefix ?? []));
      const toolText = opts.tools ? formatTools(toolFormat, opts.tools, opts.today) : '';
      if (system || toolText) {
        const sys = fill(def.system ?? ['{{content}}'], system + toolText);
        if (def.systemInFirstUser) firstUserPrefix = partsText(sys.slice(0, 1), opts);
        else prompt.push(...sys);
      }
    }
    const q = rest[i];
    prompt.push(...fill(q.role === 'observation' ? (def.observation ?? def.user) : def.user, firstUserPrefix + q.content));
    const a = rest[i + 1];
    let response: SlotPart[] | undefined;
    if (a) {
      response = a.role === 'function' ? fill(def.function ?? assistant, formatFunctionCall(toolFormat, a.content)) : fill(assistant, a.content);
    }
    if (def.reasoning && (!a || (a.role === 'assistant' && !hasThought(a.content)))) {
      // An answer without thoughts gets an empty thought: learned when thinking is on, part of
      // the prompt when it is off (LLaMA-Factory ReasoningTemplate.encode_multiturn).
      const empty = THOUGHT[0] + THOUGHT[1];
      if (thinkingOff) prompt.push(empty);
      else if (response) response = [empty, ...response];
    }
    turns.push({ prompt, response });
  }
  const text = turns.map((t) => partsText(t.prompt, opts) + (t.response ? partsText(t.response, opts) : '')).join('');
  return { text, turns };
}

/**
 * A Jinja chat template equivalent to the named template for system/user/assistant
 * conversations (LLaMA-Factory `_get_jinja_template`), for writing into a checkpoint's
 * tokenizer_config.json so other tools render the same prompts.
 *
 * @example
 * templateJinja('chatml'); // "{% if messages[0]['role'] == 'system' %}..."
 */
export function templateJinja(name: TemplateName): string {
  const def: TemplateDef = TEMPLATES[name];
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
  const expr = (slots: readonly SlotPart[], placeholder: string) =>
    slots
      .flatMap((s) => {
        if (typeof s !== 'string') return [s.special === 'bos' ? 'bos_token' : 'eos_token'];
        const [before, after] = s.split('{{content}}');
        return [...(before ? [`'${esc(before)}'`] : []), ...(after !== undefined ? [placeholder] : []), ...(after ? [`'${esc(after)}'`] : [])];
      })
      .join(' + ');
  let t = def.prefix?.length ? `{{ ${expr(def.prefix, '')} }}` : '';
  if (def.defaultSystem) t += `{% set system_message = '${esc(def.defaultSystem)}' %}`;
  t +=
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}" +
    '{% else %}{% set loop_messages = messages %}{% endif %}';
  const sys = expr(def.system ?? ['{{content}}'], 'system_message');
  if (!def.systemInFirstUser) t += `{% if system_message is defined %}{{ ${sys} }}{% endif %}`;
  t += '{% for message in loop_messages %}';
  t += def.systemInFirstUser
    ? `{% if loop.index0 == 0 and system_message is defined %}{% set content = ${sys} + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}`
    : "{% set content = message['content'] %}";
  t += `{% if message['role'] == 'user' %}{{ ${expr(def.user, 'content')} }}`;
  t += `{% elif message['role'] == 'assistant' %}{{ ${expr(def.assistant ?? ['{{content}}', EOS], 'content')} }}{% endif %}{% endfor %}`;
  return t;
}

/**
 * Stop words of a named template (LLaMA-Factory `stop_words`), none for a checkpoint's own
 * template (its end-of-turn token is an EOS id). On a tokenizer without the template's special
 * tokens these are plain text the model can write, so an answer also stops there.
 *
 * @example
 * templateTurnMarkers('chatml'); // ['<|im_end|>', '<|im_start|>']
 */
export function templateTurnMarkers(templateName: string): string[] {
  const name = TemplateName.safeParse(templateName);
  if (!name.success) return [];
  const def: TemplateDef = TEMPLATES[name.data];
  return [...(def.stopWords ?? [])];
}
