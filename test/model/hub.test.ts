/** Hub ids resolve through the standard Hugging Face cache layout; offline misses explain what to do. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedSnapshot, defaultHubCache, isHubId, resolveHubModel } from '../../sdk/model/hub.js';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { fixtureDir, idTokenizer } from './helpers.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

/** A cache holding `tiny-org/tiny-llama` at refs/main -> SHA, as huggingface_hub lays it out. */
function makeCache(): string {
  const cache = mkdtempSync(join(tmpdir(), 'medtune-hub-'));
  const repo = join(cache, 'models--tiny-org--tiny-llama');
  mkdirSync(join(repo, 'refs'), { recursive: true });
  writeFileSync(join(repo, 'refs', 'main'), SHA);
  cpSync(fixtureDir('llama-bf16-gqa'), join(repo, 'snapshots', SHA), { recursive: true });
  return cache;
}

beforeAll(async () => {
  await initBackend();
});

describe('hub resolution', () => {
  it('tells hub ids from paths', () => {
    expect(isHubId('meta-llama/Llama-3.2-1B')).toBe(true);
    expect(isHubId('./data/models/medtune-tiny')).toBe(false);
    expect(isHubId('test/fixtures')).toBe(false); // exists on disk
    expect(isHubId('a/b/c')).toBe(false);
  });

  it('follows HF_HOME / HF_HUB_CACHE', () => {
    const saved = { home: process.env.HF_HOME, cache: process.env.HF_HUB_CACHE };
    delete process.env.HF_HUB_CACHE;
    process.env.HF_HOME = '/data/hf';
    expect(defaultHubCache()).toBe('/data/hf/hub');
    process.env.HF_HUB_CACHE = '/x/hub';
    expect(defaultHubCache()).toBe('/x/hub');
    for (const [k, v] of [['HF_HOME', saved.home], ['HF_HUB_CACHE', saved.cache]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('resolves refs/main and commit revisions to the snapshot folder', () => {
    const cache = makeCache();
    const snap = join(cache, 'models--tiny-org--tiny-llama', 'snapshots', SHA);
    expect(cachedSnapshot('tiny-org/tiny-llama', { cacheDir: cache })).toBe(snap);
    expect(cachedSnapshot('tiny-org/tiny-llama', { cacheDir: cache, revision: SHA })).toBe(snap);
    expect(cachedSnapshot('tiny-org/tiny-llama', { cacheDir: cache, revision: 'v2' })).toBeUndefined();
    expect(cachedSnapshot('tiny-org/other', { cacheDir: cache })).toBeUndefined();
  });

  it('loads a model by hub id from the cache without a network', async () => {
    const cache = makeCache();
    const m = await loadModel('tiny-org/tiny-llama', { cacheDir: cache, offline: true, tokenizer: idTokenizer(384) });
    expect(m.path).toBe(join(cache, 'models--tiny-org--tiny-llama', 'snapshots', SHA));
    expect(m.config.num_key_value_heads).toBe(2);
    m.dispose();
  });

  it('offline and uncached: says what to download and where to put it', async () => {
    const cache = makeCache();
    await expect(resolveHubModel('acme/med-7b', { cacheDir: cache, offline: true })).rejects.toThrow(
      new RegExp(`"acme/med-7b".*not in the Hugging Face cache ${cache}.*huggingface-cli download acme/med-7b.*models--acme--med-7b`),
    );
  });
});
