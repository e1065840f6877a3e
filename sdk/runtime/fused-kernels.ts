/**
 * Fused training kernels of the native addon, registered as tfjs kernels of the wasm backend
 * with registered gradients. Each kernel reads and writes the wasm heap in place; each gradient
 * is lazy per input (tfjs asks only for the inputs that lead to a trained variable), so frozen
 * weights never get a gradient computed.
 *
 * The ops that call them (and their plain-tfjs equivalents, used when the addon is absent or on
 * another backend) are in sdk/runtime/fused-ops.ts.
 *
 * @example
 * registerFusedKernels(nativeStatus().addon!); // registerWasmKernels() does this when the addon loads
 */
import * as tf from '@tensorflow/tfjs';
import type { NativeAddon } from './native.js';
import { heapF32, heapI32, type WasmBackendLike } from './wasm-heap.js';

/** Kernel names (prefixed so they never collide with tfjs's own). @example tf.getKernel(FUSED.rmsNorm, 'wasm'); */
export const FUSED = {
  rmsNorm: 'MedtuneRmsNorm',
  rmsNormGradX: 'MedtuneRmsNormGradX',
  rmsNormGradW: 'MedtuneRmsNormGradW',
  swiglu: 'MedtuneSwiGlu',
  swigluGrad: 'MedtuneSwiGluGrad',
  maskedSoftmax: 'MedtuneMaskedSoftmax',
  maskedSoftmaxGrad: 'MedtuneMaskedSoftmaxGrad',
  rope: 'MedtuneRope',
  lmHeadXent: 'MedtuneLmHeadXent',
  lmHeadXentGrad: 'MedtuneLmHeadXentGrad',
  quantMatMul: 'MedtuneQuantMatMul',
  loraLinear: 'MedtuneLoraLinear',
  qloraLinear: 'MedtuneQLoraLinear',
  loraGrad: 'MedtuneLoraGrad',
  adamW: 'MedtuneAdamW',
} as const;

/**
 * A quantized weight `[out, in]` as the native kernel reads it (typed arrays outside the wasm heap).
 *
 * @example
 * const h: QuantWeightHandle = { kind: 'int8', out: 4, in: 8, codes, stats: absmaxPerRow };
 */
export interface QuantWeightHandle {
  kind: 'int8' | 'nf4';
  out: number;
  in: number;
  /** int8: Int8Array [out*in]; NF4: packed nibbles Uint8Array [ceil(out*in/2)]. */
  codes: Int8Array | Uint8Array;
  /** int8: absmax per row; NF4: absmax per block, or the per-256-block scales of double quantization. */
  stats: Float32Array;
  /** NF4 double quantization: one 8-bit code per block. */
  dqCodes?: Uint8Array;
  dqOffset?: number;
  blocksize?: number;
  /** NF4 code table (16 values) and the 8-bit dynamic map (256 values) of double quantization. */
  nf4Code?: Float32Array;
  dynamicMap?: Float32Array;
}

type Args = { inputs: tf.NamedTensorInfoMap; attrs: tf.NamedAttrMap; backend: WasmBackendLike };
const size = (s: number[]) => s.reduce((a, d) => a * d, 1);
const run = (name: string, inputs: tf.NamedTensorMap, attrs: object = {}) =>
  tf.engine().runKernel(name, inputs, attrs as tf.NamedAttrMap) as tf.Tensor;
const EMPTY_U8 = new Uint8Array(0);
const EMPTY_F32 = new Float32Array(0);

/** Call the addon's quantized product: mode 0 `y = x·Wᵀ`, mode 1 `y = x·W`. */
function quantProduct(addon: NativeAddon, b: WasmBackendLike, x: tf.TensorInfo, w: QuantWeightHandle, mode: 0 | 1): tf.TensorInfo {
  const rows = size(x.shape) / (mode === 0 ? w.in : w.out);
  const out = b.makeOutput([...x.shape.slice(0, -1), mode === 0 ? w.out : w.in], 'float32');
  (addon.quantMatmul as (...a: unknown[]) => void)(
    mode, heapF32(b, x), heapF32(b, out), rows, w.out, w.in, w.kind === 'int8' ? 0 : 1, w.codes, w.stats,
    w.dqCodes ?? EMPTY_U8, w.dqOffset ?? 0, w.blocksize ?? 0, w.nf4Code ?? EMPTY_F32, w.dynamicMap ?? EMPTY_F32,
  );
  return out;
}

