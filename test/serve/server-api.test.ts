/**
 * `serve()` on the embedded model with an adapter: the official `openai` client (streaming and
 * not), equivalence with `guardedGenerate` on base and fine-tuned, `/diagnose`, reviews,
 * metrics, the client-error cases, a client leaving mid-stream, the kill switch, the audit log
 * (one line per request, no raw text) and tensors back to their baseline.
 */
import * as tf from '@tensorflow/tfjs';
import OpenAI from 'openai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReviewCsv } from '../../sdk/eval/review.js';
import { templateTurnMarkers } from '../../sdk/model/chat-templates.js';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { EDUCATIONAL_DISCLAIMER, EMERGENCY_RESPONSE, guardedGenerate } from '../../sdk/safety/index.js';
import { verifyAuditLog } from '../../sdk/serve/audit-log.js';
import { serve, type ServeHandle } from '../../sdk/serve/server.js';
import { loadAdapter } from '../../sdk/train/peft.js';
import { ADMIN, auditLines, call as callUrl, type CallInit, CLINICIAN, CLINICIAN2, KEYS, makeAdapter, tempDir, TINY, waitFor } from './helpers.js';

let server: ServeHandle;
let dir: string;
let adapterDir: string;
let auditPath: string;
let baseline: number;
// Requests this file sends: each gets an audit line.
let audited = 0;
const countingFetch: typeof fetch = (input, init) => {
  audited++;
  return fetch(input, init);
};

const call = (path: string, init: CallInit = {}) => callUrl(`${server.url}${path}`, { ...init, fetch: countingFetch });

const client = (key: string) => new OpenAI({ baseURL: `${server.url}/v1`, apiKey: key, maxRetries: 0, fetch: countingFetch });
const health = async () => (await (await countingFetch(`${server.url}/healthz`)).json()) as { status: string; queue: { active: boolean; waiting: number } };

beforeAll(async () => {
  await initBackend();
  dir = tempDir('serve-api');
  adapterDir = await makeAdapter(join(dir, 'adapter'));
  auditPath = join(dir, 'audit.jsonl');
  baseline = tf.memory().numTensors;
  server = await serve({
    model: TINY, adapter: adapterDir, port: 0, auditLog: auditPath, apiKeys: KEYS, apiKeyEnv: 'MEDTUNE_TEST_UNSET',
    reviewCsv: join(dir, 'reviews.csv'), rateLimitPerMinute: 10_000,
  });
});
afterAll(async () => {
  await server?.close();
});

