/**
 * The model a server or chat session uses: a checkpoint, its chat template (the checkpoint's,
 * a named fallback, or chatml when the checkpoint has none, as llama.cpp's server does), and
 * an optional LoRA adapter that can be switched on and off per request, so the base and the
 * fine-tuned model are served from one copy of the weights.
 *
 * @example
 * const host = await ModelHost.load({ model: 'data/models/medtune-tiny', adapter: 'out/adapter' });
 * host.models.map((m) => m.id); // ['medtune-tiny+adapter', 'medtune-tiny']
 * host.select(host.find('medtune-tiny')!); // adapter off until the next select
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { FallbackTemplateName, templateTurnMarkers } from '../model/chat-templates.js';
import { isHubId, resolveHubModel } from '../model/hub.js';
import { loadModel, type LoadedModel } from '../model/loader.js';
import { loadTokenizer } from '../model/tokenizer.js';
import type { QuantizeKind } from '../model/types.js';
import { loadAdapter } from '../train/peft.js';
import type { LoraHandle } from '../train/lora.js';

/** What to load. @example const o: ModelHostOptions = { model: 'data/models/medtune-tiny', template: 'chatml' }; */
export interface ModelHostOptions {
  /** Checkpoint folder or a hub id in the local cache. */
  model: string;
  /** PEFT LoRA adapter folder. */
  adapter?: string;
  /** Chat template when the checkpoint's own should not be used, or it has none. */
  template?: FallbackTemplateName;
  /** Quantize decoder projections while loading. */
  quantize?: QuantizeKind;
}

/** One name a client can ask for. @example const m: ServedModel = { id: 'medtune-tiny', adapter: false, aliases: ['data/models/medtune-tiny'] }; */
export interface ServedModel {
  id: string;
  /** Whether requests for this name run with the adapter on. */
  adapter: boolean;
  /** Other accepted spellings: the --model / --adapter arguments as given. */
  aliases: string[];
}

// When the checkpoint has no chat template and none was named: ChatML is the most common open
// chat format and llama.cpp's server falls back to it too; a notice says so.
const DEFAULT_SERVING_TEMPLATE: FallbackTemplateName = 'chatml';

/**
 * A loaded model plus adapter and the names they are served under.
 *
 * @example
 * const host = await ModelHost.load({ model: 'data/models/medtune-tiny' });
 * host.templateNotice; // 'data/models/medtune-tiny has no chat template; using chatml (choose with --template)'
 */
export class ModelHost {
  private constructor(
    readonly model: LoadedModel,
    readonly lora: LoraHandle | undefined,
    readonly models: ServedModel[],
    /** Set when the chat template was chosen for the user (print it). */
    readonly templateNotice: string | undefined,
  ) {}

  /**
   * Load the checkpoint, its tokenizer and template, and the adapter.
   *
   * @example
   * const host = await ModelHost.load({ model: 'data/models/medtune-tiny', template: 'alpaca', adapter: 'out/nb04/lora' });
   */
  static async load(options: ModelHostOptions): Promise<ModelHost> {
    const dir = existsSync(options.model) || !isHubId(options.model) ? options.model : await resolveHubModel(options.model);
    let tokenizer = await loadTokenizer(dir, { template: options.template });
    let templateNotice: string | undefined;
    if (tokenizer.templateName === 'none') {
      tokenizer = await loadTokenizer(dir, { template: DEFAULT_SERVING_TEMPLATE });
      templateNotice = `${options.model} has no chat template; using ${DEFAULT_SERVING_TEMPLATE} (choose with --template ${FallbackTemplateName.options.join('|')})`;
    }
    const model = await loadModel(dir, { tokenizer, quantize: options.quantize });
    let lora: LoraHandle | undefined;
    try {
      if (options.adapter !== undefined) lora = await loadAdapter(model, options.adapter);
    } catch (e) {
      model.dispose();
      throw e;
    }
    const baseId = basename(resolve(dir)) || 'model';
    const models: ServedModel[] = [];
    if (options.adapter !== undefined) {
      // The fine-tuned model first: it is what a server with an adapter is for.
      models.push({ id: `${baseId}+${basename(resolve(options.adapter))}`, adapter: true, aliases: [options.adapter] });
    }
    models.push({ id: baseId, adapter: false, aliases: [options.model] });
    return new ModelHost(model, lora, models, templateNotice);
  }

  /**
   * The served model a client named (by id or alias), or undefined.
   *
   * @example
   * host.find('medtune-tiny')?.adapter; // false
   */
  find(name: string): ServedModel | undefined {
    return this.models.find((m) => m.id === name) ?? this.models.find((m) => m.aliases.includes(name));
  }

  /**
   * Switch the adapter for the next generation. Call only while holding the generation lock.
   *
   * @example
   * host.select(host.models[0]);
   */
  select(m: ServedModel): void {
    if (!this.lora) return;
    if (m.adapter) this.lora.enable();
    else this.lora.disable();
  }

  /** Stop strings that end an answer: the template's turn markers when it is a fallback. @example host.turnMarkers(); // ['<|im_end|>', '<|im_start|>'] */
  turnMarkers(): string[] {
    return templateTurnMarkers(this.model.tokenizer.templateName);
  }

  /** Free the adapter and the model. @example host.dispose(); */
  dispose(): void {
    this.lora?.remove();
    this.model.dispose();
  }
}
