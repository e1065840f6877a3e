/**
 * Text normalisation for `.clean()`: Unicode form, whitespace, number-unit spacing and optional
 * abbreviation expansion. Pure string functions, each safe to run twice (idempotent).
 *
 * @example
 * normalizeUnits('Metformin 500mg b.i.d., glucose 7.2mmol/L'); // 'Metformin 500 mg b.i.d., glucose 7.2 mmol/L'
 */

/**
 * Collapse runs of spaces/tabs, drop zero-width characters, turn NBSP into a space, trim line
 * ends, use LF line breaks and keep at most one blank line between paragraphs (section
 * structure lives in line breaks, so lines are kept).
 *
 * @example
 * normalizeWhitespace('a \u00a0 b\r\n\r\n\r\nc  '); // 'a b\n\nc'
 */
export function normalizeWhitespace(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Units that get a space after a number. Case is kept as written (mL and ml both occur, and
 * changing case could turn mmol into Mmol-like nonsense); compound units (mg/dL, x10^9/L) stay whole.
 *
 * @example
 * UNITS.includes('mg'); // true
 */
export const UNITS = [
  'mg', 'mcg', 'µg', 'μg', 'ug', 'ng', 'pg', 'g', 'kg', 'mL', 'ml', 'dL', 'dl', 'L', 'l', 'mmol', 'µmol', 'μmol',
  'umol', 'nmol', 'pmol', 'mol', 'mEq', 'meq', 'IU', 'iu', 'U', 'units', 'unit', 'mmHg', 'cmH2O', 'bpm', 'cm', 'mm', 'km', 'kcal',
  'mosm', 'mOsm', 'fL', 'fl', 'Gy', 'mGy', 'mSv', 'Hz', 'kHz', 'MHz', 'mV', 'ms', 'sec', 'min', 'hrs', 'hr', 'h',
];

const unitAlt = [...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// A number not glued to a word, id or decimal on its left, directly followed by a unit that ends
// at a non-alphanumeric character (so "/dL" in mg/dL may follow, but "12mg4" or "T2DM" do not match).
const unitRe = new RegExp(`(?<![\\p{L}\\p{N}_.\\-^])(\\d+(?:[.,]\\d+)?)(${unitAlt})(?![\\p{L}\\p{N}_])`, 'gu');

/**
 * Insert one space between a number and its unit (`10mg` to `10 mg`) without touching
 * `mg/dL`, `mmol/L`, `x10^9/L`, dates (`12/03/2024`) or identifiers (`MRN12345`, `A1c`).
 *
 * @example
 * normalizeUnits('Hb 10.2g/dL, 5ml'); // 'Hb 10.2 g/dL, 5 ml'
 */
export function normalizeUnits(s: string): string {
  return s.replace(unitRe, '$1 $2');
}

/**
 * Default abbreviations. Expansion is opt-in (`abbreviations: true`): it rewrites clinical text
 * the model will learn from, and several short forms are ambiguous outside their specialty
 * ("MS", "PT", "RA"), so these are only common, low-ambiguity ones and the caller decides.
 * Lower-case keys also match a capitalised first letter ("Pt" becomes "Patient").
 *
 * @example
 * DEFAULT_ABBREVIATIONS.pt; // 'patient'
 */
export const DEFAULT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  pt: 'patient',
  pts: 'patients',
  hx: 'history',
  'h/o': 'history of',
  'c/o': 'complains of',
  'y/o': 'year-old',
  yo: 'year-old',
  dx: 'diagnosis',
  tx: 'treatment',
  rx: 'prescription',
  sx: 'symptoms',
  SOB: 'shortness of breath',
  HTN: 'hypertension',
  DM2: 'type 2 diabetes mellitus',
  T2DM: 'type 2 diabetes mellitus',
  CAD: 'coronary artery disease',
  CHF: 'congestive heart failure',
  COPD: 'chronic obstructive pulmonary disease',
  CKD: 'chronic kidney disease',
  MI: 'myocardial infarction',
  UTI: 'urinary tract infection',
  'b.i.d.': 'twice daily',
  bid: 'twice daily',
  't.i.d.': 'three times daily',
  tid: 'three times daily',
  'q.d.': 'once daily',
  qd: 'once daily',
  'p.r.n.': 'as needed',
  prn: 'as needed',
  'p.o.': 'by mouth',
  po: 'by mouth',
  NKDA: 'no known drug allergies',
  'w/': 'with',
  'w/o': 'without',
};

/**
 * Expand abbreviations from `dict` at token boundaries. Keys with upper-case letters match
 * exactly; all-lower-case keys also match with a capital first letter, keeping that capital.
 *
 * @example
 * expandAbbreviations('Pt with HTN, metformin bid', DEFAULT_ABBREVIATIONS); // 'Patient with hypertension, metformin twice daily'
 */
export function expandAbbreviations(s: string, dict: Readonly<Record<string, string>>): string {
  const keys = Object.keys(dict).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return s;
  const lookup = new Map<string, string>();
  for (const k of keys) {
    lookup.set(k, dict[k]);
    if (k === k.toLowerCase() && /^[a-z]/.test(k)) {
      const cap = k[0].toUpperCase() + k.slice(1);
      if (!(cap in dict)) lookup.set(cap, dict[k][0].toUpperCase() + dict[k].slice(1));
    }
  }
  const alt = [...lookup.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  // Boundaries: not inside a word/number, and "b.i.d." must not be the tail of a longer dotted token.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_./])(?:${alt})(?![\\p{L}\\p{N}_/]|\\.[\\p{L}\\p{N}])`, 'gu');
  return s.replace(re, (m) => lookup.get(m) ?? m);
}
