/**
 * Preference pairs for DPO: a prompt, a better answer (`chosen`) and a worse one (`rejected`).
 *
 * Read from JSON arrays or JSONL in the layouts LLaMA-Factory's `ranking: true` datasets use
 * (data/README.md of LLaMA-Factory) and TRL's:
 *  - alpaca: `{ instruction, input?, system?, history?, chosen: "text", rejected: "text" }`
 *  - sharegpt: `{ conversations: [{ from, value }...], system?, chosen: { from, value }, rejected: { from, value } }`
 *  - trl: `{ prompt: "text" | [{ role, content }...], chosen: "text" | [{ role: "assistant", content }], rejected: ... }`
 * The layout is detected per item, or fixed with `formatting`; `columns` renames fields as a
 * dataset_info.json entry does (`{ prompt: "question", chosen: "good", ... }`). Errors name the file,
 * line (or array index) and field, never the text.
 *
 * @example
 * const { pairs } = await loadPreferencePairs('data/prefs.jsonl');
 * pairs[0].prompt; // [{ role: 'user', content: '...' }]
 */
import { readFile } from 'node:fs/promises';
import { DataError, describeType } from './errors.js';
import type { RecordMessage, Source } from './records.js';

/**
 * One preference pair. `prompt` is the conversation before the answer; a string prompt (from a
 * review sheet) is either user text or a prompt already rendered with a chat template, which the
 * trainer tells apart when it tokenizes.
 *
 * @example
 * const p: PreferencePair = { id: 'p1', source: { file: 'a.jsonl', line: 1, format: 'trl' }, prompt: [{ role: 'user', content: 'Fever?' }], chosen: 'See a doctor.', rejected: 'Ignore it.', meta: {} };
 */
export interface PreferencePair {
  id: string;
  source: Source;
  prompt: RecordMessage[] | string;
  chosen: string;
  rejected: string;
  meta: Record<string, unknown>;
}

/** Layouts understood. @example const f: PreferenceFormatting = 'sharegpt'; */
export type PreferenceFormatting = 'alpaca' | 'sharegpt' | 'trl';

/** A dataset_info.json-style description of a preference file. @example const o: PreferenceLoadOptions = { formatting: 'alpaca', columns: { prompt: 'question' } }; */
export interface PreferenceLoadOptions {
  formatting?: PreferenceFormatting;
  /** Field names in the file, by role (LLaMA-Factory `columns`): prompt, query, system, history, messages, chosen, rejected. */
  columns?: Partial<Record<'prompt' | 'query' | 'system' | 'history' | 'messages' | 'chosen' | 'rejected', string>>;
}

const SHAREGPT_ROLES: Record<string, RecordMessage['role']> = { human: 'user', user: 'user', gpt: 'assistant', assistant: 'assistant', system: 'system' };

type Where = { file: string; line?: number; record?: string };

function fail(at: Where, field: string, value: unknown, expected: string): never {
  throw new DataError({ ...at, field, found: describeType(value), expected });
}

function text(at: Where, field: string, v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') fail(at, field, v, 'a non-empty string');
  return v;
}

/** An answer: a string, a `{ from, value }` turn, or a one-message `[{ role, content }]` list. */
function answer(at: Where, field: string, v: unknown): string {
  if (typeof v === 'string') return text(at, field, v);
  if (Array.isArray(v) && v.length === 1) return answer(at, `${field}[0]`, v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('value' in o) return text(at, `${field}.value`, o.value);
    if ('content' in o) return text(at, `${field}.content`, o.content);
  }
  return fail(at, field, v, 'a string, { from, value } or [{ role: "assistant", content }]');
}

function detect(o: Record<string, unknown>, c: NonNullable<PreferenceLoadOptions['columns']>): PreferenceFormatting | undefined {
  if (Array.isArray(o[c.messages ?? 'conversations'])) return 'sharegpt';
  if ('instruction' in o || (c.prompt !== undefined && typeof o[c.prompt] === 'string')) return 'alpaca';
  if ('prompt' in o) return 'trl';
  return undefined;
}

/**
 * One item in any layout to a pair (see the file comment).
 *
 * @example
 * toPreferencePair({ instruction: 'Fever?', chosen: 'See a doctor.', rejected: 'Ignore it.' }, { file: 'a.json', record: '0' }, 'a-0');
 */
