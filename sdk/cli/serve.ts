/**
 * `medtune serve`: the OpenAI-compatible API, `/diagnose` and the web playground for a model and
 * optional adapter, with API keys, rate limits, the hash-chained audit log, metrics and the kill
 * switch. Prints exactly `listening on http://<host>:<port>` on stdout when ready; everything
 * else goes to stderr. SIGINT/SIGTERM shut it down cleanly (exit 0); a second signal exits at once.
 *
 * @example
 * ./bin/medtune serve --model data/models/medtune-tiny --adapter out/adapter --port 8080 --api-key-file keys.txt --audit-log out/audit.jsonl
 */
import { parseArgs } from 'node:util';
import { parseServeOptions, type ServeOptions } from '../serve/config.js';
import { serve } from '../serve/server.js';
import { MODEL_FLAGS, MODEL_FLAGS_HELP, numberFlag } from './model-flags.js';

const HELP = `usage: medtune serve --model <dir> [--adapter <dir>] --audit-log <file> (--api-key-file <file> | $MEDTUNE_API_KEYS) [options]

Serve a model: OpenAI-compatible /v1/chat/completions, /v1/completions, /v1/models, POST /diagnose,
a web playground at /, GET /healthz, GET /metrics (Prometheus) and POST /admin/stop (kill switch).
With --adapter, the base and the fine-tuned model are served under two ids, switched per request.
Every route but /healthz and the playground files needs 'Authorization: Bearer <key>'.
Guardrails (input screening, safety system prompt, PHI scrubbing of input and output,
disclaimer) are always on.

options:
${MODEL_FLAGS_HELP}
  --host <addr>               address to bind (default 127.0.0.1: this machine only)
  --port <n>                  port (default 8080; 0 = any free port)
  --api-key-file <file>       keys, one a line: '<name> <role> <key>' or '<name> <role> sha256:<hex>',
                              role clinician or admin
  --api-key-env <VAR>         environment variable with key lines (default MEDTUNE_API_KEYS)
  --audit-log <file>          hash-chained JSONL audit log (continued when it exists and verifies)
  --audit-text <mode>         none (default): no request text in the audit log;
                              scrubbed: the PHI-scrubbed prompt and the answer
  --rate-limit <n>            requests per minute per key (default 60)
  --auth-failures <n>         failed key checks per minute per address before it gets 429 (default 30)
  --max-queue <n>             requests waiting for the model before 429 (default 8)
  --queue-timeout <s>         seconds a request may wait for the model before 503 (default 30)
  --generation-timeout <s>    seconds one generation may take before 504 (default 120)
  --request-timeout <s>       seconds to receive a whole request (default 30)
  --max-tokens <n>            largest max_tokens a client may ask for (default 512)
  --default-max-tokens <n>    max_tokens when a client gives none (default 128)
  --body-limit <bytes>        largest request body (default 65536)
  --cors-origin <origin>      allow this browser origin (repeatable; default none)
  --review-csv <file>         save playground ratings to this review CSV (continued when it exists)
  --no-playground             do not serve the web playground
  -h, --help                  show this help`;

/** Run `medtune serve` until a signal. @example await run(['--model', 'data/models/medtune-tiny', '--api-key-file', 'keys.txt', '--audit-log', 'audit.jsonl']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...MODEL_FLAGS,
      host: { type: 'string' },
      port: { type: 'string' },
      'api-key-file': { type: 'string' },
      'api-key-env': { type: 'string' },
      'audit-log': { type: 'string' },
      'audit-text': { type: 'string' },
      'rate-limit': { type: 'string' },
      'auth-failures': { type: 'string' },
      'max-queue': { type: 'string' },
      'queue-timeout': { type: 'string' },
      'generation-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'max-tokens': { type: 'string' },
      'default-max-tokens': { type: 'string' },
      'body-limit': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'review-csv': { type: 'string' },
      'no-playground': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model || !values['audit-log']) {
    console.error('medtune serve: --model and --audit-log are required\n\n' + HELP);
    return 2;
  }
  const options: Record<string, unknown> = {
    model: values.model, adapter: values.adapter, template: values.template, quantize: values.quantize, host: values.host,
    port: numberFlag('port', values.port, true), apiKeyFile: values['api-key-file'], apiKeyEnv: values['api-key-env'],
    auditLog: values['audit-log'], auditText: values['audit-text'],
    rateLimitPerMinute: numberFlag('rate-limit', values['rate-limit'], true),
    authFailuresPerMinute: numberFlag('auth-failures', values['auth-failures'], true), maxQueue: numberFlag('max-queue', values['max-queue'], true),
    queueTimeoutSeconds: numberFlag('queue-timeout', values['queue-timeout'], false),
    generationTimeoutSeconds: numberFlag('generation-timeout', values['generation-timeout'], false),
    requestTimeoutSeconds: numberFlag('request-timeout', values['request-timeout'], false),
    maxTokens: numberFlag('max-tokens', values['max-tokens'], true), defaultMaxTokens: numberFlag('default-max-tokens', values['default-max-tokens'], true),
    bodyLimitBytes: numberFlag('body-limit', values['body-limit'], true), corsOrigins: values['cors-origin'],
    reviewCsv: values['review-csv'], playground: !values['no-playground'],
  };
  for (const k of Object.keys(options)) if (options[k] === undefined) delete options[k];
  // Validate flags before loading anything (errors name the option).
  parseServeOptions(options);
  const server = await serve(options as ServeOptions);
  if (server.templateNotice) console.error(`medtune serve: ${server.templateNotice}`);
  console.error(`medtune serve: models ${server.models.join(', ')}; audit log ${values['audit-log']}`);
  console.log(`listening on ${server.url}`);

  return new Promise<number>((resolve) => {
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals) => {
      signals++;
      if (signals > 1) {
        console.error(`medtune serve: ${sig} again, exiting without waiting`);
        process.exit(1);
      }
      console.error(`medtune serve: ${sig}, shutting down`);
      server.close().then(
        () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(0);
        },
        (e: Error) => {
          console.error(`medtune serve: shutdown failed: ${e.message}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
