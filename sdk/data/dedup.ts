/**
 * Exact and near-duplicate detection: exact by normalised text, near by MinHash signatures of
 * word shingles with LSH banding for candidates and a Jaccard-estimate threshold to decide.
 *
 * The first occurrence is kept; every removal is reported with its id, the id it duplicates,
 * why and the similarity (ids only, never text).
 *
 * @example
 * const { keep, removed } = findDuplicates([{ id: 'a', text: 'x y z' }, { id: 'b', text: 'x y z' }]);
 * removed; // [{ id: 'b', duplicateOf: 'a', reason: 'exact', similarity: 1 }]
 */
import { hashString } from '../runtime/random.js';

/** Options of `findDuplicates`. @example const o: DedupOptions = { threshold: 0.9, seed: 1 }; */
export interface DedupOptions {
  /** Estimated Jaccard similarity (word 3-shingles) at or above which two texts are near-duplicates.
   * 0.8: one changed word in a 30-word note already drops Jaccard to about 0.85, while distinct
   * notes written from a shared template stay well below (measure on your corpus with `.clean()` counts). */
  threshold?: number;
  /** Words per shingle; 3 is sensitive enough for short notes (5+ misses small edits in them). */
  shingleSize?: number;
  /** MinHash functions; 128 gives a Jaccard estimate with standard error about 0.03. */
  numHashes?: number;
  /** LSH bands (numHashes must divide evenly); 32 bands of 4 rows find pairs at J=0.7 with p>0.99. */
  bands?: number;
  /** Seed of the hash family so results are reproducible. */
  seed?: number;
  /** Skip near-duplicate search (exact only). */
  near?: boolean;
}

/** One record dropped as a duplicate, named by id only. @example removal.duplicateOf; // 'rpt-0007' */
export interface Removal {
  id: string;
  duplicateOf: string;
  reason: 'exact' | 'near';
  /** 1 for exact; the MinHash Jaccard estimate for near duplicates. */
  similarity: number;
}

/**
 * Lower-case, collapse whitespace and strip punctuation: the key for exact duplicates.
 *
 * @example
 * canonical('Clear  lungs.'); // 'clear lungs'
 */
export function canonical(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Word shingles of `text` (its canonical form); texts shorter than `k` words give one shingle.
 *
 * @example
 * shingles('a b c d', 3); // Set { 'a b c', 'b c d' }
 */
export function shingles(text: string, k = 3): Set<string> {
  const w = canonical(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  if (w.length <= k) out.add(w.join(' '));
  for (let i = 0; i + k <= w.length; i++) out.add(w.slice(i, i + k).join(' '));
  return out;
}

/**
 * MinHash signature: for each of `numHashes` seeded hash functions, the minimum hash over shingles.
 *
 * @example
 * minhash(shingles('a b c d'), 64, 1).length; // 64
 */
export function minhash(set: Set<string>, numHashes = 128, seed = 0): Uint32Array {
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (const s of set) {
    // Two base hashes combined (Kirsch-Mitzenmacher) give numHashes independent-enough functions cheaply.
    const h1 = hashString(s, seed) >>> 0;
    const h2 = (hashString(s, seed + 0x5bd1e995) >>> 0) | 1;
    for (let i = 0; i < numHashes; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Fraction of equal positions: an unbiased estimate of Jaccard similarity.
 *
 * @example
 * estimateJaccard(minhash(shingles('a b c d')), minhash(shingles('a b c d'))); // 1
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

/**
 * Find duplicates among `items` (in order; first occurrence wins).
 *
 * @example
 * findDuplicates(items, { threshold: 0.85, seed: 1 }).removed.length;
 */
export function findDuplicates(items: { id: string; text: string }[], options: DedupOptions = {}): { keep: Set<string>; removed: Removal[] } {
  const threshold = options.threshold ?? 0.8;
  const numHashes = options.numHashes ?? 128;
  const bands = options.bands ?? 32;
  const seed = options.seed ?? 0;
  if (numHashes % bands !== 0) throw new Error(`dedup: numHashes (${numHashes}) must be a multiple of bands (${bands})`);
  const rows = numHashes / bands;
  const removed: Removal[] = [];
  const keep = new Set<string>();
  const exact = new Map<string, string>();
  const kept: { id: string; sig: Uint32Array }[] = [];
  const buckets = new Map<string, number[]>();
  for (const item of items) {
    const key = canonical(item.text);
    const first = exact.get(key);
    if (first !== undefined) {
      removed.push({ id: item.id, duplicateOf: first, reason: 'exact', similarity: 1 });
      continue;
    }
    exact.set(key, item.id);
    if (options.near === false) {
      keep.add(item.id);
      continue;
    }
    const sig = minhash(shingles(item.text, options.shingleSize ?? 3), numHashes, seed);
    const keys: string[] = [];
    const candidates = new Set<number>();
    for (let b = 0; b < bands; b++) {
      const k = `${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',')}`;
      keys.push(k);
      for (const c of buckets.get(k) ?? []) candidates.add(c);
    }
    let best: { idx: number; sim: number } | undefined;
    for (const c of candidates) {
      const sim = estimateJaccard(sig, kept[c].sig);
      if (sim >= threshold && (!best || sim > best.sim)) best = { idx: c, sim };
    }
    if (best) {
      removed.push({ id: item.id, duplicateOf: kept[best.idx].id, reason: 'near', similarity: Math.round(best.sim * 1000) / 1000 });
      continue;
    }
    const idx = kept.push({ id: item.id, sig }) - 1;
    for (const k of keys) {
      const list = buckets.get(k);
      if (list) list.push(idx);
      else buckets.set(k, [idx]);
    }
    keep.add(item.id);
  }
  return { keep, removed };
}
