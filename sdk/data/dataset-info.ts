/**
 * LLaMA-Factory's dataset registry: `dataset_info.json` in a dataset folder names datasets
 * (`file_name`, or a hub id resolved offline), says how rows are laid out (`formatting`:
 * alpaca, sharegpt, openai; `columns`; sharegpt `tags`), marks preference data (`ranking`) and
 * may resample (`num_samples`). `dataset: identity,alpaca_en_demo` with `dataset_dir: data`
 * reads exactly what LLaMA-Factory reads (`data/parser.py`, `converter.py`).
 *
 * Rows become medtune records: alpaca rows with an answer and sharegpt/openai conversations
 * become `chat` records (the user turn is `prompt + "\n" + query`, as there), alpaca rows
 * without an answer (pre-training text, e.g. `columns: {prompt: text}`) become text records.
 *
 * @example
 * const info = readDatasetInfo('data');
 * const { records } = await loadRegistryDataset('identity', info.identity, { datasetDir: 'data' });
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { decodeUtf8, splitLines } from './decode.js';
import { DataError, describeType } from './errors.js';
import type { DataRecord, RecordMessage } from './records.js';
import { mulberry32, pick, shuffled } from '../runtime/random.js';

const col = z.string().min(1).optional();

/** One entry of dataset_info.json (LLaMA-Factory `DatasetAttr`); unknown keys are rejected. @example DatasetAttrSchema.parse({ file_name: 'identity.json' }); */
export const DatasetAttrSchema = z
  .object({
    file_name: z.string().min(1).optional(),
    hf_hub_url: z.string().min(1).optional(),
    ms_hub_url: z.string().min(1).optional(),
    om_hub_url: z.string().min(1).optional(),
    script_url: z.string().min(1).optional(),
    cloud_file_name: z.string().min(1).optional(),
    // alpaca: LLaMA-Factory's default layout.
    formatting: z.enum(['alpaca', 'sharegpt', 'openai']).default('alpaca'),
    // false: supervised data; true: preference pairs (chosen/rejected).
    ranking: z.boolean().default(false),
    subset: z.string().optional(),
    // train: the split LLaMA-Factory reads unless told.
    split: z.string().default('train'),
    folder: z.string().optional(),
    num_samples: z.number().int().positive().optional(),
    columns: z
      .object({ prompt: col, query: col, response: col, history: col, messages: col, system: col, tools: col, images: col, videos: col, audios: col, chosen: col, rejected: col, kto_tag: col })
      .strict()
      .optional(),
    tags: z
      .object({ role_tag: col, content_tag: col, user_tag: col, assistant_tag: col, observation_tag: col, function_tag: col, system_tag: col })
      .strict()
      .optional(),
  })
  .strict();
/** A parsed dataset_info.json entry. @example const a: DatasetAttr = DatasetAttrSchema.parse({ file_name: 'x.json' }); */
export type DatasetAttr = z.infer<typeof DatasetAttrSchema>;

/** The name of the registry file. @example join('data', DATASET_INFO); */
export const DATASET_INFO = 'dataset_info.json';

/**
 * Read and validate `<dir>/dataset_info.json`; undefined when the folder has none.
 *
 * @example
 * readDatasetInfo('data')?.alpaca_en_demo.formatting; // 'alpaca'
 */
export function readDatasetInfo(dir: string): Record<string, DatasetAttr> | undefined {
  const file = join(dir, DATASET_INFO);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(new Uint8Array(readFileSync(file)), file));
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError({ file, found: 'malformed JSON', expected: 'an object mapping dataset names to their attributes' });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DataError({ file, found: describeType(raw), expected: 'an object mapping dataset names to their attributes' });
  const out: Record<string, DatasetAttr> = {};
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const r = DatasetAttrSchema.safeParse(entry);
    if (!r.success) {
      const i = r.error.issues[0];
      const field = [name, ...i.path.map(String), ...((i as { keys?: string[] }).keys ?? [])].join('.');
      throw new DataError({ file, record: name, field, found: i.code === 'unrecognized_keys' ? 'an unknown key' : describeType(i.path.reduce<unknown>((o, p) => (o as Record<PropertyKey, unknown>)?.[p as PropertyKey], entry)), expected: i.code === 'unrecognized_keys' ? 'one of LLaMA-Factory\'s dataset_info keys' : i.message.replace(/^Invalid input: /, '') });
    }
    const a = r.data;
    if (!a.file_name && !a.hf_hub_url && !a.ms_hub_url && !a.om_hub_url && !a.script_url && !a.cloud_file_name) {
      throw new DataError({ file, record: name, found: 'no file_name and no hub url', expected: 'file_name, hf_hub_url or ms_hub_url' });
    }
    out[name] = a;
  }
  return out;
}

