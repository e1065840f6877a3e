/**
 * Supervised fine-tuning data: chat records to token ids and loss labels, then padded batches.
 *
 * A conversation becomes (prompt, response) token pairs exactly as generation renders it: with
 * the checkpoint's own chat template, or with a named template tokenized slot by slot as
 * LLaMA-Factory does (`conversationPairs`). Long conversations are cut turn by turn to
 * `cutoffLen` with LLaMA-Factory's rule (`inferSeqlen`). Prompt tokens get label -100 unless
 * `trainOnPrompt`. Plain text (stage `pt`) becomes language-modelling examples (`pretrainExamples`).
 *
 * @example
 * const { examples, stats } = tokenizeRecords(model.tokenizer, splits.train, { cutoffLen: 256 });
 * for (const batch of sftBatches(examples, { batchSize: 4, padId: model.tokenizer.padTokenId, seed: 1 })) { ... }
 */
import { recordTools, toChatMessages, type DataRecord } from '../data/records.js';
import type { SlotPart } from '../model/chat-templates.js';
import type { ChatMessage, MedTokenizer } from '../model/types.js';
import { IGNORE_INDEX } from './loss.js';
import { Rng } from '../runtime/random.js';

/** Options of tokenization. @example const o: TokenizeOptions = { cutoffLen: 256, trainOnPrompt: false }; */
export interface TokenizeOptions {
  /** Longest sequence in tokens; longer conversations are cut turn by turn (LLaMA-Factory default 2048; small models want less). */
  cutoffLen: number;
  /** Also learn the prompt tokens (LLaMA-Factory `train_on_prompt`, default false). */
  trainOnPrompt?: boolean;
  /** Learn only the last answer of each conversation (LLaMA-Factory `mask_history`). */
  maskHistory?: boolean;
  /** JSON tool list given to the template (a record's `tools`). */
  tools?: string;
}

/** One tokenized training example. @example const e: SftExample = { id: 'a', inputIds: [1, 5], labels: [-100, 5], truncated: false }; */
export interface SftExample {
  id: string;
  inputIds: number[];
  labels: number[];
  truncated: boolean;
  /** Packed rows only: the segment id (1, 2, ...) of each token; see `packExamples`. */
  segments?: number[];
}

/** What tokenization did, so nothing is dropped silently. @example stats.dropped.forEach((d) => console.warn(d.id, d.reason)); */
export interface TokenizeStats {
  records: number;
  examples: number;
  truncated: number;
  /** Records left out, by id, with the reason (never their text). */
  dropped: { id: string; reason: string }[];
  tokens: number;
  targetTokens: number;
}

