/**
 * Settings of `serve()` / `medtune serve`: one strict schema, validated before anything loads.
 * Unknown keys are rejected naming the key.
 *
 * @example
 * const cfg = parseServeOptions({ model: 'data/models/medtune-tiny', auditLog: 'out/audit.jsonl', apiKeyFile: 'keys.txt' });
 * cfg.host; // '127.0.0.1'
 */
import { z } from 'zod';
import { FallbackTemplateName } from '../model/chat-templates.js';
import { resolveGuardrails, type GuardrailsConfigInput, type GuardrailsConfigResolved } from '../safety/guardrails-config.js';
import { ApiKeySpec } from './auth.js';

/** The settings schema. @example ServeOptionsSchema.shape.port; */
export const ServeOptionsSchema = z.strictObject({
  /** Checkpoint folder (or a cached hub id). */
  model: z.string().min(1),
  /** PEFT LoRA adapter folder; served as a second model id, switched per request. */
  adapter: z.string().min(1).optional(),
  /** Chat template when the checkpoint has none (chatml is used then, with a notice) or should not be used. */
  template: FallbackTemplateName.optional(),
  /** Quantize decoder projections while loading. */
  quantize: z.enum(['int8', 'nf4']).optional(),
  // Loopback only unless the operator opens it on purpose: the server answers medical questions.
  host: z.string().min(1).default('127.0.0.1'),
  // 8080, like llama.cpp's server and most local model servers; 0 picks a free port.
  port: z.number().int().min(0).max(65535).default(8080),
  /** Key file: `<name> <role> <key>` or `<name> <role> sha256:<hex>` per line. */
  apiKeyFile: z.string().min(1).optional(),
  // The environment variable read for key lines (same syntax, separated by newlines or ';').
  apiKeyEnv: z.string().min(1).default('MEDTUNE_API_KEYS'),
  /** Keys given in code. */
  apiKeys: z.array(ApiKeySpec).default([]),
  /** The hash-chained JSONL audit log (required: every request is recorded). */
  auditLog: z.string().min(1),
  // No request text in the audit log by default: the log is for accountability, not a copy of the data.
  auditText: z.enum(['none', 'scrubbed']).default('none'),
  // 60 requests a minute per key: a clinician typing never reaches it, a runaway script does.
  rateLimitPerMinute: z.number().int().positive().default(60),
  // 30 failed key checks a minute per address: enough for typos, far too few to guess a key.
  authFailuresPerMinute: z.number().int().positive().default(30),
  // 64 KiB holds a long clinical note; larger bodies are refused before parsing.
  bodyLimitBytes: z.number().int().positive().default(64 * 1024),
  // Eight waiting requests: about 16 s of work for the embedded model on 2 cores; beyond that 429.
  maxQueue: z.number().int().nonnegative().default(8),
  // A request that waited 30 s for the model gets 503 with Retry-After instead of hanging.
  queueTimeoutSeconds: z.number().positive().default(30),
  // One generation may take 2 minutes at most, then it is stopped (504).
  generationTimeoutSeconds: z.number().positive().default(120),
  // Seconds to receive a whole request (headers and body): slow clients cannot hold sockets.
  requestTimeoutSeconds: z.number().positive().default(30),
  // Largest max_tokens a client may ask for.
  maxTokens: z.number().int().positive().default(512),
  // max_tokens when a client gives none (OpenAI's chat default is "until done"; bounded here).
  defaultMaxTokens: z.number().int().positive().default(128),
  // No cross-origin access unless listed: the playground is served from the same origin.
  corsOrigins: z.array(z.string().min(1)).default([]),
  // The web playground at `/`.
  playground: z.boolean().default(true),
  /** CSV file the playground's ratings are saved to (and continued from); in memory only when unset. */
  reviewCsv: z.string().min(1).optional(),
  /** Guardrail settings (texts, patterns, PHI mode); every guardrail stays on. */
  guardrails: z.custom<GuardrailsConfigInput>((v) => v === undefined || (typeof v === 'object' && v !== null)).optional(),
});
/** Settings as given. @example const o: ServeOptions = { model: 'data/models/medtune-tiny', auditLog: 'audit.jsonl' }; */
export type ServeOptions = z.input<typeof ServeOptionsSchema>;
/** Settings after defaults. */
export type ServeConfig = z.output<typeof ServeOptionsSchema>;

/**
 * Validate settings; errors name the key, what was found and what is expected.
 *
 * @example
 * parseServeOptions({ model: 'm', auditLog: 'a.jsonl', prot: 1 }); // throws: unknown key "prot"
 */
export function parseServeOptions(input: unknown): ServeConfig {
  const r = ServeOptionsSchema.safeParse(input ?? {});
  if (r.success) return r.data;
  const msg = r.error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown key ${i.keys.map((k) => `"${k}"`).join(', ')}; known keys: ${Object.keys(ServeOptionsSchema.shape).join(', ')}`;
      return `${i.path.join('.') || '(root)'}: ${i.message}`;
    })
    .join('; ');
  throw new Error(`serve options: ${msg}`);
}

/**
 * The server's guardrails: the given settings, with every guardrail required to stay on (a
 * deployment must not be able to serve unguarded answers by configuration).
 *
 * @example
 * serverGuardrails({ disclaimer: false }); // throws: guardrails.disclaimer cannot be switched off on a server
 */
export function serverGuardrails(input: GuardrailsConfigInput | undefined): GuardrailsConfigResolved {
  const g = resolveGuardrails(input);
  const off = (['inputScreening', 'systemPrompt', 'disclaimer', 'phiScrub'] as const).filter((k) => !g[k].enabled);
  if (off.length) throw new Error(`serve options: guardrails.${off.join(', guardrails.')} cannot be switched off on a server; every guardrail is enforced`);
  return g;
}
