/**
 * When a bare number pair or an ordinal is a date, for dates.ts: the cues that date an event ("seen 7/8", "rescheduled for
 * the 22nd"), and what makes the same shape a ratio, a score, a dose, a setting, a culture's growth, a shift's hours or a
 * range instead ("BP 120/80", "PSV 5/5", "pain 4/10", "7-3 shift").
 *
 * @example
 * bareDate('BP 120/80 HR 72', 3, '120/80'); // false
 */
import { before } from './util.js';

// ("TRANSFERRED FROM CCU 1-14", "to the floor 12-11": a verb of moving and the place moved to or from; "came home 2/06";
// "Date of service: 7/8": a field dating an event.)
// ("rescheduled for the 22nd", "set for the 3rd": a day an event is put on.)
const CUE = /\b(?:[a-z]{3,}ed\s+for|(?:set|appt|visit)\s+for|came|went|flew|drove|rode|[a-z]{3,}ed(?:\s+(?:to|from)\s+(?:the\s+)?[a-z0-9]{2,8}|\s+(?:by|via)\s+(?:tele)?phone)?|home|[dt]\s*:|adm|admit|admission|disch|discharge|dc|d\/c|valid|see|on|since|from|until|till|til|to|dated?|date\s+of\s+[a-z]+|dos|by|through|thru|of|as of|starting|beginning|before|after|effective|seen|admitted|adm|discharged|returned|scheduled|follow[- ]up|f\/u|re-?check|(?:staples|sutures|stitches|drains?|foley|cast|pins)\s+(?:out|removed|off)|appointment|appt|dob|born|birthday|bday|expires?|collected|received|reported|procedure|surgery|visit|note|call|encounter|extubated|intubated|transferred|trans|start|starts|started|stopped|due|planned|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?:\s+the)?)\s*[:\-]?\s*$/i;

/**
 * "PPM placed the 16th by Dr. X", "pause the 15th;", "funeral is the 21st in the dalles", 'she said "the 12th"': an ordinal that ends its clause or is followed
 * by a preposition names a day; before a noun ("the 4th ventricle", "the 2nd dose") it does not.
 *
 * @example
 * ordinalEndsClause('placed the 16th by Dr. X', 15); // true
 */
