/**
 * One guarded completion on the server: PHI scrubbing of the input, input screening and the
 * safety system prompt, a turn on the model (bounded queue), the adapter switched for the
 * requested model, streaming with PHI scrubbing of the output and the disclaimer, and a stop on
 * client disconnect, timeout or kill switch. Clients cannot switch any guardrail off.
 *
 * @example
 * const engine = new CompletionEngine(host, queue, resolveGuardrails({}), { generationTimeoutSeconds: 120, maxTokens: 512, defaultMaxTokens: 128 });
 * const out = await engine.run({ served: host.models[0], messages: [{ role: 'user', content: 'What is sepsis?' }], generation: {}, signal });
 * out.text; out.usage; out.guard;
 */
import { promptToIds } from '../model/generate.js';
import type { GenerationOptions } from '../model/generation-config.js';
import type { ChatMessage } from '../model/types.js';
import { guardedGenerateStream } from '../safety/guarded-generate.js';
import { prepareGuardedPrompt, type GuardedResult } from '../safety/guard.js';
import type { GuardrailsConfigResolved } from '../safety/guardrails-config.js';
import { scrubPhi } from '../safety/output-filters.js';
import { abortableModel, GenerationAborted } from './abortable-model.js';
import { ApiError } from './errors.js';
import type { GenerationQueue } from './generation-queue.js';
import type { ModelHost, ServedModel } from './model-host.js';

/** Limits of the engine. @example const l: CompletionLimits = { generationTimeoutSeconds: 60, maxTokens: 256, defaultMaxTokens: 64 }; */
export interface CompletionLimits {
  generationTimeoutSeconds: number;
  /** Largest `max_tokens` a client may ask for. */
  maxTokens: number;
  /** `max_tokens` when the client gives none (shortened to fit the context). */
  defaultMaxTokens: number;
}

/** A request to the engine. */
export interface CompletionInput {
  served: ServedModel;
  messages: ChatMessage[];
  /** Sampling and stop settings from the client; `maxNewTokens` is the client's max_tokens. */
  generation: GenerationOptions;
  /** Aborts when the client is gone. */
  signal: AbortSignal;
  /** Each piece of guarded text as it is released. */
  onPiece?: (text: string) => void;
}

/** What the guardrails did, as the audit log and the API report it. @example const g: GuardSummary = { screened: null, action: null, system_prompt: true, phi_input: 1, phi_output: 0, disclaimer: true }; */
export interface GuardSummary {
  screened: string | null;
  action: 'emergency' | 'refuse' | null;
  system_prompt: boolean;
  phi_input: number;
  phi_output: number;
  disclaimer: boolean;
}

/** A finished completion. */
export interface CompletionOutcome {
  text: string;
  /** `text` without the disclaimer. */
  body: string;
  /** OpenAI finish reason: a screened request is 'content_filter'. */
  finishReason: 'stop' | 'length' | 'content_filter';
  usage: { promptTokens: number; completionTokens: number };
  guard: GuardSummary;
  /** The conversation as the model saw it (PHI scrubbed), for review rows and `--audit-text scrubbed`. */
  scrubbedMessages: ChatMessage[];
  /** Seconds spent generating (0 for a screened request). */
  seconds: number;
}

/**
 * Runs guarded completions on a `ModelHost`, one at a time through a `GenerationQueue`.
 *
 * @example
 * engine.stopAll('stopped'); // kill switch: the running generation ends within one token
 */
export class CompletionEngine {
  private readonly stopper = new AbortController();

  constructor(
    private readonly host: ModelHost,
    private readonly queue: GenerationQueue,
    private readonly guardrails: GuardrailsConfigResolved,
    private readonly limits: CompletionLimits,
  ) {}

  /** The disclaimer text the guardrails append (trimmed), for responses that always carry it. @example engine.disclaimer; */
  get disclaimer(): string {
    return this.guardrails.disclaimer.text.trim();
  }

  /** Abort the running generation (kill switch, shutdown); the queue is the caller's to stop. @example engine.stopAll('shutdown'); */
  stopAll(reason: 'stopped' | 'shutdown'): void {
    if (!this.stopper.signal.aborted) this.stopper.abort(new GenerationAborted(reason));
  }

