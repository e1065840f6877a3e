/**
 * A cheap necessary condition for a regular expression to match a text, read from the regex's source.
 *
 * Most scans of a rule-based recognizer find nothing in a given note: the note never says "krewe", "VFD" or "Rue".
 * Running such a scan still walks every character of the note. Here the source of each regex is parsed once
 * (with `@eslint-community/regexpp`) into the literals a match cannot do without ("one of `krewe`, `mystic`",
 * "and `vfd`"), and each text is summarised once as a bitmap of its lower-case character trigrams. A scan whose
 * required literals are absent from the bitmap is skipped: the trigram index of Google Code Search, per document.
 * Pairs and single characters are indexed too: a scan with no literal of three characters may still need an "@", a
 * "/" or one of "dr", "md".
 *
 * The condition is sound (a `false` answer means the regex cannot match anywhere in the text) and deliberately weak
 * where soundness would need care: only ASCII literals are kept, and anything the analysis does not understand
 * contributes no condition.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** An OR-set: every match contains at least one of these lower-case literals. */
type Literals = readonly string[];

interface Info {
  /** Every string the node can match, lower-cased, when that set is finite and small; otherwise null. */
  exact: Set<string> | null;
  /** OR-sets that every match contains (an AND of ORs); empty when nothing is known. */
  needs: Literals[];
  /** Strings every match starts with (one of them; '' when it may start with anything else), when known and small. */
  head?: Set<string> | null;
  /** Strings every match ends with, likewise. */
  tail?: Set<string> | null;
}

// Why 10: a digit (`\d`, `[0-9]`) is worth spelling out; a larger class multiplies a run past the limit below.
const CLASS_LIMIT = 10;
// Why 64: a run like `(?:st|saint)\.?\s` stays exact, while products that grow past this are cheaper to leave to
// the regex than to test literal by literal.
const EXACT_LIMIT = 64;
// Why 3: the index is read by trigrams first, the most selective; each regex is read a second time for literals of any
// length (see `probeFor`), which the index holds too, as pairs and single characters.
const MIN_LITERAL = 3;
// Why 512: an OR-set this large (a long word list) still costs less to test than one scan of a note.
const MAX_LITERALS = 512;
// Why 4: a literal's first, last and two middle trigrams already make a chance hit rare; testing every trigram of a
// long word adds cost and little selectivity.
const TRIGRAMS_PER_LITERAL = 4;

const NOTHING: Info = { exact: null, needs: [] };
const EMPTY: Info = { exact: new Set(['']), needs: [] };

/** Lower-case one code point the way the index does (ASCII letters only); null when it is not ASCII. */
function asciiLower(code: number): string | null {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return code < 0x80 ? String.fromCharCode(code) : null;
}

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** What a node's matches start (or end) with: its exact strings when it has them, else what it knows of its edge. */
function headOf(info: Info): Set<string> | null {
  return info.exact ?? info.head ?? null;
}
function tailOf(info: Info): Set<string> | null {
  return info.exact ?? info.tail ?? null;
}

/** Drop literals that contain another literal of the set: finding the shorter one is already enough. */
function minimal(literals: Iterable<string>): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** The OR-set an exact set stands for, when every member is at least `min` characters long. */
function fromExact(exact: Set<string>, min: number): Literals | null {
  for (const s of exact) if (s.length < min) return null;
  return exact.size > 0 && exact.size <= MAX_LITERALS ? minimal(exact) : null;
}

/** How selective an OR-set is: its shortest literal (capped), then fewer literals. */
function score(set: Literals): number {
  return Math.min(8, Math.min(...set.map((s) => s.length))) * 1000 - set.length;
}

function best(info: Info, min: number): Literals | null {
  const sets = [...info.needs];
  const own = info.exact && fromExact(info.exact, min);
  if (own) sets.push(own);
  if (sets.length === 0) return null;
  return sets.reduce((a, b) => (score(b) > score(a) ? b : a));
}

const DIGITS = new Set('0123456789');

