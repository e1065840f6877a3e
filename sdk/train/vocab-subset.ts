/**
 * Sampled-softmax causal-LM loss for pretraining a large-vocabulary model on a small corpus.
 *
 * The embedded model has a 32,000-token vocabulary but its clinical corpus uses about 2,200
 * distinct tokens, and on CPU the output projection over 32,000 rows is ~85% of the compute.
 * Each training step therefore scores next tokens over the corpus vocabulary plus `negatives`
 * tokens drawn at random from the rest (seeded per step, so resume stays exact): the in-corpus
 * probabilities are learned exactly relative to each other, and the sampled negatives push the
 * unused tokens down so the full softmax puts little mass on them. Evaluation should use the
 * plain full-vocabulary loss (`sftLoss`), which is what pretraining reports.
 *
 * Works on tied-embedding Llama-family models (embedding = output projection): a per-step view
 * model is built whose embedding is the gathered rows, so gradients reach the full embedding.
 *
 * @example
 * const vocab = corpusVocabulary(trainIds, [bos, eos]);
 * const loss = sampledSoftmaxLoss(model, batch, vocab, { negatives: 1024, seed: ctx.seed });
 */
import * as tf from '@tensorflow/tfjs';
import { LlamaFamilyModel } from '../model/causal-lm.js';
import type { CausalLM, Linear } from '../model/types.js';
import { Rng } from '../runtime/random.js';
import { sftLoss } from './sft.js';
import type { SftBatch } from './sft-data.js';
import { IGNORE_INDEX } from './loss.js';

/** The ids a corpus uses, and the map back from full ids. @example corpusVocabulary(ids, [1, 2], 32000).ids.length; */
export interface VocabSubset {
  /** Sub-index -> full token id, ascending. */
  ids: number[];
  index: Map<number, number>;
  /** Full ids not in the corpus (negative candidates). */
  unused: number[];
}

/**
 * Distinct token ids of `ids` plus `always` (BOS/EOS/padding), over a vocabulary of `vocabSize`.
 *
 * @example
 * corpusVocabulary([5, 9, 5], [1, 2], 32000).ids; // [1, 2, 5, 9]
 */
export function corpusVocabulary(ids: number[], always: number[], vocabSize: number): VocabSubset {
  const set = new Set<number>([...ids, ...always]);
  const sorted = [...set].sort((a, b) => a - b);
  const unused: number[] = [];
  for (let i = 0; i < vocabSize; i++) if (!set.has(i)) unused.push(i);
  return { ids: sorted, index: new Map(sorted.map((id, i) => [id, i])), unused };
}

function remap(rows: number[][], index: Map<number, number>, keep: number): number[][] {
  return rows.map((r) =>
    r.map((id) => {
      if (id === keep) return keep;
      const j = index.get(id);
      if (j === undefined) throw new Error(`sampled softmax: token ${id} is not in the corpus vocabulary`);
      return j;
    }),
  );
}

/**
 * Mean next-token loss of `batch` (full token ids) over the corpus vocabulary plus `negatives`
 * random other tokens; see the file comment.
 *
 * @example
 * sampledSoftmaxLoss(model, batch, vocab, { negatives: 1024, seed: 7 });
 */
export function sampledSoftmaxLoss(model: CausalLM, batch: SftBatch, vocab: VocabSubset, opts: { negatives: number; seed: number }): tf.Scalar {
  if (!model.config.tie_word_embeddings || model.linears().has('lm_head')) {
    throw new Error('sampled softmax needs a tied-embedding model (embedding = output projection)');
  }
  const rng = new Rng(opts.seed);
  const negatives: number[] = [];
  const n = Math.min(opts.negatives, vocab.unused.length);
  const taken = new Set<number>();
  while (negatives.length < n) {
    const id = vocab.unused[Math.floor(rng.next() * vocab.unused.length)];
    if (!taken.has(id)) {
      taken.add(id);
      negatives.push(id);
    }
  }
  const rows = [...vocab.ids, ...negatives];
  const sub: SftBatch = {
    ...batch,
    inputIds: remap(batch.inputIds, vocab.index, -1),
    labels: remap(batch.labels, vocab.index, IGNORE_INDEX),
  };
  const params = model.parameters();
  const linears = model.linears();
  const own = new Map<string, tf.Variable>();
  for (const [name, v] of params) {
    const owner = name.replace(/\.(weight|bias)$/, '');
    if (!linears.has(owner)) own.set(name, v);
  }
  return tf.tidy(() => {
    const embed = params.get('model.embed_tokens.weight')!;
    // [|rows|, D]: gathered inside the gradient tape, so the full embedding receives the gradient.
    const subEmbed = tf.gather(embed, tf.tensor1d(rows, 'int32'));
    own.set('model.embed_tokens.weight', subEmbed as unknown as tf.Variable);
    const view = new LlamaFamilyModel({
      config: { ...model.config, vocab_size: rows.length },
      generationDefaults: model.generationDefaults,
      tokenizer: model.tokenizer,
      path: model.path,
      params: own,
      linears: new Map<string, Linear>(linears),
    });
    return sftLoss(view, sub);
  });
}
