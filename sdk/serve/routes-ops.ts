/**
 * Operations routes: `GET /healthz` (no key; 503 once stopped so load balancers drain the
 * instance), `GET /metrics` (Prometheus text; any key) and `POST /admin/stop` (admin key; the
 * kill switch: new generations are refused until the server is restarted).
 *
 * @example
 * registerOpsRoutes(app, ctx);
 * // curl -X POST -H "Authorization: Bearer $ADMIN_KEY" http://127.0.0.1:8080/admin/stop
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';

/**
 * Register the operations routes.
 *
 * @example
 * registerOpsRoutes(app, ctx);
 */
export function registerOpsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const started = Date.now();

  app.get('/healthz', { config: { access: 'public', rateLimit: false } }, async (_req, reply) => {
    const stopped = ctx.queue.stopped;
    reply.code(stopped ? 503 : 200);
    return {
      status: stopped ? 'stopped' : 'ok',
      models: ctx.host.models.map((m) => m.id),
      queue: { waiting: ctx.queue.depth, active: ctx.queue.active },
      uptime_seconds: Math.round((Date.now() - started) / 1000),
    };
  });

  app.get('/metrics', { config: { access: 'user' } }, async (_req, reply) => {
    reply.header('content-type', ctx.metrics.contentType);
    return ctx.metrics.text();
  });

  app.post('/admin/stop', { config: { access: 'admin' } }, async (req) => {
    ctx.stop(`POST /admin/stop by key '${req.facts.key}'`);
    return { stopped: true, message: 'new generations are refused until the server is restarted' };
  });
}