/** `\d`, which a class and a lone element both read as the ten digits (never `\D`, `\w` or `\s`). */
function isDigitSet(node: AST.Node): boolean {
  return node.type === 'CharacterSet' && node.kind === 'digit' && !node.negate;
}

function characterClass(node: AST.CharacterClass): Info {
  if (node.negate || node.unicodeSets) return NOTHING;
  const out = new Set<string>();
  for (const el of node.elements) {
    if (isDigitSet(el)) {
      for (const d of DIGITS) out.add(d);
      continue;
    }
    // A short ASCII range such as 0-9 or 1-9; letters fold, so a range of them is read only when it has no capitals.
    if (el.type === 'CharacterClassRange') {
      const [a, b] = [el.min.value, el.max.value];
      if (b - a >= CLASS_LIMIT || b >= 0x80 || (a <= 0x5a && b >= 0x41)) return NOTHING;
      for (let c = a; c <= b; c++) out.add(String.fromCharCode(c));
      continue;
    }
    if (el.type !== 'Character') return NOTHING;
    const c = asciiLower(el.value);
    if (c === null) return NOTHING;
    out.add(c);
  }
  return out.size <= CLASS_LIMIT ? { exact: out, needs: [] } : NOTHING;
}

function quantifier(node: AST.Quantifier, min: number): Info {
  if (node.max === 0) return EMPTY;
  const inner = element(node.element, min);
  if (node.min === 0) {
    if (node.max === 1 && inner.exact && inner.exact.size < EXACT_LIMIT) return { exact: new Set([...inner.exact, '']), needs: [] };
    return NOTHING;
  }
  const own = best(inner, min);
  const needs = own ? [own] : [];
  if (node.min === node.max && inner.exact && inner.exact.size ** node.min <= EXACT_LIMIT) {
    let exact = new Set(['']);
    for (let i = 0; i < node.min; i++) exact = product(exact, inner.exact);
    return { exact, needs };
  }
  // Repeated at least once, the first repetition opens the match and the last closes it ("\d{1,3}st" holds "1st".."9st").
  return { exact: null, needs, head: headOf(inner), tail: tailOf(inner) };
}

function element(node: AST.Element, min: number): Info {
  switch (node.type) {
    case 'Character': {
      const c = asciiLower(node.value);
      return c === null ? NOTHING : { exact: new Set([c]), needs: [] };
    }
    case 'CharacterClass':
      return characterClass(node);
    case 'CharacterSet':
      return isDigitSet(node) ? { exact: DIGITS, needs: [] } : NOTHING;
    case 'Group':
    case 'CapturingGroup':
      return disjunction(node.alternatives, min);
    case 'Quantifier':
      return quantifier(node, min);
    default:
      return NOTHING;
  }
}

