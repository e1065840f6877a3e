/**
 * A multi-turn chat with a model under guardrails (the same ones as `guardedGenerate`, all on by
 * default): history, a system message, streaming, and a stop signal that ends the current answer
 * (Ctrl-C in `medtune chat`) without ending the session. When the history outgrows the model's
 * context, the oldest turns are dropped and the turn reports how many.
 *
 * @example
 * const chat = new ChatSession(model, { system: 'Answer briefly.', generation: { maxNewTokens: 48 } });
 * const turn = await chat.send('What is hypertension?', { onToken: (t) => process.stdout.write(t) });
 * chat.history.length; // 2
 * chat.reset();
 */
import { templateTurnMarkers } from '../model/chat-templates.js';
import { fromCheckpointDefaults, resolveGenerationConfig, type GenerationOptions } from '../model/generation-config.js';
import { promptToIds } from '../model/generate.js';
import type { CausalLM, ChatMessage } from '../model/types.js';
import { guardedGenerateStream } from '../safety/guarded-generate.js';
import { prepareGuardedPrompt, type GuardedResult } from '../safety/guard.js';
import { resolveGuardrails, type GuardrailsConfigInput, type GuardrailsConfigResolved } from '../safety/guardrails-config.js';
import { abortableModel, GenerationAborted } from './abortable-model.js';

/** Session settings. @example const o: ChatSessionOptions = { system: 'Be brief.', guardrails: { disclaimer: false }, generation: { maxNewTokens: 64 } }; */
export interface ChatSessionOptions {
  system?: string;
  /** Guardrails (all on when unset); `false` parts switch one off, as in `guardedGenerate`. */
  guardrails?: GuardrailsConfigInput;
  /** Sampling and length; sampling follows the checkpoint's generation_config.json unless `doSample` is given. */
  generation?: GenerationOptions;
}

/** One answered turn. */
export interface ChatTurn {
  /** The answer as shown (guarded; partial when interrupted). */
  text: string;
  /** 'eos' | 'stop' | 'length' | 'screened', or 'interrupted' when the stop signal ended it. */
  finishReason: string;
  usage?: { promptTokens: number; completionTokens: number };
  applied?: GuardedResult['applied'];
  /** Oldest history turns (user + assistant pairs) dropped so the conversation fits the context. */
  droppedTurns: number;
  seconds: number;
}

/**
 * A guarded multi-turn chat.
 *
 * @example
 * const ac = new AbortController();
 * process.once('SIGINT', () => ac.abort());
 * await chat.send('Explain sepsis.', { signal: ac.signal }); // finishReason 'interrupted' after Ctrl-C
 */
export class ChatSession {
  /** The system message put first in every prompt (after the safety system prompt). */
  system: string | undefined;
  private turns: ChatMessage[] = [];
  private readonly guardrails: GuardrailsConfigResolved;
  private readonly generation: GenerationOptions;

  constructor(
    readonly model: CausalLM,
    options: ChatSessionOptions = {},
  ) {
    this.system = options.system;
    this.guardrails = resolveGuardrails(options.guardrails);
    const doSample = options.generation?.doSample ?? fromCheckpointDefaults(model.generationDefaults ?? {}).doSample ?? false;
    const stopStrings = [...(options.generation?.stopStrings ?? []), ...templateTurnMarkers(model.tokenizer.templateName)];
    this.generation = { ...options.generation, doSample, ...(stopStrings.length ? { stopStrings } : {}) };
    resolveGenerationConfig(model, this.generation); // validate once, now
  }

  /** User and assistant messages so far. @example chat.history.at(-1)?.role; // 'assistant' */
  get history(): readonly ChatMessage[] {
    return this.turns;
  }

  /** Forget the conversation (the system message stays). @example chat.reset(); */
  reset(): void {
    this.turns = [];
  }

  private messages(user: string): ChatMessage[] {
    return [...(this.system ? [{ role: 'system' as const, content: this.system }] : []), ...this.turns, { role: 'user', content: user }];
  }

  /** Drop the oldest turns until the guarded prompt plus the answer budget fits the context. */
  private fit(user: string): number {
    const context = this.model.config.max_position_embeddings;
    const budget = resolveGenerationConfig(this.model, this.generation).maxNewTokens;
    const length = () => {
      const pre = prepareGuardedPrompt(this.messages(user), this.guardrails);
      return pre.response !== undefined ? 0 : promptToIds(this.model.tokenizer, pre.messages).length;
    };
    let dropped = 0;
    while (this.turns.length >= 2 && length() + budget > context) {
      this.turns = this.turns.slice(2);
      dropped++;
    }
    const n = length();
    if (n >= context) throw new Error(`chat: the message needs ${n} tokens with the system prompts; the model's context is ${context} tokens. Shorten it.`);
    return dropped;
  }

  /**
   * Answer `text`, streaming through `onToken`; `signal` stops the answer (kept as far as shown).
   *
   * @example
   * const t = await chat.send('And the treatment?', { onToken: (s) => process.stdout.write(s) });
   */
  async send(text: string, opts: { signal?: AbortSignal; onToken?: (piece: string) => void } = {}): Promise<ChatTurn> {
    const droppedTurns = this.fit(text);
    const signal = opts.signal ?? new AbortController().signal;
    const model = abortableModel(this.model, signal);
    const started = Date.now();
    const it = guardedGenerateStream(model, this.messages(text), { ...this.generation, guardrails: this.guardrails });
    let shown = '';
    let result: GuardedResult | undefined;
    try {
      for (;;) {
        const next = await it.next();
        if (next.done) {
          result = next.value;
          break;
        }
        shown += next.value;
        opts.onToken?.(next.value);
      }
    } catch (e) {
      if (!(e instanceof GenerationAborted)) throw e;
    }
    const seconds = (Date.now() - started) / 1000;
    if (!result) {
      if (shown) this.turns.push({ role: 'user', content: text }, { role: 'assistant', content: shown });
      return { text: shown, finishReason: 'interrupted', droppedTurns, seconds };
    }
    // The history keeps the answer without the disclaimer, so the model does not learn to repeat it.
    this.turns.push({ role: 'user', content: text }, { role: 'assistant', content: result.body });
    return { text: result.text, finishReason: result.finishReason, usage: result.usage, applied: result.applied, droppedTurns, seconds };
  }
}
