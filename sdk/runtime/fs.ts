/**
 * File output that is atomic and never overwrites by accident.
 *
 * Every writer in medtune goes through these helpers: the content lands in a temporary file
 * beside the target and is renamed into place, so a crash never leaves half a file, and an
 * existing target is only replaced when the caller said so.
 *
 * @example
 * await writeFileAtomic('out/train.jsonl', lines.join('\n'), { overwrite: false });
 */
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface WriteOptions {
  /** Replace an existing file. Off by default: results are expensive to recompute. */
  overwrite?: boolean;
}

/** Thrown when a target exists and `overwrite` was not given. */
export class ExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; pass overwrite: true (CLI: --force) to replace it`);
    this.name = 'ExistsError';
  }
}

/** Fail early, before any expensive work, if `path` exists and overwriting was not asked for. */
export function assertWritable(path: string, options: WriteOptions = {}): void {
  if (!options.overwrite && existsSync(path)) throw new ExistsError(path);
}

/**
 * Write `data` to `path` atomically (temp file + rename), creating parent folders.
 *
 * @example
 * await writeFileAtomic('adapter/adapter_config.json', JSON.stringify(cfg), { overwrite: true });
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  assertWritable(path, options);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Write `data` as pretty JSON atomically.
 *
 * @example
 * await writeJsonAtomic('out/manifest.json', { counts }, { overwrite: true });
 */
export function writeJsonAtomic(path: string, data: unknown, options: WriteOptions = {}): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, options);
}

/**
 * Write a file atomically from a producer that streams its bytes, for outputs too large to hold
 * in memory at once (model weights). `produce` calls `write` as often as it likes; every byte
 * lands in a temporary file beside `path`, renamed into place only when `produce` resolves (and
 * removed if it throws). Resolves to the number of bytes written.
 *
 * @example
 * await writeChunksAtomic('out/model.gguf', async (write) => { await write(header); await write(data); }, { overwrite: true });
 */
export async function writeChunksAtomic(
  path: string,
  produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
  options: WriteOptions = {},
): Promise<number> {
  assertWritable(path, options);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  let written = 0;
  try {
    const fh = await open(tmp, 'w');
    try {
      await produce(async (bytes) => {
        // write() may write less than asked (e.g. > 2 GB on Linux): loop until every byte is out.
        for (let done = 0; done < bytes.byteLength; ) done += (await fh.write(bytes, done, bytes.byteLength - done)).bytesWritten;
        written += bytes.byteLength;
      });
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return written;
}
