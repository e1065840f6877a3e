/**
 * Is a word safe for the vocabulary gate? A word is safe when the vocabularies list it as frequent
 * English, rarer English that is no name or place, a country, or clinical vocabulary, or when it has
 * the shape of a clinical word; its name and place flags are the evidence the gate weighs. Memoised per word.
 *
 * @example
 * judgeWord('levophed').safe; // true
 */
import { isCountry } from './countries.js';
import { isEponym, isMedicalTerm, isOrganization } from '../medical-terms.js';
import { VOCAB_FLAGS as F, type Vocabulary, vocabulary } from '../vocab.js';
import { ROMAN_NUMERAL } from './name-tokens.js';

/** Vocabulary flags that say "a name" / "a name or a place". @example (flags & NAME_EVIDENCE) !== 0; */
export const NAME_EVIDENCE = F.FIRST | F.LAST | F.PROPER;
export const ANY_EVIDENCE = NAME_EVIDENCE | F.PLACE;

/** Flags of one hyphen/period part, and whether the part is safe. */
function partSafe(v: Vocabulary, part: string, known?: number): { safe: boolean; flags: number } {
  const p = known === undefined ? part.replace(/['’]s$/i, '').replace(/['’]$/, '') : part;
  // Single letters and roman numerals ("III-IV", "class II") are no names.
  if (p.length <= 1 || (p.length <= 4 && ROMAN_NUMERAL.test(p))) return { safe: true, flags: 0 };
  const f = known ?? v.flags(p);
  if (f & (F.CLINICAL | F.ABBREV)) return { safe: true, flags: f };
  if (f & F.COMMON) return { safe: true, flags: f };
  // An English word that is only a place somewhere ("Fascia", "Normal") stays a word; a name does not.
  if (f & (F.ENGLISH | F.UPPER)) return { safe: (f & NAME_EVIDENCE) === 0 && (!(f & F.PLACE) || (f & F.ENGLISH) !== 0), flags: f };
  return { safe: false, flags: f };
}

/**
 * Word shapes of clinical vocabulary (Greek and Latin roots, drug stems) that names and places
 * almost never have: "Esophagogastroduodenoscopy", "Cardioembolic", "Iohexol" are clinical even when
 * no word list holds them. A word with name or place evidence never passes on shape alone.
 */
const CLINICAL_SHAPE =
  /^(?:(?:hypo|hyper|intra|supra|infra|retro|peri|endo|trans|multi|poly|pseudo|micro|macro|non|post|pre|anti|sub|inter|cardio|gastro|neuro|pulmo|hepato|nephro|broncho|angio|arthro|osteo|myo|thrombo|leuko|lympho|cerebro|vaso|uro|dermato|ophthalmo|laryngo|esophago|oesophago|colo|cysto|hemo|haemo|immuno|radio|fluoro|echo|cholecysto|pancreato|thoraco|cranio|mediastino|sono|spondylo|chondro|fibro|onco|histo|cyto|glyco|lipo|entero|procto|phlebo|athero|arterio|veno|orthogeriatr|geri|ante|tri|bi)\p{L}{4,}(?<!(?:ville|ton|son|berg|burg|ford|field|land|ston|ley|ell|ette|ina|ana))|\p{L}{3,}(?:itis|itides|ectomy|ectomies|otomy|ostomy|ostomies|plasty|plasties|scopy|scopic|graphy|graphic|gram|grams|emia|emic|aemia|uria|osis|oses|pathy|pathic|algia|megaly|penia|penic|cytosis|plegia|plegic|paresis|paretic|trophy|trophic|lysis|lytic|genic|olol|pril|sartan|statin|azole|mycin|micin|cillin|floxacin|dipine|prazole|parin|zepam|triptan|cycline|centesis|rrhea|rrhoea|rrhage|pnea|pnoea|phagia|phasia|stenosis|sclerosis|ectasis|malacia|ogy|ogist|ologic|ological|ally|ular|ation|ations|ative|ectal|ysis|asis|omas|oma|ase|ases|ide|ides|ium|ous|ial|ional|eal|alist|ivist))$/u;

const judged = new Map<string, Judgement>();

/** Is the whole token safe; what evidence do its parts carry? @example const j: Judgement = { safe: true, flags: 0, common: true }; */
export interface Judgement {
  safe: boolean;
  flags: number;
  common: boolean;
}

/** Memoised verdict per word: notes repeat their words (bounded so memory stays flat). @example judge(vocabulary(), 'lasix').safe; // true */
export function judge(v: Vocabulary, lower: string): Judgement {
  let j = judged.get(lower);
  if (!j) {
    j = judgeUncached(v, lower);
    if (judged.size > 200_000) judged.clear();
    judged.set(lower, j);
  }
  return j;
}

function judgeUncached(v: Vocabulary, lower: string): Judgement {
  const simple = !/[-.'’]/.test(lower);
  const whole = v.flags(simple ? lower : lower.replace(/['’]s$/i, ''));
  if (whole & (F.CLINICAL | F.ABBREV | F.PHRASE)) return { safe: true, flags: whole, common: true };
  if (whole & F.COMMON) return { safe: true, flags: whole, common: true };
  // (The organisations' list is read here too, so a word added to it counts before the vocabulary is rebuilt: "biomed".)
  if (isOrganization(lower)) return { safe: true, flags: whole, common: true };
  // A country is no Safe Harbor identifier ("daughter in Germany"), unless it is also a given name (Chad, Jordan);
  // as a surname it is still found after a name cue ("Dr. England"), which tests name evidence, not safety.
  if (!(whole & F.FIRST) && isCountry(lower)) return { safe: true, flags: whole, common: false };
  // "Parkinson's", "Crohn's": a possessive eponym is clinical even when the surname is a name.
  if (!simple && /['’]s$/.test(lower) && isMedicalTerm(lower)) return { safe: true, flags: whole, common: true };
  let safe = true;
  let flags = whole;
  if (simple) {
    const r = partSafe(v, lower, whole);
    safe = r.safe;
  } else {
    for (const part of lower.split(/[-.]/)) {
      const r = partSafe(v, part);
      flags |= r.flags;
      if (!r.safe) safe = false;
    }
  }
  if (!safe && !(flags & ANY_EVIDENCE) && lower.length >= 7 && CLINICAL_SHAPE.test(lower)) safe = true;
  return { safe, flags, common: false };
}

/**
 * Is a lower-case word safe for the gate (frequent English, rarer English that is no name or place,
 * clinical vocabulary, clinical word shape)? Used by the residual-risk audit.
 *
 * @example
 * judgeWord('levophed').safe; // true
 */
export function judgeWord(lower: string): { safe: boolean; flags: number } {
  const r = judge(vocabulary(), lower);
  return { safe: r.safe || isEponym(lower), flags: r.flags };
}
