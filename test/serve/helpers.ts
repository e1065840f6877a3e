/**
 * Shared setup of the serve tests: an adapter for the embedded model whose B matrices are
 * random (so the fine-tuned answers differ from the base's), key sets, and small HTTP helpers.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel } from '../../sdk/model/loader.js';
import { applyLora } from '../../sdk/train/lora.js';
import { saveAdapter } from '../../sdk/train/peft.js';

export { inProcess, medtune } from '../cli-helpers.js';


export const TINY = 'data/models/medtune-tiny';
export const CLINICIAN = { name: 'alice', role: 'clinician' as const, key: 'alice-key-0123456789' };
export const CLINICIAN2 = { name: 'bob', role: 'clinician' as const, key: 'bob-key-0123456789' };
export const ADMIN = { name: 'ops', role: 'admin' as const, key: 'ops-key-0123456789' };
export const KEYS = [CLINICIAN, CLINICIAN2, ADMIN];

/** A temporary folder. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `medtune-${prefix}-`));

/** Write a LoRA adapter for the embedded model with non-zero B (q_proj, v_proj), return its folder. */
export async function makeAdapter(dir: string): Promise<string> {
  const model = await loadModel(TINY, { template: 'chatml' });
  try {
    const lora = applyLora(model, { r: 4, alpha: 8, targetModules: ['q_proj', 'v_proj'], dropout: 0 });
    let seed = 1;
    for (const layer of lora.layers.values()) layer.B.assign(tf.tidy(() => tf.randomNormal(layer.B.shape, 0, 0.3, 'float32', seed++)));
    await saveAdapter(lora, dir, { baseModelNameOrPath: TINY });
    lora.remove();
  } finally {
    model.dispose();
  }
  return dir;
}

/** Options of `call`. */
export interface CallInit {
  method?: string;
  key?: string;
  /** JSON body (POST unless `method` says otherwise). */
  body?: unknown;
  /** Raw body text instead of JSON. */
  raw?: string;
  type?: string;
  signal?: AbortSignal;
  /** Another fetch (e.g. one that counts requests). */
  fetch?: typeof fetch;
}

/** JSON request with a key; returns status, headers and parsed body. */
export async function call(url: string, init: CallInit = {}) {
  const headers: Record<string, string> = {};
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  const hasBody = init.body !== undefined || init.raw !== undefined;
  if (hasBody) headers['content-type'] = init.type ?? 'application/json';
  const res = await (init.fetch ?? fetch)(url, {
    method: init.method ?? (hasBody ? 'POST' : 'GET'), headers, signal: init.signal,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** Parsed audit log lines. */
export function auditLines(path: string): Record<string, any>[] {
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Poll until `check()` is true (liveness wait, not a timing assertion). */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, seconds = 60, everyMs = 20): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