export function ordinalEndsClause(text: string, end: number): boolean {
  return /^(?:[ \t]*(?:[,.;:)\n"”’?!]|$)|[ \t]+(?:by|at|and|in\b|w\/|with|per|for|when|after|before|until|or|from|-|–|in\s+(?:the\s+)?(?:am|pm|morning|afternoon|evening)|of\s+(?:this|next|last|the)\s+month))/i.test(text.slice(end, end + 20));
}

/**
 * Is "12" + "/" + "3" a date when preceded by nothing telling? No: fractions, scores and ratios look the same.
 *
 * @example
 * hasCue('seen 7/8', 5); // true
 */
export function hasCue(text: string, start: number): boolean {
  return CUE.test(before(text, start, 24));
}

// Labels before a ratio, score or machine setting ("BP 120/80", "PSV 5/5", "TOF 2/4", "pain 4/10", "grade 2/6"); scores
// of hypermobility, non-organic signs and myelopathy ("Beighton 5/9", "Waddell 0/5", "mJOA 12/18"); the plates of a
// colour test and the items of a test ("Ishihara 2/14", "recognition 12/20", "VOC 2/7"). (Not "IOP" or "orientation", though
// an eye's pressure and a test's orientation items are written so: an intensive outpatient programme and a first class
// have dates, "SUD IOP 11/27", "rehab orientation 10/31".)
export const NOT_DATE_BEFORE =
  /(?:\b(?:beighton|waddell|m?joa|leak|bp|sbp|dbp|nbp|abp|art|psv|ps|peep|cpap|bipap|niv|ac|a\/c|simv|prvc|vc|pc|ie|i:e|tof|strength|motor|power|grade|gr|murmur|pain|relief|score|scale|rass|ciwa(?:-ar)?|cows|gcs|mmse|moca|slums|apgars?|timi|fim|tinetti|naming|named|recall|recalled|recognized|immediate|delayed|drawing|comprehension|repetition|follows|followed|nyha|killip|berg|tug|heart|grace|hasbled|chads2?|ratio|vs|ue|le|rue|lue|rle|lle|grip|reflexes|dtrs?|tv|vt|rr|fio2|p\/f|pf|hr|map|cvp|pap|i\/o|io|uo|mg|ml|vision|va|acuity|pupils?|perrla?|\d\s*mm|mini-cog|bims|attendance|inattention|hyperactivity|meets|fasting|voc|suds|fab|recognition|figure|circles|plates|ishihara|postprandials?|bup\/nal|buprenorphine\/naloxone|suboxone|neopuff|t-piece|settings|sipap|profusion|identified|inr\s+is)|=|(?<![a-z][ \t]?|\d\/\d{1,2}[ \t]?)\+|->|→|\d\s*x)\s*[:=]?\s*(?:of\s+)?$/i;
// A dose just before: "50 mg 3/15" (see `bareDate`).
const DOSE_BEFORE = /\d[ \t]*(?:mg|mcg|ml|g|units?|meq)[ \t]*$/i;
// Labels that only ever date ("LMP 4/1", "EDC: 6/14"), and a week or day of a schedule counted to its date
// ("IOL AT 34 WKS = 3/10", "removal planned 36 wk = 10/22", "bm bx day 14 = 5/6", "d1,4,8,11 = 3/2").
const DATE_LABEL = /(?:\b(?:lmp|edd|edc|dob|iol)[ \t]*[:#]?|\b(?:wks?|weeks?|day[ \t]*\d{1,2}|d\d{1,2}(?:,\d{1,2})*)[ \t]*=)[ \t]*$/i;
// "dose 1/2" is half a dose, "last dose 2/14" a date: after these words only a fraction is ruled out.
// ("missed dose 1/3", "held dose 4/4": the dose's date.)
const FRACTION_BEFORE = /\b(?<!\b(?:missed|last|next|first|final|held|prior)[ \t]+)(?:dose|doses|tab|tabs|amp|vial)\s*[:=]?\s*$/i;
// Words after a ratio or fraction ("1/2NS", "1/2 tab", "2/6 murmur", "5/5 strength", "2/4 bottles", "named 12/20 common objects",
// "3/3 hip precautions", "9/11 criteria"); a count of days after "x" is a date's ("approved 9/3 x 30 days").
const NOT_DATE_AFTER =
  /^(?:\p{L}|\+|\s*(?:ns\b|tabs?\b|caps?\b|mg|ml|mcg|units?\b|u\b|l\/min\b|lpm\b|cups?\b|tsp\b|tbsp\b|fr\b|oz\b|strength|dose|murmur|(?:r|l|rt|lt|right|left)\s+(?:ankle|knee|hip|wrist|elbow|shoulder|hand|foot|arm|leg|ue|le|deltoid|biceps|triceps|quads?|hamstrings?|df|pf)\b|sem\b|systolic|diastolic|holosystolic|pain|bottles?|sets?|cultures?|ratio|cm|mm|kg|g\b|%|x\b(?![ \t]*\d{1,3}[ \t]*(?:days?|wks?|weeks?|months?|mos?)\b)|bilat|criteria\b|b\/l|throughout|ue\b|le\b|hand|grip|=|\+\s*\d(?![\d]?\/\d)|(?:(?!(?:on|at|in|of|the|to|from)\s)[a-z-]+\s+){0,2}(?:objects|trials|items|commands|words|precautions|steps|reps|repetitions|attempts|sips|bites|cues|questions|tasks|opportunities|pictures|syllables|digits|animals|points|specimens|cores|nodes|days\s*[>≥<])))/iu;
// "1/2 with a meal", "3/4 with the tray": a fraction's words after it (not a date's: "on 8/1 with a Hgb of 6.8").
const FRACTION_WITH = /^\s*with\s+(?:a|the)\b/i;
// Words after that suit a fraction and a date alike ("2/2 positive", "CT 4/5 neg", "3/4 and 3/8"):
// the words before, or the rest of the note, decide.
const WEAK_AFTER = /^\s*(?:positive|pos\b|neg\b|negative|of\b|and\s+\d)/i;
// What grew in how many bottles ("1/2 GNR", "2/2 MSSA"), or what a disease is secondary to ("cirrhosis 2/2 EtOH"): after a
// fraction's shape these make it no date, unless a culture is named right before it.
const GROWTH_AFTER = /^\s*(?:gnrs?|gpcs?|gprs?|gncs?|mssa|mrsa|vre|cons|staph|strep|klebs?|e\.?[ \t]?coli|pseudomonas|candida|enterococcus|etoh|alcohol|nash)\b/i;
// A culture named right before: the value is its date ("Blood cx 1/3 E. coli", "bcx 3/3 GPC in clusters").
const CULTURE_BEFORE = /\b(?:[bu]?cx|cultures?|bal|sputum|urine|wound|blood)[ \t]*$/i;
const IMAGING_BEFORE = /\b(?:cxr|ct|cta|mri|mra|kub|xr|x-?ray|films?|us|u\/s|duplex)(?:[ \t]+[a-z]{2,8})?[ \t]*$/i;
// A month/day and "vs" / "versus" just before: the value is the other choice of a date.
const VERSUS_DATE = /(?<![\d/])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:vs\.?|versus)[ \t]*$/i;
const COMPARED_WITH_DATE = /(?<![\d/])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?![\d/])[^.;\n\d]{1,40}\b(?:vs\.?|versus|compared[ \t]+(?:to|with))[ \t]*$/i;
// A ventilator mode a few words before ("psv trial 10/5", "bipap overnight 14/8", "NIPPV 20/6", "BiPAP (ResMed VPAP) at 16/8")
// makes it a setting.
// ("RT VENT CHECK 2/9 0400": a check or a note of the ventilator is headed by its date.)
export const VENT_NEAR = /\b(?:psv|ps|peep|cpap|bipap|bilevel|bi-level|niv|nippv|nimv|apap|vent(?![ \t]+(?:check|note|rounds?)\b)|ventilator(?![ \t]+(?:check|note|rounds?)\b))\b(?:[ \t]+(?:[a-z]+|\([^)\n]{1,24}\))){0,3}[ \t]*[:=@]?[ \t]*$/i;

/**
 * Up to 40 characters before `start`, on the same line: where a label or an event is written.
 *
 * @example
 * lineBefore('note\nBP 120/80', 8); // 'BP '
 */
export function lineBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 40), start).split('\n').pop() ?? '';
}