describe('serve: OpenAI-compatible API with the official openai client', () => {
  it('lists the fine-tuned and base models and answers chat and text completions, streamed and not', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.templateNotice).toMatch(/no chat template; using chatml/);
    const openai = client(CLINICIAN.key);
    const ids = (await openai.models.list()).data.map((m) => m.id);
    expect(ids).toEqual(['medtune-tiny+adapter', 'medtune-tiny']);

    const req = { model: ids[0], messages: [{ role: 'user' as const, content: 'What is asthma?' }], max_tokens: 8 };
    const whole = await openai.chat.completions.create(req);
    expect(whole.object).toBe('chat.completion');
    const content = whole.choices[0].message.content!;
    expect(content.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(whole.choices[0].finish_reason);
    expect(whole.usage!.completion_tokens).toBeGreaterThan(0);
    expect(whole.usage!.completion_tokens).toBeLessThanOrEqual(8);
    expect(whole.usage!.prompt_tokens).toBeGreaterThan(50); // the safety system prompt is in front
    expect(whole.usage!.total_tokens).toBe(whole.usage!.prompt_tokens + whole.usage!.completion_tokens);

    let streamed = '';
    let usage: OpenAI.CompletionUsage | undefined;
    let finish: string | null = null;
    const stream = await openai.chat.completions.create({ ...req, stream: true, stream_options: { include_usage: true } });
    for await (const chunk of stream) {
      streamed += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(streamed).toBe(content); // greedy: same answer
    expect(finish).toBe(whole.choices[0].finish_reason);
    expect(usage).toEqual(whole.usage);

    const text = await openai.completions.create({ model: 'medtune-tiny', prompt: 'Chest X-ray findings:', max_tokens: 6 });
    expect(text.object).toBe('text_completion');
    expect(text.usage!.completion_tokens).toBeGreaterThan(0);
    let textStreamed = '';
    for await (const c of await openai.completions.create({ model: 'medtune-tiny', prompt: 'Chest X-ray findings:', max_tokens: 6, stream: true })) {
      textStreamed += c.choices[0]?.text ?? '';
    }
    expect(textStreamed).toBe(text.choices[0].text);
  });

  it('answers exactly as guardedGenerate does on the same weights, switching the adapter per request', async () => {
    const local = await loadModel(TINY, { template: 'chatml' });
    const lora = await loadAdapter(local, adapterDir);
    try {
      const messages = [{ role: 'user' as const, content: 'How is pneumonia treated?' }];
      const expected = async (on: boolean) => {
        if (on) lora.enable();
        else lora.disable();
        const r = await guardedGenerate(local, messages, { maxNewTokens: 10, doSample: false, stopStrings: templateTurnMarkers('chatml') });
        return r.text;
      };
      const openai = client(CLINICIAN.key);
      const ask = async (model: string) => (await openai.chat.completions.create({ model, messages, max_tokens: 10, temperature: 0 })).choices[0].message.content;
      const tuned1 = await ask('medtune-tiny+adapter');
      const base1 = await ask('medtune-tiny');
      const tuned2 = await ask('medtune-tiny+adapter');
      const base2 = await ask(TINY); // the --model argument is an alias of the base id
      expect(tuned1).toBe(await expected(true));
      expect(base1).toBe(await expected(false));
      expect(tuned1).not.toBe(base1);
      expect(tuned2).toBe(tuned1);
      expect(base2).toBe(base1);
    } finally {
      lora.remove();
      local.dispose();
    }
  });

  it('refuses bad requests with clear OpenAI-shaped JSON errors', async () => {
    const chat = '/v1/chat/completions';
    const ok = { model: 'medtune-tiny', messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 };
    const cases: [string, Awaited<ReturnType<typeof call>>, number, string, string | null][] = [
      ['malformed JSON', await call(chat, { key: CLINICIAN.key, raw: '{"model": "medtune-tiny", "messages": [' }), 400, 'invalid_json', null],
      ['empty body', await call(chat, { key: CLINICIAN.key, raw: '' }), 400, 'invalid_request', null],
      ['not JSON', await call(chat, { key: CLINICIAN.key, raw: '<a/>', type: 'application/xml' }), 415, 'unsupported_media_type', null],
      ['missing messages', await call(chat, { key: CLINICIAN.key, body: { model: 'medtune-tiny' } }), 400, 'missing_required_parameter', 'messages'],
      ['missing model', await call(chat, { key: CLINICIAN.key, body: { messages: ok.messages } }), 400, 'missing_required_parameter', 'model'],
      ['bad role', await call(chat, { key: CLINICIAN.key, body: { ...ok, messages: [{ role: 'tool', content: 'x' }] } }), 400, 'invalid_value', 'messages.0.role'],
      ['bad temperature', await call(chat, { key: CLINICIAN.key, body: { ...ok, temperature: 5 } }), 400, 'invalid_value', 'temperature'],
      ['n > 1', await call(chat, { key: CLINICIAN.key, body: { ...ok, n: 2 } }), 400, 'invalid_value', 'n'],
      ['unknown field', await call(chat, { key: CLINICIAN.key, body: { ...ok, functions: [] } }), 400, 'unknown_parameter', 'functions'],
      ['oversized body', await call(chat, { key: CLINICIAN.key, body: { ...ok, messages: [{ role: 'user', content: 'x'.repeat(70_000) }] } }), 413, 'request_too_large', null],
      ['unknown model', await call(chat, { key: CLINICIAN.key, body: { ...ok, model: 'gpt-4o' } }), 404, 'model_not_found', 'model'],
      ['max_tokens over the cap', await call(chat, { key: CLINICIAN.key, body: { ...ok, max_tokens: 100_000 } }), 400, 'max_tokens_too_large', 'max_tokens'],
      ['context exceeded', await call(chat, { key: CLINICIAN.key, body: { ...ok, messages: [{ role: 'user', content: 'fever and cough '.repeat(400) }] } }), 400, 'context_length_exceeded', 'messages'],
      ['no key', await call(chat, { body: ok }), 401, 'missing_api_key', null],
      ['bad key', await call(chat, { key: 'not-a-key', body: ok }), 401, 'invalid_api_key', null],
      ['wrong role', await call('/admin/stop', { key: CLINICIAN.key, method: 'POST' }), 403, 'insufficient_role', null],
      ['unknown route', await call('/v2/whatever', { key: CLINICIAN.key }), 404, 'not_found', null],
      ['diagnose without data', await call('/diagnose', { key: CLINICIAN.key, body: {} }), 400, 'missing_required_parameter', 'patient_data'],
    ];
    for (const [what, r, status, code, param] of cases) {
      expect(r.status, what).toBe(status);
      expect(r.headers.get('content-type'), what).toMatch(/^application\/json/);
      expect(r.json?.error, what).toMatchObject({ code, param, type: expect.any(String), message: expect.any(String) });
      expect(r.json.error.message.length, what).toBeGreaterThan(10);
    }
    // No request text is echoed back in errors.
    expect(cases.find(([w]) => w === 'context exceeded')![1].text).not.toContain('fever and cough');
    // The openai client raises its usual exceptions.
    await expect(client('wrong-key').models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(client(CLINICIAN.key).chat.completions.create({ ...ok, model: 'nope' } as never)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('/diagnose scrubs PHI from the input, answers an impression with the disclaimer, and screens emergencies', async () => {
    const r = await call('/diagnose', {
      key: CLINICIAN.key, body: { patient_data: 'John Smith, MRN 48213377, phone 617-555-0142. 58F with two days of fever and right flank pain.', max_tokens: 8 },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ model: 'medtune-tiny+adapter', disclaimer: EDUCATIONAL_DISCLAIMER.trim(), guard: { system_prompt: true, screened: null } });
    expect(typeof r.json.impression).toBe('string');
    expect(r.json.guard.phi_input).toBeGreaterThanOrEqual(3);
    expect(r.json.usage.completion_tokens).toBeGreaterThan(0);
    const e = await call('/diagnose', { key: CLINICIAN.key, body: { patient_data: 'Crushing chest pain for an hour, sweating.' } });
    expect(e.json).toMatchObject({ impression: EMERGENCY_RESPONSE, finish_reason: 'content_filter', guard: { screened: 'chest-pain', action: 'emergency' } });
  });

  it('reviews: a clinician rates their own answers; the CSV round-trips through parseReviewCsv', async () => {
    const openai = client(CLINICIAN.key);
    const answer = await openai.chat.completions.create({ model: 'medtune-tiny+adapter', messages: [{ role: 'user', content: 'What causes anemia?' }], max_tokens: 6 });
    const ratings = { accuracy: 2, safety: 5, clarity: 3, completeness: 1 };
    const saved = await call('/review', { key: CLINICIAN.key, body: { completion_id: answer.id, ratings, comments: '- too short, =no dose' } });
    expect(saved.status).toBe(200);
    expect((await call('/review', { key: CLINICIAN2.key, body: { completion_id: answer.id, ratings } })).json.error.code).toBe('completion_not_found');
    expect((await call('/review', { key: CLINICIAN.key, body: { completion_id: answer.id, ratings: { ...ratings, safety: 6 } } })).json.error.param).toBe('ratings.safety');
    const csv = await call('/review.csv', { key: CLINICIAN.key });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseReviewCsv(csv.text, 'review.csv');
    expect(rows).toEqual([{
      review_id: answer.id, model: 'medtune-tiny+adapter', suite: 'playground', item_id: expect.stringMatching(/^[0-9a-f]{12}$/),
      prompt: 'What causes anemia?', output: answer.choices[0].message.content, reference: '', ratings, comments: '- too short, =no dose',
    }]);
    expect(readFileSync(join(dir, 'reviews.csv'), 'utf8')).toBe(csv.text);
    expect((await call('/review.csv', { key: CLINICIAN2.key })).status).toBe(404);
    expect(parseReviewCsv((await call('/review.csv', { key: ADMIN.key })).text)).toHaveLength(1);
  });

  it('a client that disconnects mid-stream frees its generation; tensors return to the idle count', async () => {
    const idle = tf.memory().numTensors;
    const ac = new AbortController();
    // Headers arrive with the first released sentence, so do not wait for them: wait for the model to run.
    const pending = countingFetch(`${server.url}/v1/chat/completions`, {
      method: 'POST', signal: ac.signal,
      headers: { authorization: `Bearer ${CLINICIAN.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'medtune-tiny', messages: [{ role: 'user', content: 'Describe the findings.' }], max_tokens: 300, temperature: 1, seed: 3, stream: true }),
    }).then(async (res) => {
      const reader = res.body!.getReader();
      for (;;) if ((await reader.read()).done) return 'ended';
    }).catch((e: Error) => e.name);
    await waitFor(async () => (await health()).queue.active, 'the generation to start');
    ac.abort();
    expect(await pending).toBe('AbortError');
    await waitFor(async () => !(await health()).queue.active, 'the generation to stop');
    expect(tf.memory().numTensors).toBe(idle);
    await waitFor(() => auditLines(auditPath).some((l) => l.status === 499), 'the audit line of the aborted request');
    const line = auditLines(auditPath).find((l) => l.status === 499)!;
    expect(line).toMatchObject({ route: '/v1/chat/completions', error: 'client_closed', key: 'alice' });
    const after = await client(CLINICIAN.key).chat.completions.create({ model: 'medtune-tiny', messages: [{ role: 'user', content: 'Next?' }], max_tokens: 3 });
    expect(after.choices[0].message.content).toBeTypeOf('string');
    expect(tf.memory().numTensors).toBe(idle);
  });

  it('/metrics exposes requests, latency, tokens, tokens/s, refusals and rejections in Prometheus text', async () => {
    expect((await call('/metrics')).status).toBe(401);
    const m = await call('/metrics', { key: CLINICIAN.key });
    expect(m.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const re of [
      /^medtune_requests_total\{route="\/v1\/chat\/completions",status="200"\} \d+$/m,
      /^medtune_requests_total\{route="\/v1\/chat\/completions",status="400"\} \d+$/m,
      /^medtune_request_duration_seconds_bucket\{le="0\.5",route="\/v1\/chat\/completions"\} \d+$/m,
      /^medtune_tokens_total\{kind="completion"\} [1-9]\d*$/m,
      /^medtune_generation_tokens_per_second_count [1-9]\d*$/m,
      /^medtune_guard_refusals_total\{action="emergency",rule="chest-pain"\} 1$/m,
      /^medtune_rejections_total\{reason="auth"\} [1-9]\d*$/m,
      /^medtune_tf_tensors \d+$/m,
      /^medtune_process_resident_memory_bytes \d+$/m,
      /^medtune_stopped 0$/m,
    ]) expect(m.text).toMatch(re);
  });

  it('the kill switch refuses new generations until restart; other routes keep working', async () => {
    const stop = await call('/admin/stop', { key: ADMIN.key, method: 'POST' });
    expect(stop.status).toBe(200);
    expect(server.stopped).toBe(true);
    const refused = await call('/v1/chat/completions', { key: CLINICIAN.key, body: { model: 'medtune-tiny', messages: [{ role: 'user', content: 'hi' }] } });
    expect(refused.status).toBe(503);
    expect(refused.json.error.code).toBe('service_stopped');
    const h = await countingFetch(`${server.url}/healthz`);
    expect(h.status).toBe(503);
    expect(((await h.json()) as { status: string }).status).toBe('stopped');
    expect((await call('/v1/models', { key: CLINICIAN.key })).status).toBe(200);
    expect((await call('/metrics', { key: ADMIN.key })).text).toMatch(/^medtune_stopped 1$/m);
  });

  it('the audit log has one chained line per request, with token counts and guard decisions but no request text', async () => {
    await waitFor(() => auditLines(auditPath).length >= audited, 'every audit line');
    const lines = auditLines(auditPath);
    expect(lines).toHaveLength(audited);
    expect(verifyAuditLog(auditPath)).toMatchObject({ ok: true, lines: audited });
    const raw = readFileSync(auditPath, 'utf8');
    for (const secret of ['asthma', 'John Smith', '617-555-0142', 'anemia', 'pneumonia', CLINICIAN.key]) expect(raw).not.toContain(secret);
    const ok = lines.filter((l) => l.route === '/v1/chat/completions' && l.status === 200);
    expect(ok.length).toBeGreaterThan(5);
    for (const l of ok) {
      expect(l).toMatchObject({ key: expect.any(String), role: expect.any(String), method: 'POST', latency_ms: expect.any(Number), model: expect.any(String) });
      expect(l.completion_tokens).toBeGreaterThan(0);
      expect(l.guard).toMatchObject({ system_prompt: true, disclaimer: expect.any(Boolean), phi_input: expect.any(Number) });
    }
    expect(lines.find((l) => l.route === '/diagnose' && l.guard?.phi_input >= 3)).toBeDefined();
    expect(lines.filter((l) => l.error === 'invalid_api_key').length).toBeGreaterThanOrEqual(2);
  });

  it('close() frees the model: tensors back to the count before the server started', async () => {
    await server.close();
    expect(tf.memory().numTensors).toBe(baseline);
    expect(verifyAuditLog(auditPath).ok).toBe(true);
  });
});
