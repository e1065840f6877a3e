import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/index.js';

const names = (text: string) => findPhi(text, { categories: ['NAME'] }).map((s) => text.slice(s.start, s.end));

describe('names', () => {
  it('finds made-up names that are in no dictionary, from context', () => {
    expect(names('Seen by Dr. Zorblatt Quixby.')).toEqual(['Zorblatt Quixby']);
    expect(names('His wife Xanthippa was present.')).toEqual(['Xanthippa']);
    expect(names('Electronically signed by: Tam R. Wexley, RN')).toEqual(['Tam R. Wexley']);
    expect(names('Vrendolyn Okafor-Pryce, MD reviewed the films.')).toEqual(['Vrendolyn Okafor-Pryce']);
  });
  it('remembers a name within a record', () => {
    expect(names('Mr. Quixby was admitted. Quixby tolerated the procedure.')).toEqual(['Quixby', 'Quixby']);
  });
  it('handles lower case, ALL CAPS, hyphens, apostrophes, initials and "Last, First"', () => {
    expect(names('dr. smith saw pt john smith today.')).toEqual(['smith', 'john smith']);
    expect(names('PATIENT: OKONKWO-BRAITHWAITE, TEMPERANCE Q.\nMRN: 123456')).toEqual(['OKONKWO-BRAITHWAITE, TEMPERANCE Q.']);
    expect(names("Referred by Dr. Mary-Ann O'Neil.")).toEqual(["Mary-Ann O'Neil"]);
    expect(names('Follow up with Dr B. A. Nakashima-Ruiz next week.')).toEqual(['B. A. Nakashima-Ruiz']);
    expect(names("Letter to Prof. Imogen d'Arcy-Whitlock.")).toEqual(["Imogen d'Arcy-Whitlock"]);
    expect(names('Good morning, Ms. van der berg.')).toEqual(['van der berg']);
    expect(names('Plan discussed.\n-- JKR / 5/17/18')).toEqual(['JKR']);
  });
  it('treats Hope, Will, Grant, April, Dawn, Joy as names only when used as names', () => {
    expect(names('His wife Hope visited. There is hope it settles.')).toEqual(['Hope']);
    expect(names('Mr. Will Grant says he will grant consent.')).toEqual(['Will Grant']);
    expect(names('Her daughter, Dawn, called; pain worst at dawn.')).toEqual(['Dawn']);
    expect(names('Patient: April Kowalczyk\nSeen in April.')).toEqual(['April Kowalczyk']);
    expect(names('Joy in usual activities is preserved.')).toEqual([]);
  });
  it('does not read dialogue speaker labels or acronyms as names', () => {
    expect(names('PT: Can you call me back?\nDR: Well, I think so.')).toEqual([]);
    expect(names('EXAM: CHEST X-RAY, PA AND LATERAL\nHeparin per ACS protocol.')).toEqual([]);
  });
  it('keeps eponyms that are also surnames, decided by the following noun', () => {
    expect(names('Wilson disease and a Jones fracture. Dr. Kim Wilson agrees.')).toEqual(['Kim Wilson']);
  });
});

describe('a role after a label', () => {
  it('reads "cc: PCP Dagny Jankowski" as the name without the role, so the role is not carried through the note', async () => {
    const { recognizeNames } = await import('../../sdk/deid/recognizers/names.js');
    const text = 'Job #: 8017843  Doc #: 8849715\n\ncc: PCP Dagny Jankowski (fax 617-555-0133)';
    const strong = recognizeNames(text).filter((c) => c.score >= 0.85).map((c) => text.slice(c.start, c.end));
    expect(strong).toContain('Dagny Jankowski');
    expect(strong.some((s) => s.includes('PCP'))).toBe(false);
  });
});
