/**
 * Guarded generation: input screening -> safety system prompt -> the model -> PHI scrubbing ->
 * educational disclaimer. Each stage follows `GuardrailsConfig` and can be switched off.
 *
 * Streaming keeps every stage: a screened request streams the safe answer; with PHI scrubbing
 * on, text is released a sentence at a time (./output-filters.ts `lastSentenceBoundary`), each
 * sentence scrubbed before it is shown; the disclaimer arrives last.
 *
 * @example
 * const r = await guardedGenerate(model, 'What is hypertension?', { maxNewTokens: 60 });
 * r.text; r.applied.disclaimer;
 * for await (const piece of guardedGenerateStream(model, 'Chest pain, what now?')) process.stdout.write(piece);
 */
import type { GenerationOptions } from '../model/generation-config.js';
import type { TextGenerator } from '../model/text-model.js';
import type { ChatMessage } from '../model/types.js';
import { resolveGuardrails, type GuardrailsConfigInput, type GuardrailsConfigResolved } from './guardrails-config.js';
import { screenInput, type ScreenHit } from './input-screen.js';
import { givesMedicalInformation, lastSentenceBoundary, scrubPhi } from './output-filters.js';

/** Options: generation options plus the guardrail settings. */
export type GuardedOptions = GenerationOptions & { guardrails?: GuardrailsConfigInput };

/** What the guard did. */
export interface GuardedResult {
  /** The text to show (scrubbed, with disclaimer when added). */
  text: string;
  /** `text` without the disclaimer (what safety classification should look at). */
  body: string;
  /** Why generation ended; 'screened' when the model was never called. */
  finishReason: string;
  applied: {
    screened?: ScreenHit;
    systemPrompt: boolean;
    /** PHI spans replaced in the output. */
    phiSpans: number;
    disclaimer: boolean;
  };
  /** Token counts, when the generator reports them (a CausalLM's stream does); 0/0 for a screened request. */
  usage?: { promptTokens: number; completionTokens: number };
}

/** A prompt as the guard accepts it: user text or a conversation. */
export type GuardedPrompt = string | ChatMessage[];

function toMessages(prompt: GuardedPrompt): ChatMessage[] {
  if (typeof prompt === 'string') return [{ role: 'user', content: prompt }];
  if (!Array.isArray(prompt) || prompt.some((m) => typeof m?.content !== 'string')) {
    throw new Error('guardedGenerate: prompt must be a string or chat messages ({ role, content }[])');
  }
  return prompt;
}

/**
 * The stages before the model: returns the safe answer for a screened request, else the
 * messages to send (with the safety system prompt merged in front of any system message).
 *
 * @example
 * prepareGuardedPrompt('I want to end my life', resolveGuardrails({})).screened?.action; // 'emergency'
 */
export function prepareGuardedPrompt(
  prompt: GuardedPrompt,
  g: GuardrailsConfigResolved,
): { screened?: ScreenHit; response?: string; messages: ChatMessage[] } {
  const messages = toMessages(prompt);
  if (g.inputScreening.enabled) {
    const userText = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    const hit = screenInput(userText, g.inputScreening.patterns);
    if (hit) {
      const response = hit.action === 'emergency' ? g.inputScreening.emergencyResponse : g.inputScreening.refuseResponse;
      return { screened: hit, response, messages };
    }
  }
  if (!g.systemPrompt.enabled) return { messages };
  const [first, ...rest] = messages;
  if (first?.role === 'system') return { messages: [{ role: 'system', content: `${g.systemPrompt.text}\n\n${first.content}` }, ...rest] };
  return { messages: [{ role: 'system', content: g.systemPrompt.text }, ...messages] };
}

/**
 * The stages after the model on a complete text.
 *
 * @example
 * finishGuardedText('Take 5 mg daily.', resolveGuardrails({})).text; // ends with the disclaimer
 */
export function finishGuardedText(raw: string, g: GuardrailsConfigResolved): { text: string; body: string; phiSpans: number; disclaimer: boolean } {
  let body = raw;
  let phiSpans = 0;
  if (g.phiScrub.enabled) ({ text: body, spans: phiSpans } = scrubPhi(raw, g.phiScrub.mode));
  const disclaimer = g.disclaimer.enabled && givesMedicalInformation(body, g.disclaimer.medicalTerms);
  return { text: disclaimer ? body + g.disclaimer.text : body, body, phiSpans, disclaimer };
}

