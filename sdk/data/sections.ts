/**
 * `.sections()`: split a report into history, symptoms, findings, labs, impression and
 * recommendations from its headers. Headers may be upper or lower case, with or without a
 * colon, alone on their line or inline ("FINDINGS: ... IMPRESSION: ..."), with markdown marks.
 * Text under headers we do not map (e.g. "MEDICATIONS:") ends the previous section and is dropped
 * from `sections` (it stays in `text`).
 *
 * @example
 * splitSections('HISTORY: cough.\nFINDINGS: clear lungs.\nIMPRESSION: normal.');
 * // { history: 'cough.', findings: 'clear lungs.', impression: 'normal.' }
 */
import type { SectionName } from './records.js';

/** Header spellings per section (lower case, matched case-insensitively). @example SECTION_HEADERS.impression.includes('impression'); // true */
export const SECTION_HEADERS: Readonly<Record<SectionName, readonly string[]>> = {
  history: [
    'history of present illness', 'history of the present illness', 'hpi', 'past medical history', 'pmh', 'medical history',
    'clinical history', 'clinical information', 'clinical indication', 'clinical details', 'indication', 'indications',
    'history', 'brief history', 'background', 'reason for referral', 'reason for exam', 'reason for examination',
    'reason for consultation', 'reason for admission', 'admission history', 'interval history',
  ],
  symptoms: [
    'chief complaint', 'cc', 'presenting complaint', 'presenting complaints', 'presenting symptoms', 'symptoms', 'complaint',
    'subjective', 'review of systems', 'ros',
  ],
  findings: [
    'findings', 'finding', 'physical examination', 'physical exam', 'examination', 'on examination', 'objective',
    'gross description', 'microscopic description', 'description', 'hospital course', 'clinical course', 'procedure findings',
    'operative findings', 'imaging', 'report', 'pe', 'microscopic', 'micro', 'gross', 'course', 'description of procedure',
    'procedure in detail', 'procedure details',
  ],
  labs: [
    'labs', 'lab', 'lab results', 'laboratory', 'laboratory results', 'laboratory data', 'laboratory values', 'lab values',
    'investigations', 'pertinent results', 'results', 'blood tests', 'bloods', 'clinical laboratory results', 'laboratory report',
    'cumulative lab report',
  ],
  impression: [
    'impression', 'impressions', 'diagnosis', 'diagnoses', 'final diagnosis', 'discharge diagnosis', 'discharge diagnoses',
    'admission diagnosis', 'working diagnosis', 'principal diagnosis', 'postoperative diagnosis', 'post-operative diagnosis', 'dx',
    'assessment', 'conclusion',
    'conclusions', 'interpretation', 'summary', 'opinion',
  ],
  recommendations: [
    'recommendations', 'recommendation', 'plan', 'plan of care', 'management plan', 'treatment plan', 'follow-up', 'follow up',
    'followup', 'disposition', 'discharge instructions', 'discharge plan', 'advice', 'next steps', 'recs',
  ],
};

/**
 * Combined assessment-and-plan headers: bullet/numbered lines go to recommendations, the
 * rest (the diagnostic statement) to impression.
 *
 * @example
 * COMBINED_HEADERS.includes('a/p'); // true
 */
export const COMBINED_HEADERS: readonly string[] = ['assessment and plan', 'assessment & plan', 'assessment/plan', 'a/p', 'a&p', 'impression and plan', 'impression/plan'];

/** Headers that are not one of our sections but end the previous one (their text stays only in `text`). @example OTHER_HEADERS.length > 0; // true */
export const OTHER_HEADERS: readonly string[] = [
  'medications', 'current medications', 'discharge medications', 'home medications', 'meds', 'allergies', 'technique',
  'comparison', 'exam', 'vitals', 'vital signs', 'procedure', 'specimen', 'specimens', 'social history', 'family history',
  'implants', 'anesthesia', 'ebl', 'surgeon', 'assistant', 'emergency contact', 'signed', 'electronically signed',
];

