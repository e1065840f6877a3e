/**
 * Word tests shared by the place recognizers (addresses, postcodes, streets): is a word an everyday
 * or clinical word (then it names no street or town), and the small particles found inside place
 * names abroad.
 *
 * @example
 * plainWord('bed'); // true
 * nameWords('do Arenque'); // true
 */
import { isMedicalTerm } from '../medical-terms.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';

/** Small words inside place names: "Rua do Arenque", "Ostrov nad Ohří", "Velká Bukovina u Děčína", "van Gijn". @example new RegExp(`^${PARTICLES}$`).test('nad'); // true */
export const PARTICLES = String.raw`(?:de|do|da|dos|das|del|della|di|du|la|le|van|von|der|den|ten|ter|el|al|nad|pod|na|u|v|z|am|an|im|sur|sous|en|y)`;
const PARTICLE = new RegExp(String.raw`^${PARTICLES}$`, 'i');

/**
 * Is this a particle of a place name ("de", "nad", "van")?
 *
 * @example
 * isParticle('nad'); // true
 */
export function isParticle(w: string): boolean {
  return PARTICLE.test(w);
}

/**
 * An everyday, clinical or abbreviation word, or a plain English word that is no name or place.
 *
 * @example
 * plainWord('room'); // true
 */
export function plainWord(w: string): boolean {
  if (w.includes('-')) return w.split('-').every((p) => p === '' || plainWord(p));
  const f = vocabulary().flags(w.toLowerCase().replace(/[.'’]+$/, ''));
  return (f & (F.COMMON | F.CLINICAL | F.ABBREV)) !== 0 || ((f & F.ENGLISH) !== 0 && (f & (F.FIRST | F.LAST | F.PLACE)) === 0);
}

/**
 * Clinical shorthand that is no name or place ("KCL", "NGT", "hct"): such words make a dose or an
 * order of what looks like a street.
 *
 * @example
 * clinicalShorthand('kcl'); // true
 */
export function clinicalShorthand(w: string): boolean {
  const f = vocabulary().flags(w.toLowerCase());
  return (f & (F.CLINICAL | F.ABBREV)) !== 0 && !(f & (F.PLACE | F.LAST | F.FIRST));
}

/**
 * Is this word clinical, in any case: a medical term, or a word the vocabulary marks clinical or an abbreviation? Such a word
 * names no person, place or business ("on N Cannula", "\"Chest Pain Again\"", "Pt Post 2").
 *
 * @example
 * clinicalTerm('Heparin'); // true
 */
export function clinicalTerm(w: string): boolean {
  const lower = w.toLowerCase();
  return isMedicalTerm(lower) || (vocabulary().flags(lower) & (F.CLINICAL | F.ABBREV)) !== 0;
}

/**
 * Is this one-to-three-word phrase made of everyday or clinical words only (then it is no street name)?
 *
 * @example
 * plainWords('private vehicle'); // true
 */
export function plainWords(phrase: string): boolean {
  return phrase.split(/[ \t]+/).every(plainWord);
}

/**
 * Between two numbers, every word must be a name-like word ("Puruntie", "do Arenque"), not "BEATS NSVT AT".
 *
 * @example
 * nameWords('BEATS NSVT AT'); // false
 */
export function nameWords(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/).filter((w) => !PARTICLE.test(w));
  return words.length > 0 && words.every((w) => !plainWord(w));
}

/**
 * What a shop sells or a works makes: a word of its kind, never its owner's name ("nail salon", "the Paper mill", "at Power
 * plant"). One list for the lower-case firms of `span-edges.ts` and the works of `hired-trades.ts`.
 *
 * @example
 * GOODS.has('lumber'); // true
 */
export const GOODS = new Set('nail coffee fish cheese meat auto body pizza grocery corner liquor package convenience gas shoe hardware furniture clothing department chicken poultry candy paper steel car tire dollar thrift laundry cleaning tree construction moving cement lumber print machine sheet metal donut sub taco burger chinese mexican italian thai deli power nuclear water sewage treatment chemical textile cotton packing processing assembly bottling sugar saw glass coal oil'.split(' '));
