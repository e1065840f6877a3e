/**
 * Measures how often the corpus exercises the hard cases of de-identification (name shapes,
 * date shapes, word-names used as ordinary words, PHI at text boundaries), so the README can
 * quote real counts rather than intentions.
 *
 * @example
 * hardCaseStats(generateCorpus({ count: 40 })).names.allCaps;
 */
import type { AnnotatedReport } from './phi.js';

/** Words that occur both as names and as ordinary English. @example WORD_NAMES.includes('hope') */
export const WORD_NAMES = ['hope', 'will', 'grant', 'april', 'dawn', 'joy', 'rose', 'faith', 'bill', 'young', 'black', 'love', 'grace', 'may', 'frank', 'mark', 'king', 'white', 'wood'];

const DATE_SHAPES: [string, RegExp][] = [
  ['03/14/2021', /^\d{2}\/\d{2}\/\d{4}$/],
  ['3/4/21', /^\d{1,2}\/\d{1,2}\/\d{2}$/],
  ['03/14/2021 10:22', /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/],
  ['14-Mar-2021', /^\d{2}-[A-Za-z]{3}-\d{4}$/],
  ['March 14th, 2021', /^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}$/],
  ['March 14, 2021 / Mar 14, 2021', /^[A-Z][a-z]+ \d{1,2}, \d{4}$/],
  ['2021-03-14', /^\d{4}-\d{2}-\d{2}$/],
  ['2021-03-14T10:22', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/],
  ['14.03.2021', /^\d{2}\.\d{2}\.\d{4}$/],
  ['Feb 2 / March 14', /^[A-Z][a-z]+ \d{1,2}$/],
  ['14 March', /^\d{1,2} [A-Z][a-z]+$/],
  ['the 14th', /^\d{1,2}(st|nd|rd|th)$/],
  ['April (month only)', /^[A-Z][a-z]+$/],
  ['April 2021', /^[A-Z][a-z]+ \d{4}$/],
];

/** Counts of hard cases in a corpus. @example hardCaseStats(reports).dates['the 14th'] */
export function hardCaseStats(reports: readonly AnnotatedReport[]) {
  const names = { lowercase: 0, allCaps: 0, hyphenated: 0, apostrophe: 0, initials: 0, lastCommaFirst: 0, wordNames: 0, nonAscii: 0 };
  const dates: Record<string, number> = Object.fromEntries(DATE_SHAPES.map(([k]) => [k, 0]));
  dates.other = 0;
  let wordNamesAsWords = 0;
  let phiAtStart = 0;
  let phiAtEnd = 0;
  let phiNextToPunctuation = 0;
  const wordRe = new RegExp(`\\b(${WORD_NAMES.join('|')})\\b`, 'gi');
  for (const r of reports) {
    if (r.phi.some((s) => s.start === 0)) phiAtStart++;
    if (r.phi.some((s) => s.end === r.text.length)) phiAtEnd++;
    for (const s of r.phi) {
      const v = r.text.slice(s.start, s.end);
      const before = r.text[s.start - 1] ?? '';
      const after = r.text[s.end] ?? '';
      if (/[(),;:.'"[\]]/.test(before) || /[(),;:.'"[\]]/.test(after)) phiNextToPunctuation++;
      if (s.category === 'NAME') {
        if (/[a-z]/.test(v) && v === v.toLowerCase()) names.lowercase++;
        if (/[A-Z]{2}/.test(v) && v === v.toUpperCase() && !/^[A-Z]{2,3}$/.test(v)) names.allCaps++;
        if (/\w-\w/.test(v)) names.hyphenated++;
        if (/\w'\w/.test(v)) names.apostrophe++;
        if (/^[A-Z]\. /.test(v) || /^[A-Z]{2,3}$/.test(v)) names.initials++;
        if (/, /.test(v)) names.lastCommaFirst++;
        if (v.split(/[\s,]+/).some((w) => WORD_NAMES.includes(w.toLowerCase()))) names.wordNames++;
        if (/[^\x00-\x7f]/.test(v)) names.nonAscii++;
      } else if (s.category === 'DATE') {
        const hit = DATE_SHAPES.find(([, re]) => re.test(v));
        dates[hit ? hit[0] : 'other']++;
      }
    }
    for (const m of r.text.matchAll(wordRe)) {
      const i = m.index ?? 0;
      if (!r.phi.some((s) => i >= s.start && i < s.end)) wordNamesAsWords++;
    }
  }
  return { names, dates, wordNamesAsWords, phiAtStart, phiAtEnd, phiNextToPunctuation };
}
