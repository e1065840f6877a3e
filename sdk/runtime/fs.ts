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
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statfsSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { cp, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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

/**
 * Fail early, before any expensive work, if `path` exists and overwriting was not asked for, or
 * if it is not a regular file at all (see {@link assertKind}), which no option allows replacing.
 *
 * @example
 * assertWritable('out/clean.jsonl', { overwrite: true }); // throws for '/dev/full' or a folder
 */
export function assertWritable(path: string, options: WriteOptions = {}): void {
  assertKind(path, 'file');
  if (!options.overwrite && existsSync(path)) throw new ExistsError(path);
}

function kindOf(st: Stats): string {
  if (st.isFile()) return 'a regular file';
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Refuse a `path` that exists as something other than `want` (a regular file, or a folder for
 * staged outputs), following symlinks. Outputs are renamed into place, so writing to `/dev/full`
 * or a FIFO would replace the device node or pipe with a file, and a folder cannot be replaced
 * by one at all; a symlink to a regular file is fine (the link is replaced, as `overwrite` asks).
 *
 * @example
 * assertKind('/dev/full', 'file'); // throws "/dev/full: is a character device, expected a regular file ..."
 */
export function assertKind(path: string, want: 'file' | 'folder'): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return; // nothing there (or a dangling link, which the rename replaces): nothing to lose
  }
  if (want === 'file' ? st.isFile() : st.isDirectory()) return;
  const link = lstatSync(path).isSymbolicLink() ? ` (symbolic link to ${realpathSync(path)})` : '';
  const expected = want === 'file' ? 'a regular file (or a path that does not exist yet)' : 'a folder (or a path that does not exist yet)';
  throw new Error(`${path}: is ${kindOf(st)}${link}, expected ${expected}; choose another output path`);
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
    throw withPath(e, path);
  }
}

const FS_CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied (the folder is not writable)',
  EPERM: 'operation not permitted (the folder is not writable)',
};

/**
 * The same error with the path in front and the cause in words (Node's ENOSPC message names no
 * file); errors that already name `path` are returned as they are.
 *
 * @example
 * throw withPath(e, 'out/lora/metrics.jsonl'); // "out/lora/metrics.jsonl: no space left on the device (ENOSPC)"
 */
export function withPath(e: unknown, path: string): Error {
  const err = e as NodeJS.ErrnoException;
  if (!(err instanceof Error) || err.message.includes(path)) return err as Error;
  const cause = err.code && FS_CAUSES[err.code] ? `${FS_CAUSES[err.code]} (${err.code})` : err.message;
  const out = new Error(`${path}: ${cause}`) as NodeJS.ErrnoException;
  out.code = err.code;
  return out;
}

// statfs f_type of pseudo file systems (linux/magic.h): proc, sysfs, devpts, cgroup, cgroup2,
// debugfs, tracefs, securityfs, pstore, bpf, configfs, devtmpfs has tmpfs' magic and is caught by path.
const PSEUDO_FS = new Set([0x9fa0, 0x62656572, 0x1cd1, 0x27e0eb, 0x63677270, 0x64626720, 0x74726163, 0x73636673, 0x6165676c, 0xcafe4a11, 0x62656570]);
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * Refuse output paths on pseudo file systems (/proc, /sys, /dev: writes there hang, fail oddly
 * or reach devices) before anything is written.
 *
 * @example
 * assertRealFilesystem('/proc/out'); // throws "/proc/out: ... pseudo file system ..."
 */
export function assertRealFilesystem(path: string): void {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  const real = realpathSync(p);
  const onPseudo = PSEUDO_ROOTS.some((r) => real === r || real.startsWith(`${r}/`)) || PSEUDO_FS.has(statfsSync(real).type);
  if (onPseudo) throw new Error(`${path}: is on a pseudo file system (${real}); expected a folder on a disk (not under /proc, /sys or /dev)`);
}

/** A staged output folder: write into `dir`, then `commit()` moves it into place. */
export interface StagedDir {
  /** The temporary folder to write into. */
  dir: string;
  /** The final folder. */
  target: string;
  /** Move `dir` to `target` (replacing it when the stage was opened with `overwrite`). */
  commit(): Promise<void>;
  /** Remove `dir` and everything in it. */
  abort(): Promise<void>;
}

const STAGE_MARK = '.medtune-staging';

/**
 * Open a staging folder beside `target` so a run that fails never leaves a half-written
 * `target` behind: everything is written to `<target>.partial`, which replaces `target` only at
 * the end. Checks, before any expensive work: the path is on a real file system, its parent is
 * writable, and `target` does not exist unless `overwrite` (or `keep`, to continue a run whose
 * files are copied into the stage first). A stage left by a killed run is removed.
 *
 * @example
 * const stage = await stageDir('out/lora', { overwrite: false });
 * await writeJsonAtomic(join(stage.dir, 'x.json'), {}); await stage.commit();
 */
export async function stageDir(target: string, opts: { overwrite?: boolean; keep?: boolean } = {}): Promise<StagedDir> {
  assertRealFilesystem(target);
  assertKind(target, 'folder');
  const abs = resolve(target);
  if (existsSync(abs) && !opts.overwrite && !opts.keep && readdirSync(abs).length > 0) {
    throw new ExistsError(target);
  }
  const dir = join(dirname(abs), `${basename(abs)}.partial`);
  if (existsSync(dir)) {
    const mark = join(dir, STAGE_MARK);
    const pid = existsSync(mark) ? Number(readFileSync(mark, 'utf8')) : NaN;
    let alive = false;
    try {
      alive = Number.isInteger(pid) && pid !== process.pid && process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`${target}: another run (pid ${pid}) is writing it (${dir}); wait for it or choose another output_dir`);
    if (!existsSync(mark)) throw new Error(`${dir}: exists and was not made by medtune; remove or rename it`);
    rmSync(dir, { recursive: true, force: true });
  }
  try {
    mkdirSync(dirname(abs), { recursive: true });
    if (opts.keep && existsSync(abs)) await cp(abs, dir, { recursive: true });
    else mkdirSync(dir);
    writeFileSync(join(dir, STAGE_MARK), String(process.pid));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'EROFS' || err.code === 'EPERM') {
      throw new Error(`${target}: cannot write in ${dirname(abs)}: the folder is not writable (${err.code})`);
    }
    throw withPath(e, dir);
  }
  return {
    dir,
    target,
    async commit() {
      await rm(join(dir, STAGE_MARK), { force: true });
      if (existsSync(abs)) await rm(abs, { recursive: true, force: true });
      await rename(dir, abs);
    },
    async abort() {
      await rm(dir, { recursive: true, force: true });
    },
  };
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
    throw withPath(e, path);
  }
  return written;
}
