/**
 * Gradient checkpointing (activation recomputation, Chen et al. 2016; HF `gradient_checkpointing`):
 * run a block without keeping its intermediate tensors, keep only its input, and run the block
 * again inside the backward pass to get its gradients.
 *
 * @example
 * const y = recomputeInBackward((x, [cos, sin]) => decoderLayer(x, cos, sin), h, [cos, sin], trainableVarsOfTheLayer);
 */
import * as tf from '@tensorflow/tfjs';

/** Random state a block consumes (e.g. LoRA dropout streams), replayed for the recomputation. */
export interface RandomStateHooks {
  save(): unknown;
  restore(state: unknown): void;
}

type CustomGradFn = Parameters<typeof tf.customGrad>[0];

/**
 * `fn(x, context)`, whose gradients with respect to `x` and `variables` are computed by re-running
 * `fn` in the backward pass. `context` holds constant tensors `fn` reads (kept alive for the
 * recomputation; they get no gradient); `variables` must list every trainable variable `fn`
 * reads (any other variable is treated as a constant). Outside a gradient tape it simply runs `fn`.
 *
 * @example
 * recomputeInBackward((x, [m]) => tf.tanh(tf.add(tf.matMul(x, w), m)), x, [m], [w]);
 */
export function recomputeInBackward<T extends tf.Tensor>(
  fn: (x: T, context: tf.Tensor[]) => T,
  x: T,
  context: tf.Tensor[],
  variables: tf.Variable[],
  random?: RandomStateHooks,
): T {
  const engine = tf.engine();
  if (engine.state.gradientDepth === 0) return fn(x, context);
  const op = (...args: unknown[]) => {
    const save = args.at(-1) as tf.GradSaveFunc;
    const input = args[0] as T;
    save([input, ...context]);
    const before = random?.save();
    // Inside customGrad the tape is off; tidy frees the block's intermediates right away.
    const value = tf.tidy(() => fn(input, context));
    const after = random?.save();
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const xs = [saved[0], ...variables];
      // A nested gradient computation resets the engine's active tape when it ends; the outer
      // backward pass still needs its own to release the tensors it saved.
      const outerTape = engine.state.activeTape;
      if (random) random.restore(before);
      try {
        const r = engine.gradients(() => fn(saved[0] as T, saved.slice(1)), xs, dy, true);
        r.value.dispose();
        return r.grads.map((g, i) => g ?? tf.zerosLike(xs[i]));
      } finally {
        engine.state.activeTape = outerTape;
        if (random) random.restore(after);
      }
    };
    return { value, gradFunc };
  };
  return tf.customGrad(op as unknown as CustomGradFn)(x, ...variables) as T;
}
