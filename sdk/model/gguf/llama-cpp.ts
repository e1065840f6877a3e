/**
 * node-llama-cpp, the llama.cpp runtime medtune uses to run exported GGUF files: loading it (CPU
 * prebuilt binaries only, never a source build), reading a GGUF's file type, and greedy
 * generation for side-by-side runs with medtune.
 *
 * node-llama-cpp is an optional companion (a devDependency of medtune): it is imported only here,
 * and a missing or unusable install is reported with what to run, not a stack trace. It is an
 * ES module with top-level await, so it cannot be require()d; this module loads it with import().
 *
 * @example
 * const { text } = await llamaCppGenerate('out/tiny-q8_0.gguf', model.tokenizer.encode('Fever'), { maxTokens: 16 });
 */
import type { GgufOuttype } from './tensors.js';

// The parts of node-llama-cpp's API medtune uses, typed locally so medtune's types never need it.
interface NlcModule {
  getLlama(o: { gpu: false; build: 'never'; logLevel?: string; progressLogs?: boolean }): Promise<NlcLlama>;
  readGgufFileInfo(path: string, o: { readTensorInfo: boolean; ignoreKeys: string[]; logWarnings: boolean }): Promise<{ metadata: { general?: { file_type?: number } } }>;
}
interface NlcLlama {
  loadModel(o: { modelPath: string; gpuLayers?: number }): Promise<NlcModel>;
}
interface NlcModel {
  tokenize(text: string, specialTokens?: boolean): number[];
  detokenize(tokens: readonly number[], specialTokens?: boolean): string;
  isEogToken(token: number): boolean;
  createContext(o: Record<string, unknown>): Promise<NlcContext>;
  dispose(): Promise<void>;
}
interface NlcContext {
  getSequence(): NlcSequence;
  dispose(): Promise<void>;
}
/** A node-llama-cpp context sequence (the calls medtune makes). @example const seq: NlcSequence = ctx.getSequence(); */
export interface NlcSequence {
  clearHistory(): Promise<void>;
  controlledEvaluate(
    input: (number | [number, { generateNext: { logits: true | { filter: { tokens: number[]; includeTop: number } }; totalLogitWeight?: boolean } }])[],
  ): Promise<({ next: { logits?: Map<number, number>; totalLogitWeight?: number } } | undefined)[]>;
}


let llamaPromise: Promise<NlcLlama> | undefined;

async function nodeLlamaCpp(): Promise<NlcModule> {
  try {
    return (await import('node-llama-cpp')) as unknown as NlcModule;
  } catch (e) {
    throw new Error(
      `node-llama-cpp is not installed (${(e as Error).message.split('\n')[0]}); it runs exported GGUF files for verification. ` +
        'Install it with: npm install --save-dev node-llama-cpp',
    );
  }
}

/**
 * node-llama-cpp's CPU runtime (loaded once per process), or an error that says how to install it.
 *
 * @example
 * const llama = await llamaCppRuntime();
 */
export async function llamaCppRuntime(): Promise<NlcLlama> {
  llamaPromise ??= (async () => {
    const mod = await nodeLlamaCpp();
    try {
      // CPU prebuilt binaries only: never compile llama.cpp or probe GPUs from a verification step.
      return await mod.getLlama({ gpu: false, build: 'never', logLevel: 'error', progressLogs: false });
    } catch (e) {
      throw new Error(
        `node-llama-cpp is installed but has no usable prebuilt binary for ${process.platform}-${process.arch} (${(e as Error).message.split('\n')[0]})`,
      );
    }
  })();
  llamaPromise.catch(() => (llamaPromise = undefined));
  return llamaPromise;
}


/**
 * llama.cpp's argmax token after feeding `id` to `seq` (top logit only: the full map is slow at 152k tokens).
 *
 * @example
 * const next = await topToken(seq, lastPromptId);
 */
