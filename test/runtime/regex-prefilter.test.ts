import { describe, expect, it } from 'vitest';
import { mayMatch, requiredLiterals } from '../../sdk/runtime/regex-prefilter.js';
import { mulberry32 } from '../../sdk/runtime/random.js';

describe('requiredLiterals', () => {
  it.each([
    [/\bkrewe[ \t]+of[ \t]+\w+/i, [['krewe'], [' of', '\tof']]],
    // A short literal borrows the first or last characters of a repeated neighbour: digits before an ordinal's letters.
    [/\b\d{1,3}(?:st|nd)\b/, [['0nd', '0st', '1nd', '1st', '2nd', '2st', '3nd', '3st', '4nd', '4st', '5nd', '5st', '6nd', '6st', '7nd', '7st', '8nd', '8st', '9nd', '9st']]],
    [/(?:ne|nw)[0-9]+/, [['ne0', 'ne1', 'ne2', 'ne3', 'ne4', 'ne5', 'ne6', 'ne7', 'ne8', 'ne9', 'nw0', 'nw1', 'nw2', 'nw3', 'nw4', 'nw5', 'nw6', 'nw7', 'nw8', 'nw9']]],
    [/(?:Fort|FORT|Camp|CAMP)\b/, [['camp', 'fort']]],
    [/\b(?:lives?|living)\s+in/, [['live', 'living']]],
    [/(?<=\bthe[ \t]+)Acme/, [['acme'], ['the']]],
    [/[Pp]ager\s*\d+/, [['pager']]],
    [/(?:saint|st\.)\s+\w+/i, [['saint', 'st.']]],
  ] as const)('%s needs %j', (re, want) => {
    expect(requiredLiterals(re).map((s) => [...s].sort())).toEqual(want.map((s) => [...s].sort()));
  });

  it.each([
    /\p{Lu}\p{Ll}+/u, // no literal at all
    /\b(?:dr|md|rn)\b/i, // literals too short to index
    /(?:foo)?bar?/, // 'ba' alone is too short, 'foo' is optional
    /(?!xyz)\w+/, // a negative look-ahead requires nothing
    /(?:abc|\d+)/, // one alternative has no literal
    /(a)\1x/, // a back-reference is not read
  ])('%s needs nothing', (re) => {
    expect(requiredLiterals(re)).toEqual([]);
  });

  it('reads literals shorter than a trigram when asked for them', () => {
    expect(requiredLiterals(/\b(?:dr|md)\.?[ \t]+\p{Lu}/iu, 1)).toContainEqual(['dr', 'md']);
    expect(requiredLiterals(/[\w.]+@\w+/, 1)).toEqual([['@']]);
  });
});

describe('mayMatch', () => {
  it('skips a scan whose literal is absent and keeps it when present, in any capitals', () => {
    const re = /\bkrewe of \p{Lu}\w+/gu;
    expect(mayMatch(re, 'afebrile, BP 120/80, sats 98% on 2L')).toBe(false);
    expect(mayMatch(re, 'rode with the KREWE OF Zulu')).toBe(true);
  });

  it('skips a scan whose only literal is a pair or a character absent from the text', () => {
    const email = /[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]{2,}/gi;
    expect(mayMatch(email, 'no address given')).toBe(false);
    expect(mayMatch(email, 'mail jo@example.org')).toBe(true);
    expect(mayMatch(/\b(?:dr|md)\b/i, 'afebrile')).toBe(false);
    expect(mayMatch(/\b(?:dr|md)\b/i, 'seen by DR')).toBe(true);
    expect(mayMatch(/@/, '@')).toBe(true);
  });

  it('keeps a scan when the text holds a letter that folds to the literal under /iu (Kelvin sign, long s)', () => {
    expect(/kab/iu.test('\u212Aab')).toBe(true);
    expect(mayMatch(/kab/iu, '\u212Aab')).toBe(true);
    expect(/sab/iu.test('\u017Fab')).toBe(true);
    expect(mayMatch(/sab/iu, '\u017Fab')).toBe(true);
  });

  // Soundness: over random regexes and texts, a false answer is never given for a regex that matches.
  it('never says false for a regex that matches (random regexes and texts)', () => {
    const rng = mulberry32(20261205);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const atom = (depth: number): string => {
      const r = rng();
      if (depth > 0 && r < 0.2) return `(?:${seq(depth - 1)}|${seq(depth - 1)})`;
      if (depth > 0 && r < 0.25) return pick(['(?=', '(?!', '(?<=', '(?<!'] as const) + seq(depth - 1) + ')';
      if (r < 0.3) return pick(['[ab]', '[^a]', '\\w', '.', '\\b', '[Kk]', '\\s', '[abc-]', '\\d', '[0-2]', '[a-c]', '[\\d-]', '\\D']);
      return pick(['a', 'b', 'c', 'k', 'K', 's', 'S', ' ', '-', 'ab', 'abc', 'ka']);
    };
    const seq = (depth: number): string => {
      let out = '';
      const n = 1 + Math.floor(rng() * 4);
      for (let i = 0; i < n; i++) {
        const a = atom(depth);
        const q = rng();
        out += a.startsWith('(?=') || a.startsWith('(?!') || a.startsWith('(?<') || a === '\\b' ? a : q < 0.1 ? `(?:${a})?` : q < 0.15 ? `(?:${a})+` : q < 0.2 ? `(?:${a}){2}` : q < 0.25 ? `(?:${a}){1,3}` : a;
      }
      return out;
    };
    const letters = ['a', 'b', 'c', 'A', 'B', 'C', 'k', 'K', '\u212A', 's', 'S', '\u017F', ' ', '-', 'd', '1', '2', '7'];
    let checked = 0;
    let skipped = 0;
    for (let i = 0; i < 3000; i++) {
      const source = seq(2);
      const flags = pick(['', 'i', 'u', 'iu', 'g']);
      let re: RegExp;
      try {
        re = new RegExp(source, flags);
      } catch {
        continue;
      }
      for (let j = 0; j < 5; j++) {
        const text = Array.from({ length: Math.floor(rng() * 24) }, () => pick(letters)).join('');
        re.lastIndex = 0;
        const matches = re.test(text);
        const may = mayMatch(re, text);
        if (!may) skipped++;
        checked++;
        if (matches) expect(may, `${re} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(1_000);
  });
});
