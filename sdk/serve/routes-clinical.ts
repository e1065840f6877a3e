/**
 * Routes for clinical software and reviewers: `POST /diagnose` (patient data in, a guarded
 * impression out, with the disclaimer and what the guardrails did), `POST /review` (rate an
 * answer on the rubric) and `GET /review.csv` (the ratings in the review CSV format).
 *
 * @example
 * // curl -H "Authorization: Bearer $KEY" -d '{"patient_data":"58F, 2 days of fever and flank pain"}' http://127.0.0.1:8080/diagnose
 * // -> { "impression": "...", "disclaimer": "...", "guard": { ... }, ... }
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { GenerationAborted } from './abortable-model.js';
import type { ServerContext } from './context.js';
import { ApiError } from './errors.js';
import { DiagnoseRequest, parseBody, ReviewRequest } from './openai-schemas.js';
import { abortToApiError, clientGone, findModel, recordOutcome } from './routes-openai.js';

/** The task given to the model with the patient data (after the safety system prompt). @example DIAGNOSE_INSTRUCTION.length > 0; */
export const DIAGNOSE_INSTRUCTION =
  'Read the patient data and write a brief clinical impression for a clinician: the most likely explanations ' +
  'and what to check next. Be concise and do not invent findings.';

/**
 * Register `/diagnose` and the review routes.
 *
 * @example
 * registerClinicalRoutes(app, ctx);
 */
export function registerClinicalRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/diagnose', { config: { access: 'user' } }, async (req, reply) => {
    const body = parseBody(DiagnoseRequest, req.body);
    // The fine-tuned model when an adapter is loaded (it is listed first).
    const served = body.model !== undefined ? findModel(ctx, body.model) : ctx.host.models[0];
    req.facts.model = served.id;
    const id = `diag-${randomBytes(12).toString('hex')}`;
    try {
      const out = await ctx.engine.run({
        served,
        messages: [{ role: 'system', content: DIAGNOSE_INSTRUCTION }, { role: 'user', content: body.patient_data }],
        generation: body.max_tokens !== undefined ? { maxNewTokens: body.max_tokens } : {},
        signal: clientGone(reply),
      });
      recordOutcome(ctx, req, id, served, out);
      return {
        id, model: served.id, impression: out.body, disclaimer: ctx.engine.disclaimer,
        guard: out.guard, finish_reason: out.finishReason,
        usage: { prompt_tokens: out.usage.promptTokens, completion_tokens: out.usage.completionTokens, total_tokens: out.usage.promptTokens + out.usage.completionTokens },
      };
    } catch (e) {
      if (!(e instanceof GenerationAborted)) throw e;
      const api = abortToApiError(e, ctx.config.generationTimeoutSeconds);
      req.facts.error = api?.code ?? 'client_closed';
      if (api) throw api;
      reply.hijack(); // the client left: nothing to send
      return undefined;
    }
  });

  app.post('/review', { config: { access: 'user' } }, async (req) => {
    const body = parseBody(ReviewRequest, req.body);
    const who = { name: req.facts.key!, role: req.facts.role! };
    const row = await ctx.reviews.rate(who, body);
    return { review_id: row.review_id, model: row.model, item_id: row.item_id, saved: true };
  });

  app.get('/review.csv', { config: { access: 'user' } }, async (req, reply) => {
    const who = { name: req.facts.key!, role: req.facts.role! };
    if (ctx.reviews.visibleRows(who).length === 0) {
      throw new ApiError(404, 'invalid_request_error', 'no_reviews', 'no rated answers for this key yet; rate answers with POST /review (the playground review panel)');
    }
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="medtune-review.csv"');
    return ctx.reviews.csv(who);
  });
}
