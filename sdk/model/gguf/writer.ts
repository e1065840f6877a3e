/**
 * The GGUF container (version 3), written the way llama.cpp's gguf-py writes it.
 *
 * Layout, all little-endian: magic `GGUF`, version u32, tensor count u64, key/value count u64;
 * the key/value pairs (key string, value type u32, value); one info block per tensor (name,
 * number of dims u32, dims as u64 innermost first, ggml type u32, data offset u64); zero padding
 * to the alignment (32 bytes); then the tensor data, each tensor padded to the alignment. Strings
 * are a u64 byte length followed by UTF-8 bytes, without a terminator.
 *
 * Tensor shapes are given in row-major order (`[out, in]`, as in a Hugging Face checkpoint and
 * numpy); they are reversed on write, so ggml sees `ne = [in, out]` as it expects.
 *
 * @example
 * await writeGguf('out/model.gguf', {
 *   kv: [{ key: 'general.architecture', type: 'string', value: 'llama' }],
 *   tensors: [{ name: 'output_norm.weight', shape: [128], type: 'F32', bytes: async () => f32Bytes }],
 * });
 */
import { assertWritable, writeChunksAtomic, type WriteOptions } from '../../runtime/fs.js';

/** GGUF format version written (the current one, read by every llama.cpp since August 2023). @example GGUF_VERSION === 3; */
export const GGUF_VERSION = 3;
/** Default data alignment; llama.cpp assumes it when `general.alignment` is absent. @example offset % GGUF_ALIGNMENT === 0; */
export const GGUF_ALIGNMENT = 32;
const MAGIC = 0x46554747; // "GGUF" read as a little-endian u32

/**
 * ggml tensor types medtune writes, with their ggml enum values and block geometry.
 *
 * @example
 * GGML_TYPES.Q8_0; // { id: 8, blockSize: 32, blockBytes: 34 }
 */
export const GGML_TYPES = {
  F32: { id: 0, blockSize: 1, blockBytes: 4 },
  F16: { id: 1, blockSize: 1, blockBytes: 2 },
  Q8_0: { id: 8, blockSize: 32, blockBytes: 34 },
} as const;
/** @example const t: GgmlType = 'Q8_0'; */
export type GgmlType = keyof typeof GGML_TYPES;

/** GGUF metadata value types (gguf-py `GGUFValueType`). */
const VALUE_TYPES = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 } as const;
/** A scalar metadata type. @example const t: GgufScalarType = 'u32'; */
export type GgufScalarType = Exclude<keyof typeof VALUE_TYPES, 'array'>;

/**
 * One metadata entry. Arrays carry their element type; integers beyond 2^53 are not needed here.
 *
 * @example
 * const kv: GgufKv = { key: 'tokenizer.ggml.scores', type: 'array', itemType: 'f32', value: [0, -1] };
 */
export type GgufKv =
  | { key: string; type: 'string'; value: string }
  | { key: string; type: 'bool'; value: boolean }
  | { key: string; type: Exclude<GgufScalarType, 'string' | 'bool'>; value: number }
  | { key: string; type: 'array'; itemType: 'string'; value: readonly string[] }
  | { key: string; type: 'array'; itemType: Exclude<GgufScalarType, 'string' | 'bool'>; value: ArrayLike<number> };

/**
 * One tensor: its GGUF name, row-major shape, storage type, and a function producing its bytes
 * (called once, in order, while writing, so only one tensor's bytes exist at a time).
 *
 * @example
 * const t: GgufTensor = { name: 'blk.0.attn_q.weight', shape: [128, 128], type: 'F16', bytes: () => encode() };
 */
export interface GgufTensor {
  name: string;
  shape: readonly number[];
  type: GgmlType;
  bytes(): Promise<Uint8Array> | Uint8Array;
}

/**
 * Everything a GGUF file holds, before it is written.
 *
 * @example
 * const plan: GgufPlan = { kv: [], tensors: [] };
 */
export interface GgufPlan {
  kv: GgufKv[];
  tensors: GgufTensor[];
}