/** Where a hub dataset may already be on disk, in the order tried. */
function hubCandidates(id: string, datasetDir: string): string[] {
  const hubCache = process.env.HF_HUB_CACHE ?? (process.env.HF_HOME ? join(process.env.HF_HOME, 'hub') : join(homedir(), '.cache', 'huggingface', 'hub'));
  const repo = join(hubCache, `datasets--${id.replace(/\//g, '--')}`);
  const out = [join(datasetDir, id), join(datasetDir, id.split('/').pop()!)];
  const ref = join(repo, 'refs', 'main');
  if (existsSync(ref)) out.push(join(repo, 'snapshots', readFileSync(ref, 'utf8').trim()));
  else if (existsSync(join(repo, 'snapshots'))) out.push(...readdirSync(join(repo, 'snapshots')).map((s) => join(repo, 'snapshots', s)));
  return out;
}

const DATA_EXT = new Set(['.json', '.jsonl', '.txt']);

/** The data files of a folder or file, `split` preferred when a folder holds several splits. */
function dataFiles(path: string, split: string): string[] {
  if (statSync(path).isFile()) return [path];
  const all = readdirSync(path, { recursive: true }).map(String).filter((f) => DATA_EXT.has(extname(f))).sort();
  const ofSplit = all.filter((f) => basename(f).startsWith(split));
  return (ofSplit.length ? ofSplit : all).map((f) => join(path, f));
}

/**
 * The files of a registry entry: `dataset_dir/file_name` (a file or a folder), or a hub dataset
 * found on disk (`dataset_dir/<org>/<name>`, `dataset_dir/<name>`, or the Hugging Face hub cache).
 *
 * @example
 * datasetFiles('identity', { file_name: 'identity.json', ... }, 'data'); // ['data/identity.json']
 */
export function datasetFiles(name: string, attr: DatasetAttr, datasetDir: string): string[] {
  if (attr.file_name) {
    const p = join(datasetDir, attr.file_name);
    if (!existsSync(p)) throw new DataError({ file: join(datasetDir, DATASET_INFO), record: name, field: 'file_name', found: `no file or folder ${p}`, expected: 'an existing file or folder under dataset_dir' });
    const files = dataFiles(p, attr.split);
    if (files.length === 0) throw new DataError({ file: p, found: 'no .json, .jsonl or .txt file', expected: 'data files' });
    return files;
  }
  const id = attr.hf_hub_url ?? attr.ms_hub_url ?? attr.om_hub_url ?? attr.script_url ?? attr.cloud_file_name!;
  const tried = hubCandidates(id, datasetDir);
  for (const c of tried) {
    if (existsSync(c)) {
      const files = dataFiles(c, attr.split);
      if (files.length) return files;
    }
  }
  throw new DataError({
    file: join(datasetDir, DATASET_INFO),
    record: name,
    found: `hub dataset ${id}, not on this machine (medtune never downloads at run time)`,
    expected: `its .json/.jsonl files in ${tried[0]} (or ${tried[1]}), or a Hugging Face hub cache snapshot; download them elsewhere and copy them there`,
  });
}

/** Rows of one file: a JSON array, JSON lines, or text lines (`{ text }`, as the HF text loader). */
function readRows(file: string): { row: unknown; line?: number; index: number }[] {
  const ext = extname(file);
  const bytes = new Uint8Array(readFileSync(file));
  if (ext === '.json') {
    const text = decodeUtf8(bytes, file);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new DataError({ file, found: 'malformed JSON', expected: 'a JSON array of rows' });
    }
    if (!Array.isArray(data)) throw new DataError({ file, found: describeType(data), expected: 'a JSON array of rows' });
    return data.map((row, index) => ({ row, index }));
  }
  const out: { row: unknown; line?: number; index: number }[] = [];
  splitLines(bytes).forEach((b, i) => {
    const line = decodeUtf8(b, file, i, 'line');
    if (!line.trim()) return;
    if (ext === '.txt') out.push({ row: { text: line }, line: i + 1, index: out.length });
    else {
      try {
        out.push({ row: JSON.parse(line), line: i + 1, index: out.length });
      } catch {
        throw new DataError({ file, line: i + 1, found: 'malformed JSON', expected: 'one JSON object per line' });
      }
    }
  });
  return out;
}

