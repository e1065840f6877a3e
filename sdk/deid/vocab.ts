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
import { medicalForm, type PartKind } from './medical-morphology.js';

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
  POSTAL: 1024,
  /** A given name on the Social Security list that is also an English word (Wren, Tansy, Praise): a name only after a relation word. */
  NAMEWORD: 2048,
} as const;

// Prefixes English writes with a hyphen or closed up ("co-worker", "e-mail", "re-admit").
const HYPHEN_PREFIXES = new Set(['co', 'e', 're', 'pre', 'non', 'sub', 'anti', 'self', 'ex', 'multi', 'over', 'under', 'post', 'semi', 'mid']);

/** The loaded vocabulary. @example vocabulary().flags('rome'); */
export interface Vocabulary {
  /** Flags of a lower-case word (0 when unknown); tries the word without diacritics too. */
  flags(lowerWord: string): number;
  /** Multi-word clinical names ("hunt hess", "braden score"), lower case, single-spaced. */
  readonly phrases: readonly string[];
  /** First words of multi-word place names ("glen" of "glen burnie"): a phrase look-up starts only there. */
  readonly placeHeads: ReadonlySet<string>;
  /** Longest multi-word place name looked up, in words. */
  readonly placePhraseMaxWords: number;
  /** Entries loaded and milliseconds it took (for benchmarks). */
  readonly stats: { entries: number; loadMs: number };
}

const FILE = new URL('../../data/deid/vocab/vocab.tsv.gz', import.meta.url);
let cached: Vocabulary | null = null;

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
  const phrases: string[] = [];
  const placeHeads = new Set<string>();
  let maxWords = 1;
  const note = (word: string, flags: number): void => {
    if (flags & VOCAB_FLAGS.PHRASE) phrases.push(word);
    const sp = word.indexOf(' ');
    if (flags & VOCAB_FLAGS.PLACE && sp > 0) {
      placeHeads.add(word.slice(0, sp));
      maxWords = Math.max(maxWords, word.split(' ').length);
    }
  };
  // Layout (scripts/deid-vocab/build.ts): small groups "@<flags base 36>\nword\n...", then "@@",
  // then the large sorted list one word a line, then one flag character (48 + flags) per word.
  const cut = raw.indexOf('\n@@\n');
  if (cut < 0) throw new Error(`de-identification vocabulary ${FILE.pathname}: no "@@" section; rebuild it with scripts/deid-vocab/build.ts`);
  for (const group of raw.slice(0, cut).split('\n@')) {
    const words = group.split('\n');
    const flags = parseInt(words.shift()!.replace(/^@/, ''), 36);
    for (const w of words) if (w) {
      map.set(w, flags);
      note(w, flags);
    }
  }
  const tail = raw.slice(cut + 4).replace(/\n$/, '');
  const lastNl = tail.lastIndexOf('\n');
  const words = tail.slice(0, lastNl).split('\n');
  const codes = tail.slice(lastNl + 1);
  if (codes.length !== words.length) throw new Error(`de-identification vocabulary ${FILE.pathname}: ${words.length} words but ${codes.length} flags; rebuild it`);
  const bisect = (w: string): number | undefined => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = words[mid];
      if (x === w) return codes.charCodeAt(mid) - 48;
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  // Notes repeat their words: remember recent answers (bounded, so memory stays flat on big corpora).
  const memo = new Map<string, number>();
  const lookup = (w: string): number | undefined => {
    const m = memo.get(w);
    if (m !== undefined) return m < 0 ? undefined : m;
    const f = map.get(w) ?? bisect(w);
    if (memo.size > 200_000) memo.clear();
    memo.set(w, f ?? -1);
    return f;
  };
  const builtForms = new Map<string, number>();
  const partKind = (part: string): PartKind => {
    const f = lookup(part) ?? 0;
    return f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) ? 2 : f & (VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.COMMON) ? 1 : f ? 3 : 0;
  };
  const builtWord = (w: string): number => {
    // ("return-demonstrated", "Spanish-speaking", "comfort-focused"): everyday words of two letters or more joined by hyphens
    // are a word, where one of them names no one and none is a given name ("Mary-Kate", "CM-BRANDY", "Baker-Hill",
    // "Winston-Salem", "T-Boy" stay names).
    if (/^[a-z]{2,}(?:-[a-z]{2,})+$/.test(w)) {
      const parts = w.split('-').map((p) => lookup(p) ?? 0);
      const word = VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV;
      const naming = VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST | VOCAB_FLAGS.PLACE;
      if (parts.every((f) => f & word && !(f & VOCAB_FLAGS.FIRST)) && parts.some((f) => !(f & naming))) return VOCAB_FLAGS.ENGLISH;
    }
    // ("hemidiaphragm", "costophrenic", "appendicolith": a word medicine builds from its parts, which no list holds.)
    return medicalForm(w, partKind) ? VOCAB_FLAGS.CLINICAL : 0;
  };
  const loadMs = performance.now() - t0;
  cached = {
    flags(w: string): number {
      const f = lookup(w);
      if (f !== undefined) return f;
      // A word English writes closed or hyphenated is the same word: "co-worker" is "coworker", "e-mail" is "email".
      // (Only an everyday word so joined, its first part a prefix: two names joined, "Forman-Lyons", "wai-ling" (not
      // "wailing"), are looked up as they stand.)
      const dash = w.indexOf('-');
      if (dash > 0 && HYPHEN_PREFIXES.has(w.slice(0, dash))) {
        const joined = lookup(w.replace(/-/g, ''));
        if (joined !== undefined && joined & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH)) return joined;
      }
      // Only non-ASCII words can differ once folded.
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return lookup(fold(w)) ?? 0;
      // Words read from their parts, remembered like the looked-up ones (bounded).
      let built = builtForms.get(w);
      if (built === undefined) {
        built = builtWord(w);
        if (builtForms.size > 50_000) builtForms.clear();
        builtForms.set(w, built);
      }
      return built;
    },
    phrases,
    placeHeads,
    placePhraseMaxWords: Math.min(maxWords, 4),
    stats: { entries: map.size + words.length, loadMs },
  };
  return cached;
}
