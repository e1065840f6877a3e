/**
 * The Porter stemmer (M.F. Porter, 1980, "An algorithm for suffix stripping") with the
 * departures NLTK's `PorterStemmer` (mode NLTK_EXTENSIONS, which rouge-score uses) makes:
 * words of length <= 2 are not stemmed; "ies"/"ied" on a 4-letter word keep the "e"
 * ("dies" -> "die"); y -> i only after a consonant that is not the first letter; step 2 maps
 * "bli" -> "ble", "logi" -> "log", "fulli" -> "ful", "lessli" -> "less", "alli" -> "al" and re-runs;
 * the irregular-forms table ("skies" -> "sky", "dying" -> "die", ...).
 * Written from the published algorithm; checked against ROUGE-1.5.5 values in test/eval/rouge.test.ts.
 *
 * @example
 * porterStem('meetings'); // 'meet'
 * porterStem('generalization'); // 'gener'
 */

const IRREGULAR: Record<string, string> = {
  skies: 'sky', sky: 'sky', dying: 'die', lying: 'lie', tying: 'tie', news: 'news', innings: 'inning',
  inning: 'inning', outings: 'outing', outing: 'outing', cannings: 'canning', canning: 'canning',
  howe: 'howe', proceed: 'proceed', exceed: 'exceed', succeed: 'succeed',
};

function isCons(w: string, i: number): boolean {
  const c = w[i];
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 ? true : !isCons(w, i - 1);
  return true;
}

/** Porter's m(): the number of VC sequences in `stem`. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const vowel = !isCons(stem, i);
    if (!vowel && prevVowel) m++;
    prevVowel = vowel;
  }
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => !isCons(stem, i));
const endsDoubleCons = (w: string) => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isCons(w, w.length - 1);
/** *o: stem ends cvc where the last c is not w, x or y. */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n >= 3) {
    return isCons(w, n - 3) && !isCons(w, n - 2) && isCons(w, n - 1) && !'wxy'.includes(w[n - 1]);
  }
  // NLTK extension: a two-letter word "vc" counts (so "ow" style short stems behave).
  return n === 2 && !isCons(w, 0) && isCons(w, 1);
}

/** Replace `suffix` by `repl` when the remaining stem satisfies `cond`; undefined if the suffix is absent. */
function rule(w: string, suffix: string, repl: string, cond: (stem: string) => boolean): string | undefined {
  if (!w.endsWith(suffix)) return undefined;
  const stem = w.slice(0, w.length - suffix.length);
  return cond(stem) ? stem + repl : w;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.length === 4 ? w.slice(0, -1) : w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('ied')) return w.length === 4 ? w.slice(0, -1) : w.slice(0, -2);
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let stem: string | undefined;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) stem = w.slice(0, -3);
  if (stem === undefined) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsDoubleCons(stem) && !'lsz'.includes(stem[stem.length - 1])) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1c(w: string): string {
  return w.length > 2 && w.endsWith('y') && isCons(w, w.length - 2) ? `${w.slice(0, -1)}i` : w;
}

const M0 = (s: string) => measure(s) > 0;
const M1 = (s: string) => measure(s) > 1;

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['fulli', 'ful'], ['lessli', 'less'],
];

function step2(w: string): string {
  if (w.endsWith('logi')) return rule(w, 'logi', 'log', (s) => measure(`${s}l`) > 0)!;
  // Longest matching suffix wins (e.g. "ational" over "tional").
  let best: [string, string] | undefined;
  for (const r of STEP2) if (w.endsWith(r[0]) && (!best || r[0].length > best[0].length)) best = r;
  if (!best) return w;
  const out = rule(w, best[0], best[1], M0)!;
  // NLTK: "alli" -> "al" then step 2 again (so "-alli" behaves like "-al" + later rules).
  return best[0] === 'alli' && out !== w ? step2(out) : out;
}

const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
function step3(w: string): string {
  for (const [suf, repl] of STEP3) if (w.endsWith(suf)) return rule(w, suf, repl, M0)!;
  return w;
}

const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];
function step4(w: string): string {
  if (w.endsWith('ion')) {
    const stem = w.slice(0, -3);
    return (stem.endsWith('s') || stem.endsWith('t')) && M1(stem) ? stem : w;
  }
  let best: string | undefined;
  for (const s of STEP4) if (w.endsWith(s) && (!best || s.length > best.length)) best = s;
  return best ? rule(w, best, '', M1)! : w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w.slice(0, -1)) > 1) w = w.slice(0, -1);
  return w;
}

/**
 * Stem one lower-case word.
 *
 * @example
 * porterStem('caresses'); // 'caress'
 */
export function porterStem(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 2) return w;
  return step5(step4(step3(step2(step1c(step1b(step1a(w)))))));
}
