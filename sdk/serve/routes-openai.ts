/**
 * The OpenAI-compatible routes: `POST /v1/chat/completions`, `POST /v1/completions` (both
 * streaming over server-sent events or not) and `GET /v1/models`. Responses have OpenAI's shape
 * plus a `medtune` field with what the guardrails did. A text completion's prompt is answered
 * as one user turn, so the safety system prompt applies to it too.
 *
 * @example
 * registerOpenAiRoutes(app, ctx);
 * // curl -H "Authorization: Bearer $KEY" -d '{"model":"medtune-tiny","messages":[{"role":"user","content":"Fever?"}]}' http://127.0.0.1:8080/v1/chat/completions
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GenerationOptions } from '../model/generation-config.js';
import type { ChatMessage } from '../model/types.js';
import { GenerationAborted } from './abortable-model.js';
import type { CompletionOutcome } from './completion.js';
import type { ServerContext } from './context.js';
import { ApiError } from './errors.js';
import type { ServedModel } from './model-host.js';
import { ChatCompletionRequest, CompletionRequest, parseBody, toChatMessages, toGeneration } from './openai-schemas.js';
import { openEventStream, type EventStream } from './sse.js';

/**
 * The served model a request names, or a 404 listing the available ids.
 *
 * @example
 * const served = findModel(ctx, body.model);
 */
export function findModel(ctx: ServerContext, name: string): ServedModel {
  const m = ctx.host.find(name);
  if (!m) {
    throw new ApiError(404, 'invalid_request_error', 'model_not_found',
      `the model '${name.slice(0, 200)}' does not exist; available: ${ctx.host.models.map((x) => x.id).join(', ')}`, 'model');
  }
  return m;
}

/**
 * An abort signal that fires when the client goes away before the response is complete.
 *
 * @example
 * const signal = clientGone(reply);
 */
export function clientGone(reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) ac.abort(new GenerationAborted('client-closed'));
  });
  return ac.signal;
}

/**
 * The HTTP error for a generation stopped on purpose (none when the client left: nobody to tell).
 *
 * @example
 * abortToApiError(new GenerationAborted('timeout')).statusCode; // 504
 */
export function abortToApiError(e: GenerationAborted, timeoutSeconds: number): ApiError | undefined {
  if (e.reason === 'timeout') return new ApiError(504, 'timeout_error', 'generation_timeout', `the generation took longer than ${timeoutSeconds} s and was stopped`);
  if (e.reason === 'stopped') return new ApiError(503, 'service_unavailable', 'service_stopped', 'generation was stopped by an administrator (kill switch); restart the server to resume');
  if (e.reason === 'shutdown') return new ApiError(503, 'service_unavailable', 'server_shutting_down', 'the server is shutting down; retry against another instance');
  return undefined;
}

/**
 * Copy a finished completion into the request's audit facts and the review store.
 *
 * @example
 * recordOutcome(ctx, req, id, served, out);
 */
export function recordOutcome(ctx: ServerContext, req: FastifyRequest, id: string, served: ServedModel, out: CompletionOutcome): void {
  const f = req.facts;
  f.promptTokens = out.usage.promptTokens;
  f.completionTokens = out.usage.completionTokens;
  f.finishReason = out.finishReason;
  f.guard = out.guard;
  if (ctx.config.auditText === 'scrubbed') f.text = { prompt: out.scrubbedMessages.map((m) => `${m.role}: ${m.content}`).join('\n'), output: out.text };
  if (out.seconds > 0) ctx.metrics.observeGeneration({ ...out.usage, seconds: out.seconds });
  if (out.guard.action && out.guard.screened) ctx.metrics.observeRefusal(out.guard.action, out.guard.screened);
  if (f.key) ctx.reviews.remember({ id, key: f.key, model: served.id, messages: out.scrubbedMessages, output: out.text });
}

const usageOf = (out: CompletionOutcome) => ({
  prompt_tokens: out.usage.promptTokens,
  completion_tokens: out.usage.completionTokens,
  total_tokens: out.usage.promptTokens + out.usage.completionTokens,
});

interface RouteSpec {
  idPrefix: 'chatcmpl' | 'cmpl';
  served: ServedModel;
  messages: ChatMessage[];
  generation: GenerationOptions;
  stream: boolean;
  includeUsage: boolean;
  /** A stream chunk carrying `piece` (or the final one with `finish`). */
  chunk(base: object, piece: string | undefined, finish: string | null): object;
  /** The whole non-streamed response. */
  whole(base: object, out: CompletionOutcome): object;
}

