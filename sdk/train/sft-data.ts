/**
 * Supervised fine-tuning data: chat records to token ids and loss labels, then padded batches.
 *
 * Conversations are rendered with the model's own chat template (`tokenizer.applyChatTemplate`)
 * exactly as `generate` renders a prompt, so the model is trained on the token layout it will see
 * at inference. The prompt/response boundary of every assistant turn comes from rendering the
 * conversation up to that turn with `addGenerationPrompt` and comparing token prefixes.
 * Prompt tokens get label -100 unless `trainOnPrompt`; an EOS is appended when the template does
 * not end the answer with one, so the model learns to stop.
 *
 * @example
 * const { examples, stats } = tokenizeRecords(model.tokenizer, splits.train, { cutoffLen: 256 });
 * for (const batch of sftBatches(examples, { batchSize: 4, padId: model.tokenizer.padTokenId, seed: 1 })) { ... }
 */
import { toChatMessages, type DataRecord } from '../data/records.js';
import type { ChatMessage, MedTokenizer } from '../model/types.js';
import { IGNORE_INDEX } from './loss.js';
import { Rng } from '../runtime/random.js';

/** Options of tokenization. @example const o: TokenizeOptions = { cutoffLen: 256, trainOnPrompt: false }; */
export interface TokenizeOptions {
  /** Longest sequence in tokens; longer ones are cut at the end (LLaMA-Factory default 2048; small models want less). */
  cutoffLen: number;
  /** Also learn the prompt tokens (LLaMA-Factory `train_on_prompt`, default false). */
  trainOnPrompt?: boolean;
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

/**
 * Token ids and labels of one conversation. Each assistant turn is a response (trained); all
 * other tokens are prompt (label -100 unless `trainOnPrompt`).
 *
 * @example
 * tokenizeConversation(tok, [{ role: 'user', content: 'Fever?' }, { role: 'assistant', content: 'Yes.' }], { cutoffLen: 64 });
 */
export function tokenizeConversation(
  tokenizer: MedTokenizer,
  messages: ChatMessage[],
  opts: TokenizeOptions,
): { inputIds: number[]; labels: number[]; truncated: boolean } {
  const assistantTurns = messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : []));
  if (assistantTurns.length === 0) throw new Error('conversation has no assistant message to learn');
  const encode = (text: string) => tokenizer.encode(text, { addSpecialTokens: false });
  const full = encode(tokenizer.applyChatTemplate(messages));
  const labels = opts.trainOnPrompt ? [...full] : full.map(() => IGNORE_INDEX);
  let lastStart = full.length;
  for (const i of assistantTurns) {
    // Token boundaries where the answer starts and ends, as generation would see them.
    const promptIds = encode(tokenizer.applyChatTemplate(messages.slice(0, i), { addGenerationPrompt: true }));
    const start = commonPrefix(promptIds, full);
    const end = i === messages.length - 1 ? full.length : commonPrefix(encode(tokenizer.applyChatTemplate(messages.slice(0, i + 1))), full);
    for (let t = start; t < end; t++) labels[t] = full[t];
    lastStart = start;
  }
  let inputIds = [...full];
  let outLabels = labels;
  if (messages[messages.length - 1].role === 'assistant') {
    // The model must learn to stop: end right after the template's own EOS (dropping any
    // whitespace it writes after it), or append one when the template writes none.
    let eosAt = -1;
    for (let t = full.length - 1; t >= lastStart; t--) {
      if (tokenizer.eosTokenIds.includes(full[t])) {
        eosAt = t;
        break;
      }
    }
    if (eosAt >= 0) {
      inputIds = inputIds.slice(0, eosAt + 1);
      outLabels = labels.slice(0, eosAt + 1);
    } else {
      inputIds.push(tokenizer.eosTokenIds[0]);
      outLabels = [...labels, tokenizer.eosTokenIds[0]];
    }
  }
  const truncated = inputIds.length > opts.cutoffLen;
  return { inputIds: inputIds.slice(0, opts.cutoffLen), labels: outLabels.slice(0, opts.cutoffLen), truncated };
}

/**
 * Tokenize `instruction` / `chat` records (through `toChatMessages`). Records whose answer
 * falls entirely beyond `cutoffLen`, or that cannot be rendered, are listed in `stats.dropped`.
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
      out = tokenizeConversation(tokenizer, toChatMessages(r), opts);
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
