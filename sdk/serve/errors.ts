/**
 * Errors as the OpenAI API shapes them, so existing clients raise their usual exceptions:
 * `{ "error": { "message", "type", "param", "code" } }` with the matching HTTP status.
 * Messages name the field and what was expected; they never echo request text (it may hold PHI).
 *
 * @example
 * throw new ApiError(404, 'invalid_request_error', 'model_not_found', "The model 'x' does not exist; available: tiny", 'model');
 */

/** OpenAI error types used here. @example const t: ApiErrorType = 'authentication_error'; */
export type ApiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'rate_limit_error'
  | 'server_error'
  | 'service_unavailable'
  | 'timeout_error';

/** The JSON body of an error response. @example const b: ApiErrorBody = { error: { message: 'm', type: 'server_error', param: null, code: null } }; */
export interface ApiErrorBody {
  error: { message: string; type: ApiErrorType; param: string | null; code: string | null };
}

/**
 * An error that becomes an HTTP response: status, OpenAI type and code, optional request field
 * (`param`) and extra headers (Retry-After on 429/503).
 *
 * @example
 * new ApiError(429, 'rate_limit_error', 'queue_full', 'the generation queue is full', null, { 'retry-after': '3' });
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The response body. @example new ApiError(400, 'invalid_request_error', 'x', 'bad').body().error.code; // 'x' */
  body(): ApiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

// Fastify's own request errors (body parsing and limits) with clear messages of our own.
const FASTIFY_ERRORS: Record<string, (limit: number) => ApiError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new ApiError(400, 'invalid_request_error', 'invalid_json', 'the request body is not valid JSON; expected a JSON object (Content-Type: application/json)'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new ApiError(400, 'invalid_request_error', 'invalid_json', 'the request body is empty; expected a JSON object (Content-Type: application/json)'),
  FST_ERR_CTP_BODY_TOO_LARGE: (limit) =>
    new ApiError(413, 'invalid_request_error', 'request_too_large', `the request body exceeds the server's limit of ${limit} bytes`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError(415, 'invalid_request_error', 'unsupported_media_type', 'unsupported Content-Type; expected application/json'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError(400, 'invalid_request_error', 'invalid_content_length', 'the request body size does not match its Content-Length header'),
};

/**
 * Turn anything thrown while handling a request into an `ApiError` (unknown errors become a
 * 500 whose message is generic: internal messages may quote request text).
 *
 * @example
 * toApiError(err, 65536).statusCode; // 413 for Fastify's FST_ERR_CTP_BODY_TOO_LARGE
 */
export function toApiError(err: unknown, bodyLimit: number): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { code?: string; statusCode?: number };
  const known = e?.code ? FASTIFY_ERRORS[e.code] : undefined;
  if (known) return known(bodyLimit);
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, 'invalid_request_error', e.code ?? 'bad_request', 'the request was rejected by the HTTP layer; check its headers and body');
  }
  return new ApiError(500, 'server_error', 'internal_error', 'internal server error; the request was not completed (see the audit log entry for the error code)');
}
