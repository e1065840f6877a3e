/**
 * Notes copied from EHRs, web pages and word processors carry no-break and other Unicode spaces, zero-width
 * characters and other systems' line endings. The engine reads them as plain spaces and newlines: the spans
 * found in such a copy are exactly the spans found in the plain note.
 */
import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/deidentifier.js';
import { loadDevSet } from '../../sdk/deid/dev-sets.js';
import { oneByte, plainText } from '../../sdk/deid/plain-text.js';

// Each rewrite keeps every character's offset: one character in, one character out.
const REWRITES: [string, (t: string) => string][] = [
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
  ['narrow, thin and ideographic spaces', (t) => t.replace(/ /g, (_s, i: number) => ['\u202f', '\u2009', '\u3000'][i % 3])],
  // ("\r\n" is read as " \n": a line that ends in a space gives the same note.)
  ['Windows line endings', (t) => t.replace(/ \n/g, '\r\n')],
  ['old Mac line endings', (t) => t.replace(/\n/g, '\r')],
  ['Unicode line separators and form feeds', (t) => t.replace(/\n/g, (_s, i: number) => (i % 2 ? '\u2028' : '\f'))],
  ['en dashes, figure dashes and minus signs for hyphens', (t) => t.replace(/-/g, (_s, i: number) => ['\u2013', '\u2012', '\u2212'][i % 3])],
  ['curly double quotes', (t) => t.replace(/"/g, (_s, i: number) => (i % 2 ? '\u201c' : '\u201d'))],
];

describe('plainText', () => {
  it('keeps the length and makes each unusual space or break plain', () => {
    const raw = '\ufeffDr.\u00a0Lee\u200b seen\r\nat\u2009home\rnext\u2028line\fpage \u201cBo\u201d 617\u2012555\u20130134 \u2014 ok';
    const plain = plainText(raw);
    expect(plain.length).toBe(raw.length);
    expect(plain).toBe(' Dr. Lee  seen \nat home\nnext\nline\npage "Bo" 617-555-0134 \u2014 ok');
  });

  it('reads curly single quotes as the apostrophe and bullets as the asterisk', () => {
    expect(plainText('\u2022 Mrs O\u2019Brien\u2019s dtr\n\u25e6 5\u2032')).toBe("* Mrs O'Brien's dtr\n* 5'");
  });

  it('returns plain text untouched', () => {
    const t = 'Pt seen by Dr. Lee 3/14.\nWife at bedside.';
    expect(plainText(t)).toBe(t);
  });
});

describe('oneByte', () => {
  it('keeps the content of text whose characters all fit one byte, and returns other text as it is', () => {
    const dashed = plainText('3/14\u20133/16 Ren\u00e9e');
    expect(oneByte(dashed)).toBe('3/14-3/16 Ren\u00e9e');
    const okina = 'Kaʻaihue \u2014 ok';
    expect(oneByte(okina)).toBe(okina);
    expect(oneByte('')).toBe('');
  });

  it('finds the same spans in a note whether or not it was ever two-byte', () => {
    const ascii = 'Seen 3/14-3/16 by Dr. Lee; Renée (dtr) at 617-555-0134. Pt 93 yo.';
    const once = (ascii + ' \u2013').replace(' \u2013', '');
    expect(once).toBe(ascii);
    expect(findPhi(once)).toEqual(findPhi(ascii));
  });
});

describe('findPhi reads a copied note as the plain note', () => {
  const set = loadDevSet('data/deid/blind-real-style-21');
  const docs = set.docs.slice(0, 40);
  for (const [name, rewrite] of REWRITES) {
    it(`finds the same spans with ${name}`, () => {
      let compared = 0;
      for (const d of docs) {
        const copy = rewrite(d.text);
        expect(copy.length).toBe(d.text.length);
        expect(findPhi(copy), d.id).toEqual(findPhi(d.text));
        compared++;
      }
      expect(compared).toBe(docs.length);
    });
  }
});
