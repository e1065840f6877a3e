/**
 * Lab value parsing: "Hemoglobin 10.2 g/dL (ref 12.0-16.0) L", "K+: 5.9 mmol/L [3.5–5.1] H",
 * "Glucose 182 mg/dL (70-99)" into name, value, unit, reference range and a flag. The flag is
 * the one written on the line when present, otherwise computed from the range.
 *
 * @example
 * parseLabLine('Glucose 182 mg/dL (70-99)');
 * // { name: 'Glucose', value: 182, unit: 'mg/dL', refLow: 70, refHigh: 99, flag: 'H' }
 */

/** A lab value against its range: high, low or within it. @example const f: LabFlag = 'H'; */
export type LabFlag = 'H' | 'L' | 'normal';

/** One lab result parsed from a labs section. @example labs.filter((l: LabValue) => l.flag === 'H'); */
export interface LabValue {
  name: string;
  value: number;
  /** '' when the line has no unit (ratios such as INR). */
  unit: string;
  refLow?: number;
  refHigh?: number;
  /** From the line when written (H/L/HIGH/LOW/*), else from the range; undefined when neither exists. */
  flag?: LabFlag;
  /** True when the flag was written on the line rather than computed. */
  flagGiven: boolean;
}

const NUM = String.raw`[-−]?\d+(?:[.,]\d+)?`;
const nameRe = String.raw`([A-Za-z](?:[A-Za-z0-9 ,'+\-()/%.]*?[A-Za-z0-9+)%])?)`;
const valueRe = String.raw`([<>≤≥]?\s*\d+(?:\.\d+)?)`;
// A unit is a token that is not a range, a flag or "ref"; "x 10^9/L" is joined into one token.
const unitRe = String.raw`((?:[x×]\s?10\^?\d+\s?/\s?[A-Za-zµμ]+)|(?:10\^\d+/[A-Za-zµμ]+)|(?!(?:ref|reference|normal|range|H|L|N|HH|LL|high|low)\b)[A-Za-zµμ%/][A-Za-z0-9µμ%/^.·*]*(?:\s(?!(?:HIGH|LOW|HH|LL)\b)[A-Z]{3,4}\b)?)?`;
const bareRange = String.raw`${NUM}\s*(?:-|–|—|to)\s*${NUM}|[<>≤≥]\s*${NUM}`;
const rangeRe = String.raw`(?:(?:\(|\[)\s*(?:(?:ref(?:erence)?(?:\s+range)?|normal|nr|rr)\s*:?\s*)?([^)\]]*?)\s*(?:\)|\])|(?:(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|nr|rr)\s*:?\s*)?(${bareRange}))?`;
const flagRe = String.raw`(?:\s*[,;]?\s*\(?\*?\s*(HH|LL|H|L|N|high|low|normal|abnormal high|abnormal low|critical high|critical low)\*?\)?)?`;
const lineRe = new RegExp(String.raw`^\s*[-•*]?\s*${nameRe}\s*[:=]?\s+${valueRe}\s*${unitRe}\s*${rangeRe}${flagRe}\s*[.;]?\s*$`, 'i');

const LAB_UNIT = /\/|%|^(?:[a-zµμ]?(?:g|mol|L|l|Eq|eq)|[kmµμ]?IU|U|fL|fl|pg|mmHg|sec|s|ratio|cells)$/;

function num(s: string): number {
  return Number(s.replace('−', '-').replace(',', '.'));
}

/**
 * Parse a reference range like "12.0-16.0", "3.5–5.1", "70 to 99", "<5", ">60".
 *
 * @example
 * parseRange("<5"); // { refHigh: 5 }
 */
export function parseRange(s: string): { refLow?: number; refHigh?: number } | undefined {
  const t = s.trim();
  let m = new RegExp(String.raw`^(${NUM})\s*(?:-|–|—|to)\s*(${NUM})$`, 'i').exec(t);
  if (m) return { refLow: num(m[1]), refHigh: num(m[2]) };
  m = new RegExp(String.raw`^(<|≤|<=|up to)\s*(${NUM})$`, 'i').exec(t);
  if (m) return { refHigh: num(m[2]) };
  m = new RegExp(String.raw`^(>|≥|>=)\s*(${NUM})$`, 'i').exec(t);
  if (m) return { refLow: num(m[2]) };
  return undefined;
}