/** A sequence: runs of exact elements multiply out; every run and every inner condition is required. */
function sequence(alt: AST.Alternative, min: number): Info {
  let run: Set<string> = new Set(['']);
  let whole = true;
  const needs: Literals[] = [];
  const close = () => {
    const set = fromExact(run, min);
    if (set) needs.push(set);
  };
  // What every match starts with: the run up to the first element that is not exact, and that element's head.
  let head: Set<string> | null | undefined;
  for (const el of alt.elements) {
    if (el.type === 'Assertion') {
      // A positive look-around must match where it stands, so its literals are required too; it consumes nothing,
      // so the exact run continues across it. Negative ones and boundaries give no condition.
      if ((el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate) {
        const own = best(disjunction(el.alternatives, min), min);
        if (own) needs.push(own);
      }
      continue;
    }
    const info = element(el, min);
    if (info.exact && run.size * info.exact.size <= EXACT_LIMIT) {
      run = product(run, info.exact);
      needs.push(...info.needs);
      continue;
    }
    whole = false;
    // A run too short to look up meets the element's first characters: the two together are required ("\d{1,3}" then
    // "st" holds "1st"). (A run long enough already is kept as it is: fewer literals to test.)
    const h = headOf(info);
    if (h && fromExact(run, min) === null && run.size * h.size <= EXACT_LIMIT) run = product(run, h);
    if (head === undefined) head = run;
    close();
    needs.push(...info.needs);
    const t = tailOf(info);
    run = t ? new Set(t) : new Set(['']);
  }
  if (whole) return { exact: run, needs };
  close();
  return { exact: null, needs, head: head ?? null, tail: run };
}

/** Alternatives: exact sets unite while small; a condition holds only if every alternative has one. */
function disjunction(alts: readonly AST.Alternative[], min: number): Info {
  const infos = alts.map((alt) => sequence(alt, min));
  const exacts = infos.map((i) => i.exact);
  if (exacts.every((e): e is Set<string> => e !== null)) {
    const union = new Set(exacts.flatMap((e) => [...e]));
    if (union.size <= EXACT_LIMIT) return { exact: union, needs: infos.length === 1 ? infos[0].needs : [] };
  }
  if (infos.length === 1) return infos[0];
  const edges = { head: edgeUnion(infos.map(headOf)), tail: edgeUnion(infos.map(tailOf)) };
  const literals: string[] = [];
  for (const info of infos) {
    const own = best(info, min);
    if (!own) return { exact: null, needs: [], ...edges };
    literals.push(...own);
  }
  const set = minimal(literals);
  return { exact: null, needs: set.length <= MAX_LITERALS ? [set] : [], ...edges };
}

/** The edges of alternatives together: known only when every alternative's is known and they stay few. */
function edgeUnion(edges: (Set<string> | null)[]): Set<string> | null {
  if (edges.some((e) => e === null)) return null;
  const union = new Set(edges.flatMap((e) => [...e!]));
  return union.size <= EXACT_LIMIT ? union : null;
}

/**
 * The OR-sets of lower-case literals, each at least `min` characters long, that every match of `re` contains (an AND of
 * ORs); empty when none is known.
 *
 * @example
 * requiredLiterals(/\b(?:krewe|mystic society) of \w+/i); // [['krewe of ', 'mystic society of ']]
 * requiredLiterals(/\b(?:dr|md)\.?[ \t]+\p{Lu}/iu, 1); // [['dr', 'md'], [' ', '\t']]
 */
export function requiredLiterals(re: RegExp, min = MIN_LITERAL): Literals[] {
  return literalSets(parse(re), min);
}

function parse(re: RegExp): AST.Pattern {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  return parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: (re as RegExp & { unicodeSets?: boolean }).unicodeSets === true });
}

function literalSets(pattern: AST.Pattern, min: number): Literals[] {
  const top = disjunction(pattern.alternatives, min);
  const sets = [...top.needs];
  const own = top.exact && fromExact(top.exact, min);
  if (own) sets.push(own);
  // Most selective first: a text usually fails on the first set tested.
  return sets.sort((a, b) => score(b) - score(a)).slice(0, 3);
}

// The index: one bit per hashed trigram of the lower-cased text.
const INDEX_BITS = 1 << 16;

function fold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  // Under the `iu` flags these two fold to ASCII letters (Unicode simple case folding): the Kelvin sign and long s.
  if (code === 0x212a) return 0x6b;
  if (code === 0x17f) return 0x73;
  return code;
}

function hash(a: number, b: number, c: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 0) % INDEX_BITS;
}

// Pairs and single characters are indexed beside the trigrams, hashed with this in place of the missing characters: no
// UTF-16 code unit equals it, so a pair or a character never shares a trigram's hash but by a collision (a false "may").
const SHORT = 0x10000;

/** Trigram hashes to test for one literal: spread over it, at most TRIGRAMS_PER_LITERAL; a shorter literal's own hash. */
function literalProbe(literal: string): Uint32Array {
  if (literal.length === 1) return Uint32Array.of(hash(SHORT, SHORT, literal.charCodeAt(0)));
  if (literal.length === 2) return Uint32Array.of(hash(SHORT, literal.charCodeAt(0), literal.charCodeAt(1)));
  const n = literal.length - 2;
  const picks = n <= TRIGRAMS_PER_LITERAL ? Array.from({ length: n }, (_, i) => i) : Array.from({ length: TRIGRAMS_PER_LITERAL }, (_, i) => Math.round((i * (n - 1)) / (TRIGRAMS_PER_LITERAL - 1)));
  return Uint32Array.from(picks, (i) => hash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2)));
}

