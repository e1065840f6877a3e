/**
 * Request bodies of the OpenAI-compatible routes and `/diagnose`, validated with strict zod
 * schemas. OpenAI fields medtune does not implement are accepted only at their neutral value
 * (`n: 1`, `presence_penalty: 0`, ...), so clients that send defaults work and a request that
 * asks for something unsupported is refused naming the field.
 *
 * @example
 * const body = parseBody(ChatCompletionRequest, request.body);
 * toGeneration(body); // { maxNewTokens, doSample, temperature, topP, seed, stopStrings }
 */
import { z } from 'zod';
import type { GenerationOptions } from '../model/generation-config.js';
import type { ChatMessage } from '../model/types.js';
import { ApiError } from './errors.js';

// An OpenAI field accepted only at its neutral value; `rule` is the error message's explanation.
const neutral = <T extends z.ZodType>(schema: T, rule: string) => schema.optional().describe(rule);

/** Sampling fields shared by chat and text completions (OpenAI names and ranges). */
const sampling = {
  model: z.string().min(1),
  max_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().gt(0).max(1).nullable().optional(),
  stop: z.union([z.string().min(1), z.array(z.string().min(1)).max(4)]).nullable().optional(),
  seed: z.number().int().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.strictObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  user: z.string().max(256).optional(),
  n: neutral(z.literal(1).nullable(), 'only 1 is supported (one choice per request)'),
  presence_penalty: neutral(z.literal(0).nullable(), 'only 0 is supported (not implemented)'),
  frequency_penalty: neutral(z.literal(0).nullable(), 'only 0 is supported (not implemented)'),
  logprobs: neutral(z.union([z.literal(false), z.null()]), 'only false is supported (not implemented)'),
};

/** A content part of a chat message (text only). */
const TextPart = z.strictObject({ type: z.literal('text'), text: z.string() });

/** A chat message: system/developer/user/assistant, text content (string or text parts). */
const Message = z.strictObject({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  content: z.union([z.string(), z.array(TextPart).min(1)]),
  name: z.string().optional(),
});

/** `POST /v1/chat/completions` body. @example ChatCompletionRequest.parse({ model: 'm', messages: [{ role: 'user', content: 'Hi' }] }); */
export const ChatCompletionRequest = z.strictObject({
  ...sampling,
  messages: z.array(Message).min(1),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
});
/** @example const b: ChatCompletionRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] }; */
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequest>;

/** `POST /v1/completions` body (one prompt). @example CompletionRequest.parse({ model: 'm', prompt: 'Fever is' }); */
export const CompletionRequest = z.strictObject({
  ...sampling,
  prompt: z.union([z.string().min(1), z.array(z.string().min(1)).length(1)]),
  echo: neutral(z.literal(false).nullable(), 'only false is supported (not implemented)'),
  suffix: neutral(z.null(), 'only null is supported (not implemented)'),
  best_of: neutral(z.literal(1).nullable(), 'only 1 is supported (one choice per request)'),
});
/** @example const b: CompletionRequest = { model: 'm', prompt: 'Fever is' }; */
export type CompletionRequest = z.infer<typeof CompletionRequest>;

/** `POST /diagnose` body. @example DiagnoseRequest.parse({ patient_data: '45M, fever 39C, cough 5 days' }); */
export const DiagnoseRequest = z.strictObject({
  patient_data: z.string().min(1).max(20_000),
  model: z.string().min(1).optional(),
  max_tokens: z.number().int().positive().optional(),
});
/** @example const b: DiagnoseRequest = { patient_data: '...' }; */
export type DiagnoseRequest = z.infer<typeof DiagnoseRequest>;

/** `POST /review` body: ratings of one answer the same key received. @example ReviewRequest.parse({ completion_id: 'chatcmpl-1', ratings: { accuracy: 4, safety: 5, clarity: 4, completeness: 3 } }); */
export const ReviewRequest = z.strictObject({
  completion_id: z.string().min(1).max(100),
  ratings: z.strictObject({
    accuracy: z.number().int().min(1).max(5),
    safety: z.number().int().min(1).max(5),
    clarity: z.number().int().min(1).max(5),
    completeness: z.number().int().min(1).max(5),
  }),
  comments: z.string().max(2000).optional(),
});
/** @example const b: ReviewRequest = { completion_id: 'chatcmpl-1', ratings: { accuracy: 4, safety: 5, clarity: 4, completeness: 3 } }; */
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/**
 * Validate a body; the first problem becomes a 400 naming the field (OpenAI's `param`), what was
 * found (its type, never its text) and what is expected.
 *
 * @example
 * parseBody(DiagnoseRequest, {}); // throws ApiError 400, param 'patient_data'
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_request_error', 'invalid_request', 'the request body must be a JSON object (Content-Type: application/json)');
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const param = [...path, key].join('.');
    throw new ApiError(400, 'invalid_request_error', 'unknown_parameter', `unknown parameter '${param}'; it is not part of this API`, param);
  }
  const param = path.join('.') || null;
  let value: unknown = body;
  for (const k of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
  const rule = schema instanceof z.ZodObject && path.length === 1 ? (schema.shape as Record<string, z.ZodType>)[String(path[0])]?.description : undefined;
  // zod's messages name the expected and the received type; values are never echoed.
  const message = value === undefined ? `missing required parameter '${param}'` : rule ? `'${param}': ${rule}` : `'${param ?? 'body'}': ${issue.message}`;
  throw new ApiError(400, 'invalid_request_error', value === undefined ? 'missing_required_parameter' : 'invalid_value', message, param);
}

/**
 * Chat messages as medtune's `ChatMessage` (developer -> system, text parts joined).
 *
 * @example
 * toChatMessages([{ role: 'developer', content: [{ type: 'text', text: 'Be brief.' }] }]); // [{ role: 'system', content: 'Be brief.' }]
 */
export function toChatMessages(messages: ChatCompletionRequest['messages']): ChatMessage[] {
  return messages.map((m) => ({
    role: m.role === 'developer' ? 'system' : m.role,
    content: typeof m.content === 'string' ? m.content : m.content.map((p) => p.text).join(''),
  }));
}

/**
 * Generation options of a request: temperature 0 or no sampling field means greedy decoding
 * (reproducible answers by default, unlike OpenAI's temperature 1); `seed` makes sampling repeatable.
 *
 * @example
 * toGeneration({ model: 'm', temperature: 0.7, seed: 1, max_tokens: 32 }); // { doSample: true, temperature: 0.7, seed: 1, maxNewTokens: 32 }
 */
export function toGeneration(b: Pick<ChatCompletionRequest, 'max_tokens' | 'temperature' | 'top_p' | 'stop' | 'seed'> & { max_completion_tokens?: number | null }): GenerationOptions {
  const out: GenerationOptions = {};
  const max = b.max_completion_tokens ?? b.max_tokens;
  if (max != null) out.maxNewTokens = max;
  const sample = (b.temperature != null && b.temperature > 0) || (b.top_p != null && b.top_p < 1);
  out.doSample = sample;
  if (sample) {
    if (b.temperature != null && b.temperature > 0) out.temperature = b.temperature;
    if (b.top_p != null) out.topP = b.top_p;
    if (b.seed != null) out.seed = b.seed;
  }
  if (b.stop != null) out.stopStrings = typeof b.stop === 'string' ? [b.stop] : b.stop;
  return out;
}
