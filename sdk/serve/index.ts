/**
 * Serve: use a (fine-tuned) model. `serve()` runs the OpenAI-compatible API, `/diagnose`, the
 * web playground, API keys, rate limits, the hash-chained audit log, metrics and the kill
 * switch; `ChatSession` is the multi-turn guarded chat behind `medtune chat`.
 *
 * @example
 * import { serve, verifyAuditLog } from 'medtune';
 * const server = await serve({ model: 'data/models/medtune-tiny', auditLog: 'out/audit.jsonl', apiKeyFile: 'keys.txt' });
 */
export * from './abortable-model.js';
export * from './auth.js';
export * from './audit-log.js';
export * from './config.js';
export * from './errors.js';
export * from './generation-queue.js';
export * from './model-host.js';
export * from './completion.js';
export * from './metrics.js';
export * from './review-store.js';
export * from './chat-session.js';
export * from './server.js';
