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
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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