export async function topToken(seq: NlcSequence, id: number): Promise<number> {
  const step = await seq.controlledEvaluate([[id, { generateNext: { logits: { filter: { tokens: [], includeTop: 1 } } } }]]);
  const top = step[0]?.next.logits?.keys().next().value;
  if (top === undefined) throw new Error('node-llama-cpp returned no top logit');
  return top;
}

/**
 * Greedy tokens starting with `first` (already chosen), feeding each back; stops early when `stop(id)`.
 *
 * @example
 * const ids = await continueGreedy(seq, first, 8);
 */
export async function continueGreedy(seq: NlcSequence, first: number, n: number, stop: (id: number) => boolean = () => false): Promise<number[]> {
  const out: number[] = [];
  let next = first;
  for (let i = 0; i < n; i++) {
    out.push(next);
    if (stop(next) || i + 1 === n) break;
    next = await topToken(seq, next);
  }
  return out;
}


/**
 * The output type of a GGUF file (from `general.file_type`, read by node-llama-cpp's parser), to
 * judge a LoRA adapter by the precision of the base it runs on.
 *
 * @example
 * await ggufOuttype('out/base-q8_0.gguf'); // 'q8_0'
 */
export async function ggufOuttype(path: string): Promise<GgufOuttype> {
  const mod = await nodeLlamaCpp();
  const info = await mod.readGgufFileInfo(path, { readTensorInfo: false, ignoreKeys: ['tokenizer.ggml.tokens', 'tokenizer.ggml.merges', 'tokenizer.ggml.scores', 'tokenizer.ggml.token_type'], logWarnings: false });
  const ft = info.metadata.general?.file_type;
  const byId: Record<number, GgufOuttype> = { 0: 'f32', 1: 'f16', 7: 'q8_0' };
  if (ft === undefined || !byId[ft]) throw new Error(`${path}: general.file_type ${ft} is not one medtune exports (f32, f16, q8_0)`);
  return byId[ft];
}

/** Options of `llamaCppGenerate`. @example const o: LlamaCppGenerateOptions = { maxTokens: 32, lora: 'out/adapter.gguf' }; */
export interface LlamaCppGenerateOptions {
  /** New tokens at most (default 32); generation also stops at an end-of-generation token. */
  maxTokens?: number;
  /** A LoRA GGUF applied on top (scale 1). */
  lora?: string;
  /** llama.cpp threads (default 1, see compareWithLlamaCpp). */
  threads?: number;
}

/**
 * Greedy completion of `prompt` (token ids, e.g. from medtune's tokenizer, so both runtimes see
 * the same input) by llama.cpp running `gguf`: for side-by-side runs with medtune's `generate`.
 *
 * @example
 * const ids = encodeChat(model.tokenizer, [{ role: 'user', content: 'Fever?' }], { addGenerationPrompt: true });
 * const { text } = await llamaCppGenerate('out/tuned-q8_0.gguf', ids, { maxTokens: 48 });
 */
export async function llamaCppGenerate(gguf: string, prompt: number[], opts: LlamaCppGenerateOptions = {}): Promise<{ ids: number[]; text: string }> {
  if (!prompt.length) throw new Error('llamaCppGenerate: the prompt has no tokens');
  const llama = await llamaCppRuntime();
  const maxTokens = opts.maxTokens ?? 32;
  const lm = await llama.loadModel({ modelPath: gguf, gpuLayers: 0 });
  try {
    const ctx = await lm.createContext({
      contextSize: prompt.length + maxTokens + 8,
      threads: opts.threads ?? 1,
      ...(opts.lora ? { lora: { adapters: [{ filePath: opts.lora, scale: 1 }] } } : {}),
    });
    try {
      const seq = ctx.getSequence();
      if (prompt.length > 1) await seq.controlledEvaluate(prompt.slice(0, -1));
      const first = await topToken(seq, prompt[prompt.length - 1]);
      const ids = await continueGreedy(seq, first, maxTokens, (id) => lm.isEogToken(id));
      const text = lm.detokenize(ids.filter((id) => !lm.isEogToken(id)), false);
      return { ids, text };
    } finally {
      await ctx.dispose();
    }
  } finally {
    await lm.dispose();
  }
}