// "and 24th" closing its clause after a date that ends in its day.
export const AND_ORDINAL = /^[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)\b(?=[ \t]*(?:[,.;)\n]|$))/di;
const MD = String.raw`(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])`;
const RANGE_NEXT = new RegExp(String.raw`^[ \t]*[-–][ \t]*(${MD})(?![\d/])`);
const RANGE_PREV = new RegExp(String.raw`(?<![\d/])(${MD})[ \t]*[-–][ \t]*$`);
export const SHIFT_PAIR = /^(?:0?7-0?3|0?3-11|11-0?7|0?7-0?7|0?7-11|11-0?3|0?7-19|19-0?7|23-0?7|0?7-23|15-23)$/;
export const SHIFT_NOTE_BEFORE = /\b(?:npn|nsg|nursing|note|notes|shift|rn|lpn|progress)[ \t:]*(?:[-–—][ \t]*)?$/i;

/**
 * Could a dash pair be a shift's hours ("6-2", "7-3", "7-19", "11-7")? Both hours, eight or twelve apart on the clock.
 *
 * @example
 * shiftHours('7-3'); // true
 */
export function shiftHours(pair: string): boolean {
  const [a, b] = pair.split('-').map(Number);
  const gap = (((b - a) % 12) + 12) % 12;
  return a <= 24 && b <= 24 && (gap === 0 || gap === 8);
}

