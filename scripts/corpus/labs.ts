/**
 * Lab catalogue and the varied ways results are printed (value, unit, reference range, flag),
 * so lab-value parsing downstream meets every common shape, including unspaced units.
 *
 * @example
 * formatLab(rng, LABS.hgb, 10.2, 'L'); // 'Hemoglobin 10.2 g/dL (ref 12.0-16.0) L' (one of several shapes)
 */
import type { Rng } from './rng.js';

/** One analyte. @example LABS.k.unit === 'mmol/L' */
export interface LabDef {
  names: string[];
  unit: string;
  lo: number;
  hi: number;
  dec: number;
  /** Reference written as an upper limit only ("<0.04"). */
  upperOnly?: boolean;
}

/** The analytes the corpus reports. @example Object.keys(LABS) */
export const LABS = {
  hgb: { names: ['Hemoglobin', 'Hgb', 'HGB', 'Hb'], unit: 'g/dL', lo: 12.0, hi: 16.0, dec: 1 },
  wbc: { names: ['WBC', 'White cell count', 'Leukocytes'], unit: 'x10^9/L', lo: 4.0, hi: 11.0, dec: 1 },
  plt: { names: ['Platelets', 'PLT', 'Plt'], unit: 'x10^9/L', lo: 150, hi: 400, dec: 0 },
  na: { names: ['Sodium', 'Na', 'Na+'], unit: 'mmol/L', lo: 135, hi: 145, dec: 0 },
  k: { names: ['Potassium', 'K', 'K+'], unit: 'mmol/L', lo: 3.5, hi: 5.1, dec: 1 },
  cr: { names: ['Creatinine', 'Cr', 'Creat'], unit: 'mg/dL', lo: 0.6, hi: 1.2, dec: 2 },
  bun: { names: ['BUN', 'Urea nitrogen'], unit: 'mg/dL', lo: 7, hi: 20, dec: 0 },
  glu: { names: ['Glucose', 'Glu', 'Blood glucose'], unit: 'mg/dL', lo: 70, hi: 99, dec: 0 },
  a1c: { names: ['HbA1c', 'Hemoglobin A1c'], unit: '%', lo: 4.0, hi: 5.6, dec: 1 },
  crp: { names: ['CRP', 'C-reactive protein'], unit: 'mg/L', lo: 0, hi: 5, dec: 1, upperOnly: true },
  trop: { names: ['Troponin I', 'Trop I', 'hs-TnI'], unit: 'ng/mL', lo: 0, hi: 0.04, dec: 2, upperOnly: true },
  bnp: { names: ['BNP', 'NT-proBNP'], unit: 'pg/mL', lo: 0, hi: 100, dec: 0, upperOnly: true },
  alt: { names: ['ALT', 'SGPT'], unit: 'U/L', lo: 7, hi: 56, dec: 0 },
  ast: { names: ['AST', 'SGOT'], unit: 'U/L', lo: 10, hi: 40, dec: 0 },
  bili: { names: ['Total bilirubin', 'T. bili', 'Bilirubin, total'], unit: 'mg/dL', lo: 0.1, hi: 1.2, dec: 1 },
  lip: { names: ['Lipase'], unit: 'U/L', lo: 0, hi: 160, dec: 0 },
  lac: { names: ['Lactate', 'Lactic acid'], unit: 'mmol/L', lo: 0.5, hi: 2.2, dec: 1 },
  tsh: { names: ['TSH'], unit: 'mIU/L', lo: 0.4, hi: 4.0, dec: 2 },
  inr: { names: ['INR'], unit: '', lo: 0.8, hi: 1.2, dec: 1 },
  ddim: { names: ['D-dimer'], unit: 'ng/mL FEU', lo: 0, hi: 500, dec: 0, upperOnly: true },
  hco3: { names: ['Bicarbonate', 'HCO3', 'CO2'], unit: 'mmol/L', lo: 22, hi: 29, dec: 0 },
  alb: { names: ['Albumin'], unit: 'g/dL', lo: 3.5, hi: 5.0, dec: 1 },
  ferr: { names: ['Ferritin'], unit: 'ng/mL', lo: 30, hi: 400, dec: 0 },
  cea: { names: ['CEA'], unit: 'ng/mL', lo: 0, hi: 3.0, dec: 1, upperOnly: true },
} satisfies Record<string, LabDef>;

/** A lab key. @example const k: LabKey = 'hgb'; */
export type LabKey = keyof typeof LABS;

/** Draw a value: normal, or outside the range in the given direction. @example labValue(rng, LABS.k, 'H') */
export function labValue(rng: Rng, lab: LabDef, flag: 'H' | 'L' | 'N'): number {
  const span = lab.hi - lab.lo;
  if (flag === 'N') return rng.float(lab.lo + span * 0.1, lab.hi - span * 0.1, lab.dec);
  if (flag === 'H') return rng.float(lab.hi + span * 0.15, lab.hi + span * (lab.upperOnly ? 40 : 1.2), lab.dec);
  return rng.float(Math.max(lab.lo * 0.45, lab.lo - span * 0.9), lab.lo - span * 0.08, lab.dec);
}

const fx = (v: number, dec: number) => v.toFixed(dec);

/** Print one result line in a random house style. @example formatLab(rng, LABS.glu, 182, 'H') */
export function formatLab(rng: Rng, lab: LabDef, value: number, flag: 'H' | 'L' | 'N'): string {
  const name = rng.pick(lab.names);
  const v = fx(value, lab.dec);
  const lo = fx(lab.lo, lab.dec);
  const hi = fx(lab.hi, lab.dec);
  const ref = lab.upperOnly ? `<${hi}` : `${lo}-${hi}`;
  const refDash = lab.upperOnly ? `<${hi}` : `${lo}–${hi}`;
  const f = flag === 'N' ? '' : flag;
  const unit = lab.unit;
  // Unspaced units ("182mg/dL") appear now and then so the cleaner's unit spacing has work to do.
  const vu = unit === '' ? v : rng.chance(0.15) && unit !== '%' ? `${v}${unit}` : `${v} ${unit}`;
  switch (rng.int(0, 6)) {
    case 0: return `${name} ${vu} (ref ${ref})${f ? ` ${f}` : ''}`;
    case 1: return `${name}: ${vu} [${refDash}]${f ? ` ${f}` : ''}`;
    case 2: return `${name} ${vu} (${ref})`;
    case 3: return `${name} ${vu}${f ? ` (${f === 'H' ? 'high' : 'low'})` : ''}`;
    case 4: return `${name.padEnd(18)} ${v.padStart(7)} ${unit.padEnd(10)} ${ref.padEnd(12)} ${f === 'H' ? 'HIGH' : f === 'L' ? 'LOW' : ''}`.trimEnd();
    case 5: return `${name} | ${v} | ${unit || '-'} | ${ref} | ${f || 'N'}`;
    default: return `${name} ${vu}${f ? '*' : ''} (normal ${ref})`;
  }
}
