/**
 * OCR'd digits: the number recognizers read a copy of the text with letters OCR reads for digits put back,
 * and the copy keeps every offset. Examples are our own.
 */
import { describe, expect, it } from 'vitest';
import { ocrDigits } from '../../sdk/deid/recognizers/ocr-digits.js';
import { family, kept } from './shape-helpers.js';

describe('ocrDigits', () => {
  it('restores digits in number-like tokens and keeps the length', () => {
    const t = 'DOB:O4/l2/l931 Ph:(555) O12-7731  PT 9SYO F ADM ll/Ol  Home#5O8-SSS-O142';
    const d = ocrDigits(t);
    expect(d).toBe('DOB:04/12/1931 Ph:(555) 012-7731  PT 95YO F ADM 11/01  Home#508-555-0142');
    expect(d.length).toBe(t.length);
  });
  it('leaves words, gases, decades, month names and specimen prefixes alone', () => {
    const t = 'FiO2 40% SpO2 94, O2 weaned. I/O 1200/800. 06-SEP-2018, JUL 31ST, BP 90S-100S, S26-4432, Page l of 4';
    expect(ocrDigits(t)).toBe(t);
  });
});

family("dates, phones and ages read through OCR's letter-for-digit errors", [
  ['REFERRAL FORM\nPt Name:OYELARAN,TEMITOPE A DOB:O9/23/1929 Age:94', ['O9/23/1929', '94']],
  ['Addr:88 Quarry Hill Rd Ashgrove, VT O5l44  Ph:(555) O12-7731', ['O5l44', '(555) O12-7731']],
  ['NSG NOTE O7OO-l9OO  l1/O3\nPT 9SYO F ADM ll/Ol FROM CHELSEA', ['l1/O3', '9S', 'll/Ol']],
  ['Pt is 9lyo, lives w/ sister. Extubated l/2. Transferred to floor l/4', ['9l', 'l/2', 'l/4']],
]);

kept("OCR's digits: oxygen and settings stay", [
  ['Abx 4/11-4/15, O2 weaned to 2L. FiO2 35%', ['O2', 'FiO2']],
]);
