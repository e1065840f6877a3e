/**
 * A colleague named in brackets after the service or role they answer for: "Palliative (Halberd) met family",
 * "SECURITY (BAKER) AWARE", "EPIDURAL (MAJOR, APS)", "RED CROSS (BARB) HELPING". The bracket after a service holds who
 * was reached there; the word must still be a name-list word, or a capitalised one no list holds, and no clinical word.
 *
 * @example
 * recognizeServiceNames('palliative (Halberd) met family 4/3'); // covers "Halberd"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { matchesOf } from './util.js';

// Services and roles a note names before the person it reached there.
const SERVICE = String.raw`(?:palliative|palliative[ \t]+care|hospice|security|ortho|orthopedics|nephrology|renal|cardiology|cards|neurology|neuro|nsgy|neurosurgery|surgery|gi|pulm|pulmonary|id|infectious[ \t]+disease|heme|onc|oncology|psych|psychiatry|urology|ent|ir|anesthesia|aps|pain[ \t]+service|epidural|pharmacy|nutrition|dietary|wocn|wound[ \t]+care|sw|social[ \t]+work|cm|case[ \t]+management|chaplain|chaplaincy|pastoral[ \t]+care|pt|ot|slp|rt|interpreter|red[ \t]+cross|pcp|attending|fellow|resident|hospitalist|consult|consults)`;
// One word alone in the brackets, or before a comma and a role ("(MAJOR, APS)").
const BRACKETED = new RegExp(String.raw`\b${SERVICE}[ \t]*\((\p{L}[\p{L}'’-]+)(?=\)|,[ \t]*\p{L}{2,5}\))`, 'dgiu');

/** Whether the word may be a surname or given name: a name-list word or one no list holds, and nothing clinical. */
function nameWord(word: string): boolean {
  const w = word.toLowerCase();
  const f = vocabulary().flags(w);
  if (w.length < 3 || FUNCTION_WORDS.has(w) || isMedicalTerm(w) || f & (F.CLINICAL | F.ABBREV)) return false;
  // (A lower-case everyday word is what the service saw, "PT (home) eval"; an unlisted word in capitals is an acronym, "(CPRS)".)
  if (f & F.COMMON && word === w) return false;
  return (f & (F.FIRST | F.LAST | F.NAMEWORD)) !== 0 || ((f & (F.COMMON | F.ENGLISH)) === 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(word));
}

/**
 * Find colleagues named in brackets after a service.
 *
 * @example
 * recognizeServiceNames('SECURITY (BAKER) AWARE').length; // 1
 */
export function recognizeServiceNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('(')) return out;
  for (const m of matchesOf(BRACKETED, text)) {
    if (!nameWord(m[1])) continue;
    const [start, end] = m.indices![1];
    out.push({ category: 'NAME', score: 0.7, start, end, kind: 'person' });
  }
  return out;
}
