/**
 * Prometheus metrics of the server (prom-client, own registry so several servers can live in one
 * process): requests by route and status, latency histogram, tokens and tokens per second,
 * guard refusals, rejections, queue depth, live tensors, the kill-switch state, and Node's
 * process metrics (memory, CPU, event loop lag).
 *
 * @example
 * const m = new ServerMetrics(() => tf.memory().numTensors);
 * m.observeRequest('/v1/chat/completions', 200, 0.42);
 * await m.text(); // Prometheus text exposition format
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Metric name prefix. @example `${METRIC_PREFIX}requests_total` */
export const METRIC_PREFIX = 'medtune_';

/**
 * The server's metrics.
 *
 * @example
 * metrics.observeGeneration({ promptTokens: 40, completionTokens: 32, seconds: 1.2 });
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'route' | 'status'>;
  private readonly latency: Histogram<'route'>;
  private readonly tokens: Counter<'kind'>;
  private readonly tokensPerSecond: Histogram;
  private readonly refusals: Counter<'action' | 'rule'>;
  private readonly rejections: Counter<'reason'>;
  private readonly stoppedGauge: Gauge;

  constructor(
    liveTensors: () => number,
    queueState: () => { waiting: number; active: boolean },
  ) {
    const registers = [this.registry];
    this.requests = new Counter({ name: `${METRIC_PREFIX}requests_total`, help: 'HTTP requests answered, by route and status', labelNames: ['route', 'status'], registers });
    this.latency = new Histogram({
      name: `${METRIC_PREFIX}request_duration_seconds`, help: 'Time from request to the end of the response, by route', labelNames: ['route'], registers,
      // Generations on a CPU take seconds; static files and errors take milliseconds.
      buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    });
    this.tokens = new Counter({ name: `${METRIC_PREFIX}tokens_total`, help: 'Tokens processed by the model, by kind (prompt, completion)', labelNames: ['kind'], registers });
    this.tokensPerSecond = new Histogram({
      name: `${METRIC_PREFIX}generation_tokens_per_second`, help: 'Completion tokens per second of each generation', registers,
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    });
    this.refusals = new Counter({ name: `${METRIC_PREFIX}guard_refusals_total`, help: 'Requests answered by input screening instead of the model, by action and rule', labelNames: ['action', 'rule'], registers });
    this.rejections = new Counter({ name: `${METRIC_PREFIX}rejections_total`, help: 'Requests refused before generation, by reason (rate_limit, queue_full, queue_timeout, stopped, auth)', labelNames: ['reason'], registers });
    new Gauge({ name: `${METRIC_PREFIX}queue_waiting`, help: 'Requests waiting for the model', registers, collect() { this.set(queueState().waiting); } });
    new Gauge({ name: `${METRIC_PREFIX}generation_active`, help: '1 while a generation runs', registers, collect() { this.set(queueState().active ? 1 : 0); } });
    new Gauge({ name: `${METRIC_PREFIX}tf_tensors`, help: 'Live TensorFlow.js tensors (flat when nothing leaks)', registers, collect() { this.set(liveTensors()); } });
    this.stoppedGauge = new Gauge({ name: `${METRIC_PREFIX}stopped`, help: '1 after POST /admin/stop (kill switch) until restart', registers });
    this.stoppedGauge.set(0);
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  /** Count a finished request. @example m.observeRequest('/diagnose', 200, 1.5); */
  observeRequest(route: string, status: number, seconds: number): void {
    this.requests.inc({ route, status: String(status) });
    this.latency.observe({ route }, seconds);
  }

  /** Count a generation's tokens and speed. @example m.observeGeneration({ promptTokens: 10, completionTokens: 20, seconds: 1 }); */
  observeGeneration(g: { promptTokens: number; completionTokens: number; seconds: number }): void {
    this.tokens.inc({ kind: 'prompt' }, g.promptTokens);
    this.tokens.inc({ kind: 'completion' }, g.completionTokens);
    if (g.seconds > 0 && g.completionTokens > 0) this.tokensPerSecond.observe(g.completionTokens / g.seconds);
  }

  /** Count a screened request. @example m.observeRefusal('emergency', 'chest-pain'); */
  observeRefusal(action: string, rule: string): void {
    this.refusals.inc({ action, rule });
  }

  /** Count a rejection. @example m.observeRejection('queue_full'); */
  observeRejection(reason: string): void {
    this.rejections.inc({ reason });
  }

  /** Record the kill switch. @example m.setStopped(); */
  setStopped(): void {
    this.stoppedGauge.set(1);
  }

  /** Content-Type of `text()`. @example reply.type(m.contentType); */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text. @example await m.text(); */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
