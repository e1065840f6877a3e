/**
 * An Ollama `Modelfile` for an exported GGUF: FROM (and ADAPTER for a LoRA GGUF), a TEMPLATE in
 * Ollama's Go-template syntax that renders conversations exactly like the checkpoint's Jinja chat
 * template, PARAMETER stop for the template's turn markers, the checkpoint's sampling defaults,
 * and SYSTEM when the template has a default system prompt.
 *
 * Jinja cannot be translated to Go templates in general, so the template is read off its
 * behaviour instead: conversations with sentinel contents are rendered, the literal text around
 * each role's content is extracted (`ChatSegments`), and the segments are accepted only if they
 * reproduce the Jinja rendering of every check conversation character for character. Templates
 * outside this shape (per-turn logic beyond role markers) are refused with the conversation that
 * differs. The leading BOS is left out of the Go template because llama.cpp (inside Ollama)
 * adds it itself when the tokenizer says add_bos_token.
 *
 * @example
 * const seg = chatSegments((m, g) => tok.applyChatTemplate(m, { addGenerationPrompt: g }));
 * const text = ollamaModelfile({ from: './tuned.gguf', segments: seg, stops: ['<|im_end|>'] });
 */
import type { ChatMessage } from '../types.js';

/** Renders a conversation with the checkpoint's chat template. @example const r: RenderChat = (m, g) => tok.applyChatTemplate(m, { addGenerationPrompt: g }); */
export type RenderChat = (messages: ChatMessage[], addGenerationPrompt: boolean) => string;

/**
 * The literal text around each part of a conversation, as a chat template writes it.
 *
 * @example
 * const s: ChatSegments = { head: '', system: { mode: 'block', prefix: '<|im_start|>system\n', suffix: '<|im_end|>\n' },
 *   user: { prefix: '<|im_start|>user\n', suffix: '<|im_end|>\n' }, assistant: { prefix: '<|im_start|>assistant\n', suffix: '<|im_end|>\n' },
 *   generation: '<|im_start|>assistant\n' };
 */
export interface ChatSegments {
  /** Text before everything else (often the BOS token). */
  head: string;
  /** `block`: a system turn of its own; `first-user`: inside the first user turn (Llama 2). */
  system: { mode: 'block' | 'first-user'; prefix: string; suffix: string };
  user: { prefix: string; suffix: string };
  assistant: { prefix: string; suffix: string };
  /** Appended when a reply is requested (`add_generation_prompt`). */
  generation: string;
  /** The system prompt the template inserts when the conversation has none. */
  defaultSystem?: string;
}

const S = 'MEDTUNESYSTEMSENTINEL';
const U1 = 'MEDTUNEUSERSENTINELONE';
const A1 = 'MEDTUNEASSISTANTSENTINEL';
const U2 = 'MEDTUNEUSERSENTINELTWO';

function commonSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/**
 * Render `messages` from segments, the way the template they came from does.
 *
 * @example
 * renderSegments(seg, [{ role: 'user', content: 'Hi' }], true);
 */
export function renderSegments(seg: ChatSegments, messages: ChatMessage[], addGenerationPrompt: boolean): string {
  let out = seg.head;
  let system = seg.defaultSystem;
  let rest = messages;
  if (messages[0]?.role === 'system') {
    system = messages[0].content;
    rest = messages.slice(1);
  }
  if (seg.system.mode === 'block' && system !== undefined) out += seg.system.prefix + system + seg.system.suffix;
  let firstUser = true;
  for (const m of rest) {
    if (m.role === 'user') {
      const sys = seg.system.mode === 'first-user' && firstUser && system !== undefined ? seg.system.prefix + system + seg.system.suffix : '';
      out += seg.user.prefix + sys + m.content + seg.user.suffix;
      firstUser = false;
    } else if (m.role === 'assistant') out += seg.assistant.prefix + m.content + seg.assistant.suffix;
    else throw new Error('renderSegments: a system message is only allowed first');
  }
  return addGenerationPrompt ? out + seg.generation : out;
}

/** Conversations the segments must reproduce exactly. */
const CHECKS: ChatMessage[][] = [
  [{ role: 'user', content: 'What is the normal adult heart rate?' }],
  [{ role: 'system', content: 'You are a careful clinical assistant.' }, { role: 'user', content: 'Define tachycardia.' }],
  [
    { role: 'user', content: 'Fever and cough.\nTwo days.' },
    { role: 'assistant', content: 'Possible respiratory infection.' },
    { role: 'user', content: 'And if it persists?' },
  ],
  [
    { role: 'system', content: 'Answer briefly.' },
    { role: 'user', content: 'BP 150/95?' },
    { role: 'assistant', content: 'Stage 2 hypertension range.' },
    { role: 'user', content: 'Next step?' },
    { role: 'assistant', content: 'Repeat measurement.' },
    { role: 'user', content: 'Thanks.' },
  ],
];