function kernels(addon: NativeAddon): Record<string, (a: Args) => tf.TensorInfo | tf.TensorInfo[]> {
  const call = (name: string, ...a: unknown[]) => (addon[name] as (...x: unknown[]) => void)(...a);
  return {
    [FUSED.rmsNorm]: ({ inputs: { x, weight }, attrs, backend: b }) => {
      const d = x!.shape.at(-1)!;
      const out = b.makeOutput(x!.shape, 'float32');
      call('rmsNorm', heapF32(b, x!), heapF32(b, weight!), heapF32(b, out), size(x!.shape) / d, d, attrs.eps);
      return out;
    },
    [FUSED.rmsNormGradX]: ({ inputs: { x, weight, dy }, attrs, backend: b }) => {
      const d = x!.shape.at(-1)!;
      const out = b.makeOutput(x!.shape, 'float32');
      call('rmsNormGradX', heapF32(b, x!), heapF32(b, weight!), heapF32(b, dy!), heapF32(b, out), size(x!.shape) / d, d, attrs.eps);
      return out;
    },
    [FUSED.rmsNormGradW]: ({ inputs: { x, dy }, attrs, backend: b }) => {
      const d = x!.shape.at(-1)!;
      const out = b.makeOutput([d], 'float32');
      call('rmsNormGradW', heapF32(b, x!), heapF32(b, dy!), heapF32(b, out), size(x!.shape) / d, d, attrs.eps);
      return out;
    },
    [FUSED.swiglu]: ({ inputs: { gate, up }, backend: b }) => {
      const out = b.makeOutput(gate!.shape, 'float32');
      call('swiglu', heapF32(b, gate!), heapF32(b, up!), heapF32(b, out), size(gate!.shape));
      return out;
    },
    [FUSED.swigluGrad]: ({ inputs: { gate, up, dy }, attrs, backend: b }) => {
      const out = b.makeOutput(gate!.shape, 'float32');
      call('swigluGrad', attrs.which, heapF32(b, gate!), heapF32(b, up!), heapF32(b, dy!), heapF32(b, out), size(gate!.shape));
      return out;
    },
    [FUSED.maskedSoftmax]: ({ inputs: { scores, mask }, attrs, backend: b }) => {
      const [B, H, T, S] = scores!.shape;
      const out = b.makeOutput(scores!.shape, 'float32');
      call('maskedSoftmax', heapF32(b, scores!), heapF32(b, mask!), heapF32(b, out), B, H, T, S, attrs.scale);
      return out;
    },
    [FUSED.maskedSoftmaxGrad]: ({ inputs: { probs, dy }, attrs, backend: b }) => {
      const S = probs!.shape.at(-1)!;
      const out = b.makeOutput(probs!.shape, 'float32');
      call('maskedSoftmaxGrad', heapF32(b, probs!), heapF32(b, dy!), heapF32(b, out), size(probs!.shape) / S, S, attrs.scale);
      return out;
    },
    [FUSED.rope]: ({ inputs: { x, cos, sin }, attrs, backend: b }) => {
      // cos/sin [B, T, 1, hD/2]; x [B, T, H, hD] (or [B, H, T, hD] when inHeadMajor).
      const [B, T] = cos!.shape;
      const [, a1, a2, d] = x!.shape;
      const H = attrs.inHeadMajor ? a1 : a2;
      const out = b.makeOutput(attrs.outHeadMajor ? [B, H, T, d] : [B, T, H, d], 'float32');
      call('rope', heapF32(b, x!), heapF32(b, cos!), heapF32(b, sin!), heapF32(b, out), B, T, H, d, attrs.sign, attrs.inHeadMajor, attrs.outHeadMajor);
      return out;
    },
    [FUSED.lmHeadXent]: ({ inputs: { hidden, weight, targets }, attrs, backend: b }) => {
      const [P, D] = hidden!.shape;
      const V = weight!.shape[0];
      const loss = b.makeOutput([P], 'float32');
      const lse = b.makeOutput([P], 'float32');
      // dh for dy = 1, computed while each chunk's logits are at hand (see native/src/xent.c).
      const dh = b.makeOutput([attrs.withGrad ? P : 0, D], 'float32');
      call('xentForward', heapF32(b, hidden!), heapF32(b, weight!), heapI32(b, targets!), heapF32(b, loss), heapF32(b, lse), attrs.withGrad ? heapF32(b, dh) : EMPTY_F32, P, D, V, attrs.chunk);
      return [loss, lse, dh];
    },
    [FUSED.lmHeadXentGrad]: ({ inputs: { hidden, weight, targets, lse, dy }, attrs, backend: b }) => {
      const [P, D] = hidden!.shape;
      const V = weight!.shape[0];
      const out = b.makeOutput(attrs.which === 0 ? [P, D] : [V, D], 'float32');
      call('xentGrad', attrs.which, heapF32(b, hidden!), heapF32(b, weight!), heapI32(b, targets!), heapF32(b, lse!), heapF32(b, dy!), heapF32(b, out), P, D, V, attrs.chunk);
      return out;
    },
    [FUSED.quantMatMul]: ({ inputs: { x }, attrs, backend: b }) =>
      quantProduct(addon, b, x!, attrs.weight as unknown as QuantWeightHandle, attrs.mode as 0 | 1),
    // y = x·Wᵀ + s·(xd·Aᵀ)·Bᵀ, x/xd [N, in], W [out, in], A [r, in], B [out, r]
    [FUSED.loraLinear]: ({ inputs: { x, xd, weight, a, b: bm }, attrs, backend: b }) => {
      const [N, inF] = x!.shape;
      const [outF, r] = bm!.shape;
      const y = b.makeOutput([N, outF], 'float32');
      addon.gemm(false, true, N, outF, inF, 1, heapF32(b, x!), 0, heapF32(b, weight!), 0, 0, heapF32(b, y), N * outF, 1);
      call('loraAdd', heapF32(b, xd!), heapF32(b, a!), heapF32(b, bm!), heapF32(b, y), N, inF, outF, r, attrs.scaling);
      return y;
    },
    [FUSED.qloraLinear]: ({ inputs: { x, xd, a, b: bm }, attrs, backend: b }) => {
      const [N, inF] = x!.shape;
      const [outF, r] = bm!.shape;
      const y = quantProduct(addon, b, x!, attrs.quant as unknown as QuantWeightHandle, 0);
      call('loraAdd', heapF32(b, xd!), heapF32(b, a!), heapF32(b, bm!), heapF32(b, y), N, inF, outF, r, attrs.scaling);
      return y;
    },
    // One AdamW update: new parameter, first and second moments (see native/src/adamw.c).
    [FUSED.adamW]: ({ inputs: { p, m, v, g }, attrs, backend: b }) => {
      const outs = [p, m, v].map((t) => b.makeOutput(t!.shape, 'float32'));
      const n = size(p!.shape);
      call('adamw', heapF32(b, p!), heapF32(b, m!), heapF32(b, v!), heapF32(b, g!), ...outs.map((o) => heapF32(b, o)), n,
        attrs.decay, attrs.beta1, attrs.beta2, attrs.bc2Sqrt, attrs.eps, attrs.stepSize);
      return outs;
    },
    [FUSED.loraGrad]: ({ inputs: { dy, xd, a, b: bm }, attrs, backend: b }) => {
      const [N, inF] = xd!.shape;
      const [outF, r] = bm!.shape;
      const out = b.makeOutput(attrs.which === 0 ? [N, inF] : attrs.which === 1 ? [r, inF] : [outF, r], 'float32');
      call('loraGrad', attrs.which, heapF32(b, dy!), heapF32(b, xd!), heapF32(b, a!), heapF32(b, bm!), heapF32(b, out), N, inF, outF, r, attrs.scaling);
      return out;
    },
  };
}