/** Whether the month/day at [start, end) and its neighbour across a dash run forward by 1-31 days. */
function dayRange(text: string, start: number, end: number): boolean {
  const here = text.slice(start, end);
  const next = RANGE_NEXT.exec(text.slice(end, end + 12));
  const prev = RANGE_PREV.exec(text.slice(Math.max(0, start - 12), start));
  const days = (v: string): number => {
    const [m, d] = v.split('/').map(Number);
    return m * 31 + d;
  };
  const forward = (a: string, b: string): boolean => days(b) - days(a) >= 1 && days(b) - days(a) <= 31;
  return (next !== null && forward(here, next[1])) || (prev !== null && forward(prev[1], here));
}

// A word of seeing again or a span of time before an arrow: "recheck venous in 1 mo → 9/20", "f/u 2 wks -> 10/3".
const RECHECK_ARROW = /\b(?:recheck|re-check|f\/u|follow[- ]?up|rtc|return|next|due|in[ \t]+\d+[ \t]*(?:mos?|months?|wks?|weeks?|days?|d))\b[^\n>→]{0,24}(?:->|→)[ \t]*$/i;
// A month and day that is a sentence or a line of its own: "client kaden, 16, seneca. 3/6. lives w aunt", a signature's
// "\n9/10" closing a note. A fraction or a score stands with what it counts ("1/2 tab", "5/5 strength"); a full score
// (the same number twice) is left to the rest of the note.
function standsAlone(text: string, start: number, end: number): boolean {
  const line = lineBefore(text, start);
  const rest = text.slice(end, end + 4);
  if (!/(?:^|[.;!?])[ \t]*$/.test(line) || !/^[ \t]*(?:[.;](?!\d)|\n|$)/.test(rest)) return false;
  // (After a sentence, none of its line may speak of a score: "PAIN: DILAUDID PCA. 5/10.")
  if (line !== '') return !SCORE_LINE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  // (Opening its line, it must close it, under no score's or setting's label: "RUE strength:\n4/5", "Kapandji\n5/10. Grip".)
  return /^[ \t]*(?:\n|$)/.test(rest) && !NOT_DATE_BEFORE.test(text.slice(Math.max(0, start - 40), start).replace(/\n[ \t]*$/, ''));
}
// Words of scoring anywhere on a line.
const SCORE_LINE = /\b(?:pain|score|scale|strength|grip|murmur|rated|rates|gcs|rass|mmse|moca|apgars?|tof|psv|peep|bp|vent)\b/i;

export const DICTATED_TYPED = /\bD\/T[ \t:]*(\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)\/(\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)(?![\d/])/dg;

/**
 * A bare number/number is a date only when neither side makes it a ratio, score, fraction or setting.
 * @example
 * bareDate('BP 120/80 HR 72', 3, '120/80'); // false
 *
 * @example
 * dashDateOnItsOwn('seen 07-14.', 5, '07-14'); // true
 */
