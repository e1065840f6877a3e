/**
 * Without node-llama-cpp (an optional companion for users), export still works and verification
 * fails with what to install, not a stack trace. The module is mocked away here; in CI the real
 * one is installed and the runtime tests require it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../sdk/cli/export.js';
import { llamaCppRuntime } from '../../sdk/model/gguf/llama-cpp.js';

vi.mock('node-llama-cpp', () => {
  throw new Error("Cannot find package 'node-llama-cpp' imported from sdk/model/gguf/verify.ts");
});

const tmp = mkdtempSync(join(tmpdir(), 'medtune-no-nlc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('node-llama-cpp missing', () => {
  it('llamaCppRuntime explains how to install it', async () => {
    await expect(llamaCppRuntime()).rejects.toThrow(/node-llama-cpp is not installed.*npm install --save-dev node-llama-cpp/);
  });

  it('medtune export still writes the GGUF; --verify then exits 1 with that message', async () => {
    const err: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const out = join(tmp, 'tiny.gguf');
      const code = await run(['--model', 'data/models/medtune-tiny', '--out', out, '--outtype', 'q8_0', '--verify']).catch((e: Error) => {
        err.push(e.message);
        return 1;
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/node-llama-cpp is not installed/);
      expect(existsSync(out)).toBe(true);
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  }, 300_000);
});
