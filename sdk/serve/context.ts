/**
 * What the routes share: the loaded model, the completion engine and its queue, keys, audit log,
 * metrics, ratings, and the per-request facts that end up in the audit line. Route access levels
 * and request facts are declared on Fastify's types here.
 *
 * @example
 * app.post('/diagnose', { config: { access: 'user' } }, async (req) => { req.facts.model = 'tiny'; ... });
 */
import type { AuditLog } from './audit-log.js';
import type { KeyRing, Role } from './auth.js';
import type { CompletionEngine, GuardSummary } from './completion.js';
import type { ServeConfig } from './config.js';
import type { GenerationQueue } from './generation-queue.js';
import type { ServerMetrics } from './metrics.js';
import type { ModelHost } from './model-host.js';
import type { ReviewStore } from './review-store.js';

/** Who may call a route: anyone (no key), any valid key, or admin keys. @example const a: Access = 'admin'; */
export type Access = 'public' | 'user' | 'admin';

/** Facts of one request, written to its audit line when the response closes. */
export interface RequestFacts {
  started: number;
  key: string | null;
  role: Role | null;
  model?: string;
  promptTokens?: number;
  completionTokens?: number;
  finishReason?: string;
  guard?: GuardSummary;
  /** The error code answered (OpenAI `code`), or why a stream stopped early. */
  error?: string;
  /** With `auditText: 'scrubbed'`: the scrubbed request text and the answer. */
  text?: { prompt: string; output: string };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    facts: RequestFacts;
  }
}

/** Everything routes need. */
export interface ServerContext {
  config: ServeConfig;
  host: ModelHost;
  engine: CompletionEngine;
  queue: GenerationQueue;
  keys: KeyRing;
  audit: AuditLog;
  metrics: ServerMetrics;
  reviews: ReviewStore;
  /** The kill switch: refuse new generations and stop the running one. */
  stop(by: string): void;
}
