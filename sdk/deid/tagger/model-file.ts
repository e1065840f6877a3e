/**
 * The tagger's model file: a small JSON header (what it was trained on, the decision margin of each
 * preset) and the perceptron's non-zero rows, gzipped. Written by scripts/deid-tagger/train.ts,
 * loaded lazily the first time de-identification runs.
 *
 * @example
 * const m = shippedTagger();
 * m.margins.recall; // the margin the `recall` preset decides with
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeFileAtomic } from '../../runtime/fs.js';
import type { DeidPreset } from '../options.js';
import { Perceptron } from './perceptron.js';

/** What the header records. @example const h: TaggerHeader = { format: 1, margins: { recall: 0, balanced: 2 }, trainedOn: [], epochs: 6, seed: 1, ruleDropout: 0.5 }; */
export interface TaggerHeader {
  format: 1;
  margins: Record<DeidPreset, number>;
  /** Names of the annotated sets and their span counts, for the record. */
  trainedOn: { set: string; notes: number; spans: number }[];
  epochs: number;
  seed: number;
  ruleDropout: number;
}

/** A loaded model. @example shippedTagger().model.bits; */
export interface TaggerModel extends TaggerHeader {
  model: Perceptron;
}

const MAGIC = 'MTTAG1\n';
const FILE = new URL('../../../data/deid/tagger/tagger.bin.gz', import.meta.url);

/**
 * Serialise a trained model to the file format (gzip of magic, header length, header, rows, values).
 *
 * @example
 * writeFileSync(path, encodeTagger(header, model));
 */
export function encodeTagger(header: TaggerHeader, model: Perceptron): Buffer {
  const w = model.export();
  const head = Buffer.from(JSON.stringify({ ...header, classes: w.classes, bits: w.bits, rows: w.rows.length }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, head, Buffer.from(w.rows.buffer, w.rows.byteOffset, w.rows.byteLength), Buffer.from(w.values.buffer, w.values.byteOffset, w.values.byteLength)]), { level: 9 });
}

/**
 * Read a model file's bytes; `where` names the file in errors.
 *
 * @example
 * decodeTagger(readFileSync(path), path).margins;
 */
export function decodeTagger(gz: Buffer, where: string): TaggerModel {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${where}: not a medtune tagger model (expected the "MTTAG1" header written by scripts/deid-tagger/train.ts)`);
  const headLen = raw.readUInt32LE(MAGIC.length);
  const at = MAGIC.length + 4;
  const head = JSON.parse(raw.subarray(at, at + headLen).toString('utf8')) as TaggerHeader & { classes: number; bits: number; rows: number };
  if (head.format !== 1) throw new Error(`${where}: tagger format ${String(head.format)}; expected 1`);
  const body = raw.subarray(at + headLen);
  const expected = head.rows * 4 * (1 + head.classes);
  if (body.length !== expected) throw new Error(`${where}: ${body.length} bytes of weights; expected ${expected} for ${head.rows} rows of ${head.classes} classes`);
  // Copy into aligned arrays: the slice of a Buffer need not start on a 4-byte boundary.
  const rows = new Uint32Array(head.rows);
  new Uint8Array(rows.buffer).set(body.subarray(0, head.rows * 4));
  const values = new Float32Array(head.rows * head.classes);
  new Uint8Array(values.buffer).set(body.subarray(head.rows * 4));
  const model = Perceptron.fromWeights({ classes: head.classes, bits: head.bits, rows, values });
  return { format: 1, margins: head.margins, trainedOn: head.trainedOn, epochs: head.epochs, seed: head.seed, ruleDropout: head.ruleDropout, model };
}

/**
 * Write a model file atomically (never over an existing one unless `overwrite`).
 *
 * @example
 * await saveTagger('data/deid/tagger/tagger.bin.gz', header, model, true);
 */
export function saveTagger(path: string, header: TaggerHeader, model: Perceptron, overwrite: boolean): Promise<void> {
  return writeFileAtomic(path, encodeTagger(header, model), { overwrite });
}

let cached: TaggerModel | null = null;

/**
 * The model shipped in data/deid/tagger, loaded once per process.
 *
 * @example
 * shippedTagger().trainedOn.length > 0; // true
 */
export function shippedTagger(): TaggerModel {
  if (cached) return cached;
  let gz: Buffer;
  try {
    gz = readFileSync(FILE);
  } catch (e) {
    throw new Error(`de-identification tagger ${FILE.pathname} could not be read (${(e as Error).message}); expected the file built by scripts/deid-tagger/train.ts`);
  }
  cached = decodeTagger(gz, FILE.pathname);
  return cached;
}
