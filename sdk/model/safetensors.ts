/**
 * safetensors reading and writing (https://huggingface.co/docs/safetensors).
 *
 * Layout: 8-byte little-endian header length N, N bytes of JSON header
 * `{ name: { dtype, shape, data_offsets: [begin, end] }, __metadata__?: {...} }`, then the data.
 * Reading parses only the header up front; each tensor is read from disk on request and
 * converted to float32, so a loader never holds the whole file's raw bytes at once.
 *
 * @example
 * const st = await readSafetensors('ckpt/model.safetensors');
 * const w = await st.read('model.embed_tokens.weight'); // Float32Array
 * await st.close();
 */
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { assertWritable, withPath, type WriteOptions } from '../runtime/fs.js';

/**
 * The floating-point dtypes medtune converts to float32.
 *
 * @example
 * const dt: FloatDtype = 'BF16';
 */
export type FloatDtype = 'F32' | 'F16' | 'BF16';

const BYTES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1 };

/**
 * One tensor's header entry; `offset` is absolute in the file.
 *
 * @example
 * const { dtype, shape }: TensorInfo = st.tensors.get('lm_head.weight')!;
 */
export interface TensorInfo {
  dtype: string;
  shape: number[];
  offset: number;
  byteLength: number;
}

/**
 * An opened safetensors file: header parsed, tensors read lazily.
 *
 * @example
 * const st: SafetensorsFile = await readSafetensors(path); await st.close();
 */
export interface SafetensorsFile {
  readonly path: string;
  readonly metadata: Record<string, string>;
  readonly tensors: Map<string, TensorInfo>;
  /** Read one tensor from disk and convert it to float32 (F32, F16 or BF16). */
  read(name: string): Promise<Float32Array>;
  close(): Promise<void>;
}

let f16Table: Float32Array | undefined;

/** Float32 value of every IEEE half bit pattern, built once (256 KB) so conversion is a lookup. */
function halfTable(): Float32Array {
  if (f16Table) return f16Table;
  const t = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0) t[h] = sign * frac * 2 ** -24;
    else if (exp === 31) t[h] = frac ? NaN : sign * Infinity;
    else t[h] = sign * (1 + frac / 1024) * 2 ** (exp - 15);
  }
  f16Table = t;
  return t;
}

/**
 * Convert raw little-endian bytes of `dtype` to float32.
 *
 * @example
 * toFloat32(new Uint8Array([0, 60]), 'F16'); // Float32Array [1]
 */
export function toFloat32(bytes: Uint8Array, dtype: FloatDtype): Float32Array {
  const n = bytes.byteLength / (dtype === 'F32' ? 4 : 2);
  // Copy when unaligned: typed-array views need aligned offsets.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (dtype === 'F32') return new Float32Array(aligned.buffer, aligned.byteOffset, n).slice();
  const u16 = new Uint16Array(aligned.buffer, aligned.byteOffset, n);
  const out = new Float32Array(n);
  if (dtype === 'F16') {
    const t = halfTable();
    for (let i = 0; i < n; i++) out[i] = t[u16[i]];
  } else {
    const u32 = new Uint32Array(out.buffer);
    for (let i = 0; i < n; i++) u32[i] = u16[i] << 16;
  }
  return out;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function toHalfBits(v: number): number {
  f32[0] = v;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let h = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && h & 1)) h++;
    return sign | h;
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++; // round to nearest even; may carry into exp
  e = h >>> 10;
  return sign | (e >= 31 ? 0x7c00 : h);
}

function toBf16Bits(v: number): number {
  f32[0] = v;
  const x = u32[0];
  if ((x & 0x7f800000) === 0x7f800000 && x & 0x7fffff) return (x >>> 16) | 0x40; // keep NaN a NaN
  const rounded = x + 0x7fff + ((x >>> 16) & 1); // round to nearest even, as torch does
  return (rounded >>> 16) & 0xffff;
}

/**
 * Encode float32 values as little-endian bytes of `dtype` (round to nearest even).
 *
 * @example
 * fromFloat32(new Float32Array([1]), 'BF16'); // Uint8Array [128, 63]
 */
export function fromFloat32(data: Float32Array, dtype: FloatDtype): Uint8Array {
  if (dtype === 'F32') return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  const out = new Uint16Array(data.length);
  const conv = dtype === 'F16' ? toHalfBits : toBf16Bits;
  for (let i = 0; i < data.length; i++) out[i] = conv(data[i]);
  return new Uint8Array(out.buffer);
}

/**
 * Open a safetensors file: reads and validates the header only.
 *
 * @example
 * const st = await readSafetensors('model.safetensors'); [...st.tensors.keys()];
 */
