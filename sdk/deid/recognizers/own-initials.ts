/**
 * A signer's own initials after the name and its credential, closing the line: "Kristen Pfannenstiel, Paramedic KP",
 * "H. Grimaldi, EMT-P, HG", "B. Stensrud, MD bs/kk". Run sheets and dictations sign twice, name then initials; the
 * letters are read as the person's only where they are the name's, so the level of care in "Lena Marsh, Paramedic ALS" stays.
 *
 * @example
 * recognizeOwnInitials('Kristen Pfannenstiel, Paramedic KP'); // covers "KP"
 */
import { CREDENTIALS, SIGNING_CREDENTIAL } from './credentials.js';
import type { Candidate } from '../span.js';
import { has, matchAll } from './util.js';

// A name of one or two given names or initials and a surname at the start of a line, one or two credentials (spelled-out
// "Paramedic" too, and "EMT-P"), then two or three letters, alone or before a typist's slash, closing the line.
const SIGNER_THEN_INITIALS = new RegExp(
  String.raw`(?:^|\n)[ \t]*((?:\p{Lu}\.?[ \t]+|\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+),?[ \t]+(?:(?:${SIGNING_CREDENTIAL}|EMT-[PBI]|[Pp]aramedic|PARAMEDIC)\.?,?[ \t]+){1,2}(\p{L}{2,3})(?=[ \t]*(?:$|\n)|\/\p{L}{2,3}[ \t]*(?:$|\n))`,
  'dgiu',
);

/** Initials that repeat a signer's name on the signature line. */
export function recognizeOwnInitials(text: string): Candidate[] {
  if (!has(/\p{Lu}[\p{L}'’-]+,?[ \t]+\S+[ \t]+\p{L}{2,3}[ \t]*(?:$|\n|\/)/mu, text)) return [];
  return matchAll(SIGNER_THEN_INITIALS, text, (m) => {
    const letters = m[1].split(/[ \t]+/).map((w) => w[0].toLowerCase());
    const mark = m[2].toLowerCase();
    // ("C. Mahalik, RN CM": a second credential, case manager, though its letters are the name's.)
    const own = (mark === letters.join('') || mark === letters[0] + letters[letters.length - 1]) && !CREDENTIALS.has(mark);
    return own ? { category: 'NAME', score: 0.8, start: m.indices![2][0], end: m.indices![2][1], kind: 'person' } : null;
  });
}
