/**
 * The other half of a person's name beside a half already found, for span-edges.ts: the slot a patient's name fills after
 * "pt" or a room ("PT ASHWORTH, BRADY.", "rm 603 bishop, glen 77yo") and the two words of a Plains surname ("Little
 * Thunder", "Iron Shell").
 *
 * @example
 * plainsPair('Little', 'Thunder'); // true
 */
import { isMedicalTerm } from './medical-terms.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './recognizers/cue-words.js';
import { VOCAB_FLAGS as F, vocabulary } from './vocab.js';

// The slot a patient's name fills: after "pt", "patient" or a room number, with a colon or bracket ("PT ", "pt (", "rm 603 ").
export const PATIENT_SLOT = /(?:^|[^\p{L}])(?:pt|patient|rm[ \t]*#?\d{1,4}[a-z]?|room[ \t]*#?\d{1,4}[a-z]?|bed[ \t]*\d{1,2})[ \t]*[:(]?[ \t]*$/iu;
// The half before the found one: one word, with or without the comma of "Last, First".
export const SLOT_BEFORE = /(\p{L}[\p{L}'’-]+)(,?[ \t]+)$/u;
// The half after: a comma, one word, then the slot's end (a stop, a bracket, an age, a line end).
export const SLOT_AFTER = /^,[ \t]*(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:[.;)]|\n|$|\d{1,3}[ \t]*(?:yo|y\/o|y\.o\.|[mf]\b)))/iu;

// The two halves of Plains surnames ("Little Thunder", "Grey Bull", "Whirlwind Horse", "Red Cloud", "Iron Shell").
const PLAINS_FIRST = new Set('little grey gray red white black yellow iron two brave spotted whirlwind looking high short long crazy lone standing running walking kills blue swift good young old big chasing hollow bad fast lame tall holy sitting flying afraid of runs ten'.split(' '));
const PLAINS_SECOND = new Set('horse horses bull bulls eagle thunder cloud bear elk hawk wolf feather feathers shield star hand heart crow dog bird tail buffalo calf deer fox owl horn plume robe boy woman moon sky wind shell face eyes kettle bonnet arrow enemy warrior elk lance knife hawk through above fingers hearts'.split(' '));

/**
 * Are these two words the halves of a Plains surname, in order ("Little Thunder", "Runs Through")?
 *
 * @example
 * plainsPair('Little', 'Thunder'); // true
 */
export const plainsPair = (first: string, second: string): boolean => PLAINS_FIRST.has(first.toLowerCase()) && PLAINS_SECOND.has(second.toLowerCase());

/**
 * A half of a patient's name: a name-list word or one no list holds, and no clinical, everyday or function word ("BRADY", "Baker", "ALPHONSUS"; not "ADMITTED", "CA").
 *
 * @example
 * slotHalf('ALPHONSUS'); // true
 */
export function slotHalf(word: string): boolean {
  const w = word.toLowerCase();
  const f = vocabulary().flags(w);
  if ((f & (F.CLINICAL | F.ABBREV)) !== 0 || FUNCTION_WORDS.has(w) || FAMILY_WORDS.has(w) || isMedicalTerm(w)) return false;
  return (f & (F.FIRST | F.LAST)) !== 0 || (f & (F.COMMON | F.ENGLISH)) === 0;
}
