/**
 * Saving: JSONL files (one record per line with Alpaca fields and `messages` for trainable
 * records) plus manifest.json (counts, step history, sha256 of every file; no record text),
 * written atomically and never over existing files unless `overwrite` is given.
 *
 * @example
 * await saveRecords('out/data', { train, val, test }, { history }, { overwrite: true });
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { assertWritable, writeFileAtomic, writeJsonAtomic, type WriteOptions } from '../runtime/fs.js';
import { computeStats } from './stats.js';
import { toChatMessages, type DataRecord } from './records.js';

/**
 * One JSONL line object: the record, plus `messages` for instruction/chat records, plus Alpaca
 * fields (`instruction`, `input`, `output`, `system`) derived for chat records.
 *
 * @example
 * toJsonlObject(instructionRecord).messages.length; // 2 or 3
 */
export function toJsonlObject(r: DataRecord): Record<string, unknown> {
  if (r.kind === 'instruction') return { ...r, messages: toChatMessages(r) };
  if (r.kind === 'chat') {
    const system = r.messages.find((m) => m.role === 'system')?.content;
    const lastUser = r.messages.map((m) => m.role).lastIndexOf('user');
    const lastAssistant = r.messages.map((m) => m.role).lastIndexOf('assistant');
    // Earlier turns become the Alpaca `input` so the pair still reads as one example.
    const earlier = r.messages.slice(0, Math.max(0, lastUser)).filter((m) => m.role !== 'system');
    return {
      ...r,
      ...(system ? { system } : {}),
      instruction: lastUser >= 0 ? r.messages[lastUser].content : '',
      input: earlier.map((m) => `${m.role}: ${m.content}`).join('\n'),
      output: lastAssistant >= 0 ? r.messages[lastAssistant].content : '',
    };
  }
  return { ...r };
}

/** One written file in the manifest: record count, size and checksum. @example manifest.files['train.jsonl'].sha256; */
export interface SavedFile {
  records: number;
  bytes: number;
  sha256: string;
}

/** manifest.json: files, stats and step history; never record text. @example const m: Manifest = await saveRecords(dir, parts, {}); */
export interface Manifest {
  format: 'medtune-dataset';
  version: 1;
  createdAt: string;
  files: Record<string, SavedFile>;
  stats: Record<string, ReturnType<typeof computeStats>>;
  [extra: string]: unknown;
}

/**
 * Write each named part to `<dir>/<name>.jsonl` and a manifest. All targets are checked before
 * anything is written, so a refused save leaves the folder as it was.
 *
 * @example
 * const manifest = await saveRecords('out/splits', { train: a, val: b, test: c }, { history: [] });
 */
export async function saveRecords(
  dir: string,
  parts: Record<string, readonly DataRecord[]>,
  extra: Record<string, unknown>,
  options: WriteOptions = {},
): Promise<Manifest> {
  const names = Object.keys(parts);
  if (names.every((n) => parts[n].length === 0)) {
    // Empty files would "succeed" and train on nothing; name the step where the records went.
    const steps = Array.isArray(extra.history) ? (extra.history as { step: string; output: number }[]).map((h) => `${h.step} ${h.output}`).join(' -> ') : '';
    throw new Error(`${dir}: no usable records to save (${names.map((n) => `${n} 0`).join(', ')}${steps ? `; records after each step: ${steps}` : ''}); expected at least one record`);
  }
  for (const n of names) assertWritable(join(dir, `${n}.jsonl`), options);
  assertWritable(join(dir, 'manifest.json'), options);
  const files: Record<string, SavedFile> = {};
  const stats: Manifest['stats'] = {};
  for (const n of names) {
    const body = parts[n].map((r) => JSON.stringify(toJsonlObject(r))).join('\n') + (parts[n].length ? '\n' : '');
    const bytes = Buffer.from(body, 'utf8');
    await writeFileAtomic(join(dir, `${n}.jsonl`), bytes, options);
    files[`${n}.jsonl`] = { records: parts[n].length, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    stats[n] = computeStats(parts[n]);
  }
  const manifest: Manifest = { format: 'medtune-dataset', version: 1, createdAt: new Date().toISOString(), files, stats, ...extra };
  await writeJsonAtomic(join(dir, 'manifest.json'), manifest, options);
  return manifest;
}