export function bareDate(text: string, start: number, value: string): boolean | 'maybe' {
  if (RANGE_PREV.test(text.slice(Math.max(0, start - 12), start))) return dayRange(text, start, start + value.length);
  const line = lineBefore(text, start);
  const end = start + value.length;
  const after = text.slice(end, end + 20);
  // "Wt 11/16 70kg -> 11/24 64kg", "adm 10/30 -> 11/02": after an arrow, behind a date on the same line, the next date of
  // a dated course (a day past 12 or a padded one; readings trend the same way, "BP 140/90 -> 120/80", but not behind a date).
  // (A score trends over one denominator, "GCS 9/15 -> 11/15": the date behind the arrow has another day.)
  const [a, b] = value.split('/').map(Number);
  const prior = /(?<![\d/.])(?:1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/])(?!.*(?<![\d/.])\d{1,2}\/\d)/.exec(line);
  // "recheck in 1 mo → 9/20": after an arrow from a word of seeing again, the day it falls on.
  if (RECHECK_ARROW.test(line) && a >= 1 && a <= 12 && b >= 1 && b <= 31) return true;
  if (/(?:->|→)[ \t]*$/.test(line) && prior && +prior[1] !== b && a >= 1 && a <= 12 && ((b > 12 && b <= 31) || /^\d{1,2}\/0[1-9]$/.test(value))) return true;
  // "CXR 2/7 BILAT INFILTRATES", "ct face 10/12 bilat mandible fx": after an imaging study, "bilateral" is its finding.
  const imagingFinding = IMAGING_BEFORE.test(line) && /^[ \t]+(?:bilat|b\/l)\b/i.test(after);
  // "G2P1001 @ 26 3/7": weeks and days of a pregnancy.
  if (/^[0-6]\/7$/.test(value) && /\b[1-4]\d[ \t]*$/.test(line)) return false;
  // "CPAP SETUP 5/2019", "stable vs 10/2024": a month over a four-digit year is no setting, ratio or score.
  if (/^(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/.test(value)) return true;
  // "by LMP 4/1 = EDD 1/6/27", "IOL AT 34 WKS = 3/10": labels that only ever date, whatever follows.
  if (DATE_LABEL.test(line) && /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])$/.test(value)) return true;
  // ("held on 8/12 with the patient", "8/15 CULTURE AEROMONAS" opening a line: an event "on" it, or a month and a day
  // past 12 opening a line, date it whatever follows; "1/2 with a meal" and "2/2 cultures" stay.)
  const monthDay = a >= 1 && a <= 12 && b > 12 && b <= 31;
  // ("on Mon 8/1", "ON SAT 5/23": a weekday before it names the day.)
  const datedAnyway = (/\b(?:(?:held|was|were|met|seen|spoke)[ \t]+on|(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?)[ \t]+$/i.test(line) && a >= 1 && a <= 12 && b >= 1 && b <= 31) || (monthDay && /^[ \t]*$/.test(line));
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31 && a !== b && standsAlone(text, start, end)) return true;
  // "Digoxin level 6/12 = 2.1", "CD4 8/95 = 210": a result after the date it was drawn; a fraction or a ratio is followed by
  // its own value ("1/3 = 0.33") and a setting or a score by nothing of the kind (their labels are read below).
  const equals = /^[ \t]*=[ \t]*(-?\d+(?:\.\d+)?)/.exec(after);
  if (equals && a >= 1 && a <= 12 && (b <= 31 || b >= 40) && b > 0 && Math.abs(+equals[1] - a / b) > 0.02 && Math.abs(+equals[1] - (100 * a) / b) > 2 && !NOT_DATE_BEFORE.test(line)) return true;
  // "recheck BP 2/8", "Orthostatic BP 11/1:": no blood pressure is 2 over 8; after its label such a pair is the day it is taken.
  if (/\b(?:bp|nbp|abp)[ \t]*$/i.test(line) && a >= 1 && a <= 12 && b >= 1 && b <= 31) return true;
  if ((NOT_DATE_AFTER.test(after) && !imagingFinding && !datedAnyway) || value === '24/7') return false;
  if (FRACTION_WITH.test(after) && a < b && b <= 8 && !EVENT_BEFORE.test(line)) return false;
  // "5/15 OD, 6/15 OS", "2/14 OD, 14/14 OS": a score for each eye over one scale's total; "Last inj 1/28 OU" is a date.
  if (a <= b && /^[ \t]*O[DSU]\b/i.test(after) && sameTotalOnLine(text, start, end, b)) return false;
  // "shocks for VT 12/1-12/2", "abx 3/28-4/2": a month/day range forward by under a month is dated whatever comes before
  // it (no setting, ratio or volume runs "12/1-12/2").
  if (dayRange(text, start, end)) return true;
  // "d/c home 12/30 vs 12/31", "stepdown 7/3 or 7/4": the other side of "vs" decides (see `fractionLikeDates`).
  if (VERSUS_DATE.test(line)) return 'maybe';
  // "stable vs 8/4", "recheck vs 8/12": a result compared with an earlier date (vital signs are "VS 120/80").
  if (/\b(?:stable|unchanged|improved|improving|worse|worsened|worsening|increased|decreased|similar|recheck|re-check|compared)[ \t]+(?:vs\.?|versus)[ \t]*$/i.test(line) && /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])$/.test(value)) return true;
  // "KUB 4/4 IMPROVED VS 4/2": a study compared with an earlier one (not vital signs).
  if (COMPARED_WITH_DATE.test(line)) return true;
  // A clock time after it makes it a timestamp ("2/10 9:20 AM", "07/04 03:12", "1/3 @ 0300", "rec'd 3/3 0410"),
  // after an arrow too ("neg x2 -> 12/2 @ 0300"), though an arrow before a reading is a trend.
  // A clock time just before it too: "extubated @ 0420 4/5", "died peacefully 1712 3/6".
  if (/(?:^|[^\d/.:])(?:@[ \t]*)?(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]+|[ \t]*[-–][ \t]*)$/.test(line) && !NOT_DATE_AFTER.test(after)) return true;
  const clock = /^(?:[ \t@]+\d{1,2}:\d{2}|[ \t]*@[ \t]*[0-2]\d[0-5]\d\b|[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\d/]|:\d|[.,]\d|[ \t]*(?:(?:ml|cc|mg|mcg|units?|kcal|cal|g|l)\b|%)))/i.test(text.slice(end, end + 16));
  if (clock && /(?:->|→)[ \t]*$/.test(line)) return true;
  // "Off BiPAP 12/30", "BiPAP 12/28 - 12/30": a machine setting is written high/low; a small number over a
  // larger one past 12 is a month and day.
  if (VENT_NEAR.test(line) && a >= 1 && a <= 12 && b > 12 && b <= 31 && a < b) return true;
  // "started naltrexone 50 mg 3/15", "0.5 mg 1/10": after a dose, the date the dose began (a fraction after a
  // dose is of a tablet: "1/2 tab", ruled out above); one that reads as a fraction needs the note's support.
  if (DOSE_BEFORE.test(line)) return a >= 1 && a <= 12 && b > 12 && b <= 31 ? true : 'maybe';
  // ("RT VENT CHECK  12/04  0400": settings are written with no leading zero, so a padded one before a clock time is its date.)
  if (clock && /^(?:0[1-9]\/\d{1,2}|\d{1,2}\/0[1-9])$/.test(value) && a >= 1 && a <= 12) return true;
  // "no changes vs 2/18": after "vs" a month and a day past 12 is the date compared with (vital signs are never 2/18).
  if (/\bvs\.?[ \t]*$/i.test(line) && a >= 1 && a <= 12 && b > 12 && b <= 31) return true;
  if (NOT_DATE_BEFORE.test(line) || VENT_NEAR.test(line)) return false;
  if (clock) return true;
  // "HGB 7.2 (WAS 10.4 02/03)": fractions and settings are not written with a leading zero.
  if (/^0[1-9]\/(?:0[1-9]|[12]\d|3[01])$/.test(value)) return true;
  if (b > 31 || b === 0 || a === 0) return b > 31; // month/year shapes pass; "0/5" does not
  // A pain score: "complains of 7/10 abdominal pain", "relief to 2/10".
  // (Only in its own sentence: "ORIF DONE 1/10. OVERNIGHT C/O PAIN 6/10" dates the surgery.)
  const sentenceAfter = text.slice(end, end + 30).split(/[.;\n]/)[0];
  const sentenceBefore = text.slice(Math.max(0, start - 30), start).split(/\n|[.;](?=[ \t]|$)/).pop() ?? '';
  if (b === 10 && a <= 10 && /\b(?:pain|relief|rates?|rated|ache|discomfort|cp|c\/o|h\/a|ha|headache|pressure)\b/i.test(sentenceBefore + sentenceAfter)) return false;
  const cued = hasCue(text, start) || EVENT_BEFORE.test(line) || VALUE_PAREN.test(line) || SOCIAL_EVENT.test(text.slice(Math.max(0, start - 64), start));
  if (titleLineDate(text, start, end)) return true;
  // Fractions and scores out of 2-10 ("1/2", "3/4", "4/5", "2/6", "4/10") need a date cue, or
  // evidence from the rest of the note (see `fractionLikeDates`).
  if ([2, 3, 4, 5, 6, 8, 10].includes(b) && a <= b) return FRACTION_BEFORE.test(line) || (GROWTH_AFTER.test(after) && !CULTURE_BEFORE.test(line)) ? false : cued || 'maybe';
  // "CX 8/14 NEG", "Smear 3/30 neg": a culture or a smear with its date; "bcx 2/2 positive" (two of two bottles) never gets here.
  return WEAK_AFTER.test(after) ? cued || /\b(?:[bu]?cx|cultures?|smears?|afb)[ \t]*$/i.test(line) || 'maybe' : true;
}

