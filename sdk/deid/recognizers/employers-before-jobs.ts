/**
 * A firm named right before the job its worker holds there: "41 yo M, UPS driver", "a 38-year-old State Farm claims
 * adjuster", "Widow of a Republic Steel worker", "a FedEx driver". The firm places its worker as an address does, and
 * social histories name it so, with no "works at" before it.
 *
 * The job is a worker's noun in lower case (capitalised, "Regional Sales Manager" is a title, not a firm and a job). The
 * firm is one word the vocabulary knows only as a brand or not at all ("Boeing", "Raytheon"), capitals it knows as a
 * brand ("UPS"; other capitals are agencies, wards and states' codes), a word with a capital inside ("FedEx"), or two or
 * three capitalised words none of which names a department, a shift, a rank, a service of the state or the forces, and
 * not all of them a nation's or a faith's ("State Farm"; not "Emergency Room", "Air Force", "African American").
 *
 * @example
 * recognizeEmployersBeforeJobs('Pt is a UPS driver, restrained'); // covers "UPS"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { clinicalTerm } from './place-words.js';
import { SENTENCE_START, matchesOf } from './util.js';

// Workers' nouns a firm's name stands before (each also plural).
const JOBS = [
  'driver', 'worker', 'employee', 'adjuster', 'lineman', 'linemen', 'mechanic', 'machinist', 'cashier', 'clerk', 'engineer',
  'operator', 'technician', 'welder', 'teller', 'manager', 'supervisor', 'foreman', 'retiree', 'trucker', 'salesman',
  'saleswoman', 'rep', 'representative', 'pilot', 'stocker', 'loader', 'packer', 'butcher', 'assembler', 'millwright',
  'electrician', 'pipefitter', 'boilermaker', 'miner', 'dispatcher', 'courier', 'greeter', 'janitor', 'custodian',
  'conductor', 'brakeman', 'deckhand', 'longshoreman', 'nurse', 'teacher', 'aide', 'chemist', 'accountant', 'programmer',
].join('|');
// Up to three capitalised words one space apart (no periods: "MICU. Outreach worker" is two sentences; no hyphens:
// "Long-haul driver"), an optional lower-case word of the work ("claims", "maintenance"), then the job.
const TITLED = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}\d'’&.-])((?:\p{Lu}[\p{L}'’&]*[ \t]){0,2}\p{Lu}[\p{L}'’&]*)[ \t]+(?:\p{Ll}+[ \t]+)?(?:${JOBS})s?(?![\p{L}\d-])`, 'dgu');
// Words that make a capitalised run a department, a shift, a rank, the state's or the forces' service, not a firm.
const NOT_FIRM = new Set(
  ('department dept services service resources security works education therapy care health office assurance control ' +
    'management support delivery room unit floor ward clinic hospital school federal public social human customer quality ' +
    'emergency intensive nursing medical surgical dental mental behavioral special physical occupational respiratory ' +
    'speech child protective family juvenile police fire postal army navy air force marine marines corps guard military ' +
    'national night day evening swing graveyard shift licensed registered certified practical professional vocational ' +
    'staff charge travel agency head chief assistant senior lead practice retired former pt patient sales project account ' +
    'branch plant store research home red cross tribal l&d dr mr mrs ms').split(' '),
);

/** Is this capitalised run (one to three words, the first opening a sentence or not) a firm's name? */
function firmName(words: readonly string[], sentenceStart: boolean): boolean {
  const v = vocabulary();
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  if (lower.some((w) => NOT_FIRM.has(w) || FUNCTION_WORDS.has(w))) return false;
  const flags = lower.map((w) => v.flags(w));
  // A brand may share a clinical list ("Walmart"); other clinical words are no firm.
  if (lower.some((w, i) => clinicalTerm(w) && !(flags[i] & F.PROPER))) return false;
  // An everyday word opening a sentence is capitalised for that ("Contacted MEMA worker", "Informed ED nurse").
  if (sentenceStart && flags[0] & F.COMMON) return false;
  if (words.length === 1) {
    const [w] = words;
    const f = flags[0];
    // Capitals are an agency, a ward or a state's code unless the vocabulary knows them as a brand ("UPS", "IBM").
    if (/^\p{Lu}{2,5}$/u.test(w)) return (f & F.PROPER) !== 0 && !(f & F.ABBREV);
    // A capital inside a word is a brand's ("FedEx", "AutoZone").
    if (/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(w)) return true;
    return ((f & F.PROPER) !== 0 && !(f & F.COMMON)) || !(f & (F.COMMON | F.ENGLISH | F.UPPER));
  }
  // A nation's or a faith's words are capitalised by English itself ("African American", "Southern Baptist").
  return flags.some((f) => !(f & F.UPPER) || (f & F.PROPER) !== 0);
}

/**
 * Find firms named right before their worker's job.
 *
 * @example
 * recognizeEmployersBeforeJobs('Widow of a Republic Steel worker.').length; // 1
 */
export function recognizeEmployersBeforeJobs(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(TITLED, text)) {
    if (capsLine(text, m.index)) continue;
    const words = m[1].split(/[ \t]/);
    const end = m.indices![1][1];
    let start = m.indices![1][0];
    // The longest run of trailing words that is a firm ("Pt UPS driver": "UPS").
    for (let k = 0; k < words.length; k++) {
      if (firmName(words.slice(k), SENTENCE_START.test(text.slice(Math.max(0, start - 4), start)))) {
        out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'business' });
        break;
      }
      start += words[k].length + 1;
    }
  }
  return out;
}