/** Text of a content value: a string, or OpenAI/LLaMA-Factory content parts (text parts joined; media refused). */
export function contentText(v: unknown, where: { file: string; line?: number; record?: string; field: string }): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    return v
      .map((p, i) => {
        const part = p as { type?: unknown; text?: unknown; value?: unknown };
        if (part && typeof part === 'object' && part.type === 'text' && typeof (part.text ?? part.value) === 'string') return (part.text ?? part.value) as string;
        const kind = part && typeof part === 'object' ? String(part.type) : describeType(part);
        throw new DataError({ ...where, field: `${where.field}[${i}]`, found: `a '${kind}' content part`, expected: 'text parts only (medtune trains text models; images, audio and files are not supported)' });
      })
      .join('');
  }
  throw new DataError({ ...where, found: describeType(v), expected: 'a string or a list of text parts' });
}

/** Options of `loadRegistryDataset`. @example const o: RegistryLoadOptions = { datasetDir: 'data', seed: 42 }; */
export interface RegistryLoadOptions {
  datasetDir: string;
  /** Seeds `num_samples` resampling. */
  seed?: number;
}

/**
 * Load one registry dataset as records (see the file comment for the mapping). Preference
 * datasets (`ranking: true`) are refused here: they feed preference training, not SFT.
 *
 * @example
 * (await loadRegistryDataset('identity', attr, { datasetDir: 'data' })).records.length; // 91
 */
export function loadRegistryDataset(name: string, attr: DatasetAttr, opts: RegistryLoadOptions): { records: DataRecord[]; files: string[] } {
  if (attr.ranking) {
    throw new DataError({ file: join(opts.datasetDir, DATASET_INFO), record: name, field: 'ranking', found: 'a preference dataset (ranking: true)', expected: 'a supervised dataset for this stage (preference data is for stage dpo)' });
  }
  const files = datasetFiles(name, attr, opts.datasetDir);
  const records: DataRecord[] = [];
  for (const file of files) {
    for (const { row, line, index } of readRows(file)) {
      const where = { file, line, record: line === undefined ? String(index) : undefined };
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new DataError({ ...where, found: describeType(row), expected: 'a JSON object per row' });
      const id = `${name}:${records.length}`;
      const source = { file, ...(line !== undefined ? { line } : {}), format: attr.formatting };
      records.push(attr.formatting === 'alpaca' ? alpacaRecord(row as Record<string, unknown>, attr, id, source, where) : conversationRecord(row as Record<string, unknown>, attr, id, source, where));
    }
  }
  if (records.length === 0) throw new DataError({ file: files[0], found: 'no rows', expected: 'at least one record' });
  return { records: attr.num_samples ? resample(records, attr.num_samples, opts.seed ?? 0) : records, files };
}

type Where = { file: string; line?: number; record?: string };
type Src = { file: string; line?: number; format: string };

function str(row: Record<string, unknown>, column: string | undefined, where: Where, required = false): string | undefined {
  if (!column) return undefined;
  const v = row[column];
  if (v === undefined || v === null) {
    if (required) throw new DataError({ ...where, field: column, found: 'missing', expected: 'a string' });
    return undefined;
  }
  return contentText(v, { ...where, field: column });
}

function alpacaRecord(row: Record<string, unknown>, attr: DatasetAttr, id: string, source: Src, where: Where): DataRecord {
  const c = { prompt: 'instruction', query: 'input', response: 'output', ...attr.columns };
  const messages: RecordMessage[] = [];
  const system = str(row, attr.columns?.system, where);
  if (system) messages.push({ role: 'system', content: system });
  const history = attr.columns?.history ? row[attr.columns.history] : undefined;
  if (Array.isArray(history)) {
    history.forEach((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new DataError({ ...where, field: `${attr.columns!.history}[${i}]`, found: describeType(pair), expected: '[prompt, response] strings' });
      }
      messages.push({ role: 'user', content: pair[0] }, { role: 'assistant', content: pair[1] });
    });
  }
  const query = [str(row, c.prompt, where), str(row, c.query, where)].filter((x) => x).join('\n');
  const response = c.response ? row[c.response] : undefined;
  if (typeof response !== 'string') {
    // No answer: language-modelling text (LLaMA-Factory stage pt reads the prompt column).
    if (response !== undefined && response !== null) throw new DataError({ ...where, field: c.response, found: describeType(response), expected: 'a string' });
    if (!query) throw new DataError({ ...where, field: c.prompt, found: 'no text', expected: `a '${c.prompt}' or '${c.response}' column` });
    return { kind: 'report', id, source: { ...source, format: 'text' }, meta: {}, text: query };
  }
  messages.push({ role: 'user', content: query }, { role: 'assistant', content: response });
  const tools = str(row, attr.columns?.tools, where);
  return { kind: 'chat', id, source, meta: {}, messages, ...(tools ? { tools } : {}) };
}