/** Does the line of the pair at `start`..`end` hold another pair over the same total `b` ("5/15 OD, 6/15 OS")? */
function sameTotalOnLine(text: string, start: number, end: number, b: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  const line = text.slice(from, to < 0 ? text.length : to);
  for (const m of line.matchAll(/(?<![\d/.])\d{1,2}\/(\d{1,2})(?![\d/])/g)) if (m.index !== undefined && from + m.index !== start && +m[1] === b) return true;
  return false;
}

// A note's short title line ("tacoma outreach 2/6 — cold snap", "everett ssp — casino rd site, 3/5"): a pair after a word,
// closing its phrase before a dash, a comma, a bracket or the line's end, is the day the note is about. (Pages are
// numbered so too: "Pg 1/3", "Page 2/2".)
const TITLE_MAX = 70;
const TITLE_AFTER = /^[ \t]*(?:[—–(,]|--?[ \t]|\r?\n|$)/;
const TITLE_BEFORE = /(?:^|\p{L}[ \t]|,[ \t]|[—–-][ \t])$/u;
function titleLineDate(text: string, start: number, end: number): boolean {
  if (start > TITLE_MAX || text.lastIndexOf('\n', start - 1) >= 0) return false;
  const nl = text.indexOf('\n');
  if ((nl < 0 ? text.length : nl) > TITLE_MAX) return false;
  const line = text.slice(0, start);
  // (One pair on the line, and no score's word: "RUE 4/5 LUE 5/5, SEM 2/6, GCS 3/15" is an exam.)
  const title = text.slice(0, nl < 0 ? text.length : nl);
  if ((title.match(/\d\/\d/g) ?? []).length > 1 || SCORE_LINE.test(title)) return false;
  return TITLE_BEFORE.test(line) && !/\b(?:pg|pages?|p)\.?[ \t]*$/i.test(line) && TITLE_AFTER.test(text.slice(end, end + 4));
}

// A test, procedure or event named just before ("CT 4/5", "ECHO 2/4:", "MRI brain 3/10", "Brief AF
// 6/6", "after TOV 4/5", "last dose 2/14", "intubated in ED 2/10", "First INR 3/8"), or a doctor seen then ("Dr.
// Kettleborough 4/4"): charts write the date of the event there, not a ratio.
export const EVENT_BEFORE =
  /\b(?:af|afib|a-?fib|aflutter|tov|ct|cta|cxr|kub|xr|x-?ray|films?|mri|mra|echo|tte|tee|egd|ercp|colonoscopy|ekg|ecg|eeg|emg|u\/s|us|duplex|dopplers?|cath|lhc|rhc|labs?|bx|biopsy|hd|cvvhd?f?|crrt|sbt|d\/c'?d|dc'?d|d\/c|picc|foley|abx|op|surgery|cabg|pci|stent|scan|study|imaging|lp|thoracentesis|paracentesis|transfusion|prbcs?|extubation|intubation|trach|peg|fall|fx|sz|seizure|stemi|nstemi|cva|tia|dvt|appt|rtc|last|next|prior|previous|prev|repeat|rpt|recent|pod|hd\s*#?\d+|mbs|fees|swallow|edd|edc|lmp|dob|ua|given|exp|rec'?d|recd|ltc|snf|alf|rehab|events?|npn|ssep|once|eval|evaluation|intake|hearing|progress|consult|clinic|call|note|meeting|mtg|visit|visited|soc|roc|birthday|bday|exams?|flights?|conference|conf|interview|session|arraignment|deposition|tentative|tentatively|pet|dx|sent|drawn|done|missed|held|today|tonight|tmrw|tomorrow|yesterday|dict|dictated|trans|transcribed|orif|readmit|readmitted|intubated|extubated|admitted|approved|died|expired|deceased|buried|funeral|device[ \t]+check|c\d{1,2}(?:d\d{1,2})?)(?:[ \t]+[a-z]{2,12}){0,2}[ \t]*[:\-]?[ \t]*\(?$|\bfirst(?:[ \t]+[a-z]{2,12}){1,2}[ \t]*$|\bs\/p(?:[ \t]+[\w+-]+){0,6}[ \t]*\(?$|\bdr\.?[ \t]+[a-z][a-z'’-]+[ \t]*$|\b(?:f\/u|fu|follow[- ]?up|appt|appointment|plans?|planned|scheduled|pending|booked|due|until|see(?:ing)?|revisit|reconvene)\b(?:[^.;\n\d]|(?<=\b(?:dr|mr|mrs|ms))\.){0,30}$|\b(?:return|returns|returning|arrive|arrives|arriving|expected)(?:[ \t]+(?:on|by|about|around))?[ \t]*~?$/i;
// A family's occasion earlier in the clause, with where it is held between: "grandson's christening at Our Lady of Hope 8/8",
// "fundraiser at the Marlboro grange hall 9/10".
const SOCIAL_EVENT = /\b(?:christening|wedding|funeral(?![ \t]+(?:home|homes|director|parlou?r))|fundraiser|reunion|graduation|baptism|recital|quincea[nñ]era|bar[ \t]+mitzvah|bat[ \t]+mitzvah|first[ \t]+communion|anniversary)\b[^.;,\n\d]{0,48}$/i;
// A month-day with a dash that no range of counts is written as: a padded month ("KICKED BY A COW 03-19"), or a day past
// 12 closing its clause ("LAST DRINK WAS 3-22.", "at Raven Fork 9-22.").
const STRONG_DASH_DATE = /^0[1-9]-(?:0[1-9]|[12]\d|3[01])$/;
const DAY_PAST_12 = /^(?:[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])$/;
// ("goal 5-15.", "ages 3-17,": a range's own word before it.)
const RANGE_WORD_BEFORE = /\b(?:goal|range|target|between|from|approx|about|around|ages?|of|x|q|every|for|by)[ \t]*:?[ \t]*$/i;
// Readings, reference ranges, rooms and shifts written the same way: "ICP 12-18,", "(normal 7-20)", "Rm 7-22,", "TELE NSG 07-19."
const RANGE_LABEL_BEFORE = /(?:\b(?:icp|cpp|apap|epap|ipap|cmh2o|bolt|normal|nl|ref|range|rm|room|bed|nsg|npn|nursing|shift|notes?|rn|lpn|tele|\w*icu|ccu|unit|hrs|hours|scores?|ciwa|cows|rpe|[a-z]+\/d?l)[ \t]*:?|[(\[]|\d\/\d{1,2})[ \t]*$/i;
const CLAUSE_END = /^(?:[ \t]*[.;,)](?!\d)|[ \t]*(?:\n|$))/;
export function dashDateOnItsOwn(text: string, start: number, value: string): boolean {
  const line = lineBefore(text, start);
  if (RANGE_LABEL_BEFORE.test(line)) return false;
  if (STRONG_DASH_DATE.test(value)) return true;
  return DAY_PAST_12.test(value) && CLAUSE_END.test(text.slice(start + value.length, start + value.length + 3)) && !RANGE_WORD_BEFORE.test(line);
}

// A unit of time after a number range makes it a duration ("1-2 wks"), not a month and day.
export const DURATION_AFTER = /^[ \t]*(?:wks?|weeks?|days?|d\b|mos?|months?|hrs?|hours?|yrs?|years?|x\b|times)/i;
// A lab value with its date in parentheses: "INR 2.3 (5/5)".
// ("GBS neg (2/10)": a result with its date.)
const VALUE_PAREN = /(?:\d|\b(?:neg|pos|negative|positive|nl|normal|wnl|reactive|nonreactive|immune))[ \t]*\([ \t]*$/i;
export const STREET_AFTER = /^[ \t]+(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|pl|place|dr|drive|ter|terrace|ln|lane|way|pkwy|parkway)\b\.?(?![ \t]*\d)/i;