export async function readSafetensors(path: string): Promise<SafetensorsFile> {
  const size = (await stat(path)).size;
  const fh = await open(path, 'r');
  try {
    if (size < 8) throw new Error(`${path}: not a safetensors file (${size} bytes, expected at least 8)`);
    const lenBuf = Buffer.alloc(8);
    await fh.read(lenBuf, 0, 8, 0);
    const headerLen = Number(lenBuf.readBigUInt64LE(0));
    if (headerLen <= 0 || 8 + headerLen > size || headerLen > 100_000_000) {
      throw new Error(`${path}: header length ${headerLen} is impossible for a ${size}-byte file (not safetensors?)`);
    }
    const hbuf = Buffer.alloc(headerLen);
    await fh.read(hbuf, 0, headerLen, 8);
    let header: Record<string, unknown>;
    try {
      header = JSON.parse(hbuf.toString('utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${path}: header is not valid JSON (${(e as Error).message})`);
    }
    if (header === null || typeof header !== 'object' || Array.isArray(header)) {
      throw new Error(`${path}: header is ${header === null ? 'null' : Array.isArray(header) ? 'an array' : `a ${typeof header}`}; expected a JSON object of tensors`);
    }
    const dataStart = 8 + headerLen;
    const tensors = new Map<string, TensorInfo>();
    let metadata: Record<string, string> = {};
    for (const [name, v] of Object.entries(header)) {
      if (name === '__metadata__') {
        metadata = (v ?? {}) as Record<string, string>;
        continue;
      }
      const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
      const bad = (what: string) => new Error(`${path}: tensor "${name}": ${what}`);
      if (typeof e?.dtype !== 'string' || !(e.dtype in BYTES)) throw bad(`unknown dtype ${JSON.stringify(e?.dtype)}`);
      if (!Array.isArray(e.shape) || !e.shape.every((d) => Number.isInteger(d) && d >= 0)) {
        throw bad(`shape ${JSON.stringify(e.shape)} is not a list of non-negative integers`);
      }
      const off = e.data_offsets;
      if (!Array.isArray(off) || off.length !== 2 || !off.every((d) => Number.isInteger(d) && d >= 0) || off[1] < off[0]) {
        throw bad(`data_offsets ${JSON.stringify(off)} is not [begin, end]`);
      }
      const count = (e.shape as number[]).reduce((a, b) => a * b, 1);
      const byteLength = off[1] - off[0];
      if (byteLength !== count * BYTES[e.dtype]) {
        throw bad(`${byteLength} bytes for shape [${e.shape}] ${e.dtype}, expected ${count * BYTES[e.dtype]}`);
      }
      if (dataStart + off[1] > size) throw bad(`data ends at ${dataStart + off[1]} beyond the file size ${size} (truncated?)`);
      tensors.set(name, { dtype: e.dtype, shape: e.shape as number[], offset: dataStart + off[0], byteLength });
    }
    return {
      path,
      metadata,
      tensors,
      async read(name: string): Promise<Float32Array> {
        const info = tensors.get(name);
        if (!info) throw new Error(`${path}: no tensor named "${name}"`);
        if (info.dtype !== 'F32' && info.dtype !== 'F16' && info.dtype !== 'BF16') {
          throw new Error(`${path}: tensor "${name}" has dtype ${info.dtype}; expected F32, F16 or BF16`);
        }
        const buf = new Uint8Array(info.byteLength);
        let done = 0;
        while (done < info.byteLength) {
          const { bytesRead } = await fh.read(buf, done, info.byteLength - done, info.offset + done);
          if (bytesRead === 0) throw new Error(`${path}: unexpected end of file reading "${name}"`);
          done += bytesRead;
        }
        // The buffer is ours and aligned: F32 needs no second copy.
        return info.dtype === 'F32' ? new Float32Array(buf.buffer) : toFloat32(buf, info.dtype);
      },
      close: () => fh.close(),
    };
  } catch (e) {
    await fh.close();
    throw e;
  }
}

/**
 * A tensor to write: float32 values encoded as `dtype`.
 *
 * @example
 * const t: TensorToWrite = { dtype: 'F16', shape: [2], data: new Float32Array([1, 2]) };
 */
export interface TensorToWrite {
  dtype: FloatDtype;
  shape: number[];
  data: Float32Array;
}

/**
 * Write tensors to a safetensors file atomically (temp file + rename; never overwrites unless
 * `overwrite`). Tensors are encoded and written one at a time, so memory stays at one tensor's
 * bytes beyond the inputs.
 *
 * @example
 * await writeSafetensors('adapter/adapter_model.safetensors',
 *   { 'base_model.model.lm_head.lora_A.weight': { dtype: 'F32', shape: [8, 64], data } },
 *   { format: 'pt' }, { overwrite: true });
 */
export async function writeSafetensors(
  path: string,
  tensors: Record<string, TensorToWrite>,
  metadata?: Record<string, string>,
  options: WriteOptions = {},
): Promise<void> {
  assertWritable(path, options);
  const names = Object.keys(tensors).sort();
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let offset = 0;
  for (const name of names) {
    const t = tensors[name];
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) {
      throw new Error(`writeSafetensors ${path}: tensor "${name}" has ${t.data.length} values for shape [${t.shape}] (expected ${count})`);
    }
    if (!(t.dtype in BYTES) || (t.dtype !== 'F32' && t.dtype !== 'F16' && t.dtype !== 'BF16')) {
      throw new Error(`writeSafetensors ${path}: tensor "${name}" has dtype ${JSON.stringify(t.dtype)}; expected F32, F16 or BF16`);
    }
    const byteLength = count * BYTES[t.dtype];
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + byteLength] };
    offset += byteLength;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8); // data section starts 8-byte aligned
  const hbytes = Buffer.from(json, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(hbytes.length), 0);

  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    const fh = await open(tmp, 'w');
    try {
      // write() may write less than asked (e.g. > 2 GB on Linux): loop until every byte is out.
      const writeAll = async (bytes: Uint8Array) => {
        for (let done = 0; done < bytes.byteLength; ) done += (await fh.write(bytes, done, bytes.byteLength - done)).bytesWritten;
      };
      await writeAll(len);
      await writeAll(hbytes);
      for (const name of names) await writeAll(fromFloat32(tensors[name].data, tensors[name].dtype));
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw withPath(e, path);
  }
}
