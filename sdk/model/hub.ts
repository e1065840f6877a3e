/**
 * Hugging Face hub ids ("org/name") resolved through the standard HF cache layout, so a model
 * downloaded once (by medtune, `huggingface-cli` or Python transformers) is reused:
 *
 *   <cache>/models--org--name/refs/main            -> commit sha
 *   <cache>/models--org--name/snapshots/<sha>/...  -> the files
 *
 * `<cache>` is `$HF_HUB_CACHE`, else `$HF_HOME/hub`, else `~/.cache/huggingface/hub`.
 *
 * @example
 * const dir = await resolveHubModel('Qwen/Qwen3-0.6B'); // ".../snapshots/<sha>"
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files a checkpoint needs; weights in other formats (.bin, .onnx, .gguf) are never fetched. */
const WANTED = /^(config\.json|generation_config\.json|tokenizer\.json|tokenizer_config\.json|special_tokens_map\.json|chat_template\.jinja|model\.safetensors\.index\.json|[^/]*\.safetensors)$/;

/**
 * Options of hub resolution.
 *
 * @example
 * const o: HubOptions = { offline: true, revision: 'main' };
 */
export interface HubOptions {
  /** Cache root; default as in the file comment. */
  cacheDir?: string;
  /** Branch, tag or commit (default 'main'). */
  revision?: string;
  /** Never use the network (also when `HF_HUB_OFFLINE=1`). */
  offline?: boolean;
}

/**
 * The HF hub cache folder used when none is given.
 *
 * @example
 * defaultHubCache(); // "/home/me/.cache/huggingface/hub"
 */
export function defaultHubCache(): string {
  if (process.env.HF_HUB_CACHE) return process.env.HF_HUB_CACHE;
  if (process.env.HF_HOME) return join(process.env.HF_HOME, 'hub');
  return join(homedir(), '.cache', 'huggingface', 'hub');
}

/**
 * True when `s` has the shape of a hub model id ("org/name") rather than a path.
 *
 * @example
 * isHubId('meta-llama/Llama-3.2-1B'); // true
 * isHubId('./data/models/medtune-tiny'); // false
 */
export function isHubId(s: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(s) && !s.startsWith('.') && !existsSync(s);
}

function repoFolder(cache: string, id: string): string {
  return join(cache, `models--${id.replace('/', '--')}`);
}

/**
 * The cached snapshot folder of `id` at `revision`, or undefined when it is not cached
 * (a snapshot counts only if it holds config.json).
 *
 * @example
 * cachedSnapshot('org/name', { cacheDir: '/tmp/hub' }); // "/tmp/hub/models--org--name/snapshots/abc..."
 */
export function cachedSnapshot(id: string, options: HubOptions = {}): string | undefined {
  const root = repoFolder(options.cacheDir ?? defaultHubCache(), id);
  const revision = options.revision ?? 'main';
  let sha = revision;
  if (!/^[0-9a-f]{40}$/.test(revision)) {
    const ref = join(root, 'refs', revision);
    if (!existsSync(ref)) return undefined;
    sha = readFileSync(ref, 'utf8').trim();
  }
  const snap = join(root, 'snapshots', sha);
  return existsSync(join(snap, 'config.json')) && statSync(snap).isDirectory() ? snap : undefined;
}

function howToGetIt(id: string, cache: string): string {
  return (
    `On a machine with internet, run \`huggingface-cli download ${id} --include "*.json" "*.safetensors" "*.jinja"\` ` +
    `(or loadModel("${id}") there) and copy ${repoFolder(cache, id)} into ${cache} here; ` +
    `or pass a local folder holding config.json, *.safetensors and tokenizer.json.`
  );
}

/**
 * Resolve a hub id to a local snapshot folder: from the cache when present, else downloaded
 * (config, tokenizer and safetensors files only) into the cache with `@huggingface/hub`.
 * Offline and uncached: an error saying what to download and where to put it.
 *
 * @example
 * const dir = await resolveHubModel('org/name', { offline: true, cacheDir: '/data/hf/hub' });
 */
export async function resolveHubModel(id: string, options: HubOptions = {}): Promise<string> {
  const cache = options.cacheDir ?? defaultHubCache();
  const revision = options.revision ?? 'main';
  const hit = cachedSnapshot(id, { ...options, cacheDir: cache });
  if (hit) return hit;
  const offline = options.offline || process.env.HF_HUB_OFFLINE === '1';
  if (offline) {
    throw new Error(`model "${id}" (revision ${revision}) is not in the Hugging Face cache ${cache} and offline mode is on. ${howToGetIt(id, cache)}`);
  }
  try {
    const hub = await import('@huggingface/hub');
    const credentials = process.env.HF_TOKEN ? { accessToken: process.env.HF_TOKEN } : {};
    const files: string[] = [];
    for await (const f of hub.listFiles({ repo: { type: 'model', name: id }, revision, ...credentials })) {
      if (f.type === 'file' && WANTED.test(f.path)) files.push(f.path);
    }
    if (!files.includes('config.json')) throw new Error(`the repository has no config.json`);
    let snapshot = '';
    for (const path of files) {
      process.stderr.write(`downloading ${id}/${path}\n`);
      const local = await hub.downloadFileToCacheDir({ repo: { type: 'model', name: id }, path, revision, cacheDir: cache, ...credentials });
      if (path === 'config.json') snapshot = dirname(local);
    }
    return snapshot;
  } catch (e) {
    throw new Error(
      `model "${id}" (revision ${revision}) is not in the Hugging Face cache ${cache} and could not be downloaded ` +
        `(${(e as Error).message.split('\n')[0]}). ${howToGetIt(id, cache)}`,
    );
  }
}
