/**
 * Dates: every element except the year is PHI under Safe Harbor, so any written day or month
 * that pins a date is found: numeric (03/14/2021, 3-14-21, 14.03.2021), ISO with time
 * (2021-03-14T10:22), month names (14-Mar-2021, March 14th, 2021, Feb 2, 14 March, March 2021),
 * and with a context cue, bare "3/14" and "the 14th". Every match must parse as a real date.
 *
 * @example
 * recognizeDates('Admitted 14-Mar-2021, discharged on the 18th.');
 */
import { parseDate } from '../date-format.js';
import type { Candidate } from '../span.js';
import { AND_ORDINAL, DICTATED_TYPED, DURATION_AFTER, EVENT_BEFORE, NOT_DATE_BEFORE, SHIFT_NOTE_BEFORE, SHIFT_PAIR, STREET_AFTER, VENT_NEAR, bareDate, dashDateOnItsOwn, hasCue, lineBefore, ordinalEndsClause, shiftHours } from './date-context.js';
import { dashDatesOfTheNote, DAY_LIST, fractionLikeDates, listDays, ORDINAL_LIST, repeatedMonthDays } from './date-siblings.js';
import { before, caseForms, has, lineAt, matchAll, matchesOf } from './util.js';

const MON = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = '(?:st|nd|rd|th)?';
// A weekday written before a date is part of it ("Tuesday, May 9").
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
// A clock time directly after a date belongs to the same timestamp.
const TIME = String.raw`(?:(?:T|\s+|\s*@\s*|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

// A year after a month-name date may be written with an apostrophe ("Feb 14th '23").
// ("'19:" closes a heading's date; "'19:30" would be a time.)
const YEAR = String.raw`(?:\d{4}|'\d{2}(?!\d|:\d))`;

// Things named after a holiday are not dates: "Christmas disease", "Christmas-tree adapter", "Easter egg", "Christmas
// party in the dayroom" (the unit's, not the patient's day). Read by the bare-holiday rule below.
const NAMED_AFTER_HOLIDAY = String.raw`(?:disease|tree|factor|adapter|connector|cactus|lights|cards?|carols?|decorations?|ornaments?|eggs?|lily|seals?|spirit|music|songs?|movie|sweaters?|presents|gifts|list|party[ \t]+in[ \t]+(?:the[ \t]+)?dayroom)`;

// Days in words, as dictation writes them ("march third", "the fifth of april", "January twenty-first").
// Matched case-sensitively in lower case, title case or capitals, so "may" in lower case, the verb, stays out
// ("we may first try").
const ORD_WORDS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth'.split(' ');
/** Months and weekdays written out, lower case: the one list of their names. @example MONTH_WORDS[4]; // 'may' */
// A month's name or its short form, capitalised as a date is written (prose's "may" and "march" stay words).
const MONTH_TITLED = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
export const MONTH_WORDS = 'january february march april may june july august september october november december'.split(' ');
/** @example WEEKDAY_WORDS.includes('sunday'); // true */
export const WEEKDAY_WORDS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
const ORD_WORD = `(?:(?:${['twenty', 'thirty'].flatMap(caseForms).join('|')})[ -]?)?(?:${ORD_WORDS.flatMap(caseForms).join('|')})`;
const SPOKEN_MONTH = `(?:${MONTH_WORDS.flatMap(caseForms).filter((w) => w !== 'may').join('|')})`;
const SPOKEN_DATE = new RegExp(String.raw`(?<![\p{L}])(?:${SPOKEN_MONTH}[ \t]+(?:(?:the|The|THE)[ \t]+)?${ORD_WORD}|(?:(?:the|The|THE)[ \t]+)?${ORD_WORD}[ \t]+(?:of|OF)[ \t]+${SPOKEN_MONTH})(?![\p{L}])`, 'gu');

// Words of when before a month named alone, and the months that are no everyday word in lower case or in capitals ("in
// march to the bathroom" is the verb).
// (Each pattern below opens with a month's first letters, so the look-behinds run only where a month could start.)
// What a range of counts or durations runs on to ("2-3 soft stools", "10-30 sec", "3-4 days"): after one space, no date
// (COUNT_AFTER); after any space or none, no undated dash date either, and there "d", "h", "q", "am", "pm", "oz" and
// "nights" join them (DASH_UNIT_AFTER). COUNT_AFTER leaves out "nights", which a note's day before its shift also takes
// ("nsg note 10-11 nights").
const COUNT_UNITS = 'wks?|weeks?|days?|mos?|months?|hrs?|hours?|yrs?|years?|times|secs?|mins?|feeds?|cups?|soft|loose|stools?|bms?|episodes?|drinks?|beers?';
const COUNT_AFTER = new RegExp(String.raw`^[ \t](?:${COUNT_UNITS})\b`, 'i');
const DASH_UNIT_AFTER = new RegExp(String.raw`^(?:\p{L}|[ \t]*(?:${COUNT_UNITS}|d|h|q|nights?|am|pm|oz)\b)`, 'iu');
// A spinal level, light touch or pin prick, and a grade of strength or sensation after one ("C5 5/5", "LT 1/1").
const LEVEL = String.raw`\b(?:[CTLS]\d{1,2}|lt|pp)[ \t]*:?[ \t]*`;
const LEVEL_BEFORE = new RegExp(`${LEVEL}$`, 'i');
const LEVEL_GRADE = new RegExp(String.raw`${LEVEL}[0-5]\/[0-5](?![\d\/])`, 'gi');
const WHEN_WORDS = 'in|since|until|till|til|by|from|past|last|next|early|late|mid|this|before|after|around|through|thru|missed|of|during|every|due|lmp|edd|edc|starting|started|stopped|quit';
const LOWER_MONTHS = 'january|february|march(?![ \\t]+(?:to|into|over|out|down|up|back|off|in|on|with|around)\\b)|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov';
const CAPS_MONTHS = 'JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|FEB|APR|AUG|SEPT?|NOV';
const PATTERNS: { re: RegExp; score: number; cue?: boolean; month?: boolean; bare?: boolean; free?: boolean; range?: boolean; ordinal?: boolean }[] = [
  { re: new RegExp(String.raw`(?<![\d/.\-])\d{4}([-/.])\d{1,2}\1\d{1,2}(?![\d/.\-]*\d)${TIME}`, 'gi'), score: 0.95 },
  // A label glued on is still a label ("D:07/20/83"); a clock time before is not ("10:07/20").
  // After a month/day and a dash it closes a range ("11/02-11/05/2022").
  // Two full dates joined by a dash are a stay, each a date ("ADMISSIONS 4/2/01-4/9/01"), or by a slash ("ADM/DC 07-04-92/07-06-92").
  { re: new RegExp(String.raw`(?:(?<![\d/.\-]|\d:)|(?<=\d\/\d{1,2}[-–])|(?<=\d\/\d{1,2}\/\d{2,4}[-–])|(?<=\d{1,2}-\d{1,2}-\d{2,4}\/))\d{1,2}([-/.])\d{1,2}\1(?:(?:1[89]|20)\d{2}|\d{2})(?!\d|\/(?!\d{1,2}-\d{1,2}-\d{2,4}(?!\d))|-(?!\d{1,2}\/\d{1,2}\/\d)|\.\d)${TIME}`, 'gi'), score: 0.9 },
  // (The day, the month and the year on one line: "5/28\njune + ollie" is a date, then a name.)
  {
    re: new RegExp(String.raw`(?<![\w/])\d{1,2}${ORD}[ \t\-./]*(?:of[ \t]+)?${MON}(?:[ \t\-./,]+(?:\d{4}|'?\d{2}(?![\d:])))?(?![a-z])${TIME}`, 'gi'),
    score: 0.9,
  },
  // ("Jul-23-2019": the year after a dash too.)
  { re: new RegExp(String.raw`\b${WEEKDAY}${MON}[\s\-]+\d{1,2}${ORD}(?!\d)(?:(?:,?\s*|-)${YEAR})?(?![\w]|:\d)${TIME}`, 'gi'), score: 0.9 },
  { re: new RegExp(String.raw`\b${MON},?\s*(?:of\s+)?(?:(?:19|20)\d{2}\b|'\d{2}(?!\d|:\d))`, 'gi'), score: 0.8 },
  { re: SPOKEN_DATE, score: 0.8, free: true },
  // Research forms write the day, the month's abbreviation and the year together: "04MAR2024", "UNK-APR-2024".
  { re: /\b(?:\d{1,2}|UNK|UK|XX)-?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-?(?:19|20)\d{2}\b/gi, score: 0.85, free: true },
  // ... and without the year or with two of its digits, in capitals: "adm 28NOV", "ICU - nights - 03JAN", "NIGHTS 14MAR04".
  { re: /\b(?:0?[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2})?\b/g, score: 0.8, free: true },
  // A month-day with a dash before a colon, opening a line of a course by day or after a study: "10-02: Admitted",
  // "ULTRASOUND 5-12: DILATED DUCTS" ("PEEP 5-10: titrate" is a range).
  { re: /(?=\d)(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?|\b(?:ultrasound|us|u\/s|ct|cta|mri|mra|cxr|echo|tte|tee|ekg|ecg|egd|ptc|ercp|eus|biopsy|bx|cath|surgery|admitted|discharged|transferred)[ \t]+)(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])(?=:[ \t])/gi, score: 0.75, free: true },
  // A month written alone in title case ("gout flare - last flare Aug", "Exacerbations Dec and Feb", "RTC Sept",
  // "next visit July"); "May" and "March" (verbs), "Jan" (a name) and "Dec"/"Mar" ("dec BS") only after a time word, above.
  // Not before a capitalised word or opening a line or field ("Patient: April Kowalczyk", "June called").
  { re: /\b(?:January|February|April|June|July|August|September|October|November|December|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov)\b\.?(?![ \t]*(?:\d|[-/]\d)|[ \t]+\p{Lu})(?<!(?:^|\n|:)[ \t]*\p{L}+)/gu, score: 0.65, month: true },
  // A month alone in lower case or capitals after a word of when ("missed jan and feb appts", "died this past june", "SINCE
  // NOVEMBER", "graduating in may -"), or alone in brackets ("purging in dorm (oct).", "last visit (Dec)", "(OCT, DEC, NOW)").
  // (Not "dec"/"mar" in prose, decreased and a mark; "may" only closing its phrase; "OCT" alone is also a scan and a
  // compound: "(OCT) RNFL thinning", "(OCT, snap frozen)".)
  { re: new RegExp(String.raw`(?=[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JU[NL]|AUG|SEP|OCT|NOV|DEC)(?:(?<=\b(?:${WHEN_WORDS})[ \t]+)(?:${LOWER_MONTHS}|may(?=[ \t]*(?:[.,;)]|[-–][ \t]|$)))\b|(?:${LOWER_MONTHS}|may|mar)(?=[ \t]+(?:last|this|next)[ \t]+(?:yr|year)\b)|(?<=\b(?:${WHEN_WORDS.toUpperCase()})[ \t]+)(?:${CAPS_MONTHS})\b|(?<=\((?:[\p{L}]+,[ \t]*)?)(?:(?:${LOWER_MONTHS}|may|${CAPS_MONTHS}|Jan|Mar|Dec|May)(?=[ \t]*[,)])|(?:DEC|MAR|MAY|JUN|JUL)(?=[ \t]*\))))`, 'gu'), score: 0.65, month: true },
  // The new year and Valentine's Day as a phone types them: "busy after new yrs", "OD'd new yrs eve", "wound clinic 2/14 (vday)".
  { re: /\bnew[ \t]+(?:yrs|yr['’]?s|years)(?:[ \t]+(?:day|eve))?(?![\p{L}])|\bv-?day(?![\p{L}])/giu, score: 0.7, free: true },
  // A month alone in lower case, whatever stands before it, where its name is no other word's: "started sertraline sept",
  // "died of overdose feb", "was 48 kg at wcc april" (where "april" or "june" is a person, it is removed all the same).
  // ("may", "march", "jan", "mar", "aug", "oct", "dec", "jun" and "jul" are left to the rules above: verbs, a name,
  // Augmentin, a scan, "decreased".)
  { re: new RegExp(String.raw`(?<![\p{L}\d'’\/-])(?:${[...MONTH_WORDS.filter((w) => w !== 'may' && w !== 'march'), 'feb', 'sept', 'nov', 'apr'].join('|')})(?![\p{L}\d'’\/-])`, 'gu'), score: 0.6, month: true },
  // Months named together in lower case or capitals ("missed jan and feb appts", "OCT, DEC").
  { re: new RegExp(String.raw`(?=[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JU[NL]|AUG|SEP|OCT|NOV|DEC)(?:\b(?:${LOWER_MONTHS})(?:(?:,[ \t]*|[ \t]+(?:and|or|&|to|thru)[ \t]+|[ \t]*[-/][ \t]*)(?:${LOWER_MONTHS}|may|mar|dec))+\b|\b(?:${CAPS_MONTHS}|OCT|DEC|MAR)(?:(?:,[ \t]*|[ \t]+(?:AND|OR|&|TO|THRU)[ \t]+|[ \t]*[-\/][ \t]*)(?:${CAPS_MONTHS}|OCT|DEC|MAR|MAY))+\b)`, 'gu'), score: 0.65, month: true },
  // A Spanish weekday and day: "tiene tos desde el lunes 10", "antes del viernes 21".
  { re: /\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)[ \t]+\d{1,2}\b(?![\d/:]|\.\d)/giu, score: 0.75, free: true },
  // Spanish day and month: "14 de julio de 1931", "su cita es el 15 de diciembre".
  // "Ingreso: 22 ene 2025", "31-DIC-2019": Spanish month abbreviations between a day and a year (those Spanish shares with
  // English, "mar" and "sep", are read by the English rules).
  { re: /(?<![\p{L}\d])\d{1,2}[ \t-]+(?:ene|abr|ago|dic|ENE|ABR|AGO|DIC|Ene|Abr|Ago|Dic)\.?[ \t-]+(?:\d{4}|\d{2})(?![\p{L}\d])/gu, score: 0.85, free: true },
  // A day and month in French or Italian, or in Spanish without "de": "le 12 avril 2024", "du 2 au 9 avril", "14 marzo 2024"
  // ("mars" and "mai" only with their year: "2 mars bars", "2 mai tais").
  { re: /(?<![\p{L}\d])\d{1,2}(?:[ \t]+au[ \t]+\d{1,2})?[ \t]+(?:janvier|février|fevrier|(?:mars|mai)(?=[ \t]+\d{4})|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|enero|febrero|marzo|abril|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)(?:[ \t]+\d{4})?(?![\p{L}\d])/giu, score: 0.85, free: true },
  { re: /(?<![\p{L}\d])\d{1,2}[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre)(?:[ \t]+del?[ \t]+\d{4})?(?![\p{L}\d])/giu, score: 0.9, free: true },
  // A month with a range of days, and its year: "Last hosp Jan 3-7", "Oct 8-12", "collected June 8-10, 2004".
  { re: new RegExp(String.raw`\b${MON}[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b(?![\/:.]\d)(?:,?[ \t]+(?:19|20)\d{2}\b)?`, 'gi'), score: 0.8, free: true },
  // A month and day glued to a log's clock time by a slash: "12/24/0200: Pt awake" (no year is four digits under 0300).
  { re: /(?<![\d/.\-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?=\/[0-2]\d[0-5]\d(?![\d/]))/g, score: 0.8, free: true },
  // A month alone pins a date element too ("seen again in October", "TB dx March"); only after a time preposition or a diagnosis or death, on its line or the line before ("on the ferry in\nAugust").
  { re: /(?=[JFMASOND])(?<=\b(?:in|since|until|till|til|by|during|early|mid|late|through|before|after|from|of|next|last|this|planned|scheduled|due|expected|booked|returns?|returning|dx|diagnosed|died|(?:planned|scheduled|booked|due|set)[ \t]+for)(?:[ -]|[ \t]*\n[ \t]*)~?)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ \t]+(?:\d|[A-Z][a-z]))/g, score: 0.75, month: true },
  // In lower case after a time word ("not paid rent since aug", "no visits since may", "seen in june"); "may"
  // and "march" only where no verb can stand ("since", "until", "last", "next"; "in march" unless a march's
  // direction follows), "mar"/"dec"/"jan" never.
  // (The month is matched first and the word before it checked after, so the scan starts only at month names.)
  { re: /\b(?:may|march)\b(?<=\b(?:since|until|till|til|through|last|next|early|mid|late|end[ \t]+of)[ \t]+\w+)(?![ \t]+(?:\d|be|have|not|need|want))|\bmarch\b(?<=\bin[ \t]+march)(?![ \t]+(?:\d|(?:to|of|on|in|with|for|out|past|around|into)\b))|\b(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec(?=[ \t]*(?:[.,;:)\n]|$|and\b|or\b|-|\d)))\b(?<=\b(?:in|since|until|till|by|during|early|mid|late|through|before|after|from|next|last|rtc|of|died|evicted)[ \t]+\w+)\.?(?![ \t]+(?:\d|breath|bs|bowel|uop|po|intake|appetite|sensation|rom|strength))/g, score: 0.7, month: true },
  // In capitals after a capital cue ("UNTIL JUNE", "SINCE OCTOBER"); "MAY" is left out, as it is the verb there too.
  { re: /(?=[JFMASOND])(?<=\b(?:IN|SINCE|UNTIL|TILL|BY|DURING|EARLY|MID|LATE|THROUGH|BEFORE|AFTER|FROM|NEXT|LAST|THIS|PLANNED|SCHEDULED|DUE|EXPECTED)[ -]~?)(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b(?![ \t]+\d)/g, score: 0.75, month: true },
  // ("graduation in may.", "BACK IN MAY)": after "in" and closing its clause, no verb can follow.)
  { re: /\b(?:may|MAY)\b(?<=\b(?:in|IN)[ \t]+(?:may|MAY))(?=[ \t]*(?:[.,;)"”!?]|$))/g, score: 0.7, month: true },
  // ("SINCE MAY", "UNTIL MAY": right after these, no verb can stand.)
  { re: /(?=MAY)(?<=\b(?:SINCE|UNTIL|TILL|THROUGH|LAST|NEXT|EARLY|MID|LATE)[ \t]+)MAY\b(?![ \t]+(?:\d|BE|HAVE|NOT|NEED|WANT))/g, score: 0.7, month: true },
  // The same with the month abbreviated, as charts write it ("foley since Aug", "NO HEAT SINCE NOV"); capitalised, so "mar" and "dec" stay words.
  {
    re: /(?=[JFMASOND])(?<=\b(?:in|since|until|till|by|during|early|mid|late|through|before|after|from|next|last|this|IN|SINCE|UNTIL|BY|DURING|FROM|NEXT|LAST)[ -])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?(?![ \t]+(?:\d|[A-Z][a-z]))/g,
    score: 0.7,
    month: true,
  },
  // ("URINES FOR SEPT", "DUE JAN", "labs for Oct": after "for" or "due"; not "Mar", "Dec" or "May", which are words there.)
  {
    re: /(?=[JFASON])(?<=\b(?:for|due|FOR|DUE)[ \t]+)(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV)\b\.?(?![ \t]+(?:\d|[A-Z][a-z]))/g,
    score: 0.7,
    month: true,
  },
  // The months of the Hebrew calendar and Ramadan, after a time preposition ("married in Elul", "left yeshiva in Shevat",
  // "since Ramadan"). ("Av" is left out: it is the atrioventricular node too.)
  {
    re: /(?=[TCHMKSANIER])(?<=\b(?:in|since|until|till|by|during|before|after|from|of|next|last|this|early|mid|late|IN|SINCE|UNTIL|DURING|BEFORE|AFTER|FROM)[ \t]+)(?:Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|Adar(?:[ \t]+(?:I|II|Aleph|Bet|Sheni))?|Nisan|Iyar|Iyyar|Sivan|Tammuz|Tamuz|Elul|Ramadan|TISHREI|CHESHVAN|KISLEV|TEVET|SHEVAT|ADAR|NISAN|IYAR|SIVAN|TAMMUZ|ELUL|RAMADAN)\b/g,
    score: 0.75,
    month: true,
  },
  // A month and a year of two digits past any day, capitalised ("also Woodhull Aug 89", "SEEN NOV 97"; "May" is the verb too).
  { re: /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|January|February|March|April|June|July|August|September|October|November|December)\.?[ \t]+(?:3[2-9]|[4-9]\d)\b(?![\d:\/]|[.,]\d|[ \t]*(?:mg|mcg|ml|cc|kg|units?|%|mmhg|bpm|min|hrs?)\b)/g, score: 0.75, free: true },
  // Month/year: "3/80", "6/2024", "3/2186"; and a partial ISO date "2018-11".
  { re: /(?<![\d/.\-])(?:0?[1-9]|1[0-2])\/(?:\d{4}|[3-9]\d)(?![\d/]|\.\d|\s*(?:mg|ml|mcg|mmhg|cm|mm|kg|units?|%))/gi, score: 0.7, bare: true },
  { re: /(?<![\d/.\-])(?:1[89]|2[01])\d{2}-(?:0[1-9]|1[0-2])(?![\d\-/]|\.\d)/g, score: 0.7 },
  // Bare month/day ("7/22", "TRANS TO GH 7/23"): a date unless the context makes it a ratio, a score or a setting.
  // After a clock time and a dash it ends a span of time ("proned 8/10 1600-8/11 1000").
  // A dash opening a list item is no range: "Events:\n-12/2 @ 0300 rapid response".
  // (The end of a range too, "12/1-12/2": `bareDate` dates it only when the range runs forward by under a month.)
  { re: /(?:(?<![\d/.\-])|(?<=(?<![\d/.:])(?:[01]\d|2[0-3])[0-5]\d-)|(?<=(?:^|\n)[ \t]*-)|(?<=(?<![\d/.])\d{1,2}\/\d{1,2}[ \t]*[-–][ \t]*))(?<!\d:)\d{1,2}\/\d{1,2}(?![\d/]|\.\d)/g, score: 0.7, bare: true },
  // A range of two month/day dates ("valid 4/8-4/15", "(8/14-8/21)"): the pair is a date span, not two ratios.
  { re: /(?<![\d/.\-]|\d:)(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:-|–|to|thru|through)[ \t]*(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)/g, score: 0.75, range: true },
  // The same written day first, as most of the world does, where a day past 12 shows it ("co-amox 19/5-24/5", "14/08-18/08"). The leading (?=\d) skips to digits before the look-arounds run.
  { re: /(?=\d)(?<![\d/.\-]|\d:)(?=[^\n]{0,14}(?:1[3-9]|2\d|3[01])\/)(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])[ \t]*(?:-|–|to|thru|through)[ \t]*(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d)/g, score: 0.75, range: true },
  // Month-day with a dash only after a cue ("Phone note 4-22"): bare, it reads as a range. A unit must follow
  // at once to make it a range of counts ("S/P FALL 7-19  L HIP FX" is a date).
  { re: /(?<![\d/.\-:A-Za-z])\d{1,2}-\d{1,2}(?![\d/\-]|\.\d| ?(?:x\b|times|days?|weeks?|hours?|hrs?|min|mg|ml|cc|%|mm|cm|beats|bpm|breaths|liters?|l\b|bms?\b|stools?|episodes?|tabs?\b|puffs?|drops?|units?\b|per\b|\/|months?|mos?\b|wks?\b|h\b|d\b(?!\/)|yrs?\b|years?))/gi, score: 0.65, cue: true, free: true },
  // A month.day right after a discharge, an admission or a procedure done: "d/c'd from here 9.21", "readmit 9.24", "coiled
  // 10.10", "trach (placed 08.14)", "back 6.25 for IMN" (a decimal has no such word before it; a blood gas after one, "admit
  // 7.24/79/60", goes on with its slash).
  { re: /(?=\d)(?<=\b(?:d\/c'?d|dc'?d|discharged|readmit(?:ted)?|readmission|admitted|admit|returned|back|placed|inserted|coiled|clipped|seen)(?:[ \t]+(?:from|to)[ \t]+(?:here|us|home))?[ \t]+(?:on[ \t]+)?)(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?![\d]|\.\d|\/\d|[ \t]*(?:mg|mcg|ml|cc|l|kg|g|units?|%|times|x|hrs?|hours?|days?|wks?|weeks?|min)\b)/gi, score: 0.7, free: true },
  // "last Friday", "this Tuesday": a weekday pinned to a week is a date.
  // A month and day before the half of the day: "sprayed rice fields 6/8 AM", "seen 3/14 pm" (a ratio or a dose has no AM;
  // a score out of ten may: "anxiety 6/10 pm").
  { re: /(?<![\d/.\-])(?:0?[1-9]|1[0-2])\/(?!10(?!\d))(?:0?[1-9]|[12]\d|3[01])(?![\d/])(?=[ \t]+(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/gu, score: 0.7 },
  { re: /\b(?:last|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, score: 0.7, free: true },
  { re: /\b(?:last|next|this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi, score: 0.7, free: true },
  // A holiday with its year is one span with the year: "died Christmas Day 1998", "New Year's Eve 2019", "Easter '82".
  { re: /\b(?:christmas(?:[ \t]+(?:day|eve))?|xmas(?:[ \t]+(?:day|eve))?|new[ \t]+year['’]?s(?:[ \t]+(?:day|eve))?|thanksgiving(?:[ \t]+day)?|easter(?:[ \t]+(?:sunday|monday))?|halloween|valentine['’]?s[ \t]+day|independence[ \t]+day|(?:the[ \t]+)?4th[ \t]+of[ \t]+july|st\.?[ \t]+patrick['’]?s[ \t]+day)(?:[ \t,]+(?:of[ \t]+)?(?:19|20)\d{2}|[ \t]+['’]\d{2})\b/gi, score: 0.8, free: true },
  // A holiday that names one day is a date without its year too: "Christmas Eve", "ON THANKSGIVING DAY", "last
  // well New Year's Day", "born on Independence Day", "this past labor day", "fell on ice Xmas morning", read whole with
  // its "Day" or "morning" (a bare holiday is the rule after next).
  // Feasts of one day in other calendars and places too: "ON ASH WEDNESDAY", "the day after Pioneer Day", "(Derby Day)", "PARTY FOR DIA DE REYES",
  // "Patriots' Day", "an \"April fools\" admission", "Orthodox Christmas", "dia de la Altagracia", "el día de la Virgen", "St
// Joseph's day", "St. Francis day", "the feast of St. Anthony", "since it's Twelfth Night", "since Holy Week".
  { re: /\b(?:(?:christmas|xmas|new[ \t]+year['’]?s)[ \t]+(?:day|eve)|thanksgiving[ \t]+day|independence[ \t]+day|(?:the[ \t]+)?fourth[ \t]+of[ \t]+july|valentine['’]?s[ \t]+day|labor[ \t]+day|memorial[ \t]+day|decoration[ \t]+day|mother['’]?s[ \t]+day|father['’]?s[ \t]+day|ash[ \t]+wednesday|fat[ \t]+tuesday|good[ \t]+friday|(?<!queen[ \t]+of[ \t]+)all[ \t]+(?:saints|souls)['’]?(?:[ \t]+day)?(?![ \t]+(?:hospital|church|episcopal|catholic|parish|school|academy|medical|health|cemetery|chapel|rehab))|pioneer[ \t]+day|derby[ \t]+day|groundhog[ \t]+day|patriots['’]?[ \t]+day|flag[ \t]+day|st\.?[ \t]+patrick['’]?s[ \t]+day|april[ \t]+fool['’]?s['’]?(?:[ \t]+day)?|orthodox[ \t]+(?:christmas|easter)|old[ \t]+new[ \t]+year['’]?s|mid-?autumn[ \t]+festival|d[ií]a[ \t]+de[ \t]+(?:los[ \t]+|la[ \t]+)?(?:reyes|muertos|altagracia|candelaria|virgen(?:[ \t]+de[ \t]+guadalupe)?|guadalupe|santos|difuntos)|d[ií]a[ \t]+de[ \t]+(?:san|santa)[ \t]+[a-zà-ÿ]+|nochebuena|st\.?[ \t]+(?!patrick)[a-z]+(?:['’]s|(?<=s)['’]?)[ \t]+day(?![ \t]*(?:surgery|care|program|hospital|center|centre|unit|treatment|rehab|school|room|shelter|services?|clinic|health|camp|spa))|(?:great[ \t]+)?feast[ \t]+(?:day[ \t]+)?of[ \t]+(?:the[ \t]+)?(?:(?:st\.?|saint|san|santa|our[ \t]+lady[ \t]+of)[ \t]+[a-zà-ÿ]+|immaculate[ \t]+conception|holy[ \t]+ghost|holy[ \t]+spirit|assumption|epiphany|guadalupe)|st\.?[ \t]+[a-z]+['’]s[ \t]+(?:fiesta|feast)|candlemas|pascha|canada[ \t]+day|liberation[ \t]+day|emancipation[ \t]+day|kamehameha[ \t]+day|kuhio[ \t]+day|(?:pheasant|deer|fishing|trout|duck)[ \t]+opener|opening[ \t]+day(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:buck|deer|trout|rifle|bow|archery|turkey|dove|fishing|hunting|gun)[ \t]+season)?|first[ \t]+day[ \t]+of[ \t]+(?:the[ \t]+)?(?:buck|deer|trout|rifle|bow|archery|turkey|dove|fishing|hunting|gun)[ \t]+season|twelfth[ \t]+night|palm[ \t]+sunday|maundy[ \t]+thursday|holy[ \t]+(?:thursday|saturday|week)|(?:christmas|xmas|thanksgiving|easter|halloween)[ \t]+(?:morning|night|evening|afternoon))\b/gi, score: 0.75, free: true },
  // A day named from a holiday is one date with it: "Narcan'd the day after Christmas", "the night before Thanksgiving".
  { re: /\b(?:the[ \t]+)?(?:day|night|morning|evening|weekend|week)[ \t]+(?:after|before)[ \t]+(?:christmas(?:[ \t]+(?:day|eve))?|xmas|thanksgiving|easter|halloween|new[ \t]+year['’]?s(?:[ \t]+(?:day|eve))?|the[ \t]+(?:fourth|4th))(?![\p{L}])/giu, score: 0.75, free: true },
  // Months named together are one date: "in October and November of 2013", "unpaid for March, April and May" (the last,
  // alone, could be the verb), "statements for Jan-Mar", "vaccinated (Jan/Feb 2021)". Capitalised, so "may" in prose stays a word.
  { re: new RegExp(String.raw`\b(?:${MONTH_TITLED})(?:(?:,[ \t]*|,?[ \t]+(?:and|or|&|to|through|thru)[ \t]+|[ \t]*[-/][ \t]*)(?:${MONTH_TITLED}))+\b`, 'g'), score: 0.75, free: true },
  // A month in Spanish after a word of when: "desde enero", "en octubre", "hasta marzo" (a bilingual note's month alone).
  { re: /(?=[efmajsondEFMAJSOND])(?<=\b(?:desde|en|hasta|para|antes[ \t]+de|después[ \t]+de|despues[ \t]+de|DESDE|EN|HASTA)[ \t]+)(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SEPTIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE)\b/g, score: 0.75, free: true },
  // The Fourth of July by its day alone after a word of when, closing the phrase or before what is done that day: "home for
  // the Fourth", "OVER THE 4TH WEEKEND" ("the 4th floor", "the 4th day" go on to something else).
  { re: /(?=Fourth|FOURTH|4th|4TH)(?<=\b(?:for|over|since|after|before|until|till|on|around|by|to|through|thru|past|FOR|OVER|SINCE|AFTER|BEFORE|UNTIL|ON|AROUND|BY|TO|THROUGH|PAST)[ \t]+(?:the|THE)[ \t]+)(?:Fourth|FOURTH|4th|4TH)(?=[ \t]*(?:[.,;!)]|$)|[ \t]+(?:weekend|holiday|fireworks|parade|picnic|cookout|WEEKEND|HOLIDAY|FIREWORKS|PARADE|PICNIC)\b)/gm, score: 0.7, free: true },
  // A holiday standing as its own sentence at a line's start names the note's day: "11/23/2017\nThanksgiving. Pt is",
  // "MLK Day. Pt s/p PE", "Halloween. Pt is a 15 yo"; and the federal days named "... Day" anywhere ("it's Veterans Day").
  { re: /(?<=(?:^|\n)[ \t]*)(?:thanksgiving(?:[ \t]+day)?|christmas(?:[ \t]+(?:day|eve))?|xmas(?:[ \t]+(?:day|eve))?|new[ \t]+year['’]?s(?:[ \t]+(?:day|eve))?|easter(?:[ \t]+sunday)?|halloween|st\.?[ \t]+patrick['’]?s[ \t]+day|mardi[ \t]+gras)(?=[ \t]*[.!])|\b(?:mlk|martin[ \t]+luther[ \t]+king(?:[ \t]+jr\.?)?|veteran['’]?s['’]?|presidents['’]?|columbus|juneteenth|armistice|remembrance|boxing)[ \t]+day\b/gi, score: 0.7, free: true },
  // A bare holiday of one day is a date wherever it stands: "more forgetful since around Christmas", "home by xmas",
  // "Would like Thanksgiving at home", "a New Year's party", "away until after Pesach", "down for valentines", "moved out
  // easter". Annotators of real notes mark it so, and it narrows a day
  // as a date does. (Not the things named after one: "Christmas disease", "Christmas-tree adapter", "Easter egg".)
  { re: new RegExp(String.raw`\b(?:christmas|xmas|thanksgiving|halloween|new[ \t]+year['’]?s|mardi[ \t]+gras(?:[ \t]+day)?|juneteenth|cinco[ \t]+de[ \t]+mayo|passover|pesach|purim|rosh[ \t]+hashanah?|yom[ \t]+kippur|hanukkah|chanukah|diwali|eid[ \t]+al-(?:fitr|adha)|(?:lunar|chinese)[ \t]+new[ \t]+year|easter(?=[ \t]+(?:sunday|weekend|break|holiday|morning|day|service|mass|dinner|visit|\d{3,4}\b))|(?<=\b(?:at|by|on|for|since|after|before|until|till|around|over|of|last|this|next|visit|out)[ \t]+)easter|(?<=\b(?:at|by|on|for|since|after|before|until|till|around|over|last|this|next)[ \t]+|\([ \t]*)valentine['’]?s)\b(?![ \t-]*${NAMED_AFTER_HOLIDAY})`, 'gi'), score: 0.7, free: true },
  // The new year after a word of when or "happy": "fixed by the new year", "at midnight for new yr" (not its resolutions).
  { re: /(?=new)(?<=\b(?:the|for|by|after|before|until|till|since|over|around|happy)[ \t]+)new[ \t]+(?:year|yr)\b(?!['’]?s?[ \t]+(?:resolutions?|goals?|plans?))/gi, score: 0.7, free: true },
  // Tet, the lunar new year, in title case or with its accent ("for Tet", "after Tết", "(Tet, Year of the Dragon)"); not the tetanus toxoid ("Tet toxoid").
  { re: /(?<![\p{L}])(?:Tet|Tết|TẾT)(?![\p{L}])(?![ \t]*(?:toxoid|booster|shot|vaccine|vacc|ig\b|immun|tox|dip))/gu, score: 0.7, free: true },
  // Valentine's named without "Day" after a word of when ("flying out for Valentine's"); not the card or the candy.
  { re: /(?=Valentine)(?<=\b(?:for|on|at|by|since|after|before|until|till|over|around)[ \t]+)Valentine['’]s\b(?![ \t]+(?:card|cards|candy|candies|flowers|gift|gifts|party|dance|chocolates?|heart))/g, score: 0.7, free: true },
  // Weekday plus ordinal: "Tuesday the 14th".
  { re: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/gi, score: 0.8 },
  // Abbreviated weekday and ordinal: "will visit Weds 14th", "Sat the 9th".
  { re: /\b(?:mon|tues?|weds?|thurs?|fri|sat|sun)\.?,?[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)\b(?![ \t]+(?:floor|fl|step|round|dose|attempt|time|line|grade))/gi, score: 0.75, free: true },
  // An ordinal before what it counts is no day, as is the first of a pair sharing the noun ("the 25th and 50th percentile").
  { re: /\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:(?:and|to|or|-)\s+\d{1,2}(?:st|nd|rd|th)\s+)?(?:of\s+)?(?:ed|edition|percentile|grade|degree|cranial|rib|intercostal|ics|toe|finger|digit|metatarsal|ventricle|nerve|line|cycle|dose|day|week|time|attempt|trimester|vertebra|lumbar|thoracic|cervical|decade|generation|floor|step|year|month|place|round|session|visit|admission|episode|pregnancy|child|born|stage|degree|fl|flr|shift|reps?|exam|trop|troponin|shock|epi|units?|level|story|storey|noc|sets?|tries|try|mcp|pip|dip|toes|fingers|digits|metatarsals|ribs|house|look|pheresis|apheresis|plasmapheresis|brain|opinion|course|bag|pass|trial|run|transfusion|injection|infusion|treatment|session|hd|mt|mc|mtp|operator|assistant)\b|-(?:floor|story|level|degree|grade|line|trimester|\d))/gi, score: 0.7, cue: true, ordinal: true },
];

// Nursing shifts written as hours with a dash, and the words of a note's heading before them.
// A time closing a date match (dropped before the date is parsed).
const TIME_AT_END = new RegExp(`${TIME.slice(0, -1)}$`, 'i');
// A weekday opening a date match (dropped before the date is parsed).
const WEEKDAY_AT_START = new RegExp(`^${WEEKDAY}`, 'i');

/**
 * Find dates in `text`.
 *
 * @example
 * recognizeDates('DOB: 03/14/1950')[0].category; // 'DATE'
 */
export function recognizeDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const maybes: Candidate[] = [];
  const dashMaybes: Candidate[] = [];
  // "D/T 02/12/01/02/13/01": a dictation's and a transcription's dates run together after their joint label.
  if (has(/\bD\/T\b/, text)) for (const m of matchesOf(DICTATED_TYPED, text)) for (const g of [m.indices![1], m.indices![2]]) out.push({ category: 'DATE', score: 0.9, start: g[0], end: g[1] });
  for (const p of PATTERNS) {
    out.push(
      ...matchAll(p.re, text, (m) => {
        // A month and a day joined by a dash with no year ("3-14"): the shape the counts, ranges and shifts below also take.
        const dashPair = p.free === true && /^\d{1,2}-\d{1,2}$/.test(m[0]);
        // What stands before it on its line, read by most of the tests below.
        const line = lineBefore(text, m.index);
        // A month-day with a dash after a test or procedure ("CXR 3-14 clear") has its cue there too.
        // ("Dr. Feeney 1-2 wks" is a duration.)
        // ("MRI THE 12TH": an ordinal only with its article; "S/P 2ND KT", "OR tomorrow 1st case" count.)
        const eventCue = () => ((p.free === true && /^\d/.test(m[0])) || (p.ordinal === true && /^the[ \t]+\d/i.test(m[0]))) && EVENT_BEFORE.test(line) && !DURATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
        // "7-20 2215  wife called" opening a log line, "says 7-20 morning": a month-day with its time of day.
        // ("LKW 1-5 @ 2100": "@" and a clock time make a timestamp wherever it stands.)
        // ("pain 10/26 evening", "called 9-15 morning": a part of the day after a month-day, slashed or dashed; not a half
        // tablet, "1/2 evening", nor a setting or a score, "BiPAP 10/5 evening", unless no score runs so high, "pain 10/26".)
        const dayPart = () =>
          /^\d{1,2}[-/]\d{1,2}$/.test(m[0]) &&
          !/^(?:1\/[2-4]|2\/3|3\/4)$/.test(m[0]) &&
          /^[ \t]+(?:morning|afternoon|evening)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
          (+m[0].split(/[-/]/)[1] > 10 || !NOT_DATE_BEFORE.test(line));
        const timeCue = () =>
          dayPart() ||
          (dashPair &&
            !NOT_DATE_BEFORE.test(line) &&
            (/^[ \t]*@[ \t]*(?:[01]\d|2[0-3])[0-5]\d\b(?!\.\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) ||
              (/^[ \t]+(?:@[ \t]*)?(?:(?:[01]\d|2[0-3])[0-5]\d\b(?!\.\d)|(?:morning|afternoon|evening)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) || /[a-z]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))))));
        // "MICU NPN 3-11", "CCU npn 11-7", "7-3 shift": a nursing shift, not the 11th of March.
        if (p.free === true && SHIFT_PAIR.test(m[0]) && (SHIFT_NOTE_BEFORE.test(line) || /^[ \t]*shift\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) return null;
        // ("L rib fx 4-8", "ribs 3-5", "wires stay until POD 3-4", "grade 2-3", "doses 3-6", "capecitabine days 1-14", "ECOG
        // 1-2": ribs, the days after an operation or of a cycle, grades, doses and performance counted, no month and day.)
        if (dashPair && /\b(?:ribs?|fx|fxs|pod|pods|grades?|gr|doses?|stage|class|type|apgars?|days?|cycles?|ecog|fractions?)[ \t]*#?[ \t]*$/i.test(line)) return null;
        // ("C5 5/5, C6 4/5", "T6 LT 1/1, PP 0/1"): after a spinal level, light touch or pin prick, and beside another such
        // grade, grades of strength and sensation; a cycle's number takes its date there ("C2 1/22, C3 2/5").
        if (/^[0-5]\/[0-5]$/.test(m[0]) && LEVEL_BEFORE.test(line) && (text.slice(Math.max(0, m.index - 40), m.index + 44).match(LEVEL_GRADE) ?? []).length >= 2) return null;
        // ("Fraction 9/18", "CSI 11/13"): a fraction of a course of radiotherapy counts up to its total; a day comes after
        // ("1ST FRACTION 22/5").
        const count = /^(\d{1,2})\/(\d{1,2})$/.exec(m[0]);
        if (count && +count[1] <= +count[2] && /\b(?:fraction|csi)[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*$/i.test(line)) return null;
        // ("titrated to 2-3 soft stools daily", "pauses of 10-30 sec"): a range of a count or a duration.
        if (dashPair && COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
        if (p.cue && !hasCue(text, m.index) && !eventCue() && !timeCue() && !(p.ordinal && /^the\s/i.test(m[0]) && ordinalEndsClause(text, m.index + m[0].length))) {
          // A month-day with a dash and no cue may still be dated by the note's other dash dates (see `dashDatesOfTheNote`).
          // ("C4-5", "L3-4": spinal levels glued to their letter; "in 3-4 wk": a duration.)
          if (dashPair && !/\p{L}$/u.test(text.slice(Math.max(0, m.index - 1), m.index)) && !DASH_UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && !NOT_DATE_BEFORE.test(line)) {
            if (dashDateOnItsOwn(text, m.index, m[0])) return { category: 'DATE', score: 0.65, kind: 'date' };
            // "STEP DOWN  nsg  4-28  7p-7a", "nurse's notes  9-24": a note's day after its kind, where no hours could be meant.
            if (SHIFT_NOTE_BEFORE.test(line) && !shiftHours(m[0])) return { category: 'DATE', score: 0.65, kind: 'date' };
            dashMaybes.push({ category: 'DATE', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'date' });
          }
          return null;
        }
        if (p.range) return NOT_DATE_BEFORE.test(before(text, m.index, 30)) ? null : { category: 'DATE', score: p.score, kind: 'date' };
        const verdict = p.bare ? bareDate(text, m.index, m[0]) || dayPart() : true;
        if (verdict === 'maybe') {
          if (parseDate(m[0])) maybes.push({ category: 'DATE', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'date' });
          return null;
        }
        if (!verdict) return null;
        // ("family in Junín": `\b` knows only ASCII letters, so a month's letters inside an accented word stop there.)
        if (p.month) {
          if (/\p{L}/u.test(text[m.index + m[0].length] ?? '') || /\p{L}/u.test(text[m.index - 1] ?? '')) return null;
          // ("photo in MAR outdated", "last OCT/visual fields"): in a line written in mixed case, "MAR" and "OCT" in capitals
          // are the medication record and the eye scan; a month there is written "Mar", "Oct".
          if ((m[0] === 'MAR' || m[0] === 'OCT') && /\p{Ll}/u.test(lineAt(text, m.index))) return null;
          return { category: 'DATE', score: p.score, kind: 'month' };
        }
        if (p.free) {
          // Shapes the date parser does not read: check the numbers by hand.
          const n = /^(\d{1,2})-(\d{1,2})$/.exec(m[0]);
          return !n || (+n[1] >= 1 && +n[1] <= 12 && +n[2] >= 1 && +n[2] <= 31) ? { category: 'DATE', score: p.score, kind: 'date' } : null;
        }
        // Day first, as in most of the world ("zoledronic acid 18/8", "see 31/08"): the day is over 12.
        const dm = p.bare && /^(\d{1,2})\/(\d{1,2})$/.exec(m[0]);
        if (dm && +dm[1] > 12 && +dm[1] <= 31 && +dm[2] >= 1 && +dm[2] <= 12) return { category: 'DATE', score: 0.65, kind: 'date' };
        const bare = m[0].replace(TIME_AT_END, '');
        const core = m[0].trim().replace(WEEKDAY_AT_START, '');
        // ("Feb of '19": the "of" and the apostrophe's century are read as "Feb, 2019".)
        if (!parseDate(core) && !parseDate(bare.trim()) && !parseDate(core.replace(/\s+of(?=\s)/i, '').replace(/,?\s*'(\d{2})$/, ', 20$1'))) {
          // A calendar-impossible numeric date ("02/30/1950") is still somebody's date written wrong: remove it.
          const n = /^(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{2}|\d{4})\b/.exec(core);
          if (n && +n[1] >= 1 && +n[2] >= 1 && Math.min(+n[1], +n[2]) <= 12 && Math.max(+n[1], +n[2]) <= 31) return { category: 'DATE', score: 0.6, kind: 'date' };
          return null;
        }
        return { category: 'DATE', score: p.score, kind: 'date' };
      }),
    );
  }
  out.push(...fractionLikeDates(text, maybes, out.filter((c) => c.kind === 'date')));
  out.push(...dashDatesOfTheNote(text, dashMaybes, out));
  out.push(...repeatedMonthDays(text, out, (start) => VENT_NEAR.test(lineBefore(text, start))));
  // A weekday written just before a date is part of it ("Sat 11/30", "Monday 3/3").
  for (const c of out) {
    const wd = /\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?[ \t]+$/i.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (wd && c.kind === 'date') c.start -= wd[0].length;
    // "since early April", "coming mid-March", "EXPECTED DELIVERY late Jan", "early February 2016": the part of the month goes
    // with it.
    const part = c.kind === 'month' || /^\p{L}/u.test(text.slice(c.start, c.start + 1)) ? /\b(?:early|mid|late)[ -]?$/i.exec(text.slice(Math.max(0, c.start - 6), c.start)) : null;
    if (part) c.start -= part[0].length;
    // "the 1st of August", "the 16th December", "the Fourth": the article of a day by its ordinal goes with it.
    const article = !part && /^(?:\d{1,2}(?:st|nd|rd|th)|fourth|first[ \t]+day|opening[ \t]+day)\b/i.test(text.slice(c.start, c.end)) ? /\bthe[ \t]+$/i.exec(text.slice(Math.max(0, c.start - 4), c.start)) : null;
    if (article) c.start -= article[0].length;
  }
  // Ordinals continuing a list after a dated ordinal: "seen on the 4th, 6th and 9th".
  for (const c of [...out]) {
    if (c.kind === 'date' && /\d(?:st|nd|rd|th)$/i.test(text.slice(c.start, c.end))) out.push(...listDays(text, c.end, ORDINAL_LIST, 24));
  }
  // Day numbers continuing a list after a date ("7/22, 23 and 24", "3/14-16").
  for (const c of [...out]) {
    // ("December 23 and 24th,": the next day with its ordinal, closing the clause; "3/9, 2ND CAREGIVER" is a count.)
    if (c.kind === 'date' && /\d$/.test(text.slice(c.start, c.end))) out.push(...listDays(text, c.end, DAY_LIST, 20), ...listDays(text, c.end, AND_ORDINAL, 20));
  }
  // ("shul on 14th Ave": an ordinal before a street's word names the street, not a day.)
  return out.filter((c) => !(/\d(?:st|nd|rd|th)$/i.test(text.slice(c.start, c.end)) && STREET_AFTER.test(text.slice(c.end, c.end + 12))));
}