/**
 * Bytes a tensor of `shape` takes in `type` (the innermost dimension must fill whole blocks).
 *
 * @example
 * ggmlTensorBytes([2, 64], 'Q8_0'); // 136: 2 rows x 2 blocks x 34 bytes
 */
export function ggmlTensorBytes(shape: readonly number[], type: GgmlType): number {
  const t = GGML_TYPES[type];
  const row = shape[shape.length - 1] ?? 1;
  if (row % t.blockSize !== 0) throw new Error(`a ${type} tensor needs rows that are a multiple of ${t.blockSize}; found a row of ${row}`);
  const count = shape.reduce((a, b) => a * b, 1);
  return (count / t.blockSize) * t.blockBytes;
}

const pad = (n: number, align: number) => Math.ceil(n / align) * align;

/** Accumulates little-endian bytes in growing chunks. */
class ByteSink {
  private chunks: Buffer[] = [];
  private cur = Buffer.alloc(1 << 16);
  private pos = 0;
  length = 0;

  private room(n: number): void {
    if (this.pos + n <= this.cur.length) return;
    this.chunks.push(this.cur.subarray(0, this.pos));
    this.cur = Buffer.alloc(Math.max(1 << 16, n));
    this.pos = 0;
  }
  u32(v: number): void {
    this.room(4);
    this.cur.writeUInt32LE(v, this.pos);
    this.pos += 4;
    this.length += 4;
  }
  u64(v: number): void {
    this.room(8);
    this.cur.writeBigUInt64LE(BigInt(v), this.pos);
    this.pos += 8;
    this.length += 8;
  }
  scalar(type: GgufScalarType, v: number | boolean | string): void {
    if (type === 'string') return this.str(v as string);
    const size = { u8: 1, i8: 1, bool: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, u64: 8, i64: 8, f64: 8 }[type];
    this.room(size);
    const b = this.cur;
    const p = this.pos;
    const n = v as number;
    switch (type) {
      case 'u8': b.writeUInt8(n, p); break;
      case 'i8': b.writeInt8(n, p); break;
      case 'bool': b.writeUInt8(v ? 1 : 0, p); break;
      case 'u16': b.writeUInt16LE(n, p); break;
      case 'i16': b.writeInt16LE(n, p); break;
      case 'u32': b.writeUInt32LE(n, p); break;
      case 'i32': b.writeInt32LE(n, p); break;
      case 'f32': b.writeFloatLE(n, p); break;
      case 'u64': b.writeBigUInt64LE(BigInt(n), p); break;
      case 'i64': b.writeBigInt64LE(BigInt(n), p); break;
      case 'f64': b.writeDoubleLE(n, p); break;
    }
    this.pos += size;
    this.length += size;
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.raw(bytes);
  }
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.cur.set(bytes, this.pos);
    this.pos += bytes.length;
    this.length += bytes.length;
  }
  zeros(n: number): void {
    this.raw(new Uint8Array(n));
  }
  done(): Buffer {
    return Buffer.concat([...this.chunks, this.cur.subarray(0, this.pos)]);
  }
}

function checkKv(kv: GgufKv): void {
  const bad = (what: string) => new Error(`GGUF metadata "${kv.key}": ${what}`);
  if (!kv.key) throw new Error('GGUF metadata: empty key');
  const ints: Record<string, [number, number]> = {
    u8: [0, 0xff], i8: [-0x80, 0x7f], u16: [0, 0xffff], i16: [-0x8000, 0x7fff],
    u32: [0, 0xffffffff], i32: [-0x80000000, 0x7fffffff], u64: [0, Number.MAX_SAFE_INTEGER], i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  };
  const checkNum = (type: string, v: number, where = '') => {
    if (typeof v !== 'number' || Number.isNaN(v)) throw bad(`${where}found ${typeof v}, expected a ${type} number`);
    const range = ints[type];
    if (range && (!Number.isInteger(v) || v < range[0] || v > range[1])) throw bad(`${where}${v} does not fit ${type}`);
  };
  if (kv.type === 'array') {
    if (kv.itemType !== 'string') for (let i = 0; i < kv.value.length; i++) checkNum(kv.itemType, kv.value[i], `item ${i}: `);
  } else if (kv.type !== 'string' && kv.type !== 'bool') checkNum(kv.type, kv.value);
}

