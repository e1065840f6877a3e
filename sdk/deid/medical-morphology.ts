/**
 * Words medicine builds from Greek and Latin parts ("hemidiaphragm", "costophrenic", "appendicolith", "metapneumovirus"),
 * which no word list holds but which name no one. The vocabulary (vocab.ts) asks here about a word none of its lists
 * knows; a word read so counts as clinical.
 *
 * A word is such a form when it ends in a suffix only medicine uses ("-itis", "-ectomy", "-poiesis"), or when a combining
 * form opens it ("hemi-", "cranio-", "extra-") and the rest is a word the lists know or again such a form. Names are not
 * built so: a surname the lists do not know rarely splits into a combining form and an English word of five letters or
 * more (see the measurement in data/deid/vocab/README.md).
 *
 * @example
 * medicalForm('craniocaudal', (w) => w === 'caudal'); // true
 */

// Suffixes only medicine writes, and the stems of drugs' generic names ("-mycin", "-vaptan", "-olone"), longest first within
// each family (a stem of three letters or more must stand before).
const SUFFIX =
  /(?:itis|itides|osis|oses|iasis|ectomy|ectomies|ostomy|ostomies|otomy|otomies|plasty|plasties|pexy|rrhaphy|centesis|desis|emia|aemia|emic|algia|pathy|pathies|graphy|grams?|scopy|scopic|liths?|lithiasis|penia|penic|cytosis|cytes?|cytic|poiesis|poietic|plegia|plegic|paresis|rrhea|rrhoea|rrhage|rrhagic|trophy|trophic|tropic|megaly|malacia|sclerosis|ptysis|uria|emesis|philia|phagia|phasia|phonia|pnea|pnoea|esthesia|kinesia|kinesis|lysis|lytic|genesis|ectasis|ectasia|viruses|virus|viridae|bacter|coccus|cocci|bacillus|bacilli|monas|myces|mycosis|mycin|cillin|azole|oxacin|vudine|tinib|zumab|ximab|mumab|umab|prazole|sartan|olol|dipine|statin|pril|vaptan|anib|inib|parin|cycline|gliptin|gliflozin|glutide|lukast|setron|tidine|triptan|azepam|azolam|profen|oxetine|triptyline|pramine|peridol|iapine|apine|idone|afil|dronate|sonide|olone|asone)$/;

// Forms that open medical compounds. The short ones also open names and English words ("co-" in Cocalico, "tri-" in
// Triborough): the rest after them must be a clinical word ("coinfection"). After the others any word will do ("hemi-",
// "costo-", "extra-": "malalignment", "craniocaudal").
const SHORT_FORMS = ['co', 'up', 'bi', 'tri', 'uni', 'neo', 'pan', 'iso', 'myo', 'uro', 'epi'];
const LONG_FORMS =
  'mid non dys mal pre sub down post semi hemi peri para endo ecto meta mono poly homo auto anti ante extra intra inter infra supra super hyper hypo retro trans contra multi micro macro pseudo normo oligo hetero brady tachy cardio cardi cervico chole chondro chorio chrono costo cranio cysto entero erythro fibro fibrino gastro hemo haemo hepato ileo ilio lumbo sacro sero tibio thoraco vaso veno atlanto sapheno femoro unco ostio appendico pneumo broncho laryngo pharyngo esophago oesophago duodeno jejuno colo recto procto vesico uretero pyelo nephro cholecysto pancreatico spleno lympho angio arterio phlebo dermato myelo encephalo cerebro ventriculo atrio cavo aorto osteo neuro patho pulmo muco leuko leuco granulo thrombo morpho koilo dextro levo spondylo radio electro echo sono immuno onco histo cyto hemato haemato glyco lipo litho rhino oto ophthalmo stomato glosso cheilo gingivo tracheo mediastino pleuro pericardio endocardio myocardio epicardio sterno clavo scapulo humero ulno carpo metacarpo phalango coxo patello fibulo talo calcaneo tarso metatarso spino vertebro disco'.split(
    ' ',
  );

// The shortest rest after a combining form ("echo-" + "hawk", "super-" + "dome" are names).
const REST_MIN = 5;
// Surnames that end as medicine's suffixes do: Lithuanian "-aitis", "-ytis" (Petraitis), South Indian "-pathy" after a
// vowel (Ganapathy).
const NAME_ENDING = /(?:aitis|ytis|apathy)$/;

/** How the lists know a part: not at all, as a word that names no one, as a clinical word, or only as a name or place. */
export type PartKind = 0 | 1 | 2 | 3;

/**
 * Is `word` (lower case) a form medicine builds, given `known`, which says how the lists know a part? After a short form
 * ("co-", "mid-", "para-") the rest must be clinical ("coinfection", not "cocalico"); after a longer one, any word of
 * five letters or more ("craniocaudal", "malalignment").
 *
 * @example
 * medicalForm('coinfection', (w) => (w === 'infection' ? 2 : 0)); // true
 */
export function medicalForm(word: string, known: (part: string) => PartKind): boolean {
  if (word.includes('-')) {
    // ("cavo-atrial", "tan-yellow"): every part a word or such a form, one of them such a form.
    const parts = word.split('-');
    return parts.every((p) => p.length > 0 && (known(p) === 1 || known(p) === 2 || formOf(p, known, 0))) && parts.some((p) => formOf(p, known, 0));
  }
  return formOf(word, known, 0);
}

function formOf(word: string, known: (part: string) => PartKind, depth: number): boolean {
  if (!/^[a-z]{5,}$/.test(word) || depth > 3 || NAME_ENDING.test(word) || known(word) === 3) return false;
  const suffix = SUFFIX.exec(word);
  if (suffix && word.length - suffix[0].length >= 3) return true;
  for (const f of SHORT_FORMS) if (word.startsWith(f) && restIs(word.slice(f.length), 2, known, depth)) return true;
  for (const f of LONG_FORMS) if (word.startsWith(f) && restIs(word.slice(f.length), 1, known, depth)) return true;
  return false;
}

function restIs(rest: string, least: PartKind, known: (part: string) => PartKind, depth: number): boolean {
  const kind = known(rest);
  return rest.length >= REST_MIN && ((kind >= least && kind !== 3) || formOf(rest, known, depth + 1));
}