function commonPrefix(a: number[], b: number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One (prompt, response) pair of token ids: a conversation is a list of these. */
export interface TurnIds {
  source: number[];
  target: number[];
}

const isResponse = (m: ChatMessage) => m.role === 'assistant' || m.role === 'function';

/**
 * A conversation as (prompt, response) token pairs. With a named template each slot is
 * tokenized on its own as LLaMA-Factory does (`Template._encode`); with the checkpoint's Jinja
 * template the whole rendering is tokenized once and split where each answer starts and ends,
 * as generation would see it, and an EOS ends the last answer (the template's own, or appended).
 *
 * @example
 * conversationPairs(tok, [{ role: 'user', content: 'Fever?' }, { role: 'assistant', content: 'Yes.' }]);
 * // [{ source: [...prompt ids], target: [...answer ids, eos] }]
 */
export function conversationPairs(tokenizer: MedTokenizer, messages: ChatMessage[], tools?: string): TurnIds[] {
  if (!messages.some(isResponse)) throw new Error('conversation has no assistant message to learn');
  if (!isResponse(messages[messages.length - 1])) throw new Error('conversation does not end with an assistant message');
  const encode = (text: string) => (text ? tokenizer.encode(text, { addSpecialTokens: false }) : []);
  const named = (tokenizer as { chatTurns?: (m: ChatMessage[], t?: string) => { turns: { prompt: SlotPart[]; response?: SlotPart[] }[] } | undefined }).chatTurns?.(messages, tools);
  if (named) {
    const ids = (parts: readonly SlotPart[]) =>
      parts.flatMap((p) => (typeof p === 'string' ? encode(p) : p.special === 'bos' ? (tokenizer.bosTokenId === undefined ? [] : [tokenizer.bosTokenId]) : tokenizer.eosTokenIds.slice(0, 1)));
    return named.turns.map((t) => ({ source: ids(t.prompt), target: ids(t.response ?? []) }));
  }
  const render = (m: ChatMessage[], gen = false) => tokenizer.applyChatTemplate(m, { addGenerationPrompt: gen, tools });
  const full = encode(render(messages));
  const pairs: TurnIds[] = [];
  let prevEnd = 0;
  messages.forEach((m, i) => {
    if (!isResponse(m)) return;
    // Token boundaries where the answer starts and ends, as generation would see them.
    const start = Math.max(prevEnd, commonPrefix(encode(render(messages.slice(0, i), true)), full));
    const end = i === messages.length - 1 ? full.length : commonPrefix(encode(render(messages.slice(0, i + 1))), full);
    pairs.push({ source: full.slice(prevEnd, start), target: full.slice(start, end) });
    prevEnd = end;
  });
  // The model must learn to stop: end right after the template's own EOS (dropping any
  // whitespace it writes after it), or append one when the template writes none.
  const last = pairs[pairs.length - 1].target;
  let eosAt = -1;
  for (let t = last.length - 1; t >= 0; t--) {
    if (tokenizer.eosTokenIds.includes(last[t])) {
      eosAt = t;
      break;
    }
  }
  pairs[pairs.length - 1].target = eosAt >= 0 ? last.slice(0, eosAt + 1) : [...last, tokenizer.eosTokenIds[0]];
  return pairs;
}

/**
 * Lengths a (prompt, response) pair keeps under `cutoffLen` (LLaMA-Factory `infer_seqlen`): a
 * short response is kept whole and the prompt cut, a short prompt is kept and the response cut,
 * otherwise both shrink in proportion.
 *
 * @example
 * inferSeqlen(900, 100, 512); // [412, 100]
 */
export function inferSeqlen(sourceLen: number, targetLen: number, cutoffLen: number): [number, number] {
  let maxTarget: number;
  if (targetLen * 2 < cutoffLen) maxTarget = cutoffLen;
  else if (sourceLen * 2 < cutoffLen) maxTarget = cutoffLen - sourceLen;
  else maxTarget = Math.floor(cutoffLen * (targetLen / (sourceLen + targetLen)));
  const newTarget = Math.min(maxTarget, targetLen);
  const newSource = Math.min(Math.max(cutoffLen - newTarget, 0), sourceLen);
  return [newSource, newTarget];
}

/**
 * Token ids and labels of one conversation, truncated turn by turn to `cutoffLen` as
 * LLaMA-Factory's supervised processor does. Answers are learned; prompts get label -100
 * unless `trainOnPrompt`; with `maskHistory` only the last answer is learned and the latest
 * turns are kept first.
 *
 * @example
 * tokenizeConversation(tok, [{ role: 'user', content: 'Fever?' }, { role: 'assistant', content: 'Yes.' }], { cutoffLen: 64 });
 */
export function tokenizeConversation(
  tokenizer: MedTokenizer,
  messages: ChatMessage[],
  opts: TokenizeOptions,
): { inputIds: number[]; labels: number[]; truncated: boolean } {
  let pairs = conversationPairs(tokenizer, messages, opts.tools);
  if (opts.maskHistory) pairs = [...pairs].reverse();
  let inputIds: number[] = [];
  let labels: number[] = [];
  let total = 0;
  let truncated = false;
  for (const [turn, p] of pairs.entries()) {
    if (total >= opts.cutoffLen) {
      truncated = true;
      break;
    }
    const [sl, tl] = inferSeqlen(p.source.length, p.target.length, opts.cutoffLen - total);
    if (sl < p.source.length || tl < p.target.length) truncated = true;
    const source = p.source.slice(0, sl);
    const target = p.target.slice(0, tl);
    total += sl + tl;
    const sourceLabels = opts.trainOnPrompt ? source : source.map(() => IGNORE_INDEX);
    const targetLabels = opts.maskHistory && turn !== 0 ? target.map(() => IGNORE_INDEX) : target;
    if (opts.maskHistory) {
      inputIds = [...source, ...target, ...inputIds];
      labels = [...sourceLabels, ...targetLabels, ...labels];
    } else {
      inputIds.push(...source, ...target);
      labels.push(...sourceLabels, ...targetLabels);
    }
  }
  return { inputIds, labels, truncated };
}

/**
 * Tokenize `instruction` / `chat` records (through `toChatMessages`). Records whose answer
 * falls entirely beyond `cutoffLen`, or that cannot be rendered, are listed in `stats.dropped`;
 * truncated ones are counted in `stats.truncated`.
 *
 * @example
 * const { examples, stats } = tokenizeRecords(tok, records, { cutoffLen: 256 });
 * stats.dropped; // [{ id: 'rec-17', reason: 'no response token within cutoff_len 256' }]
 */
export function tokenizeRecords(
  tokenizer: MedTokenizer,
  records: DataRecord[],
  opts: TokenizeOptions,
): { examples: SftExample[]; stats: TokenizeStats } {
  if (!Number.isInteger(opts.cutoffLen) || opts.cutoffLen < 2) throw new Error(`cutoff_len must be an integer >= 2, got ${opts.cutoffLen}`);
  const stats: TokenizeStats = { records: records.length, examples: 0, truncated: 0, dropped: [], tokens: 0, targetTokens: 0 };
  const examples: SftExample[] = [];
  for (const r of records) {
    let out: ReturnType<typeof tokenizeConversation>;
    try {
      out = tokenizeConversation(tokenizer, toChatMessages(r), { ...opts, tools: recordTools(r) });
    } catch (e) {
      // Messages from our own code name fields, never record text.
      stats.dropped.push({ id: r.id, reason: (e as Error).message });
      continue;
    }
    const targets = out.labels.slice(1).filter((y) => y !== IGNORE_INDEX).length;
    if (targets === 0) {
      stats.dropped.push({ id: r.id, reason: `no response token within cutoff_len ${opts.cutoffLen}` });
      continue;
    }
    if (out.truncated) stats.truncated++;
    stats.tokens += out.inputIds.length;
    stats.targetTokens += targets;
    examples.push({ id: r.id, ...out });
  }
  stats.examples = examples.length;
  return { examples, stats };
}

/**
 * Language-modelling examples from plain text (LLaMA-Factory stage `pt`): each text plus EOS
 * (after BOS when the tokenizer adds one), every token learned, cut at `cutoffLen`; with
 * `packing` the texts are concatenated and split into blocks of `cutoffLen` instead (the tail
 * shorter than a block is dropped, as there).
 *
 * @example
 * pretrainExamples(tok, ['Chest X-ray: clear.'], { cutoffLen: 128 }).examples[0].labels; // every id
 */
export function pretrainExamples(
  tokenizer: MedTokenizer,
  texts: { id: string; text: string }[],
  opts: { cutoffLen: number; packing?: boolean },
): { examples: SftExample[]; stats: TokenizeStats } {
  const stats: TokenizeStats = { records: texts.length, examples: 0, truncated: 0, dropped: [], tokens: 0, targetTokens: 0 };
  const eos = tokenizer.eosTokenIds[0];
  const bos = tokenizer.bosTokenId;
  const encoded = texts.map((t) => ({ id: t.id, ids: [...tokenizer.encode(t.text, { addSpecialTokens: false }), ...(eos === undefined ? [] : [eos])] }));
  let examples: SftExample[];
  if (opts.packing) {
    const stream = encoded.flatMap((e) => e.ids);
    examples = textWindows(stream, opts.cutoffLen).map((w) => (bos === undefined ? w : { ...w, inputIds: [bos, ...w.inputIds.slice(1)], labels: [bos, ...w.labels.slice(1)] }));
    stats.truncated = stream.length % opts.cutoffLen ? 1 : 0;
  } else {
    examples = encoded.map((e) => {
      const ids = (bos === undefined ? e.ids : [bos, ...e.ids]);
      if (ids.length > opts.cutoffLen) stats.truncated++;
      const kept = ids.slice(0, opts.cutoffLen);
      return { id: e.id, inputIds: kept, labels: [...kept], truncated: ids.length > opts.cutoffLen };
    });
  }
  examples = examples.filter((e) => {
    if (e.inputIds.length >= 2) return true;
    stats.dropped.push({ id: e.id, reason: 'text has no token to predict' });
    return false;
  });
  stats.examples = examples.length;
  stats.tokens = examples.reduce((n, e) => n + e.inputIds.length, 0);
  stats.targetTokens = examples.reduce((n, e) => n + e.inputIds.length - 1, 0);
  return { examples, stats };
}

/** A right-padded batch, plain arrays so generators stay cheap and checkpoint-skippable. @example const b: SftBatch = collate(examples, 0); */
export interface SftBatch {
  inputIds: number[][];
  attentionMask: number[][];
  labels: number[][];
  /** Real (non-padding) tokens. */
  tokens: number;
  /** Scored targets after the shift (the batch's weight in gradient accumulation). */
  targets: number;
}

/**
 * Right-pad examples to the longest in the batch (attention mask 0 and label -100 on padding).
 *
 * @example
 * collate([{ id: 'a', inputIds: [1, 5], labels: [-100, 5], truncated: false }], 0);
 */
export function collate(examples: SftExample[], padId: number): SftBatch {
  const T = Math.max(...examples.map((e) => e.inputIds.length));
  const pad = (row: number[], v: number) => [...row, ...Array(T - row.length).fill(v)];
  const labels = examples.map((e) => pad(e.labels, IGNORE_INDEX));
  return {
    inputIds: examples.map((e) => pad(e.inputIds, padId)),
    attentionMask: examples.map((e) => pad(e.segments ?? e.inputIds.map(() => 1), 0)),
    labels,
    tokens: examples.reduce((n, e) => n + e.inputIds.length, 0),
    targets: labels.reduce((n, r) => n + r.slice(1).filter((y) => y !== IGNORE_INDEX).length, 0),
  };
}

/**
 * Pack examples into rows of at most `cutoffLen` tokens without cross-sample attention
 * (LLaMA-Factory `neat_packing`): greedy first-fit in the given order, each row's tokens carry
 * their sequence's segment id (1, 2, ...) which the model turns into a block-diagonal causal mask
 * with positions restarting per sequence. The first label of every later sequence is ignored so
 * no loss term predicts one sequence from another. Deterministic: same input, same rows.
 *
 * @example
 * const rows = packExamples(examples, 512); // fewer, fuller rows; same tokens and targets
 */
export function packExamples(examples: SftExample[], cutoffLen: number): SftExample[] {
  const rows: SftExample[][] = [];
  const room: number[] = [];
  for (const e of examples) {
    if (e.inputIds.length > cutoffLen) {
      throw new Error(`packExamples: example ${e.id} has ${e.inputIds.length} tokens; expected at most cutoff_len ${cutoffLen}`);
    }
    const r = room.findIndex((free) => free >= e.inputIds.length);
    if (r === -1) {
      rows.push([e]);
      room.push(cutoffLen - e.inputIds.length);
    } else {
      rows[r].push(e);
      room[r] -= e.inputIds.length;
    }
  }
  return rows.map((row) => ({
    id: row.map((e) => e.id).join('+'),
    inputIds: row.flatMap((e) => e.inputIds),
    labels: row.flatMap((e, k) => (k === 0 ? e.labels : [IGNORE_INDEX, ...e.labels.slice(1)])),
    truncated: row.some((e) => e.truncated),
    segments: row.flatMap((e, k) => e.inputIds.map(() => k + 1)),
  }));
}

/**
 * Batches of `batchSize` examples, shuffled by `seed` when given (same seed, same order).
 *
 * @example
 * for (const b of sftBatches(examples, { batchSize: 2, padId: 0, seed: 42 })) b.inputIds.length; // 2
 */
export function* sftBatches(
  examples: SftExample[],
  opts: { batchSize: number; padId: number; seed?: number },
): Generator<SftBatch> {
  const order = opts.seed === undefined ? examples.map((_, i) => i) : new Rng(opts.seed).permutation(examples.length);
  for (let i = 0; i < order.length; i += opts.batchSize) {
    yield collate(order.slice(i, i + opts.batchSize).map((j) => examples[j]), opts.padId);
  }
}

/**
 * Contiguous next-token windows over a token stream (for causal-LM pretraining on raw text):
 * windows of `seqLen` tokens, every token a target.
 *
 * @example
 * const ex = textWindows(tok.encode(corpus, { addSpecialTokens: false }), 128); // SftExample[]
 */
export function textWindows(ids: number[], seqLen: number): SftExample[] {
  const out: SftExample[] = [];
  for (let i = 0; i + seqLen <= ids.length; i += seqLen) {
    const w = ids.slice(i, i + seqLen);
    out.push({ id: `window-${out.length}`, inputIds: w, labels: [...w], truncated: false });
  }
  return out;
}