/**
 * Read the segments of a chat template off its renderings (see the file comment); throws when
 * the template does not fit the segment shape, naming the conversation that differs. `bos` is the
 * BOS token text, so a leading BOS is told apart from a system prefix.
 *
 * @example
 * chatSegments((m, g) => tok.applyChatTemplate(m, { addGenerationPrompt: g })).generation; // '<|im_start|>assistant\n'
 */
export function chatSegments(render: RenderChat, opts: { bos?: string } = {}): ChatSegments {
  const unsupported = (why: string) => new Error(`the chat template cannot be written as an Ollama TEMPLATE: ${why}`);
  const a0 = render([{ role: 'user', content: U1 }], false);
  const a = render([{ role: 'user', content: U1 }], true);
  const b = render([{ role: 'user', content: U1 }, { role: 'assistant', content: A1 }, { role: 'user', content: U2 }], true);
  if (!a.startsWith(a0)) throw unsupported('the generation prompt is not appended after the conversation');
  const generation = a.slice(a0.length);
  const iU1 = a0.indexOf(U1);
  const [bU1, bA1, bU2] = [b.indexOf(U1), b.indexOf(A1), b.indexOf(U2)];
  if (iU1 < 0 || bU1 < 0 || bA1 < bU1 || bU2 < bA1) throw unsupported('message contents are not rendered in order');
  const userSuffix = a0.slice(iU1 + U1.length);
  const mid1 = b.slice(bU1 + U1.length, bA1);
  if (!mid1.startsWith(userSuffix)) throw unsupported('the user turn ends differently before an assistant turn');
  const before = a0.slice(0, iU1);
  let userPrefix = commonSuffix(b.slice(bA1 + A1.length, bU2), before);
  const seg: ChatSegments = {
    head: '',
    system: { mode: 'block', prefix: '', suffix: '' },
    user: { prefix: userPrefix, suffix: userSuffix },
    assistant: { prefix: mid1.slice(userSuffix.length), suffix: b.slice(bA1 + A1.length, bU2 - userPrefix.length) },
    generation,
  };
  let beforeUser = before.slice(0, before.length - userPrefix.length); // head (+ default system block)
  let c: string;
  try {
    c = render([{ role: 'system', content: S }, { role: 'user', content: U1 }], true);
  } catch (e) {
    throw unsupported(`it rejects a system message (${(e as Error).message})`);
  }
  const iS = c.indexOf(S);
  const cU1 = c.indexOf(U1);
  if (iS < 0 || cU1 < iS) throw unsupported('the system message is not rendered before the first user message');
  const headAndPrefix = c.slice(0, iS);
  if (userPrefix.length > 0 && headAndPrefix.startsWith(before)) {
    // The system text sits inside the first user turn, after its prefix: Llama 2 style.
    seg.head = beforeUser;
    seg.system = { mode: 'first-user', prefix: headAndPrefix.slice(before.length), suffix: c.slice(iS + S.length, cU1) };
  } else {
    const cBefore = c.slice(0, cU1);
    // The text shared by "after an answer" and "at the start" may be more than the user prefix
    // (Alpaca: the default system and the answer both end in a blank line, a custom system does
    // not): keep only what also follows a custom system message, the rest ends the other turns.
    let shared = userPrefix;
    while (shared && !cBefore.endsWith(shared)) shared = shared.slice(1);
    if (!shared && userPrefix) throw unsupported('the first user turn starts differently after a system message');
    if (shared !== userPrefix) {
      const moved = userPrefix.slice(0, userPrefix.length - shared.length);
      seg.assistant.suffix += moved;
      userPrefix = shared;
      seg.user.prefix = shared;
      beforeUser = before.slice(0, before.length - shared.length);
    }
    const sysSuffix = cBefore.slice(iS + S.length, cBefore.length - userPrefix.length);
    // Nothing marks where the head ends and the system prefix begins; only a BOS counts as head.
    const head = opts.bos && headAndPrefix.startsWith(opts.bos) ? opts.bos : '';
    if (beforeUser.startsWith(headAndPrefix) && beforeUser.endsWith(sysSuffix) && beforeUser.length >= headAndPrefix.length + sysSuffix.length) {
      seg.defaultSystem = beforeUser.slice(headAndPrefix.length, beforeUser.length - sysSuffix.length);
      seg.head = head;
      seg.system = { mode: 'block', prefix: headAndPrefix.slice(head.length), suffix: sysSuffix };
    } else if (headAndPrefix.startsWith(beforeUser)) {
      seg.head = beforeUser;
      seg.system = { mode: 'block', prefix: headAndPrefix.slice(beforeUser.length), suffix: sysSuffix };
    } else throw unsupported('the text before the first user turn changes in a way the segments cannot express');
  }
  for (const conv of CHECKS) {
    const expected = render(conv, true);
    if (renderSegments(seg, conv, true) !== expected) {
      throw unsupported(`a ${conv.length}-message conversation (roles ${conv.map((m) => m.role).join(', ')}) renders differently`);
    }
  }
  return seg;
}

/** Go-template literal text: `{{` cannot appear raw. */
function lit(s: string): string {
  return s.replaceAll('{{', '{{ "{{" }}');
}

