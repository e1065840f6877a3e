/**
 * AdamW with decoupled weight decay and bias correction, matching `torch.optim.AdamW`
 * (PyTorch 1.13 single-tensor path) operation by operation, plus global-norm gradient
 * clipping matching `torch.nn.utils.clip_grad_norm_`.
 *
 * The moment estimates live in `tf.Variable`s keyed by the same names as the parameters, so a
 * checkpoint can save and restore them exactly (`stateTensors` / `loadState`).
 *
 * @example
 * const opt = new AdamW(new Map([['w', w]]), { weightDecay: 0.01 });
 * const { grads, norm } = clipGradNorm(rawGrads, 1.0);
 * opt.step(grads, 1e-3);
 */
import * as tf from '@tensorflow/tfjs';
import { fusedAdamW, fusedKernelsActive } from '../runtime/fused-ops.js';

/** AdamW hyper-parameters (PyTorch defaults). @example const o: AdamWOptions = { weightDecay: 0.1, noDecay: (n) => n.endsWith('norm.weight') }; */
export interface AdamWOptions {
  /** torch default 0.9. */
  beta1?: number;
  /** torch default 0.999. */
  beta2?: number;
  /** torch default 1e-8. */
  eps?: number;
  /** torch.optim.AdamW default is 0.01; HF TrainingArguments passes 0.0 unless set. */
  weightDecay?: number;
  /** Names excluded from weight decay (HF Trainer excludes biases and norm weights). */
  noDecay?: (name: string) => boolean;
}

/**
 * AdamW over named variables; `step(grads, lr)` applies one update in place.
 *
 * @example
 * const opt = new AdamW(vars);
 * opt.step(grads, 2e-4); opt.stepCount; // 1
 */
export class AdamW {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  private readonly noDecay: (name: string) => boolean;
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  private t = 0;

  constructor(
    private readonly params: Map<string, tf.Variable>,
    opts: AdamWOptions = {},
  ) {
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.999;
    this.eps = opts.eps ?? 1e-8;
    this.weightDecay = opts.weightDecay ?? 0.01;
    this.noDecay = opts.noDecay ?? (() => false);
    for (const [name, p] of params) {
      // tf.variable keeps its own reference to the data: free the temporary zeros.
      const zeros = () => tf.tidy(() => tf.variable(tf.zerosLike(p), false));
      this.m.set(name, zeros());
      this.v.set(name, zeros());
    }
  }

  /** Number of updates applied so far (torch `state['step']`). */
  get stepCount(): number {
    return this.t;
  }

  /**
   * Apply one update with learning rate `lr`. `grads` maps parameter names to gradients;
   * parameters without a gradient are left untouched (their moments too), as torch does.
   *
   * @example
   * opt.step(new Map([['w', g]]), 1e-3);
   */
  step(grads: Map<string, tf.Tensor>, lr: number): void {
    this.t += 1;
    const bc1 = 1 - this.beta1 ** this.t;
    const bc2Sqrt = Math.sqrt(1 - this.beta2 ** this.t);
    const stepSize = lr / bc1;
    for (const [name, p] of this.params) {
      const g = grads.get(name);
      if (!g) continue;
      const m = this.m.get(name)!;
      const v = this.v.get(name)!;
      tf.tidy(() => {
        // Decoupled decay first, on the parameter itself (torch: param.mul_(1 - lr * wd)).
        const wd = this.noDecay(name) ? 0 : this.weightDecay;
        if (fusedKernelsActive()) {
          // The same arithmetic in one native pass instead of a dozen tensor ops.
          const attrs = { decay: 1 - lr * wd, beta1: this.beta1, beta2: this.beta2, bc2Sqrt, eps: this.eps, stepSize };
          const [p2, m2, v2] = fusedAdamW(p, m, v, g, attrs);
          p.assign(p2);
          m.assign(m2);
          v.assign(v2);
          return;
        }
        const decayed = wd !== 0 ? p.mul(1 - lr * wd) : p;
        m.assign(m.mul(this.beta1).add(g.mul(1 - this.beta1)));
        v.assign(v.mul(this.beta2).add(g.mul(g).mul(1 - this.beta2)));
        const denom = v.sqrt().div(bc2Sqrt).add(this.eps);
        p.assign(decayed.sub(m.div(denom).mul(stepSize)));
      });
    }
  }

  /**
   * Moments as tensors named `exp_avg/<param>` and `exp_avg_sq/<param>` (views of the live
   * state: do not dispose them).
   *
   * @example
   * const st = opt.stateTensors(); st.get('exp_avg/w');
   */
  stateTensors(): Map<string, tf.Tensor> {
    const out = new Map<string, tf.Tensor>();
    for (const [name, t] of this.m) out.set(`exp_avg/${name}`, t);
    for (const [name, t] of this.v) out.set(`exp_avg_sq/${name}`, t);
    return out;
  }

  /**
   * Restore moments and step count saved by `stateTensors` (values are copied).
   *
   * @example
   * opt.loadState(tensorsFromCheckpoint, 120);
   */
  loadState(tensors: Map<string, tf.Tensor>, step: number): void {
    for (const [kind, map] of [['exp_avg', this.m], ['exp_avg_sq', this.v]] as const) {
      for (const [name, variable] of map) {
        const t = tensors.get(`${kind}/${name}`);
        if (!t) throw new Error(`optimizer state: missing ${kind}/${name} in checkpoint`);
        if (t.shape.join(',') !== variable.shape.join(',')) {
          throw new Error(`optimizer state: ${kind}/${name} has shape [${t.shape}], expected [${variable.shape}]`);
        }
        variable.assign(t);
      }
    }
    this.t = step;
  }

  /** Free the moment buffers. @example opt.dispose(); */
  dispose(): void {
    for (const t of [...this.m.values(), ...this.v.values()]) t.dispose();
    this.m.clear();
    this.v.clear();
  }
}

/**
 * Global L2 norm of all gradients and, when it exceeds `maxNorm`, the gradients scaled by
 * `maxNorm / (norm + 1e-6)` (torch `clip_grad_norm_`). Returns new tensors the caller owns;
 * `maxNorm <= 0` or `Infinity` only measures.
 *
 * @example
 * const { grads, norm } = clipGradNorm(raw, 1.0); // norm is the pre-clip total norm
 */
export function clipGradNorm(
  grads: Map<string, tf.Tensor>,
  maxNorm: number,
): { grads: Map<string, tf.Tensor>; norm: number } {
  const list = [...grads.values()];
  let norm = 0;
  if (list.length > 0) {
    const total = tf.tidy(() => tf.sqrt(tf.addN(list.map((g) => tf.sum(tf.square(g))))));
    norm = total.dataSync()[0];
    total.dispose();
  }
  const coef = maxNorm / (norm + 1e-6);
  const clip = maxNorm > 0 && Number.isFinite(maxNorm) && coef < 1;
  const out = new Map<string, tf.Tensor>();
  for (const [name, g] of grads) out.set(name, clip ? tf.mul(g, coef) : tf.clone(g));
  return { grads: out, norm };
}
