/**
 * TensorBoard event files (`report_to: tensorboard`), written without TensorFlow: a TFRecord
 * stream (length, masked CRC-32C, payload, masked CRC-32C) of `Event` protocol buffers holding
 * scalar summaries, under the tags Hugging Face's TensorBoard callback uses (`train/loss`,
 * `train/learning_rate`, `train/grad_norm`, `train/epoch`, `eval/loss`).
 *
 * @example
 * await writeTensorboardEvents('out/lora/runs', [{ step: 10, wallTime: 1.7e9, scalars: { 'train/loss': 1.9 } }]);
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../runtime/fs.js';
import type { HistoryEntry } from './checkpoint.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    // CRC-32C (Castagnoli) polynomial, reflected.
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32C of `bytes`.
 *
 * @example
 * crc32c(new TextEncoder().encode('123456789')); // 0xe3069283
 */
export function crc32c(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const masked = (crc: number) => ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}

const key = (field: number, wire: number) => varint((field << 3) | wire);
const bytesField = (field: number, b: Uint8Array | number[]) => [...key(field, 2), ...varint(b.length), ...b];

/** One scalar event. @example const e: ScalarEvent = { step: 1, wallTime: 1.7e9, scalars: { 'train/loss': 2 } }; */
export interface ScalarEvent {
  step: number;
  /** Seconds since the epoch. */
  wallTime: number;
  scalars: Record<string, number>;
}

/** An `Event` message: wall_time (1, double), step (2, int64), file_version (3) or summary (5). */
function eventBytes(wallTime: number, step: number, body: { fileVersion?: string; scalars?: Record<string, number> }): Uint8Array {
  const wt = new Uint8Array(8);
  new DataView(wt.buffer).setFloat64(0, wallTime, true);
  const out = [...key(1, 1), ...wt, ...key(2, 0), ...varint(step)];
  if (body.fileVersion) out.push(...bytesField(3, new TextEncoder().encode(body.fileVersion)));
  if (body.scalars) {
    // Summary { repeated Value value = 1 }, Value { string tag = 1; float simple_value = 2 }.
    const values = Object.entries(body.scalars).flatMap(([tag, v]) => {
      const f = new Uint8Array(4);
      new DataView(f.buffer).setFloat32(0, v, true);
      return bytesField(1, [...bytesField(1, new TextEncoder().encode(tag)), ...key(2, 5), ...f]);
    });
    out.push(...bytesField(5, values));
  }
  return Uint8Array.from(out);
}

/** One TFRecord: uint64 length, masked CRC of the length, payload, masked CRC of the payload. */
function record(data: Uint8Array): Uint8Array {
  const head = new Uint8Array(12);
  const dv = new DataView(head.buffer);
  dv.setBigUint64(0, BigInt(data.length), true);
  dv.setUint32(8, masked(crc32c(head.subarray(0, 8))), true);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, masked(crc32c(data)), true);
  return Uint8Array.from([...head, ...data, ...tail]);
}

/**
 * The bytes of an event file: the version record, then one record per event.
 *
 * @example
 * tfeventsBytes([{ step: 1, wallTime: 0, scalars: { 'train/loss': 2 } }]).length > 0; // true
 */
export function tfeventsBytes(events: ScalarEvent[], startTime = Date.now() / 1000): Uint8Array {
  const parts = [record(eventBytes(startTime, 0, { fileVersion: 'brain.Event:2' })), ...events.map((e) => record(eventBytes(e.wallTime, e.step, { scalars: e.scalars })))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Scalar events of a training history, with Hugging Face's tag names.
 *
 * @example
 * historyEvents(result.history, Date.now() / 1000)[0].scalars['train/loss'];
 */
export function historyEvents(history: HistoryEntry[], wallTime: number): ScalarEvent[] {
  return history.map((h) => {
    const scalars: Record<string, number> = {};
    if (h.loss !== undefined) scalars['train/loss'] = h.loss;
    if (h.lr !== undefined) scalars['train/learning_rate'] = h.lr;
    if (h.gradNorm !== undefined) scalars['train/grad_norm'] = h.gradNorm;
    if (h.evalLoss !== undefined) scalars['eval/loss'] = h.evalLoss;
    scalars['train/epoch'] = h.epoch;
    return { step: h.step, wallTime, scalars };
  });
}

/**
 * Write `events.out.tfevents.<time>.<host>` into `dir` (TensorBoard reads every such file there).
 *
 * @example
 * await writeTensorboardEvents('out/lora/runs', historyEvents(history, Date.now() / 1000));
 */
export async function writeTensorboardEvents(dir: string, events: ScalarEvent[]): Promise<string> {
  const now = Date.now() / 1000;
  const path = join(dir, `events.out.tfevents.${Math.floor(now)}.${hostname()}`);
  await writeFileAtomic(path, tfeventsBytes(events, now));
  return path;
}