/**
 * The header bytes (magic through tensor infos, padded to the alignment) and each tensor's
 * offset and size; exported for tests of the layout.
 *
 * @example
 * const { header, sizes } = ggufHeader(plan); header.length % 32; // 0
 */
export function ggufHeader(plan: GgufPlan, alignment = GGUF_ALIGNMENT): { header: Buffer; offsets: number[]; sizes: number[] } {
  const names = new Set<string>();
  const keys = new Set<string>();
  const sink = new ByteSink();
  sink.u32(MAGIC);
  sink.u32(GGUF_VERSION);
  sink.u64(plan.tensors.length);
  sink.u64(plan.kv.length);
  for (const kv of plan.kv) {
    if (keys.has(kv.key)) throw new Error(`GGUF metadata: key "${kv.key}" appears twice`);
    keys.add(kv.key);
    checkKv(kv);
    sink.str(kv.key);
    sink.u32(VALUE_TYPES[kv.type]);
    if (kv.type === 'array') {
      sink.u32(VALUE_TYPES[kv.itemType]);
      sink.u64(kv.value.length);
      for (let i = 0; i < kv.value.length; i++) sink.scalar(kv.itemType, kv.value[i]);
    } else sink.scalar(kv.type, kv.value);
  }
  const offsets: number[] = [];
  const sizes: number[] = [];
  let offset = 0;
  for (const t of plan.tensors) {
    if (names.has(t.name)) throw new Error(`GGUF tensor "${t.name}" appears twice`);
    names.add(t.name);
    if (!t.shape.length || t.shape.some((d) => !Number.isInteger(d) || d <= 0)) {
      throw new Error(`GGUF tensor "${t.name}": shape [${t.shape}] must be positive integers`);
    }
    const size = ggmlTensorBytes(t.shape, t.type);
    sink.str(t.name);
    sink.u32(t.shape.length);
    for (let i = t.shape.length - 1; i >= 0; i--) sink.u64(t.shape[i]); // ggml order: innermost first
    sink.u32(GGML_TYPES[t.type].id);
    sink.u64(offset);
    offsets.push(offset);
    sizes.push(size);
    offset += pad(size, alignment);
  }
  sink.zeros(pad(sink.length, alignment) - sink.length);
  return { header: sink.done(), offsets, sizes };
}

/** Progress of `writeGguf`. @example const p: GgufWriteProgress = { tensorsDone: 3, tensorsTotal: 40, bytesDone: 1e6 }; */
export interface GgufWriteProgress {
  tensorsDone: number;
  tensorsTotal: number;
  bytesDone: number;
}

/**
 * Write `plan` to `path` atomically (temporary file beside it, then rename; refused if `path`
 * exists unless `overwrite`). Each tensor's bytes are produced, checked against its declared
 * size, written and dropped before the next. Resolves to the file size.
 *
 * @example
 * const bytes = await writeGguf('out/tiny.gguf', plan, { overwrite: true });
 */
export async function writeGguf(
  path: string,
  plan: GgufPlan,
  options: WriteOptions & { onProgress?: (p: GgufWriteProgress) => void } = {},
): Promise<number> {
  assertWritable(path, options);
  const { header, sizes } = ggufHeader(plan);
  let written = 0;
  return writeChunksAtomic(
    path,
    async (write) => {
      const out = async (bytes: Uint8Array) => {
        await write(bytes);
        written += bytes.byteLength;
      };
      await out(header);
      for (let i = 0; i < plan.tensors.length; i++) {
        const t = plan.tensors[i];
        const bytes = await t.bytes();
        if (bytes.byteLength !== sizes[i]) {
          throw new Error(`GGUF tensor "${t.name}": produced ${bytes.byteLength} bytes, its ${t.type} shape [${t.shape}] needs ${sizes[i]}`);
        }
        await out(bytes);
        const padding = pad(bytes.byteLength, GGUF_ALIGNMENT) - bytes.byteLength;
        if (padding) await out(new Uint8Array(padding));
        options.onProgress?.({ tensorsDone: i + 1, tensorsTotal: plan.tensors.length, bytesDone: written });
      }
    },
    options,
  );
}