async function complete(ctx: ServerContext, req: FastifyRequest, reply: FastifyReply, spec: RouteSpec): Promise<object | undefined> {
  const id = `${spec.idPrefix}-${randomBytes(12).toString('hex')}`;
  const base = { id, created: Math.floor(Date.now() / 1000), model: spec.served.id };
  req.facts.model = spec.served.id;
  const signal = clientGone(reply);
  let sse: EventStream | undefined;
  const open = (): EventStream => {
    if (!sse) {
      reply.hijack();
      // Headers set by hooks (CORS) go out with the stream.
      sse = openEventStream(reply.raw, reply.getHeaders() as Record<string, string>);
      sse.send(spec.chunk(base, '', null));
    }
    return sse;
  };
  let out: CompletionOutcome;
  try {
    out = await ctx.engine.run({
      served: spec.served, messages: spec.messages, generation: spec.generation, signal,
      onPiece: spec.stream ? (piece) => open().send(spec.chunk(base, piece, null)) : undefined,
    });
  } catch (e) {
    const api = e instanceof GenerationAborted ? abortToApiError(e, ctx.config.generationTimeoutSeconds) : undefined;
    if (e instanceof GenerationAborted) req.facts.error = api?.code ?? 'client_closed';
    if (!sse) {
      if (e instanceof GenerationAborted && !api) {
        reply.hijack(); // the client left: nothing to send
        return undefined;
      }
      throw api ?? e;
    }
    // The stream already started: report in-band, as OpenAI does for mid-stream failures.
    if (api) sse.send(api.body());
    else if (!(e instanceof GenerationAborted)) sse.send(new ApiError(500, 'server_error', 'internal_error', 'the generation failed').body());
    if (!(e instanceof GenerationAborted)) req.facts.error = 'internal_error';
    sse.end();
    return undefined;
  }
  recordOutcome(ctx, req, id, spec.served, out);
  if (!spec.stream) return spec.whole(base, out);
  const s = open();
  s.send({ ...spec.chunk(base, undefined, out.finishReason), medtune: { guard: out.guard } });
  if (spec.includeUsage) s.send({ ...spec.chunk(base, undefined, null), choices: [], usage: usageOf(out) });
  s.done();
  return undefined;
}

/**
 * Register the OpenAI-compatible routes.
 *
 * @example
 * registerOpenAiRoutes(app, ctx);
 */
export function registerOpenAiRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const created = Math.floor(Date.now() / 1000);
  const modelObject = (m: ServedModel) => ({ id: m.id, object: 'model', created, owned_by: 'medtune', medtune: { adapter: m.adapter } });

  app.get('/v1/models', { config: { access: 'user' } }, async () => ({ object: 'list', data: ctx.host.models.map(modelObject) }));
  app.get<{ Params: { id: string } }>('/v1/models/:id', { config: { access: 'user' } }, async (req) => modelObject(findModel(ctx, req.params.id)));

  app.post('/v1/chat/completions', { config: { access: 'user' } }, async (req, reply) => {
    const body = parseBody(ChatCompletionRequest, req.body);
    return complete(ctx, req, reply, {
      idPrefix: 'chatcmpl', served: findModel(ctx, body.model), messages: toChatMessages(body.messages), generation: toGeneration(body),
      stream: body.stream === true, includeUsage: body.stream_options?.include_usage === true,
      chunk: (base, piece, finish) => ({
        ...base, object: 'chat.completion.chunk', system_fingerprint: null,
        choices: [{ index: 0, delta: piece === '' ? { role: 'assistant', content: '' } : piece === undefined ? {} : { content: piece }, logprobs: null, finish_reason: finish }],
      }),
      whole: (base, out) => ({
        ...base, object: 'chat.completion', system_fingerprint: null,
        choices: [{ index: 0, message: { role: 'assistant', content: out.text, refusal: null }, logprobs: null, finish_reason: out.finishReason }],
        usage: usageOf(out), medtune: { guard: out.guard },
      }),
    });
  });

  app.post('/v1/completions', { config: { access: 'user' } }, async (req, reply) => {
    const body = parseBody(CompletionRequest, req.body);
    const prompt = typeof body.prompt === 'string' ? body.prompt : body.prompt[0];
    return complete(ctx, req, reply, {
      idPrefix: 'cmpl', served: findModel(ctx, body.model), messages: [{ role: 'user', content: prompt }], generation: toGeneration(body),
      stream: body.stream === true, includeUsage: body.stream_options?.include_usage === true,
      chunk: (base, piece, finish) => ({ ...base, object: 'text_completion', choices: [{ index: 0, text: piece ?? '', logprobs: null, finish_reason: finish }] }),
      whole: (base, out) => ({
        ...base, object: 'text_completion',
        choices: [{ index: 0, text: out.text, logprobs: null, finish_reason: out.finishReason }],
        usage: usageOf(out), medtune: { guard: out.guard },
      }),
    });
  });
}
