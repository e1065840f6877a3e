import { describe, expect, it } from 'vitest';
import { formatLab, parseLabLine, parseLabs, parseRange } from '../../sdk/data/index.js';

type Want = [string, { name: string; value: number; unit: string; refLow?: number; refHigh?: number; flag?: 'H' | 'L' | 'normal'; flagGiven: boolean } | undefined];
const CASES: Want[] = [
  ['Hemoglobin 10.2 g/dL (ref 12.0-16.0) L', { name: 'Hemoglobin', value: 10.2, unit: 'g/dL', refLow: 12, refHigh: 16, flag: 'L', flagGiven: true }],
  ['K+: 5.9 mmol/L [3.5–5.1] H', { name: 'K+', value: 5.9, unit: 'mmol/L', refLow: 3.5, refHigh: 5.1, flag: 'H', flagGiven: true }],
  ['Glucose 182 mg/dL (70-99)', { name: 'Glucose', value: 182, unit: 'mg/dL', refLow: 70, refHigh: 99, flag: 'H', flagGiven: false }],
  ['Sodium 139 mmol/L (135-145)', { name: 'Sodium', value: 139, unit: 'mmol/L', refLow: 135, refHigh: 145, flag: 'normal', flagGiven: false }],
  ['Potassium 3.1 mmol/L (3.5 - 5.1)', { name: 'Potassium', value: 3.1, unit: 'mmol/L', refLow: 3.5, refHigh: 5.1, flag: 'L', flagGiven: false }],
  ['WBC: 12.5 x 10^9/L (4.0-11.0) H', { name: 'WBC', value: 12.5, unit: 'x10^9/L', refLow: 4, refHigh: 11, flag: 'H', flagGiven: true }],
  ['Platelets 98 10^9/L ref 150-400', { name: 'Platelets', value: 98, unit: '10^9/L', refLow: 150, refHigh: 400, flag: 'L', flagGiven: false }],
  ['INR 1.1 (0.8-1.2)', { name: 'INR', value: 1.1, unit: '', refLow: 0.8, refHigh: 1.2, flag: 'normal', flagGiven: false }],
  ['Troponin I 0.09 ng/mL (<0.04)', { name: 'Troponin I', value: 0.09, unit: 'ng/mL', refHigh: 0.04, flag: 'H', flagGiven: false }],
  ['eGFR 45 mL/min/1.73m2 (>60)', { name: 'eGFR', value: 45, unit: 'mL/min/1.73m2', refLow: 60, flag: 'L', flagGiven: false }],
  ['HbA1c 8.1 % (4.0-5.6) HIGH', { name: 'HbA1c', value: 8.1, unit: '%', refLow: 4, refHigh: 5.6, flag: 'H', flagGiven: true }],
  ['Sodium 131 mmol/L (135–145) *L*', { name: 'Sodium', value: 131, unit: 'mmol/L', refLow: 135, refHigh: 145, flag: 'L', flagGiven: true }],
  ['- ALT 88 U/L (7 to 56) H', { name: 'ALT', value: 88, unit: 'U/L', refLow: 7, refHigh: 56, flag: 'H', flagGiven: true }],
  ['Creatinine 1.9 mg/dL', { name: 'Creatinine', value: 1.9, unit: 'mg/dL', flagGiven: false }],
  ['Hemoglobin 13.5 g/dL (12.0-16.0) H', { name: 'Hemoglobin', value: 13.5, unit: 'g/dL', refLow: 12, refHigh: 16, flag: 'H', flagGiven: true }],
  ['Leukocytes | 16.8 | x10^9/L | 4.0-11.0 | H', { name: 'Leukocytes', value: 16.8, unit: 'x10^9/L', refLow: 4, refHigh: 11, flag: 'H', flagGiven: true }],
  ['Albumin | 4.1 | g/dL | 3.5-5.0 | N', { name: 'Albumin', value: 4.1, unit: 'g/dL', refLow: 3.5, refHigh: 5, flag: 'normal', flagGiven: true }],
  ['C-reactive protein    65.2 mg/L       <5.0         HIGH', { name: 'C-reactive protein', value: 65.2, unit: 'mg/L', refHigh: 5, flag: 'H', flagGiven: true }],
  ['Na+                    131 mmol/L     135-145', { name: 'Na+', value: 131, unit: 'mmol/L', refLow: 135, refHigh: 145, flag: 'L', flagGiven: false }],
  ['D-dimer | 1.9 | ng/mL FEU | <0.5 | H', { name: 'D-dimer', value: 1.9, unit: 'ng/mL FEU', refHigh: 0.5, flag: 'H', flagGiven: true }],
  ['CRP 88 mg/L (high)', { name: 'CRP', value: 88, unit: 'mg/L', flag: 'H', flagGiven: true }],
  ['The patient was 45 years old', undefined],
  ['Glucose 99 mg/dL (fasting)', undefined],
  ['Follow up in 2 weeks', undefined],
];

describe('parseLabLine', () => {
  for (const [line, want] of CASES) it(line, () => expect(parseLabLine(line)).toEqual(want));
});

describe('parseRange / parseLabs / formatLab', () => {
  it('ranges', () => {
    expect(parseRange('12.0-16.0')).toEqual({ refLow: 12, refHigh: 16 });
    expect(parseRange('<5')).toEqual({ refHigh: 5 });
    expect(parseRange('>= 60')).toEqual({ refLow: 60 });
    expect(parseRange('-2 to 2')).toEqual({ refLow: -2, refHigh: 2 });
    expect(parseRange('see note')).toBeUndefined();
  });
  it('several values on a line and across lines', () => {
    const labs = parseLabs('Na 140 mmol/L (135-145); K 5.9 mmol/L (3.5-5.1)\nWBC 12.1 x10^9/L (4-11), Hb 10 g/dL (12-16)\nComment: haemolysed');
    expect(labs.map((l) => [l.name, l.flag])).toEqual([['Na', 'normal'], ['K', 'H'], ['WBC', 'H'], ['Hb', 'L']]);
  });
  it('formats for responses', () => {
    expect(formatLab(parseLabLine('Glucose 182 mg/dL (70-99)')!)).toBe('Glucose 182 mg/dL (reference 70–99): high');
  });
});
