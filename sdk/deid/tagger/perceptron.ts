/**
 * A multiclass averaged perceptron over hashed sparse features (Collins 2002; the tagger of
 * spaCy's early releases and NLTK). Knows nothing of text: an example is a list of feature
 * indices and a class. Training keeps the running sum of updates so the averaged weights come
 * out in one pass; prediction sums one weight row per feature.
 *
 * @example
 * const p = new Perceptron(3, 16);
 * p.update(Int32Array.of(1, 7), 2, 0); // gold class 2, predicted 0
 * p.finish();
 * p.scores(Int32Array.of(1, 7))[2] > 0; // true
 */

/** Weights of a trained model, as stored: class count, hash bits, and the non-zero rows. @example new Perceptron(3, 20).export(); */
export interface PerceptronWeights {
  classes: number;
  bits: number;
  /** Feature index of each stored row, ascending. */
  rows: Uint32Array;
  /** `classes` weights per stored row. */
  values: Float32Array;
}

/** The model: `2^bits` feature rows of `classes` weights. @example new Perceptron(3, 20).scores(Int32Array.of(5)); */
export class Perceptron {
  readonly classes: number;
  readonly bits: number;
  private w: Float32Array;
  // Training only: sum over time of each update, to average the weights at the end.
  private acc: Float64Array | null;
  private stamp = 1;
  private readonly out: Float64Array;

  constructor(classes: number, bits: number, weights?: Float32Array) {
    this.classes = classes;
    this.bits = bits;
    this.w = weights ?? new Float32Array((1 << bits) * classes);
    this.acc = weights ? null : new Float64Array((1 << bits) * classes);
    this.out = new Float64Array(classes);
  }

  /** Scores of every class for one example (a view reused between calls). @example p.scores(feats)[0]; */
  scores(feats: Int32Array, n = feats.length): Float64Array {
    const k = this.classes;
    const out = this.out;
    const w = this.w;
    if (k === 4) {
      // The tagger's shape, unrolled: four running sums in registers, added in the same order.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const row = feats[i] * 4;
        s0 += w[row];
        s1 += w[row + 1];
        s2 += w[row + 2];
        s3 += w[row + 3];
      }
      out[0] = s0;
      out[1] = s1;
      out[2] = s2;
      out[3] = s3;
      return out;
    }
    out.fill(0);
    for (let i = 0; i < n; i++) {
      const row = feats[i] * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c];
    }
    return out;
  }

  /** One perceptron step: when `predicted` differs from `gold`, move the weights toward gold. @example p.update(feats, 1, 0); */
  update(feats: Int32Array, gold: number, predicted: number, n = feats.length): void {
    if (gold !== predicted) {
      const k = this.classes;
      const acc = this.acc;
      if (!acc) throw new Error('perceptron: update() after finish(); train a new Perceptron instead');
      for (let i = 0; i < n; i++) {
        const row = feats[i] * k;
        this.w[row + gold] += 1;
        this.w[row + predicted] -= 1;
        acc[row + gold] += this.stamp;
        acc[row + predicted] -= this.stamp;
      }
    }
    this.stamp++;
  }

  /** Replace the weights by their average over all steps (w - acc / steps) and stop training. @example p.finish(); */
  finish(): void {
    const acc = this.acc;
    if (!acc) return;
    for (let i = 0; i < this.w.length; i++) this.w[i] -= acc[i] / this.stamp;
    this.acc = null;
  }

  /** The non-zero rows, for storage. @example p.export().rows.length; */
  export(): PerceptronWeights {
    const k = this.classes;
    const rows: number[] = [];
    for (let r = 0; r < 1 << this.bits; r++) {
      for (let c = 0; c < k; c++) {
        if (this.w[r * k + c] !== 0) {
          rows.push(r);
          break;
        }
      }
    }
    const values = new Float32Array(rows.length * k);
    rows.forEach((r, i) => values.set(this.w.subarray(r * k, r * k + k), i * k));
    return { classes: k, bits: this.bits, rows: Uint32Array.from(rows), values };
  }

  /** A trained model from stored rows. @example Perceptron.fromWeights(p.export()); */
  static fromWeights(s: PerceptronWeights): Perceptron {
    const w = new Float32Array((1 << s.bits) * s.classes);
    s.rows.forEach((r, i) => w.set(s.values.subarray(i * s.classes, i * s.classes + s.classes), r * s.classes));
    return new Perceptron(s.classes, s.bits, w);
  }
}
