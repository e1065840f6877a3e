/**
 * Residual-risk audit: after de-identification, count what is left in each text that still looks
 * like a name (a capitalised word outside the safe vocabularies, or a dictionary name that is no
 * everyday word), a date (month/day shapes, month names with a day) or a long number (five or more
 * digits in a row, or seven or more in one group), and flag the record for human review. Only
 * counts and record ids are kept: never the text.
 *
 * @example
 * residualRisk(deidentify('Seen 3/14. Quixby improving.').text, []); // { names: 0, dates: 0, numbers: 0 } once both are masked
 */
import { judgeWord } from './recognizers/word-judge.js';
import type { PhiSpan } from './span.js';
import { VOCAB_FLAGS as F, vocabulary } from './vocab.js';

/** What is left in one text. @example const r: ResidualCounts = { names: 1, dates: 0, numbers: 0 }; */
export interface ResidualCounts {
  names: number;
  dates: number;
  numbers: number;
}

/** One record that needs a human look: its id and its counts, never its text. @example const f: FlaggedRecord = { id: 'rpt-7', names: 2, dates: 0, numbers: 0 }; */
export interface FlaggedRecord extends ResidualCounts {
  id: string;
}

/** The audit of a run. @example d.report().audit?.flaggedRecords; */
export interface DeidAudit {
  /** Texts audited. */
  texts: number;
  /** Records with at least one leftover name, date or long number. */
  flaggedRecords: number;
  /** Leftover tokens over all texts. */
  leftover: ResidualCounts;
  /** The flagged records (first MAX_FLAGGED), by id. */
  flagged: FlaggedRecord[];
}

// Enough ids for a reviewer's work list; beyond this the counts still say how many there are.
const MAX_FLAGGED = 10_000;

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const DATE_SHAPES = [
  /(?<![\d/.])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{2}|\d{4}))?(?![\d/])/g,
  /(?<![\d/.-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:\d{2}|\d{4})(?![\d-])/g,
  /(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-\d{2})?(?!\d)/g,
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
];
const LONG_NUMBER = /(?<!\d|\d\.)\d{5,}(?!\d|\.\d)|(?<!\d|\d\.)\d{3}[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d|\.\d)/g;

function inside(spans: PhiSpan[], a: number, b: number): boolean {
  return spans.some((s) => s.start < b && a < s.end);
}

/**
 * Count leftover name-, date- and number-like tokens in a de-identified text; `spans` are the
 * replaced spans in that text (placeholders and surrogates are not counted).
 *
 * @example
 * residualRisk('Seen by Dr. [NAME] on 7/22.', [{ category: 'NAME', start: 12, end: 18 }]).dates; // 1
 */
export function residualRisk(text: string, spans: PhiSpan[]): ResidualCounts {
  const out: ResidualCounts = { names: 0, dates: 0, numbers: 0 };
  const v = vocabulary();
  for (const m of text.matchAll(/[\p{Lu}][\p{L}\p{M}'’-]+/gu)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (inside(spans, a, b) || MONTH.test(m[0])) continue;
    // A placeholder left by mask mode ("[NAME]") is no leftover.
    if (text[a - 1] === '[' && text[b] === ']') continue;
    // Short or vowel-less capitals are abbreviations far more often than names ("MVC", "PTX").
    if (/^\p{Lu}+$/u.test(m[0]) && (m[0].length <= 3 || !/[AEIOUY]/.test(m[0]))) continue;
    const lower = m[0].toLowerCase();
    const f = v.flags(lower);
    const { safe } = judgeWord(lower);
    if (!safe || (f & (F.FIRST | F.LAST) && !(f & (F.COMMON | F.CLINICAL | F.ABBREV)))) out.names++;
  }
  for (const re of DATE_SHAPES) for (const m of text.matchAll(re)) if (!inside(spans, m.index!, m.index! + m[0].length)) out.dates++;
  for (const m of text.matchAll(LONG_NUMBER)) if (!inside(spans, m.index!, m.index! + m[0].length)) out.numbers++;
  return out;
}

/**
 * An empty audit.
 *
 * @example
 * const a = emptyAudit(); a.texts; // 0
 */
export function emptyAudit(): DeidAudit {
  return { texts: 0, flaggedRecords: 0, leftover: { names: 0, dates: 0, numbers: 0 }, flagged: [] };
}

/**
 * Add one text's residual counts to an audit; a record is flagged once, its counts summed.
 *
 * @example
 * recordResidual(audit, 'rpt-1', { names: 1, dates: 0, numbers: 0 });
 */
export function recordResidual(audit: DeidAudit, id: string, r: ResidualCounts, index?: Map<string, FlaggedRecord>): void {
  audit.texts++;
  audit.leftover.names += r.names;
  audit.leftover.dates += r.dates;
  audit.leftover.numbers += r.numbers;
  if (r.names + r.dates + r.numbers === 0) return;
  const known = index?.get(id);
  if (known) {
    known.names += r.names;
    known.dates += r.dates;
    known.numbers += r.numbers;
    return;
  }
  audit.flaggedRecords++;
  if (audit.flagged.length < MAX_FLAGGED) {
    const f = { id, ...r };
    audit.flagged.push(f);
    index?.set(id, f);
  }
}

/**
 * Merge the audit of another worker or run into `into` (records are assumed disjoint).
 *
 * @example
 * mergeAudit(total, workerAudit);
 */
export function mergeAudit(into: DeidAudit, other: DeidAudit): void {
  into.texts += other.texts;
  into.flaggedRecords += other.flaggedRecords;
  into.leftover.names += other.leftover.names;
  into.leftover.dates += other.leftover.dates;
  into.leftover.numbers += other.leftover.numbers;
  for (const f of other.flagged) if (into.flagged.length < MAX_FLAGGED) into.flagged.push({ ...f });
}
