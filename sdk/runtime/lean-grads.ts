/**
 * `tf.variableGrads` with the memory profile of the PyTorch autograd engine: each intermediate
 * gradient is released as soon as the op that produced its tensor has been differentiated, and
 * each op's saved tensors as soon as its gradient has run.
 *
 * tfjs 4.22's `engine.gradients` keeps every intermediate gradient (and every saved activation)
 * until the whole backward pass ends, so a training step peaks at about twice the activation
 * memory; at SmolLM2-135M x 1,024 tokens that is past the wasm heap's 4 GiB. This walks the same
 * tape the engine records (same gradient functions, same order, same results) and frees as it goes.
 *
 * It reads the engine's tape (`engine.state.activeTape`, `TapeNode`s), an internal of tfjs-core;
 * the version is pinned in package.json and test/runtime/lean-grads.test.ts checks it against
 * `tf.variableGrads`.
 *
 * @example
 * const { value, grads } = leanVariableGrads(() => loss(batch), lora.variables());
 */
import * as tf from '@tensorflow/tfjs';

/** The parts of a tfjs tape node the walk uses (tfjs-core/dist/tape.d.ts). */
interface TapeNode {
  id: number;
  kernelName: string;
  outputs: tf.Tensor[];
  inputs: Record<string, tf.Tensor>;
  gradient?: (dys: (tf.Tensor | null)[]) => Record<string, () => tf.Tensor>;
  saved?: tf.Tensor[];
}

/** Nodes on a path from a variable to `y`, in tape order, and the ids of tensors that depend on a variable. */
function pathNodes(tape: TapeNode[], xs: tf.Tensor[], y: tf.Tensor): { nodes: TapeNode[]; fromX: Set<number> } {
  const fromX = new Set(xs.map((x) => x.id));
  const forward = tape.filter((node) => {
    if (!Object.values(node.inputs).some((t) => fromX.has(t.id))) return false;
    for (const o of node.outputs) fromX.add(o.id);
    return true;
  });
  const toY = new Set([y.id]);
  const nodes: TapeNode[] = [];
  for (let i = forward.length - 1; i >= 0; i--) {
    const node = forward[i];
    if (!node.outputs.some((o) => toY.has(o.id))) continue;
    for (const t of Object.values(node.inputs)) toY.add(t.id);
    nodes.push(node);
  }
  return { nodes: nodes.reverse(), fromX };
}

/**
 * Value of the scalar `f()` and its gradients with respect to the trainable variables of
 * `varList` (by variable name, as `tf.variableGrads`), computed with the freeing backward pass
 * described above. Falls back to `tf.variableGrads` when called under another gradient tape.
 *
 * @example
 * const { value, grads } = leanVariableGrads(() => tf.sum(tf.square(w)), [w]); // grads[w.name] = 2w
 */
export function leanVariableGrads(f: () => tf.Scalar, varList: tf.Variable[]): { value: tf.Scalar; grads: tf.NamedTensorMap } {
  const engine = tf.engine();
  const state = engine.state as unknown as { gradientDepth: number; activeTape: TapeNode[] | null };
  if (state.gradientDepth > 0) return tf.variableGrads(f, varList) as { value: tf.Scalar; grads: tf.NamedTensorMap };
  const xs = varList.filter((v) => v.trainable);
  if (xs.length === 0) throw new Error(`leanVariableGrads: none of the ${varList.length} variables is trainable`);

  state.activeTape = [];
  state.gradientDepth++;
  let y: tf.Scalar;
  try {
    y = engine.tidy('forward', f);
  } finally {
    state.gradientDepth--;
  }
  const tape = state.activeTape ?? [];
  state.activeTape = null;
  const release = (node: TapeNode) => node.saved?.forEach((t) => t.dispose());
  try {
    if (!(y instanceof tf.Tensor) || y.rank !== 0) throw new Error(`leanVariableGrads: f must return a scalar, got rank ${y?.rank}`);
    const { nodes, fromX } = pathNodes(tape, xs, y);
    let owners: tf.Variable[] = [];
    const grads = engine.tidy('backward', () => {
      const acc = new Map<number, tf.Tensor>([[y.id, tf.onesLike(y)]]);
      for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i];
        const dys = node.outputs.map((o) => acc.get(o.id) ?? null);
        if (!node.gradient) throw new Error(`Cannot compute gradient: gradient function not found for ${node.kernelName}.`);
        const thunks = node.gradient(dys);
        for (const [name, x] of Object.entries(node.inputs)) {
          if (!fromX.has(x.id)) continue;
          const thunk = thunks[name];
          if (!thunk) throw new Error(`Cannot backprop through input ${name} of ${node.kernelName}. Available gradients found: ${Object.keys(thunks)}.`);
          const dx = engine.tidy(thunk);
          if (dx.dtype !== 'float32' || dx.shape.join() !== x.shape.join()) {
            throw new Error(`Error in gradient for op ${node.kernelName}: gradient of ${name} is ${dx.dtype} [${dx.shape}], input is [${x.shape}]`);
          }
          const prev = acc.get(x.id);
          acc.set(x.id, prev ? tf.add(prev, dx) : dx);
          if (prev) {
            // A gradient function may hand back its dy unchanged: free only what nothing else holds.
            const held = new Set([...acc.values(), ...dys]);
            if (!held.has(prev)) prev.dispose();
            if (!held.has(dx)) dx.dispose();
          }
        }
        // All readers of this node's outputs came after it on the tape: their gradients are final
        // and used up, as are the tensors the node saved.
        for (const o of node.outputs) acc.delete(o.id);
        const live = new Set(acc.values());
        for (const dy of dys) if (dy && !live.has(dy)) dy.dispose();
        release(node);
      }
      owners = xs.filter((x) => acc.has(x.id));
      return owners.map((x) => acc.get(x.id)!);
    });
    if (owners.length === 0) throw new Error('Cannot find a connection between any variable and the result of the loss function y=f(x).');
    const named: tf.NamedTensorMap = {};
    owners.forEach((x, i) => (named[x.name] = grads[i]));
    return { value: y, grads: named };
  } finally {
    tape.forEach(release);
  }
}
