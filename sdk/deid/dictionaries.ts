/**
 * Name and place dictionaries. The maintained source is @faker-js/faker's locale data (person
 * first/last names, US/CA/IN city names, street suffixes, city prefixes/suffixes) from several
 * English and European locales; English words (to tell ordinary words from unknown capitalized
 * tokens) come from the built vocabulary (vocab.ts). Loaded lazily once per process, paid only by
 * code that de-identifies.
 *
 * @example
 * const d = dictionaries();
 * d.firstNames.has('kaleigh'); // true
 */
import { de, en, en_AU, en_CA, en_GB, en_IE, en_IN, es, fr, it, pt_BR, type LocaleDefinition } from '@faker-js/faker';
import { COMMON_NAME_WORDS, FACILITY_WORDS } from './lexicon.js';
import { setClinicalCheck, setPersonNameCheck } from './medical-terms.js';
import { VOCAB_FLAGS, vocabulary } from './vocab.js';

/** Lower-cased dictionaries. @example dictionaries().firstNames.has('john'); // true */
export interface Dictionaries {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Single- and multi-word city names, lower-cased ("ann arbor"). */
  cities: ReadonlySet<string>;
  /** Longest city name in words, to bound multi-word lookups. */
  cityMaxWords: number;
  /** US state names and abbreviations (states are not PHI, but they anchor "City, ST 12345"). */
  states: ReadonlySet<string>;
  streetSuffixes: ReadonlySet<string>;
  citySuffixes: readonly string[];
  cityPrefixes: ReadonlySet<string>;
  /** Every English word (SCOWL sizes up to 80 and word-list, via the vocabulary), lower-case. */
  english: { has(word: string): boolean };
  /** Everyday words (faker's word lists + our own), where a capitalized match is not enough to call it a name. */
  common: ReadonlySet<string>;
  facilityWords: ReadonlySet<string>;
}

const LOCALES: LocaleDefinition[] = [en, en_AU, en_CA, en_GB, en_IE, en_IN, es, fr, de, it, pt_BR];

function collect(values: unknown, into: Set<string>): void {
  if (typeof values === 'string') {
    if (!values.includes('{{')) into.add(values.toLowerCase());
  } else if (Array.isArray(values)) for (const v of values) collect(v, into);
  else if (values && typeof values === 'object') for (const v of Object.values(values)) collect(v, into);
}

let cached: Dictionaries | null = null;


/**
 * The dictionaries, built on first use.
 *
 * @example
 * dictionaries().streetSuffixes.has('avenue'); // true
 */
export function dictionaries(): Dictionaries {
  if (cached) return cached;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const cities = new Set<string>();
  const states = new Set<string>();
  const streetSuffixes = new Set<string>();
  const cityPrefixes = new Set<string>();
  const citySuffixes = new Set<string>();
  for (const loc of LOCALES) {
    collect(loc.person?.first_name, firstNames);
    collect(loc.person?.middle_name, firstNames);
    collect(loc.person?.last_name, lastNames);
  }
  for (const loc of [en, en_CA, en_GB, en_AU, en_IE, en_IN]) {
    collect(loc.location?.city_name, cities);
    collect(loc.location?.street_suffix, streetSuffixes);
    collect(loc.location?.city_prefix, cityPrefixes);
    collect(loc.location?.city_suffix, citySuffixes);
    collect(loc.location?.state, states);
    collect(loc.location?.state_abbr, states);
  }
  // USPS abbreviations of the most common suffixes, which faker spells out, and British, Irish and Australasian
  // ones it lacks ("204 Marine Pde", "22 Kiwi Esplanade", "2 Station Cottages", "9 Ash Gdns").
  for (const s of ['st', 'ave', 'rd', 'blvd', 'dr', 'ln', 'ct', 'pl', 'ter', 'hwy', 'pkwy', 'cir', 'way', 'sq', 'trl', 'ste', 'apt', 'str', 'street', 'road', 'drive', 'lane', 'pde', 'esplanade', 'esp', 'cottages', 'cres', 'gdns', 'tce', 'quay', 'hts']) streetSuffixes.add(s);
  // English words come from the built vocabulary (SCOWL and word-list), shared with the gate.
  const vocabForEnglish = vocabulary();
  const english = { has: (w: string) => (vocabForEnglish.flags(w) & VOCAB_FLAGS.ENGLISH) !== 0 };
  const common = new Set<string>(COMMON_NAME_WORDS);
  collect(en.word, common);
  let cityMaxWords = 1;
  for (const c of cities) cityMaxWords = Math.max(cityMaxWords, c.split(' ').length);
  cached = {
    firstNames,
    lastNames,
    cities,
    cityMaxWords,
    states,
    streetSuffixes,
    citySuffixes: [...citySuffixes].sort((a, b) => b.length - a.length),
    cityPrefixes,
    english,
    common,
    facilityWords: new Set(FACILITY_WORDS),
  };
  const vocab = vocabulary();
  // A charting abbreviation or a drug is no evidence of a name on its own ("Cont", "Neo", "Ativan"):
  // only a cue (a title, a label) can make it one.
  for (const set of [firstNames, lastNames]) for (const w of set) if (vocab.flags(w) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL)) set.delete(w);
  setPersonNameCheck((w) => firstNames.has(w) || lastNames.has(w));
  // Drugs, devices and clinical words only: abbreviations ("DOE", "R") must not hide "John Doe", "John R.".
  setClinicalCheck((w) => {
    const f = vocab.flags(w);
    return (w.length >= 3 && (f & VOCAB_FLAGS.CLINICAL) !== 0) || (w.length >= 5 && (f & VOCAB_FLAGS.ABBREV) !== 0);
  });
  return cached;
}
