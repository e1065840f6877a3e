/**
 * The de-identification vocabulary: one lower-case word (or phrase) -> a bit set saying what it is
 * (frequent English word, rarer English word, given name, surname, town, clinical word...). Built
 * by scripts/deid-vocab/build.ts from open sources (data/deid/vocab/README.md) and loaded lazily,
 * once per process, the first time de-identification needs it.
 *
 * @example
 * const v = vocabulary();
 * (v.flags('suzette') & VOCAB_FLAGS.FIRST) !== 0; // true
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Bits of a vocabulary entry. @example VOCAB_FLAGS.CLINICAL; // 32 */
export const VOCAB_FLAGS = {
  COMMON: 1,
  ENGLISH: 2,
  FIRST: 4,
  LAST: 8,
  PLACE: 16,
  CLINICAL: 32,
  UPPER: 64,
  PROPER: 128,
  PHRASE: 256,
  ABBREV: 512,
} as const;

/** The loaded vocabulary. @example vocabulary().flags('rome'); */
export interface Vocabulary {
  /** Flags of a lower-case word (0 when unknown); tries the word without diacritics too. */
  flags(lowerWord: string): number;
  /** Multi-word clinical names ("hunt hess", "braden score"), lower case, single-spaced. */
  readonly phrases: readonly string[];
  /** Multi-word place names, lower case ("glen burnie"), for phrase look-ups. */
  readonly placePhraseMaxWords: number;
  /** Entries loaded and milliseconds it took (for benchmarks). */
  readonly stats: { entries: number; loadMs: number };
}

const FILE = new URL('../../data/deid/vocab/vocab.tsv.gz', import.meta.url);
let cached: Vocabulary | null = null;
// Groups larger than this are searched by bisection instead of hashed.
const BISECT_MIN = 4000;

function fold(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ß/g, 'ss');
}

/**
 * Load (first call) and return the vocabulary.
 *
 * @example
 * vocabulary().stats.entries > 100000; // true
 */
export function vocabulary(): Vocabulary {
  if (cached) return cached;
  const t0 = performance.now();
  let raw: string;
  try {
    raw = gunzipSync(readFileSync(FILE)).toString('utf8');
  } catch (e) {
    throw new Error(`de-identification vocabulary ${FILE.pathname} could not be read (${(e as Error).message}); expected the file built by scripts/deid-vocab/build.ts`);
  }
  const map = new Map<string, number>();
  // Large groups stay sorted arrays searched by bisection: building a Map of half a million words
  // costs most of a second, an array split from the text costs a few milliseconds.
  const sorted: { words: string[]; flags: number }[] = [];
  const phrases: string[] = [];
  let maxWords = 1;
  // "@<flags base 36>" starts a group of words sharing those flags, sorted (scripts/deid-vocab/build.ts).
  for (const group of raw.split('\n@')) {
    const words = group.split('\n');
    const flags = parseInt(words.shift()!.replace(/^@/, ''), 36);
    if (words[words.length - 1] === '') words.pop();
    if (words.length > BISECT_MIN) sorted.push({ words, flags });
    else for (const w of words) map.set(w, flags);
    if (flags & VOCAB_FLAGS.PHRASE) phrases.push(...words);
    if (flags & VOCAB_FLAGS.PLACE) for (const w of words) if (w.includes(' ')) maxWords = Math.max(maxWords, w.split(' ').length);
  }
  const lookup = (w: string): number | undefined => {
    const f = map.get(w);
    if (f !== undefined) return f;
    for (const g of sorted) {
      let lo = 0;
      let hi = g.words.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = g.words[mid];
        if (x === w) return g.flags;
        if (x < w) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return undefined;
  };
  const loadMs = performance.now() - t0;
  cached = {
    flags(w: string): number {
      const f = lookup(w);
      if (f !== undefined) return f;
      // Only non-ASCII words can differ once folded.
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return lookup(fold(w)) ?? 0;
      return 0;
    },
    phrases,
    placePhraseMaxWords: Math.min(maxWords, 4),
    stats: { entries: map.size + sorted.reduce((n, g) => n + g.words.length, 0), loadMs },
  };
  return cached;
}