export function toPreferencePair(raw: unknown, at: Where, id: string, opts: PreferenceLoadOptions = {}): PreferencePair {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(at, '(item)', raw, 'an object with chosen and rejected');
  const o = raw as Record<string, unknown>;
  const c = opts.columns ?? {};
  const formatting = opts.formatting ?? detect(o, c);
  const chosenKey = c.chosen ?? 'chosen';
  const rejectedKey = c.rejected ?? 'rejected';
  if (!formatting) fail(at, '(item)', raw, 'instruction (alpaca), conversations (sharegpt) or prompt (trl) with chosen and rejected');
  const prompt: RecordMessage[] = [];
  const systemKey = c.system ?? 'system';
  if (formatting !== 'trl' && o[systemKey] !== undefined && o[systemKey] !== '') prompt.push({ role: 'system', content: text(at, systemKey, o[systemKey]) });
  if (formatting === 'alpaca') {
    const historyKey = c.history ?? 'history';
    const history = o[historyKey];
    if (history !== undefined) {
      if (!Array.isArray(history)) fail(at, historyKey, history, 'a list of [prompt, response] pairs');
      history.forEach((turn, i) => {
        if (!Array.isArray(turn) || turn.length !== 2) fail(at, `${historyKey}[${i}]`, turn, 'a [prompt, response] pair');
        prompt.push({ role: 'user', content: text(at, `${historyKey}[${i}][0]`, turn[0]) }, { role: 'assistant', content: text(at, `${historyKey}[${i}][1]`, turn[1]) });
      });
    }
    const pKey = c.prompt ?? 'instruction';
    const qKey = c.query ?? 'input';
    const query = o[qKey];
    if (query !== undefined && typeof query !== 'string') fail(at, qKey, query, 'a string');
    const instruction = text(at, pKey, o[pKey]);
    // LLaMA-Factory joins instruction and input with a newline.
    prompt.push({ role: 'user', content: query ? `${instruction}\n${query}` : instruction });
  } else if (formatting === 'sharegpt') {
    const mKey = c.messages ?? 'conversations';
    const turns = o[mKey];
    if (!Array.isArray(turns) || turns.length === 0) fail(at, mKey, turns, 'a non-empty list of { from, value } turns');
    turns.forEach((t, i) => {
      const turn = t as Record<string, unknown>;
      const role = SHAREGPT_ROLES[String(turn?.from ?? turn?.role)];
      if (!role) fail(at, `${mKey}[${i}].from`, turn?.from ?? turn?.role, 'human, gpt or system');
      prompt.push({ role, content: text(at, `${mKey}[${i}].value`, turn.value ?? turn.content) });
    });
  } else {
    const pKey = c.prompt ?? 'prompt';
    const p = o[pKey];
    if (typeof p === 'string') prompt.push({ role: 'user', content: text(at, pKey, p) });
    else if (Array.isArray(p) && p.length) {
      p.forEach((m, i) => {
        const msg = m as Record<string, unknown>;
        if (!['system', 'user', 'assistant'].includes(String(msg?.role))) fail(at, `${pKey}[${i}].role`, msg?.role, 'system, user or assistant');
        prompt.push({ role: msg.role as RecordMessage['role'], content: text(at, `${pKey}[${i}].content`, msg.content) });
      });
    } else fail(at, pKey, p, 'a string or a list of { role, content } messages');
  }
  if (prompt.at(-1)?.role !== 'user') fail(at, '(prompt)', prompt.at(-1)?.role, 'a conversation ending with a user turn');
  const chosen = answer(at, chosenKey, o[chosenKey]);
  const rejected = answer(at, rejectedKey, o[rejectedKey]);
  const source: Source = { file: at.file, ...(at.line !== undefined ? { line: at.line } : {}), format: formatting };
  return { id, source, prompt, chosen, rejected, meta: {} };
}

/**
 * Read a preference file (JSON array or JSONL). Identical chosen and rejected answers are
 * errors (such a pair teaches nothing and usually means a mislabelled column). Zero pairs is an error.
 *
 * @example
 * const { pairs } = await loadPreferencePairs('prefs.json', { formatting: 'sharegpt' });
 */
export async function loadPreferencePairs(path: string, opts: PreferenceLoadOptions = {}): Promise<{ pairs: PreferencePair[] }> {
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const stem = path.split('/').pop()!.replace(/\.[^.]+$/, '');
  const items: { raw: unknown; at: Where }[] = [];
  const trimmed = body.trimStart();
  if (trimmed.startsWith('[')) {
    let arr: unknown[];
    try {
      arr = JSON.parse(body) as unknown[];
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message}); expected an array of preference items or JSONL`);
    }
    arr.forEach((raw, i) => items.push({ raw, at: { file: path, record: String(i) } }));
  } else {
    body.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new DataError({ file: path, line: i + 1, found: 'a line that is not JSON', expected: 'one JSON object per line' });
      }
      items.push({ raw, at: { file: path, line: i + 1 } });
    });
  }
  const pairs = items.map(({ raw, at }, k) => {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `${stem}-${k + 1}`;
    const p = toPreferencePair(raw, at, id, opts);
    if (p.chosen === p.rejected) throw new DataError({ ...at, field: 'chosen/rejected', found: 'identical answers', expected: 'two different answers' });
    return p;
  });
  if (pairs.length === 0) throw new Error(`${path}: no preference pairs found; expected items with a prompt, chosen and rejected`);
  return { pairs };
}