/**
 * An Ollama Go template equivalent to `seg`. `bos` (the BOS token text, when llama.cpp adds BOS
 * itself) is dropped where it would start the prompt.
 *
 * @example
 * ollamaTemplate(seg, { bos: '<s>' });
 */
export function ollamaTemplate(seg: ChatSegments, opts: { bos?: string } = {}): string {
  const bos = opts.bos;
  let head = seg.head;
  if (bos && head.startsWith(bos)) head = head.slice(bos.length);
  const startsPrompt = head === '' && seg.system.mode !== 'block';
  let userPrefix = lit(seg.user.prefix);
  if (bos && startsPrompt && seg.user.prefix.startsWith(bos)) {
    // Every user turn opens with BOS (Llama 2); the first one's is added by llama.cpp.
    userPrefix = `{{ if not $first }}${lit(bos)}{{ end }}${lit(seg.user.prefix.slice(bos.length))}`;
  }
  const sys = (v: string) => `${lit(seg.system.prefix)}${v}${lit(seg.system.suffix)}`;
  const firstSys = seg.system.mode === 'first-user' ? `{{ if and $first $.System }}${sys('{{ $.System }}')}{{ end }}` : '';
  // `$first` (no user turn written yet) is declared only for templates that need it.
  const tracksFirst = firstSys !== '' || userPrefix.includes('$first');
  let t = `${tracksFirst ? '{{ $first := true }}' : ''}${lit(head)}`;
  if (seg.system.mode === 'block') t += `{{ if .System }}${sys('{{ .System }}')}{{ end }}`;
  t +=
    `{{ range .Messages }}{{ if eq .Role "user" }}${userPrefix}${firstSys}{{ .Content }}${lit(seg.user.suffix)}${tracksFirst ? '{{ $first = false }}' : ''}` +
    `{{ else if eq .Role "assistant" }}${lit(seg.assistant.prefix)}{{ .Content }}${lit(seg.assistant.suffix)}{{ end }}{{ end }}` +
    lit(seg.generation);
  return t;
}

/** What goes into a Modelfile. @example const o: ModelfileOptions = { from: './tuned.gguf', stops: ['</s>'] }; */
export interface ModelfileOptions {
  /** FROM: a GGUF path (relative to the Modelfile) or an Ollama model name. */
  from: string;
  /** ADAPTER: a LoRA GGUF path. */
  adapter?: string;
  segments?: ChatSegments;
  /** BOS token text when llama.cpp adds BOS itself (dropped from the template's start). */
  bos?: string;
  stops?: string[];
  /** SYSTEM; defaults to the template's default system prompt. */
  system?: string;
  /** Extra PARAMETER lines (Ollama names: temperature, top_p, top_k, repeat_penalty, num_ctx). */
  parameters?: Record<string, number>;
}

function quoted(s: string): string {
  if (s.includes('"""')) throw new Error('Modelfile: a value contains """, which the Modelfile syntax cannot quote');
  return `"""${s}"""`;
}

/**
 * The Modelfile text.
 *
 * @example
 * ollamaModelfile({ from: './medtune-tiny-f16.gguf', segments: seg, bos: '<s>', stops: ['</s>'] });
 */
export function ollamaModelfile(opts: ModelfileOptions): string {
  const lines = ['# Generated by medtune export. Create the model with: ollama create <name> -f <this file>', `FROM ${opts.from}`];
  if (opts.adapter) lines.push(`ADAPTER ${opts.adapter}`);
  if (opts.segments) lines.push(`TEMPLATE ${quoted(ollamaTemplate(opts.segments, { bos: opts.bos }))}`);
  const system = opts.system ?? opts.segments?.defaultSystem;
  if (system !== undefined) lines.push(`SYSTEM ${quoted(system)}`);
  for (const s of [...new Set(opts.stops ?? [])]) lines.push(`PARAMETER stop ${JSON.stringify(s)}`);
  for (const [k, v] of Object.entries(opts.parameters ?? {})) lines.push(`PARAMETER ${k} ${v}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Stop strings for a template: the EOS texts, what closes an assistant turn (control tokens or
 * plain-text markers), and the user-turn marker (so a model that keeps writing the next user turn
 * is cut there).
 *
 * @example
 * templateStops(seg, { eos: ['<|im_end|>'], controlTokens: ['<|im_start|>', '<|im_end|>'], bos: undefined });
 */
export function templateStops(seg: ChatSegments | undefined, t: { eos: string[]; controlTokens: string[]; bos?: string }): string[] {
  const stops = [...t.eos];
  if (seg) {
    for (const tok of t.controlTokens) if (tok !== t.bos && seg.assistant.suffix.includes(tok)) stops.push(tok);
    // A turn end written as plain text (ChatML markers on a tokenizer without them as special tokens).
    const end = seg.assistant.suffix.trim();
    if (end) stops.push(end);
    let marker = seg.user.prefix;
    if (t.bos && marker.startsWith(t.bos)) marker = marker.slice(t.bos.length);
    marker = marker.trim();
    if (marker) stops.push(marker);
  }
  return [...new Set(stops.filter((s) => s.length > 0))];
}
