/**
 * Loading the model a CLI command names (`score`, `generate`, `eval`): checkpoint, chat-template
 * fallback, quantization and a LoRA adapter, with figures on stderr so stdout stays
 * machine-readable.
 *
 * @example
 * const model = await loadModelForCli({ model: 'data/models/medtune-tiny', template: 'alpaca', adapter: 'out/lora' });
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FallbackTemplateName } from '../model/chat-templates.js';
import { parseModelConfig } from '../model/config.js';
import { loadModel, type LoadedModel } from '../model/loader.js';
import { idsOnlyTokenizer } from '../model/tokenizer.js';
import type { LoadOptions } from '../model/types.js';
import { initBackend } from '../runtime/backend.js';

/** Help text of `--template`, shared by the commands that take it. @example `  --template <name>  ${TEMPLATE_HELP}` */
export const TEMPLATE_HELP = `chat template when the checkpoint has none: ${FallbackTemplateName.options.join(' | ')}`;

/** Model-loading flags shared by `score`, `generate` and `eval`. @example const f: ModelFlags = { model: 'data/models/medtune-tiny', quantize: 'nf4' }; */
export interface ModelFlags {
  model?: string;
  adapter?: string;
  quantize?: string;
  template?: string;
}

/**
 * Load the model a CLI command names, with its adapter and quantization; backend and load
 * figures go to stderr so stdout stays machine-readable.
 *
 * @example
 * const model = await loadModelForCli({ model: 'data/models/medtune-tiny' });
 */
export async function loadModelForCli(flags: ModelFlags): Promise<LoadedModel> {
  if (!flags.model) throw new Error('--model <dir> is required');
  const options: LoadOptions = {};
  if (flags.quantize !== undefined) {
    if (flags.quantize !== 'nf4' && flags.quantize !== 'int8') {
      throw new Error(`--quantize: found ${JSON.stringify(flags.quantize)}; expected nf4 or int8`);
    }
    options.quantize = flags.quantize;
  }
  if (flags.template !== undefined) {
    const t = FallbackTemplateName.safeParse(flags.template);
    if (!t.success) {
      throw new Error(`--template: found ${JSON.stringify(flags.template)}; expected one of ${FallbackTemplateName.options.join(', ')}`);
    }
    options.template = t.data;
  }
  const dir = flags.model;
  if (existsSync(path.join(dir, 'config.json')) && !existsSync(path.join(dir, 'tokenizer.json'))) {
    // A checkpoint without tokenizer files can still score and generate token ids.
    const file = path.join(dir, 'config.json');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const cfg = parseModelConfig(raw, file);
    const first = (v: number | number[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));
    const eos = cfg.eos_token_id == null ? [] : ([] as number[]).concat(cfg.eos_token_id);
    options.tokenizer = idsOnlyTokenizer(dir, { vocabSize: cfg.vocab_size, bosTokenId: first(cfg.bos_token_id), eosTokenIds: eos });
    console.error(`${dir}: no tokenizer.json; token ids only`);
  }
  const backend = await initBackend();
  const model = await loadModel(flags.model, options);
  const r = model.loadReport;
  console.error(
    `backend: ${backend.name}; loaded ${model.config.model_type} (${r.parameters.toLocaleString('en-US')} parameters` +
      `${r.quantized ? `, ${r.quantized} projections ${flags.quantize}` : ''}) in ${r.seconds.toFixed(1)} s`,
  );
  if (flags.adapter !== undefined) {
    try {
      const { loadAdapter } = await import('../train/peft.js');
      const lora = await loadAdapter(model, flags.adapter);
      console.error(`adapter: ${flags.adapter} (${lora.variables().length / 2} LoRA projections)`);
    } catch (e) {
      model.dispose();
      throw e;
    }
  }
  return model;
}
