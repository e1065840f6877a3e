/**
 * Running medtune commands from tests: spawned as a user runs them, or in-process with the
 * console captured (fast, for checks that end before a model loads).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { vi } from 'vitest';

const exec = promisify(execFile);

/** Run `bin/medtune` as a user would; never throws, returns the exit code and output. */
export async function medtune(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec('./bin/medtune', args, { maxBuffer: 1 << 24 });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** Run a command's `run(argv)` in-process, capturing console output (for checks that end before a model loads). */
export async function inProcess(run: (argv: string[]) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await run(argv).catch((e: Error) => {
      err.push(e.message);
      return 1;
    });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