// 'combined' marks an assessment-and-plan block; 'other' a header outside our sections.
type Target = SectionName | 'combined' | 'other';
const lookup = new Map<string, Target>();
for (const [name, headers] of Object.entries(SECTION_HEADERS) as [SectionName, readonly string[]][]) {
  for (const h of headers) lookup.set(h, name);
}
for (const h of COMBINED_HEADERS) lookup.set(h, 'combined');
for (const h of OTHER_HEADERS) lookup.set(h, 'other');
const known = [...lookup.keys()].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
// A known header: at line start (or after a sentence end for inline reports), optional markdown
// marks/numbering, the name, optional marks, then a colon/dash (content may follow) or end of line.
const headerRe = new RegExp(
  `(?:^|(?<=[.!?]\\s+))[ \\t]*(?:#{1,6}\\s*|\\d+[.)]\\s*)?[*_]{0,2}(${known})[*_]{0,2}[ \\t]*(?:(?::|\\s[-–—])[*_]{0,2}[ \\t]*|$)`,
  'gimu',
);
// An unknown header ends the previous section: a line that is only "Some Title:" or an ALL-CAPS
// label of 4+ letters with a colon ("MEDICATIONS: ..."); lab lines like "WBC: 12.1" are not headers.
// An ALL-CAPS line on its own ("HOSPITAL DISCHARGE SUMMARY", "TECHNIQUE") is a header too.
const otherRe = /^[ \t]*(?:[A-Z][A-Za-z /&'-]{1,40}:[ \t]*$|[A-Z][A-Z /&'-]{3,40}:(?![ \t]*[\d<>+-])|[A-Z][A-Z /&'-]{3,60}[ \t]*$)/gmu;

// Sign-offs end the last section: letters and notes close with a signature block, not findings.
const signoffRe = /^[ \t]*(?:--+\s*\S|yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|with (?:best|kind) (?:wishes|regards)|sincerely,|electronically signed|dictated by|signed by|cc:)/gimu;

/**
 * Sections of a report; repeated headers of one section (e.g. HPI and PMH) are joined by a newline.
 *
 * @example
 * splitSections('Chief complaint: chest pain\nPlan\nECG, troponin'); // { symptoms: 'chest pain', recommendations: 'ECG, troponin' }
 */
export function splitSections(text: string): Partial<Record<SectionName, string>> {
  const marks: { at: number; end: number; name?: SectionName | 'combined' }[] = [];
  for (const m of text.matchAll(headerRe)) {
    const name = lookup.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (!name) continue;
    const at = m.index ?? 0;
    // A bare header word without colon must be alone on its line, or it is just a word ("exam was normal").
    const after = m[0].slice(m[0].toLowerCase().lastIndexOf(m[1].toLowerCase()) + m[1].length);
    const hasColon = /[:\-–—]/.test(after);
    const rest = text.slice(at + m[0].length);
    const aloneOnLine = /^[ \t]*(\n|$)/.test(rest) && /(^|\n)[ \t]*$/.test(text.slice(0, at));
    if (!hasColon && !aloneOnLine) continue;
    marks.push({ at, end: at + m[0].length, ...(name === 'other' ? {} : { name }) });
  }
  for (const m of text.matchAll(otherRe)) {
    const at = m.index ?? 0;
    if (marks.some((k) => at >= k.at && at < k.end)) continue;
    if (lookup.has(m[0].trim().replace(/:$/, '').trim().toLowerCase())) continue;
    marks.push({ at, end: at + m[0].length });
  }
  for (const m of text.matchAll(signoffRe)) {
    const at = m.index ?? 0;
    if (!marks.some((k) => at >= k.at && at < k.end)) marks.push({ at, end: at + m[0].length });
  }
  marks.sort((a, b) => a.at - b.at);
  const out: Partial<Record<SectionName, string>> = {};
  const add = (name: SectionName, body: string) => {
    if (body) out[name] = out[name] ? `${out[name]}\n${body}` : body;
  };
  marks.forEach((mark, i) => {
    if (!mark.name) return;
    const body = text.slice(mark.end, marks[i + 1]?.at ?? text.length).trim();
    if (!body) return;
    if (mark.name !== 'combined') return add(mark.name, body);
    const lines = body.split('\n');
    const isPlan = (l: string) => /^\s*(?:[-*•#]|\d+[.)])\s+/.test(l);
    add('impression', lines.filter((l) => !isPlan(l)).join('\n').trim());
    add('recommendations', lines.filter(isPlan).join('\n').trim());
  });
  return out;
}