  /**
   * Run one completion. Throws `ApiError` for client errors and refusals, `GenerationAborted`
   * when stopped.
   *
   * @example
   * const out = await engine.run({ served, messages, generation: { maxNewTokens: 32 }, signal, onPiece: (t) => res.write(t) });
   */
  async run(input: CompletionInput): Promise<CompletionOutcome> {
    const g = this.guardrails;
    let phiInput = 0;
    const scrubbedMessages = input.messages.map((m) => {
      const s = scrubPhi(m.content, g.phiScrub.mode);
      phiInput += s.spans;
      return { role: m.role, content: s.text };
    });
    const pre = prepareGuardedPrompt(scrubbedMessages, g);
    const options = { ...input.generation, guardrails: g };
    if (pre.response !== undefined) {
      // A screened request never reaches the model, so it needs no turn in the queue.
      const r = await this.consume(guardedGenerateStream(this.host.model, scrubbedMessages, options), input.onPiece);
      return this.outcome(r, phiInput, scrubbedMessages, 0);
    }
    const maxNewTokens = this.budget(pre.messages, input.generation.maxNewTokens);
    const release = await this.queue.acquire(input.signal);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new GenerationAborted('timeout')), this.limits.generationTimeoutSeconds * 1000);
    const onClientGone = () => timeout.abort(new GenerationAborted('client-closed'));
    input.signal.addEventListener('abort', onClientGone, { once: true });
    const started = Date.now();
    try {
      if (input.signal.aborted) throw new GenerationAborted('client-closed');
      this.host.select(input.served);
      const signal = AbortSignal.any([timeout.signal, this.stopper.signal]);
      const stopStrings = [...(input.generation.stopStrings ?? []), ...this.host.turnMarkers()];
      const stream = guardedGenerateStream(abortableModel(this.host.model, signal), scrubbedMessages, {
        ...options,
        maxNewTokens,
        ...(stopStrings.length ? { stopStrings } : {}),
      });
      const r = await this.consume(stream, input.onPiece);
      return this.outcome(r, phiInput, scrubbedMessages, (Date.now() - started) / 1000);
    } finally {
      clearTimeout(timer);
      input.signal.removeEventListener('abort', onClientGone);
      release();
    }
  }

  /** New-token budget: the client's max_tokens (checked against the cap and the context) or the default that fits. */
  private budget(messages: ChatMessage[], requested: number | undefined): number {
    const promptTokens = promptToIds(this.host.model.tokenizer, messages).length;
    const context = this.host.model.config.max_position_embeddings;
    if (requested !== undefined && requested > this.limits.maxTokens) {
      throw new ApiError(400, 'invalid_request_error', 'max_tokens_too_large', `max_tokens is ${requested}; this server allows at most ${this.limits.maxTokens}`, 'max_tokens');
    }
    const wanted = requested ?? 1;
    if (promptTokens + wanted > context) {
      throw new ApiError(
        400, 'invalid_request_error', 'context_length_exceeded',
        `this model's maximum context length is ${context} tokens; the request needs ${promptTokens} for the messages (safety system prompt included) ` +
          `and ${wanted} for the completion; shorten the messages${requested !== undefined ? ' or max_tokens' : ''}`,
        'messages',
      );
    }
    return requested ?? Math.min(this.limits.defaultMaxTokens, context - promptTokens);
  }

  private async consume(stream: AsyncGenerator<string, GuardedResult>, onPiece?: (t: string) => void): Promise<GuardedResult> {
    for (;;) {
      const next = await stream.next();
      if (next.done) return next.value;
      onPiece?.(next.value);
    }
  }

  private outcome(r: GuardedResult, phiInput: number, scrubbedMessages: ChatMessage[], seconds: number): CompletionOutcome {
    const screened = r.applied.screened;
    return {
      text: r.text,
      body: r.body,
      finishReason: screened ? 'content_filter' : r.finishReason === 'length' ? 'length' : 'stop',
      usage: r.usage ?? { promptTokens: 0, completionTokens: 0 },
      guard: {
        screened: screened?.id ?? null, action: screened?.action ?? null, system_prompt: r.applied.systemPrompt,
        phi_input: phiInput, phi_output: r.applied.phiSpans, disclaimer: r.applied.disclaimer,
      },
      scrubbedMessages,
      seconds,
    };
  }
}
