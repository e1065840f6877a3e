/**
 * The Fastify application: body parsing and limits, an audit line and metrics for every request,
 * health checks and playground files included (written when its response closes, so aborted
 * streams are recorded too), API-key checks per
 * route access level, per-key rate limits (@fastify/rate-limit), optional CORS (@fastify/cors),
 * OpenAI-shaped errors, and the routes.
 *
 * @example
 * const app = await buildApp(ctx);
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AuthFailureLimiter } from './auth.js';
import type { ServerContext } from './context.js';
import { ApiError, toApiError } from './errors.js';
import { loadPlaygroundFiles, PLAYGROUND_HEADERS } from './playground.js';
import { registerClinicalRoutes } from './routes-clinical.js';
import { registerOpenAiRoutes } from './routes-openai.js';
import { registerOpsRoutes } from './routes-ops.js';

// Audit status of a request whose client left before the response was complete (nginx's code).
const CLIENT_CLOSED = 499;

function finalize(ctx: ServerContext, req: FastifyRequest, reply: FastifyReply): void {
  const f = req.facts;
  const finished = reply.raw.writableFinished;
  const status = finished ? reply.raw.statusCode : CLIENT_CLOSED;
  const route = req.routeOptions.url ?? 'unmatched';
  const seconds = (Date.now() - f.started) / 1000;
  ctx.metrics.observeRequest(route, status, seconds);
  if (!finished && !f.error) f.error = 'client_closed';
  ctx.audit.append({
    time: new Date(f.started).toISOString(),
    key: f.key,
    role: f.role,
    method: req.method,
    route,
    status,
    latency_ms: Math.round(seconds * 1000),
    model: f.model ?? null,
    prompt_tokens: f.promptTokens ?? 0,
    completion_tokens: f.completionTokens ?? 0,
    finish_reason: f.finishReason ?? null,
    guard: f.guard ?? null,
    error: f.error ?? null,
    ...(f.text ? { text: f.text } : {}),
  });
}

const REJECTION_REASONS: Record<string, string> = {
  rate_limit_exceeded: 'rate_limit', queue_full: 'queue_full', queue_timeout: 'queue_timeout', service_stopped: 'stopped',
  missing_api_key: 'auth', invalid_api_key: 'auth', insufficient_role: 'auth', too_many_auth_failures: 'auth',
};

/**
 * Build the app (not listening yet).
 *
 * @example
 * const app = await buildApp(ctx); await app.ready();
 */
export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const cfg = ctx.config;
  const app = Fastify({
    bodyLimit: cfg.bodyLimitBytes,
    requestTimeout: cfg.requestTimeoutSeconds * 1000,
    // Fastify's logger would write URLs and errors to stdout; the audit log is the record.
    logger: false,
    // Close idle keep-alive sockets on shutdown so close() does not wait for clients.
    forceCloseConnections: 'idle',
  });

  app.decorateRequest('facts', null as unknown as FastifyRequest['facts']);
  const authFailures = new AuthFailureLimiter(cfg.authFailuresPerMinute);
  // JSON bodies; an empty body is allowed (routes without a body, like POST /admin/stop) and
  // checked by each route's schema otherwise.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new ApiError(400, 'invalid_request_error', 'invalid_json', 'the request body is not valid JSON; expected a JSON object (Content-Type: application/json)'), undefined);
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config;
    req.facts = { started: Date.now(), key: null, role: null };
    reply.raw.once('close', () => finalize(ctx, req, reply));
    const access = config.access ?? 'user';
    reply.header('x-content-type-options', 'nosniff');
    // CORS preflights carry no credentials by design; @fastify/cors answers them.
    if (access === 'public' || (req.method === 'OPTIONS' && cfg.corsOrigins.length)) return;
    const wait = authFailures.blockedFor(req.ip);
    if (wait > 0) {
      throw new ApiError(429, 'rate_limit_error', 'too_many_auth_failures', `too many requests with a missing or invalid API key from this address; retry in ${wait} s`, null, { 'retry-after': String(wait) });
    }
    const auth = req.headers.authorization;
    const who = auth ? ctx.keys.check(auth) : undefined;
    if (!who) {
      authFailures.fail(req.ip);
      if (!auth) throw new ApiError(401, 'authentication_error', 'missing_api_key', "no API key: send the header 'Authorization: Bearer <key>'");
      throw new ApiError(401, 'authentication_error', 'invalid_api_key', "the API key is not valid; expected 'Authorization: Bearer <key>' with a key from the server's key file");
    }
    req.facts.key = who.name;
    req.facts.role = who.role;
    if (access === 'admin' && who.role !== 'admin') {
      throw new ApiError(403, 'permission_error', 'insufficient_role', `this route needs an admin key; the key '${who.name}' has the role ${who.role}`);
    }
  });

  app.setErrorHandler(async (err, req, reply) => {
    const api = toApiError(err, cfg.bodyLimitBytes);
    if (api.code === 'internal_error') process.stderr.write(`medtune serve: ${req.method} ${req.routeOptions.url ?? 'unmatched'}: ${(err as Error).name}: ${(err as Error).message}\n`);
    if (req.facts) req.facts.error = api.code;
    const reason = REJECTION_REASONS[api.code];
    if (reason) ctx.metrics.observeRejection(reason);
    reply.code(api.statusCode).headers(api.headers).type('application/json; charset=utf-8');
    return api.body();
  });
  app.setNotFoundHandler({ preHandler: undefined }, async (req) => {
    throw new ApiError(404, 'invalid_request_error', 'not_found', `no route ${req.method} ${req.url.split('?')[0].slice(0, 100)}; see /v1/models, /v1/chat/completions, /v1/completions, /diagnose, /healthz, /metrics`);
  });

  await app.register(rateLimit, {
    global: true,
    max: cfg.rateLimitPerMinute,
    timeWindow: 60_000,
    // After the key check (onRequest), so limits are per key, not per IP.
    hook: 'preHandler',
    keyGenerator: (req) => (req.facts?.key ? `key:${req.facts.key}` : `ip:${req.ip}`),
    errorResponseBuilder: (_req, c) =>
      new ApiError(429, 'rate_limit_error', 'rate_limit_exceeded', `rate limit of ${c.max} requests per minute for this key reached; retry in ${c.after}`, null, {}),
  });
  if (cfg.corsOrigins.length) await app.register(cors, { origin: cfg.corsOrigins, allowedHeaders: ['authorization', 'content-type'], methods: ['GET', 'POST'] });

  if (cfg.playground) {
    const files = loadPlaygroundFiles();
    for (const [url, file] of files) {
      app.get(url, { config: { access: 'public', rateLimit: false } }, async (_req, reply) => {
        reply.headers(PLAYGROUND_HEADERS).type(file.type);
        return file.body;
      });
    }
  }
  registerOpsRoutes(app, ctx);
  registerOpenAiRoutes(app, ctx);
  registerClinicalRoutes(app, ctx);
  return app;
}