/** Gradients: one lazy function per input, each a kernel of its own. */
const GRADIENTS: tf.GradConfig[] = [
  {
    kernelName: FUSED.rmsNorm,
    inputsToSave: ['x', 'weight'],
    gradFunc: (dy, [x, weight], attrs) => ({
      x: () => run(FUSED.rmsNormGradX, { x, weight, dy: dy as tf.Tensor }, attrs),
      weight: () => run(FUSED.rmsNormGradW, { x, dy: dy as tf.Tensor }, attrs).reshape(weight.shape),
    }),
  },
  {
    kernelName: FUSED.swiglu,
    inputsToSave: ['gate', 'up'],
    gradFunc: (dy, [gate, up]) => ({
      gate: () => run(FUSED.swigluGrad, { gate, up, dy: dy as tf.Tensor }, { which: 0 }),
      up: () => run(FUSED.swigluGrad, { gate, up, dy: dy as tf.Tensor }, { which: 1 }),
    }),
  },
  {
    kernelName: FUSED.maskedSoftmax,
    outputsToSave: [true],
    gradFunc: (dy, [probs], attrs) => ({
      scores: () => run(FUSED.maskedSoftmaxGrad, { probs, dy: dy as tf.Tensor }, attrs),
      // The mask is added before the softmax, so its gradient is the unscaled one summed over heads.
      mask: () => tf.sum(run(FUSED.maskedSoftmaxGrad, { probs, dy: dy as tf.Tensor }, { scale: 1 }), 1, true),
    }),
  },
  {
    kernelName: FUSED.rope,
    inputsToSave: ['cos', 'sin'],
    // A rotation: its gradient is the rotation by the opposite angle, back to the input layout.
    gradFunc: (dy, [cos, sin], attrs) => ({
      x: () => run(FUSED.rope, { x: dy as tf.Tensor, cos, sin }, { sign: -(attrs.sign as number), inHeadMajor: attrs.outHeadMajor, outHeadMajor: attrs.inHeadMajor }),
    }),
  },
  {
    kernelName: FUSED.lmHeadXent,
    inputsToSave: ['hidden', 'weight', 'targets'],
    outputsToSave: [false, true, true],
    gradFunc: (dys, [hidden, weight, targets, lse, dhUnit], attrs) => {
      const dy = (dys as (tf.Tensor | null)[])[0] ?? tf.zeros([hidden.shape[0]]);
      const grad = (which: 0 | 1) => run(FUSED.lmHeadXentGrad, { hidden, weight, targets, lse, dy }, { which, chunk: attrs.chunk });
      // The loss is linear in dy row by row: scale the dh the forward pass computed for dy = 1.
      const dh = () => (dhUnit.shape[0] === hidden.shape[0] ? tf.mul(dhUnit, dy.expandDims(1)) : grad(0));
      return { hidden: dh, weight: () => grad(1) };
    },
  },
  {
    kernelName: FUSED.quantMatMul,
    // The base weight is frozen: only the input gradient, dx = dy·W, dequantized tile by tile again.
    gradFunc: (dy, _saved, attrs) => ({ x: () => run(FUSED.quantMatMul, { x: dy as tf.Tensor }, { weight: attrs.weight, mode: 1 - (attrs.mode as number) }) }),
  },
];

