/**
 * Matrix-product kernels that replace tfjs-backend-wasm's `BatchMatMul` and `_FusedMatMul`.
 *
 * tfjs-backend-wasm 4.22 runs a product through XNNPACK only when it is a single matrix without
 * transpose flags; transposed and batched products (every backward product, every attention
 * product) fall back to a scalar loop at about 1.5 GFLOP/s. So:
 * - with the native addon: every float32 product is one call to OpenBLAS sgemm on the wasm heap
 *   in place (all transpose modes, batched, multithreaded);
 * - without it: transposed operands are materialised with the wasm Transpose kernel and batched
 *   products are split into single matrices, so XNNPACK serves them all.
 * Either way `tf.matMul(a, b, transposeA, transposeB)` is fast, and its registered gradient
 * (lazy per input) computes only the gradients the caller asked for.
 *
 * @example
 * registerMatMulKernels(nativeStatus().addon); // called by registerWasmKernels()
 */
import * as tf from '@tensorflow/tfjs';
import type { NativeAddon } from './native.js';
import { heapF32, type WasmBackendLike } from './wasm-heap.js';

type KernelArgs = Parameters<tf.KernelFunc>[0];

/**
 * Marks a replacement kernel with the tfjs kernel it wraps. Registering again (a second call, or a
 * fresh copy of this module in a test) then wraps tfjs's kernel, never a wrapper of it.
 */
const ORIGINAL = Symbol.for('medtune.originalKernel');
type Wrapped = tf.KernelFunc & { [ORIGINAL]?: tf.KernelFunc };
const originalOf = (k: tf.KernelFunc): tf.KernelFunc => (k as Wrapped)[ORIGINAL] ?? k;

/** Shapes of one product after flags: op(a) is [m, k], op(b) is [k, n], over broadcast batch dims. */
interface Product {
  m: number;
  n: number;
  k: number;
  outer: number[];
  batch: number;
  batchA: number;
  batchB: number;
}

const size = (s: number[]) => s.reduce((x, d) => x * d, 1);

/** The product's dimensions, or undefined when tfjs's own kernel must handle it (dtype, general broadcasting). */
function describe(a: tf.TensorInfo, b: tf.TensorInfo, transposeA: boolean, transposeB: boolean): Product | undefined {
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length < 2 || b.shape.length < 2) return undefined;
  const ra = a.shape.length;
  const rb = b.shape.length;
  const m = transposeA ? a.shape[ra - 1] : a.shape[ra - 2];
  const k = transposeA ? a.shape[ra - 2] : a.shape[ra - 1];
  const kb = transposeB ? b.shape[rb - 1] : b.shape[rb - 2];
  const n = transposeB ? b.shape[rb - 2] : b.shape[rb - 1];
  if (k !== kb) {
    throw new Error(
      `Error in matMul: inner shapes (${k}) and (${kb}) of Tensors with shapes ${a.shape} and ${b.shape} and transposeA=${transposeA} and transposeB=${transposeB} must match.`,
    );
  }
  const outer = tf.backend_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const batch = size(outer);
  const batchA = size(a.shape.slice(0, -2));
  const batchB = size(b.shape.slice(0, -2));
  // Only "same batch" or "one side is a single matrix" broadcasting maps onto strides.
  if ((batchA !== batch && batchA !== 1) || (batchB !== batch && batchB !== 1)) return undefined;
  return { m, n, k, outer, batch, batchA, batchB };
}

function nativeProduct(
  addon: NativeAddon, backend: WasmBackendLike, a: tf.TensorInfo, b: tf.TensorInfo,
  transposeA: boolean, transposeB: boolean, p: Product, bias?: tf.TensorInfo,
): tf.TensorInfo {
  const out = backend.makeOutput([...p.outer, p.m, p.n], 'float32');
  // Views are taken after the allocation: growing the wasm heap detaches earlier ones.
  const ov = heapF32(backend, out);
  let beta = 0;
  if (bias) {
    // C starts as the bias broadcast over rows, and sgemm adds the product to it (beta = 1).
    const bv = heapF32(backend, bias);
    for (let r = 0; r < p.batch * p.m; r++) ov.set(bv, r * p.n);
    beta = 1;
  }
  addon.gemm(
    transposeA, transposeB, p.m, p.n, p.k, 1,
    heapF32(backend, a), p.batchA === 1 ? 0 : p.m * p.k,
    heapF32(backend, b), p.batchB === 1 ? 0 : p.k * p.n,
    beta, ov, p.m * p.n, p.batch,
  );
  return out;
}

/** A copy of matrix `index` of a batched operand, as its own `[1, rows, cols]` tensor. */
function sliceMatrix(backend: WasmBackendLike, t: tf.TensorInfo, index: number, rows: number, cols: number): tf.TensorInfo {
  const out = backend.makeOutput([1, rows, cols], 'float32');
  heapF32(backend, out).set(heapF32(backend, t).subarray(index * rows * cols, (index + 1) * rows * cols));
  return out;
}

/**
 * Without the addon: make every product a single untransposed matrix pair, the case tfjs's wasm
 * kernel sends to XNNPACK.
 */