function normFlag(f: string): LabFlag {
  if (/^(n|normal)$/i.test(f)) return 'normal';
  return /^(h|hh|high|abnormal high|critical high)$/i.test(f) ? 'H' : 'L';
}

/**
 * Parse one lab line; undefined when it is not a lab result.
 *
 * @example
 * parseLabLine('K+: 5.9 mmol/L [3.5–5.1] H'); // { name: 'K+', value: 5.9, unit: 'mmol/L', refLow: 3.5, refHigh: 5.1, flag: 'H', flagGiven: true }
 */
export function parseLabLine(line: string): LabValue | undefined {
  // Table exports ("Hb | 10.2 | g/dL | 12-16 | L") read like the spaced form once the bars go.
  const m = lineRe.exec(line.includes('|') ? line.replace(/\s*\|\s*/g, ' ') : line);
  if (!m) return undefined;
  const [, name, rawValue, rawUnit, bracket, bare, trailingFlag] = m;
  // "(high)" in brackets is a flag, not a range.
  const bracketFlag = bracket !== undefined && /^(h|l|n|high|low|normal)$/i.test(bracket.trim()) ? bracket.trim() : undefined;
  const rawFlag = trailingFlag ?? bracketFlag;
  const rangeText = bracketFlag ? bare : (bracket ?? bare);
  const range = rangeText !== undefined ? parseRange(rangeText) : undefined;
  // Parentheses that hold something else (e.g. "(fasting)") mean this is not a clean lab line.
  if (rangeText !== undefined && !range) return undefined;
  const value = num(rawValue.replace(/^[<>≤≥]\s*/, ''));
  // Join "x 10^9/L" into one token but keep a qualifier word ("ng/mL FEU") apart.
  const unit = (rawUnit ?? '').replace(/\s+(?=[A-Z]{3,4}$)/, '\u0000').replace(/\s+/g, '').replace('\u0000', ' ').replace(/^×/, 'x');
  // Without a range or flag only a lab-like unit marks a result ("Follow up in 2 weeks" is not one).
  if (rangeText === undefined && !rawFlag && !LAB_UNIT.test(unit)) return undefined;
  let flag: LabFlag | undefined;
  if (rawFlag) flag = normFlag(rawFlag);
  else if (range) {
    if (range.refHigh !== undefined && value > range.refHigh) flag = 'H';
    else if (range.refLow !== undefined && value < range.refLow) flag = 'L';
    else flag = 'normal';
  }
  return {
    name: name.trim(), value, unit,
    ...(range?.refLow !== undefined ? { refLow: range.refLow } : {}),
    ...(range?.refHigh !== undefined ? { refHigh: range.refHigh } : {}),
    ...(flag ? { flag } : {}),
    flagGiven: !!rawFlag,
  };
}

/**
 * All lab values in a block of text: one per line, or several on a line separated by ";" or
 * by ", " before a capitalised name.
 *
 * @example
 * parseLabs('Na 140 mmol/L (135-145); K 5.9 mmol/L (3.5-5.1)').map((l) => l.flag); // ['normal', 'H']
 */
export function parseLabs(text: string): LabValue[] {
  const out: LabValue[] = [];
  for (const line of text.split('\n')) {
    const whole = parseLabLine(line);
    if (whole) {
      out.push(whole);
      continue;
    }
    for (const part of line.split(/;\s*|,\s+(?=[A-Z][A-Za-z0-9+]*\b[^,]*\d)/)) {
      const v = parseLabLine(part);
      if (v) out.push(v);
    }
  }
  return out;
}

/**
 * One line describing a lab value for instruction outputs.
 *
 * @example
 * formatLab(parseLabLine('Glucose 182 mg/dL (70-99)')!); // 'Glucose 182 mg/dL (reference 70–99): high'
 */
export function formatLab(l: LabValue): string {
  const ref = l.refLow !== undefined && l.refHigh !== undefined ? `${l.refLow}–${l.refHigh}`
    : l.refHigh !== undefined ? `<${l.refHigh}` : l.refLow !== undefined ? `>${l.refLow}` : undefined;
  const flag = l.flag === 'H' ? 'high' : l.flag === 'L' ? 'low' : l.flag === 'normal' ? 'normal' : 'no reference range';
  return `${l.name} ${l.value}${l.unit ? ` ${l.unit}` : ''}${ref ? ` (reference ${ref})` : ''}: ${flag}`;
}