/** The lower-case trigrams, pairs and characters present in a text, as a bitmap. */
function indexOf(text: string): Uint32Array {
  const bits = new Uint32Array(INDEX_BITS / 32);
  // Before the text, SHORT stands in for the characters that are not there: the first character is indexed as a pair
  // (SHORT, SHORT, c), the first two as (SHORT, a, b), and from then on each trigram and the pair and character it ends.
  let a = SHORT;
  let b = SHORT;
  for (let i = 0; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    let h = hash(SHORT, SHORT, c);
    bits[h >>> 5] |= 1 << (h & 31);
    if (b !== SHORT) {
      h = hash(SHORT, b, c);
      bits[h >>> 5] |= 1 << (h & 31);
      if (a !== SHORT) {
        h = hash(a, b, c);
        bits[h >>> 5] |= 1 << (h & 31);
      }
    }
    a = b;
    b = c;
  }
  return bits;
}

type Probe = readonly (readonly Uint32Array[])[];
// Keyed by source: regex literals inside functions are new objects on every call but share their source string, whose
// hash the engine keeps. The literals depend on the flags only through how the source parses (`u`, `v`); case is folded.
// Why 20,000: the recognizers hold about 1,100 distinct scans; a regex built from a note's words would otherwise grow
// the cache without end.
const MAX_CACHED = 20_000;
const bySource = new Map<string, Probe>();
const bySourceUnicode = new Map<string, Probe>();

// A module's constant regex asks again at each note: the object that first brought a source is looked up by identity,
// which costs less than hashing and comparing its source. (Only that one: a regex literal inside a function is a new
// object at each call, and remembering each would fill the map.)
const byRegex = new WeakMap<RegExp, Probe>();

function probeFor(re: RegExp): Probe {
  const known = byRegex.get(re);
  if (known) return known;
  const cache = re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets ? bySourceUnicode : bySource;
  let probe = cache.get(re.source);
  if (!probe) {
    // The trigram literals first, as the most selective; then the pairs and characters that a regex with no long
    // literal still needs ("@" of an email address, "/" of a date), or that narrow one with them further.
    // (A set both readings find is tested once: this runs for every scan of every note.)
    const pattern = parse(re);
    const sets = new Map<string, Literals>();
    for (const set of [...literalSets(pattern, MIN_LITERAL), ...literalSets(pattern, 1)]) if (!sets.has(set.join('\0'))) sets.set(set.join('\0'), set);
    probe = [...sets.values()].map((set) => set.map(literalProbe));
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(re.source, probe);
    byRegex.set(re, probe);
  }
  return probe;
}

let lastText: string | null = null;
let lastIndex: Uint32Array = new Uint32Array(0);

/**
 * False only when `re` cannot match anywhere in `text`: some literal it requires is absent. The text's index is
 * kept for the next call, so a run of scans over one note builds it once.
 *
 * @example
 * mayMatch(/\bkrewe of \w+/gi, 'pt rode with the Krewe of Zulu'); // true
 * mayMatch(/\bkrewe of \w+/gi, 'BP 120/80, afebrile'); // false
 */
export function mayMatch(re: RegExp, text: string): boolean {
  const probe = probeFor(re);
  if (probe.length === 0) return true;
  if (text !== lastText) {
    lastIndex = indexOf(text);
    lastText = text;
  }
  const bits = lastIndex;
  // Plain loops: this runs once per scan per note, and closures here showed in profiles.
  for (let i = 0; i < probe.length; i++) {
    const set = probe[i];
    let found = false;
    for (let j = 0; j < set.length && !found; j++) {
      const lit = set[j];
      let all = true;
      for (let k = 0; k < lit.length && all; k++) all = (bits[lit[k] >>> 5] & (1 << (lit[k] & 31))) !== 0;
      found = all;
    }
    if (!found) return false;
  }
  return true;
}