function splitProduct(
  original: tf.KernelFunc, transpose: tf.KernelFunc, backend: WasmBackendLike, a: tf.TensorInfo, b: tf.TensorInfo,
  transposeA: boolean, transposeB: boolean, p: Product,
): tf.TensorInfo {
  const temps: tf.TensorInfo[] = [];
  const free = () => temps.forEach((t) => backend.disposeData(t.dataId));
  try {
    // Materialise op(a) [batchA, m, k] and op(b) [batchB, k, n].
    const flat = (t: tf.TensorInfo, rows: number, cols: number, batch: number, flip: boolean): tf.TensorInfo => {
      const view = { dataId: t.dataId, shape: flip ? [batch, cols, rows] : [batch, rows, cols], dtype: t.dtype };
      if (!flip) return view;
      const y = transpose({ inputs: { x: view }, backend: backend as unknown as tf.KernelBackend, attrs: { perm: [0, 2, 1] } }) as tf.TensorInfo;
      temps.push(y);
      return y;
    };
    const opA = flat(a, p.m, p.k, p.batchA, transposeA);
    const opB = flat(b, p.k, p.n, p.batchB, transposeB);
    const run = (x: tf.TensorInfo, y: tf.TensorInfo) =>
      original({ inputs: { a: x, b: y }, backend: backend as unknown as tf.KernelBackend, attrs: { transposeA: false, transposeB: false } }) as tf.TensorInfo;
    if (p.batch === 1) return { ...run(opA, opB), shape: [...p.outer, p.m, p.n] };
    const out = backend.makeOutput([...p.outer, p.m, p.n], 'float32');
    for (let i = 0; i < p.batch; i++) {
      const x = p.batchA === 1 ? opA : sliceMatrix(backend, opA, i, p.m, p.k);
      const y = p.batchB === 1 ? opB : sliceMatrix(backend, opB, i, p.k, p.n);
      const part = run(x, y);
      heapF32(backend, out).set(heapF32(backend, part), i * p.m * p.n);
      backend.disposeData(part.dataId);
      if (x !== opA) backend.disposeData(x.dataId);
      if (y !== opB) backend.disposeData(y.dataId);
    }
    return out;
  } finally {
    free();
  }
}

/**
 * Replace the wasm backend's `BatchMatMul` (and `_FusedMatMul` when the addon is present) by the
 * kernels above; cases they do not cover go to the kernels tfjs registered.
 *
 * @example
 * registerMatMulKernels(undefined); // fallback: XNNPACK for every product
 */
export function registerMatMulKernels(addon: NativeAddon | undefined): void {
  const batchMatMul = tf.getKernel('BatchMatMul', 'wasm');
  const fused = tf.getKernel('_FusedMatMul', 'wasm');
  const transposeK = tf.getKernel('Transpose', 'wasm');
  if (!batchMatMul || !fused || !transposeK) throw new Error('registerMatMulKernels: the wasm backend has no BatchMatMul/_FusedMatMul/Transpose kernel');
  const original = originalOf(batchMatMul.kernelFunc);
  const originalFused = originalOf(fused.kernelFunc);
  const transpose = transposeK.kernelFunc;

  const bmm: tf.KernelFunc = (args: KernelArgs) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const { transposeA, transposeB } = args.attrs as unknown as { transposeA: boolean; transposeB: boolean };
    const p = describe(a, b, transposeA, transposeB);
    if (!p || p.m * p.n * p.batch === 0) return original(args);
    const backend = args.backend as unknown as WasmBackendLike;
    if (p.k === 0) {
      // An empty sum: zeros (tfjs's wasm kernel would return uninitialised memory).
      const out = backend.makeOutput([...p.outer, p.m, p.n], 'float32');
      heapF32(backend, out).fill(0);
      return out;
    }
    if (addon) return nativeProduct(addon, backend, a, b, transposeA, transposeB, p);
    if (!transposeA && !transposeB && p.batch === 1) return original(args);
    return splitProduct(original, transpose, backend, a, b, transposeA, transposeB, p);
  };

  const fusedMm: tf.KernelFunc = (args: KernelArgs) => {
    const { a, b, bias, preluActivationWeights } = args.inputs as Record<string, tf.TensorInfo | undefined>;
    const { transposeA, transposeB, activation } = args.attrs as unknown as { transposeA: boolean; transposeB: boolean; activation: string };
    const p = addon && a && b ? describe(a, b, transposeA, transposeB) : undefined;
    const plainBias = !bias || (bias.dtype === 'float32' && size(bias.shape) === p?.n && bias.shape.length <= 2);
    if (!addon || !p || p.m * p.n * p.batch === 0 || activation !== 'linear' || preluActivationWeights || !plainBias) {
      return originalFused(args);
    }
    return nativeProduct(addon, args.backend as unknown as WasmBackendLike, a!, b!, transposeA, transposeB, p, bias);
  };

  for (const [kernelName, kernelFunc, orig] of [['BatchMatMul', bmm, original], ['_FusedMatMul', fusedMm, originalFused]] as const) {
    (kernelFunc as Wrapped)[ORIGINAL] = orig;
    tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  }
}
