/**
 * A view of a `CausalLM` whose forward pass throws once a signal is aborted, so a generation in
 * progress stops within one token: the client went away, Ctrl-C, a timeout or the kill switch.
 * `generate` disposes its KV cache on the way out, so nothing leaks.
 *
 * @example
 * const ac = new AbortController();
 * setTimeout(() => ac.abort(new GenerationAborted('timeout')), 5000);
 * await guardedGenerate(abortableModel(model, ac.signal), 'What is sepsis?'); // throws GenerationAborted after 5 s
 */
import type { CausalLM } from '../model/types.js';

/** Why a generation was stopped. @example const r: AbortReason = 'client-closed'; */
export type AbortReason = 'client-closed' | 'interrupted' | 'timeout' | 'stopped' | 'shutdown';

/**
 * Thrown (and used as the abort reason) when a generation is stopped on purpose.
 *
 * @example
 * ac.abort(new GenerationAborted('client-closed'));
 */
export class GenerationAborted extends Error {
  constructor(readonly reason: AbortReason) {
    super(`generation stopped: ${reason}`);
    this.name = 'GenerationAborted';
  }
}

/**
 * The model, with `forward` checking `signal` first. Everything else is the model's own.
 *
 * @example
 * for await (const piece of generateStream(abortableModel(model, signal), 'Fever')) process.stdout.write(piece);
 */
export function abortableModel(model: CausalLM, signal: AbortSignal): CausalLM {
  const forward: CausalLM['forward'] = (ids, opts) => {
    if (signal.aborted) throw signal.reason instanceof GenerationAborted ? signal.reason : new GenerationAborted('interrupted');
    return model.forward(ids, opts);
  };
  return new Proxy(model, {
    get(target, prop) {
      if (prop === 'forward') return forward;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
