/**
 * Server-sent events on a raw Node response, the way the OpenAI API streams: `data: <json>`
 * events, then `data: [DONE]`. Writes after the client left are dropped (the generation is
 * stopped separately through the request's abort signal).
 *
 * @example
 * const sse = openEventStream(reply.raw, { 'x-request-id': id });
 * sse.send({ choices: [{ delta: { content: 'Hi' } }] });
 * sse.done();
 */
import type { ServerResponse } from 'node:http';

/** An open event stream. */
export interface EventStream {
  /** Send one JSON event. */
  send(data: unknown): void;
  /** Send `[DONE]` and end the response. */
  done(): void;
  /** End the response without `[DONE]` (after an error event). */
  end(): void;
  /** False once the client disconnected. */
  readonly open: boolean;
}

/**
 * Start an event stream (status 200) with the given extra headers.
 *
 * @example
 * const sse = openEventStream(res, {});
 */
export function openEventStream(res: ServerResponse, headers: Record<string, string | number | string[]>): EventStream {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Proxies (nginx) must not buffer the stream, or tokens arrive all at once.
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  const writable = () => !res.destroyed && !res.writableEnded;
  return {
    send(data) {
      if (writable()) res.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    done() {
      if (writable()) res.end('data: [DONE]\n\n');
    },
    end() {
      if (writable()) res.end();
    },
    get open() {
      return writable();
    },
  };
}