/** Gradients of the low-rank branch, shared by the dense and quantized LoRA kernels. */
function loraBranchGrads(dy: tf.Tensor, xd: tf.Tensor, a: tf.Tensor, b: tf.Tensor, scaling: number) {
  const grad = (which: 0 | 1 | 2) => () => run(FUSED.loraGrad, { dy, xd, a, b }, { which, scaling });
  return { xd: grad(0), a: grad(1), b: grad(2) };
}

GRADIENTS.push(
  {
    kernelName: FUSED.loraLinear,
    inputsToSave: ['x', 'xd', 'weight', 'a', 'b'],
    gradFunc: (dy, [x, xd, weight, a, b], attrs) => ({
      x: () => tf.matMul(dy as tf.Tensor, weight),
      weight: () => tf.matMul(dy as tf.Tensor, x, true, false),
      ...loraBranchGrads(dy as tf.Tensor, xd, a, b, attrs.scaling as number),
    }),
  },
  {
    kernelName: FUSED.qloraLinear,
    inputsToSave: ['xd', 'a', 'b'],
    gradFunc: (dy, [xd, a, b], attrs) => ({
      x: () => run(FUSED.quantMatMul, { x: dy as tf.Tensor }, { weight: attrs.quant, mode: 1 }),
      ...loraBranchGrads(dy as tf.Tensor, xd, a, b, attrs.scaling as number),
    }),
  },
);

/**
 * Register the fused kernels on the wasm backend and their gradients (idempotent).
 *
 * @example
 * registerFusedKernels(addon); tf.getKernel(FUSED.swiglu, 'wasm') !== undefined; // true
 */
export function registerFusedKernels(addon: NativeAddon): void {
  for (const [kernelName, fn] of Object.entries(kernels(addon))) {
    if (tf.getKernel(kernelName, 'wasm')) tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc: fn as unknown as tf.KernelFunc });
  }
  for (const g of GRADIENTS) tf.registerGradient(g);
}