function conversationRecord(row: Record<string, unknown>, attr: DatasetAttr, id: string, source: Src, where: Where): DataRecord {
  const openai = attr.formatting === 'openai';
  const t = { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt', observation_tag: 'observation', function_tag: 'function_call', system_tag: 'system', ...attr.tags };
  const field = attr.columns?.messages ?? 'conversations';
  const list = row[field];
  if (!Array.isArray(list) || list.length === 0) throw new DataError({ ...where, field, found: describeType(list), expected: 'a non-empty list of messages' });
  const role: Record<string, RecordMessage['role']> = { [t.user_tag]: 'user', [t.assistant_tag]: 'assistant', [t.observation_tag]: 'observation', [t.function_tag]: 'function', [t.system_tag]: 'system' };
  const messages: RecordMessage[] = [];
  let system = str(row, attr.columns?.system, where);
  list.forEach((m, i) => {
    const f = `${field}[${i}]`;
    if (!m || typeof m !== 'object') throw new DataError({ ...where, field: f, found: describeType(m), expected: 'a message object' });
    const msg = m as Record<string, unknown>;
    const tag = msg[t.role_tag];
    let r = typeof tag === 'string' ? role[tag] : undefined;
    if (!r) throw new DataError({ ...where, field: `${f}.${t.role_tag}`, found: typeof tag === 'string' ? `role '${tag}'` : describeType(tag), expected: `one of ${Object.keys(role).join(', ')}` });
    let content = msg[t.content_tag] === null && openai ? '' : contentText(msg[t.content_tag], { ...where, field: `${f}.${t.content_tag}` });
    if (openai && Array.isArray(msg.tool_calls) && (r === 'assistant' || r === 'function')) {
      content = JSON.stringify(msg.tool_calls.map((c) => (c as { function?: unknown }).function ?? c));
      r = 'function';
    }
    if (r === 'system') {
      if (i !== 0) throw new DataError({ ...where, field: `${f}.${t.role_tag}`, found: 'a system message after the first', expected: 'system only as the first message' });
      system = content;
      return;
    }
    // OpenAI layout: consecutive tool results are one observation turn (LLaMA-Factory joins them).
    const prev = messages[messages.length - 1];
    if (openai && r === 'observation' && prev?.role === 'observation') prev.content += `\n</tool_response>\n<tool_response>\n${content}`;
    else messages.push({ role: r, content });
  });
  messages.forEach((m, i) => {
    const want = i % 2 === 0 ? ['user', 'observation'] : ['assistant', 'function'];
    if (!want.includes(m.role)) throw new DataError({ ...where, field, found: `turn ${i} is ${m.role}`, expected: `turns alternating user/observation and assistant/function (turn ${i}: ${want.join(' or ')})` });
  });
  if (messages.length % 2 !== 0) throw new DataError({ ...where, field, found: `${messages.length} turns after the system message`, expected: 'an even number (each prompt answered)' });
  const toolsRaw = attr.columns?.tools ? row[attr.columns.tools] : undefined;
  const tools = toolsRaw === undefined || toolsRaw === null || toolsRaw === '' ? undefined : typeof toolsRaw === 'string' ? toolsRaw : JSON.stringify(toolsRaw);
  return { kind: 'chat', id, source, meta: {}, messages: [...(system ? [{ role: 'system' as const, content: system }] : []), ...messages], ...(tools ? { tools } : {}) };
}

/** LLaMA-Factory num_samples: every row once in a seeded order, then more drawn with replacement. */
function resample(records: DataRecord[], n: number, seed: number): DataRecord[] {
  const rng = mulberry32(seed);
  const picked = shuffled(records, rng).slice(0, n);
  while (picked.length < n) {
    const r = pick(records, rng);
    picked.push({ ...r, id: `${r.id}~${picked.length}` });
  }
  return picked;
}
