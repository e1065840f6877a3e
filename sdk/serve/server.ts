/**
 * `serve()`: load the model and adapter, open the audit log, read the keys and listen. Returns a
 * handle with the URL and `close()` (stop accepting, end running generations, flush the audit
 * log, free the model). `medtune serve` is this plus signal handling.
 *
 * @example
 * const server = await serve({ model: 'data/models/medtune-tiny', port: 0, auditLog: 'out/audit.jsonl', apiKeys: [{ name: 'me', role: 'admin', key: 'k-123' }] });
 * console.log(server.url); // http://127.0.0.1:41235
 * await server.close();
 */
import * as tf from '@tensorflow/tfjs';
import type { FastifyInstance } from 'fastify';
import { initBackend } from '../runtime/backend.js';
import { buildApp } from './app.js';
import { AuditLog } from './audit-log.js';
import { KeyRing } from './auth.js';
import { CompletionEngine } from './completion.js';
import { parseServeOptions, serverGuardrails, type ServeOptions } from './config.js';
import type { ServerContext } from './context.js';
import { GenerationQueue } from './generation-queue.js';
import { ServerMetrics } from './metrics.js';
import { ModelHost } from './model-host.js';
import { ReviewStore } from './review-store.js';

/** A running server. */
export interface ServeHandle {
  /** `http://<host>:<port>` (the real port when 0 was asked for). */
  readonly url: string;
  readonly port: number;
  /** Served model ids (the fine-tuned one first when an adapter is loaded). */
  readonly models: string[];
  /** Set when the chat template was chosen for the checkpoint (it has none). */
  readonly templateNotice: string | undefined;
  /** The Fastify instance (for `inject` in tests). */
  readonly app: FastifyInstance;
  /** Whether the kill switch was used. */
  readonly stopped: boolean;
  /** Stop listening, end running generations, close the audit log and free the model. Idempotent. */
  close(): Promise<void>;
}

/**
 * Start the server.
 *
 * @example
 * const s = await serve({ model: 'data/models/medtune-tiny', adapter: 'out/adapter', apiKeyFile: 'keys.txt', auditLog: 'out/audit.jsonl' });
 */
export async function serve(options: ServeOptions): Promise<ServeHandle> {
  const config = parseServeOptions(options);
  const guardrails = serverGuardrails(config.guardrails);
  // Keys and the audit log first: they are cheap, and a mistake there should not wait for a model load.
  const keys = KeyRing.fromSources({ file: config.apiKeyFile, env: config.apiKeyEnv, keys: config.apiKeys });
  const reviews = await ReviewStore.open(config.reviewCsv);
  const audit = AuditLog.open(config.auditLog);
  let host: ModelHost;
  try {
    await initBackend();
    host = await ModelHost.load({ model: config.model, adapter: config.adapter, template: config.template, quantize: config.quantize });
  } catch (e) {
    audit.close();
    throw e;
  }
  const queue = new GenerationQueue({ maxWaiting: config.maxQueue, waitTimeoutSeconds: config.queueTimeoutSeconds });
  const engine = new CompletionEngine(host, queue, guardrails, {
    generationTimeoutSeconds: config.generationTimeoutSeconds, maxTokens: config.maxTokens, defaultMaxTokens: config.defaultMaxTokens,
  });
  const metrics = new ServerMetrics(() => tf.memory().numTensors, () => ({ waiting: queue.depth, active: queue.active }));
  const ctx: ServerContext = {
    config, host, engine, queue, keys, audit, metrics, reviews,
    stop(by) {
      queue.stop(by);
      engine.stopAll('stopped');
      metrics.setStopped();
    },
  };
  let app: FastifyInstance;
  let address: string;
  try {
    app = await buildApp(ctx);
    address = await app.listen({ host: config.host, port: config.port });
  } catch (e) {
    audit.close();
    host.dispose();
    throw e;
  }
  const port = Number(new URL(address).port);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    models: host.models.map((m) => m.id),
    templateNotice: host.templateNotice,
    app,
    get stopped() {
      return queue.stopped;
    },
    close() {
      closing ??= (async () => {
        queue.stop('server shutting down');
        engine.stopAll('shutdown');
        // Connections busy when close() started become idle once their (503) response is out;
        // close those too instead of waiting for the keep-alive timeout.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 25);
        try {
          await app.close();
        } finally {
          clearInterval(sweep);
        }
        // A generation ends within one token of the abort; wait for it before freeing the model.
        while (queue.active) await new Promise((r) => setTimeout(r, 10));
        audit.close();
        host.dispose();
      })();
      return closing;
    },
  };
}