/**
 * Generate with guardrails around any `TextGenerator` (sdk/model/text-model.ts).
 *
 * @example
 * await guardedGenerateWith(textModel, 'Is 40 mg of lisinopril a lot?', { maxNewTokens: 48 });
 */
export async function guardedGenerateWith(gen: TextGenerator, prompt: GuardedPrompt, options: GuardedOptions = {}): Promise<GuardedResult> {
  const { guardrails, ...genOptions } = options;
  const g = resolveGuardrails(guardrails);
  const pre = prepareGuardedPrompt(prompt, g);
  if (pre.response !== undefined) {
    return { text: pre.response, body: pre.response, finishReason: 'screened', applied: { screened: pre.screened, systemPrompt: false, phiSpans: 0, disclaimer: false } };
  }
  const out = await gen.generate(pre.messages, genOptions);
  const fin = finishGuardedText(out.text, g);
  return {
    text: fin.text, body: fin.body, finishReason: out.finishReason ?? 'length',
    applied: { systemPrompt: g.systemPrompt.enabled, phiSpans: fin.phiSpans, disclaimer: fin.disclaimer },
  };
}

/**
 * Streaming variant: yields text pieces; the return value is the `GuardedResult`.
 *
 * @example
 * const it = guardedGenerateStreamWith(textModel, 'What is an MRI?', { guardrails: { phiScrub: false } });
 * for await (const piece of it) process.stdout.write(piece);
 */
export async function* guardedGenerateStreamWith(
  gen: TextGenerator,
  prompt: GuardedPrompt,
  options: GuardedOptions = {},
): AsyncGenerator<string, GuardedResult, undefined> {
  const { guardrails, ...genOptions } = options;
  const g = resolveGuardrails(guardrails);
  const pre = prepareGuardedPrompt(prompt, g);
  if (pre.response !== undefined) {
    yield pre.response;
    return {
      text: pre.response, body: pre.response, finishReason: 'screened',
      applied: { screened: pre.screened, systemPrompt: false, phiSpans: 0, disclaimer: false }, usage: { promptTokens: 0, completionTokens: 0 },
    };
  }
  const source: AsyncIterator<string, { finishReason?: string } | void> = gen.stream
    ? gen.stream(pre.messages, genOptions)
    : (async function* () {
        const out = await gen.generate(pre.messages, genOptions);
        yield out.text;
        return out;
      })();
  let pending = '';
  let body = '';
  let phiSpans = 0;
  const release = (raw: string): string => {
    if (!g.phiScrub.enabled) return raw;
    const s = scrubPhi(raw, g.phiScrub.mode);
    phiSpans += s.spans;
    return s.text;
  };
  // Iterate by hand to keep the generator's return value (a GenerateResult) for
  // finishReason and token counts.
  const it = source;
  let finishReason = 'stream-end';
  let usage: GuardedResult['usage'];
  let finished = false;
  try {
    for (;;) {
      const next = await it.next();
      if (next.done) {
        finished = true;
        const ret = next.value as { finishReason?: string; ids?: number[]; promptIds?: number[] } | undefined;
        if (ret?.finishReason) finishReason = ret.finishReason;
        if (ret?.ids && ret.promptIds) usage = { promptTokens: ret.promptIds.length, completionTokens: ret.ids.length };
        break;
      }
      const piece = next.value;
      pending += piece;
      const cut = g.phiScrub.enabled ? lastSentenceBoundary(pending) : pending.length;
      if (cut > 0) {
        const out = release(pending.slice(0, cut));
        pending = pending.slice(cut);
        body += out;
        if (out) yield out;
      }
    }
  } finally {
    // A consumer that stops early (break, return, Ctrl-C) must still end the model's stream, so
    // its KV cache is disposed instead of leaking tensors.
    if (!finished) await it.return?.(undefined);
  }
  if (pending) {
    const out = release(pending);
    body += out;
    if (out) yield out;
  }
  const disclaimer = g.disclaimer.enabled && givesMedicalInformation(body, g.disclaimer.medicalTerms);
  if (disclaimer) yield g.disclaimer.text;
  return {
    text: disclaimer ? body + g.disclaimer.text : body, body, finishReason,
    applied: { systemPrompt: g.systemPrompt.enabled, phiSpans, disclaimer }, usage,
  };
}
