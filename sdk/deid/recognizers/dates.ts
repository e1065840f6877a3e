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
import { dashDatesOfTheNote, DAY_LIST, fractionLikeDates, listDays, ORDINAL_LIST, repeatedMonthDays } from './date-siblings.js';
import { before, caseForms, has, matchAll, matchesOf } from './util.js';

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

const PATTERNS: { re: RegExp; score: number; cue?: boolean; month?: boolean; bare?: boolean; free?: boolean; range?: boolean; ordinal?: boolean }[] = [
  { re: new RegExp(String.raw`(?<![\d/.\-])\d{4}([-/.])\d{1,2}\1\d{1,2}(?![\d/.\-]*\d)${TIME}`, 'gi'), score: 0.95 },
  // A label glued on is still a label ("D:07/20/83"); a clock time before is not ("10:07/20").
  // After a month/day and a dash it closes a range ("11/02-11/05/2022").
  // Two full dates joined by a dash are a stay, each a date ("ADMISSIONS 4/2/01-4/9/01"), or by a slash ("ADM/DC 07-04-92/07-06-92").
  { re: new RegExp(String.raw`(?:(?<![\d/.\-]|\d:)|(?<=\d\/\d{1,2}[-–])|(?<=\d\/\d{1,2}\/\d{2,4}[-–])|(?<=\d{1,2}-\d{1,2}-\d{2,4}\/))\d{1,2}([-/.])\d{1,2}\1(?:(?:1[89]|20)\d{2}|\d{2})(?!\d|\/(?!\d{1,2}-\d{1,2}-\d{2,4}(?!\d))|-(?!\d{1,2}\/\d{1,2}\/\d)|\.\d)${TIME}`, 'gi'), score: 0.9 },
  {
    re: new RegExp(String.raw`(?<![\w])\d{1,2}${ORD}[\s\-./]*(?:of\s+)?${MON}(?:[\s\-./,]+(?:\d{4}|'?\d{2}(?![\d:])))?(?![a-z])${TIME}`, 'gi'),
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
  // A Spanish weekday and day: "tiene tos desde el lunes 10", "antes del viernes 21".
  { re: /\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)[ \t]+\d{1,2}\b(?![\d/:]|\.\d)/giu, score: 0.75, free: true },
  // Spanish day and month: "14 de julio de 1931", "su cita es el 15 de diciembre".
  // "Ingreso: 22 ene 2025", "31-DIC-2019": Spanish month abbreviations between a day and a year (those Spanish shares with
  // English, "mar" and "sep", are read by the English rules).
  { re: /(?<![\p{L}\d])\d{1,2}[ \t-]+(?:ene|abr|ago|dic|ENE|ABR|AGO|DIC|Ene|Abr|Ago|Dic)\.?[ \t-]+(?:\d{4}|\d{2})(?![\p{L}\d])/gu, score: 0.85, free: true },
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
  { re: /(?<![\d/.\-:A-Za-z])\d{1,2}-\d{1,2}(?![\d/\-]|\.\d| ?(?:x\b|times|days?|weeks?|hours?|hrs?|min|mg|ml|cc|%|mm|cm|beats|bpm|breaths|liters?|l\b|bms?\b|stools?|episodes?|tabs?\b|puffs?|drops?|units?\b|per\b|\/))/gi, score: 0.65, cue: true, free: true },
  // A month.day right after a discharge, an admission or a procedure done: "d/c'd from here 9.21", "readmit 9.24", "coiled
  // 10.10", "trach (placed 08.14)", "back 6.25 for IMN" (a decimal has no such word before it).
  { re: /(?=\d)(?<=\b(?:d\/c'?d|dc'?d|discharged|readmit(?:ted)?|readmission|admitted|admit|returned|back|placed|inserted|coiled|clipped|seen)(?:[ \t]+(?:from|to)[ \t]+(?:here|us|home))?[ \t]+(?:on[ \t]+)?)(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?![\d]|\.\d|[ \t]*(?:mg|mcg|ml|cc|l|kg|g|units?|%|times|x|hrs?|hours?|days?|wks?|weeks?|min)\b)/gi, score: 0.7, free: true },
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
  // "Would like Thanksgiving at home", "a New Year's party", "away until after Pesach". Annotators of real notes mark it so, and it narrows a day
  // as a date does. (Not the things named after one: "Christmas disease", "Christmas-tree adapter", "Easter egg".)
  { re: new RegExp(String.raw`\b(?:christmas|xmas|thanksgiving|halloween|new[ \t]+year['’]?s|mardi[ \t]+gras|juneteenth|cinco[ \t]+de[ \t]+mayo|passover|pesach|purim|rosh[ \t]+hashanah?|yom[ \t]+kippur|hanukkah|chanukah|diwali|eid[ \t]+al-(?:fitr|adha)|(?:lunar|chinese)[ \t]+new[ \t]+year|easter(?=[ \t]+(?:sunday|weekend|break|holiday|morning|day|service|mass|dinner|visit))|(?<=\b(?:at|by|on|for|since|after|before|until|till|around|over|of|last|this|next|visit)[ \t]+)easter)\b(?![ \t-]*${NAMED_AFTER_HOLIDAY})`, 'gi'), score: 0.7, free: true },
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
  { re: /\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:ed|edition|percentile|grade|degree|cranial|rib|intercostal|ics|toe|finger|digit|metatarsal|ventricle|nerve|line|cycle|dose|day|week|time|attempt|trimester|vertebra|lumbar|thoracic|cervical|decade|generation|floor|step|year|month|place|round|session|visit|admission|episode|pregnancy|child|born|stage|degree|fl|flr|shift|reps?|exam|trop|troponin|shock|epi|units?|level|story|storey|noc|sets?|tries|try|mcp|pip|dip|toes|fingers|digits|metatarsals|ribs|house)\b|-(?:floor|story|level|degree|grade|line|\d))/gi, score: 0.7, cue: true, ordinal: true },
];

// ("TRANSFERRED FROM CCU 1-14", "to the floor 12-11": a verb of moving and the place moved to or from; "came home 2/06";
// "Date of service: 7/8": a field dating an event.)
// ("rescheduled for the 22nd", "set for the 3rd": a day an event is put on.)
const CUE = /\b(?:[a-z]{3,}ed\s+for|(?:set|appt|visit)\s+for|came|went|flew|drove|rode|[a-z]{3,}ed(?:\s+(?:to|from)\s+(?:the\s+)?[a-z0-9]{2,8}|\s+(?:by|via)\s+(?:tele)?phone)?|home|[dt]\s*:|adm|admit|admission|disch|discharge|dc|d\/c|valid|see|on|since|from|until|till|til|to|dated?|date\s+of\s+[a-z]+|dos|by|through|thru|of|as of|starting|beginning|before|after|effective|seen|admitted|adm|discharged|returned|scheduled|follow[- ]up|f\/u|re-?check|(?:staples|sutures|stitches|drains?|foley|cast|pins)\s+(?:out|removed|off)|appointment|appt|dob|born|birthday|bday|expires?|collected|received|reported|procedure|surgery|visit|note|call|encounter|extubated|intubated|transferred|trans|start|starts|started|stopped|due|planned|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?:\s+the)?)\s*[:\-]?\s*$/i;

/**
 * "PPM placed the 16th by Dr. X", "pause the 15th;", "funeral is the 21st in the dalles", 'she said "the 12th"': an ordinal that ends its clause or is followed
 * by a preposition names a day; before a noun ("the 4th ventricle", "the 2nd dose") it does not.
 */
function ordinalEndsClause(text: string, end: number): boolean {
  return /^(?:[ \t]*(?:[,.;:)\n"”’?!]|$)|[ \t]+(?:by|at|and|in\b|w\/|with|per|for|when|after|before|until|or|from|-|–|in\s+(?:the\s+)?(?:am|pm|morning|afternoon|evening)|of\s+(?:this|next|last|the)\s+month))/i.test(text.slice(end, end + 20));
}

/** Is "12" + "/" + "3" a date when preceded by nothing telling? No: fractions, scores and ratios look the same. */
function hasCue(text: string, start: number): boolean {
  return CUE.test(before(text, start, 24));
}

// Labels before a ratio, score or machine setting ("BP 120/80", "PSV 5/5", "TOF 2/4", "pain 4/10", "grade 2/6").
const NOT_DATE_BEFORE =
  /(?:\b(?:bp|sbp|dbp|nbp|abp|art|psv|ps|peep|cpap|bipap|niv|ac|a\/c|simv|prvc|vc|pc|ie|i:e|tof|strength|motor|power|grade|gr|murmur|pain|relief|score|scale|rass|ciwa(?:-ar)?|cows|gcs|mmse|moca|slums|apgars?|timi|fim|nyha|killip|berg|tug|heart|grace|hasbled|chads2?|ratio|vs|ue|le|rue|lue|rle|lle|grip|reflexes|dtrs?|tv|vt|rr|fio2|p\/f|pf|hr|map|cvp|pap|i\/o|io|uo|mg|ml|vision|va|acuity|pupils?|perrla?|\d\s*mm)|=|(?<![a-z][ \t]?|\d\/\d{1,2}[ \t]?)\+|->|→|\d\s*x)\s*[:=]?\s*(?:of\s+)?$/i;
// A dose just before: "50 mg 3/15" (see `bareDate`).
const DOSE_BEFORE = /\d[ \t]*(?:mg|mcg|ml|g|units?|meq)[ \t]*$/i;
// Labels that only ever date ("LMP 4/1", "EDC: 6/14"), and a week or day of a schedule counted to its date
// ("IOL AT 34 WKS = 3/10", "removal planned 36 wk = 10/22", "bm bx day 14 = 5/6", "d1,4,8,11 = 3/2").
const DATE_LABEL = /(?:\b(?:lmp|edd|edc|dob|iol)[ \t]*[:#]?|\b(?:wks?|weeks?|day[ \t]*\d{1,2}|d\d{1,2}(?:,\d{1,2})*)[ \t]*=)[ \t]*$/i;
// "dose 1/2" is half a dose, "last dose 2/14" a date: after these words only a fraction is ruled out.
// ("missed dose 1/3", "held dose 4/4": the dose's date.)
const FRACTION_BEFORE = /\b(?<!\b(?:missed|last|next|first|final|held|prior)[ \t]+)(?:dose|doses|tab|tabs|amp|vial)\s*[:=]?\s*$/i;
// Words after a ratio or fraction ("1/2NS", "1/2 tab", "2/6 murmur", "5/5 strength", "2/4 bottles"); a count of days
// after "x" is a date's ("approved 9/3 x 30 days").
const NOT_DATE_AFTER =
  /^(?:\p{L}|\+|\s*(?:ns\b|tabs?\b|caps?\b|mg|ml|mcg|units?\b|u\b|strength|dose|murmur|(?:r|l|rt|lt|right|left)\s+(?:ankle|knee|hip|wrist|elbow|shoulder|hand|foot|arm|leg|ue|le|deltoid|biceps|triceps|quads?|hamstrings?|df|pf)\b|sem\b|systolic|diastolic|holosystolic|pain|bottles?|sets?|cultures?|ratio|cm|mm|kg|g\b|%|x\b(?![ \t]*\d{1,3}[ \t]*(?:days?|wks?|weeks?|months?|mos?)\b)|bilat|b\/l|throughout|ue\b|le\b|hand|grip|=|\+\s*\d(?![\d]?\/\d)))/iu;
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

// A ventilator mode a few words before ("psv trial 10/5", "bipap overnight 14/8") makes it a setting.
// ("RT VENT CHECK 2/9 0400": a check or a note of the ventilator is headed by its date.)
const VENT_NEAR = /\b(?:psv|ps|peep|cpap|bipap|niv|apap|vent(?![ \t]+(?:check|note|rounds?)\b)|ventilator(?![ \t]+(?:check|note|rounds?)\b))\b(?:[ \t]+[a-z]+){0,2}[ \t]*[:=@]?[ \t]*$/i;

/** Up to 40 characters before `start`, on the same line: where a label or an event is written. */
function lineBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 40), start).split('\n').pop() ?? '';
}

// "and 24th" closing its clause after a date that ends in its day.
const AND_ORDINAL = /^[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)\b(?=[ \t]*(?:[,.;)\n]|$))/di;
const MD = String.raw`(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])`;
const RANGE_NEXT = new RegExp(String.raw`^[ \t]*[-–][ \t]*(${MD})(?![\d/])`);
const RANGE_PREV = new RegExp(String.raw`(?<![\d/])(${MD})[ \t]*[-–][ \t]*$`);

// Nursing shifts written as hours with a dash, and the words of a note's heading before them.
// A time closing a date match (dropped before the date is parsed).
const TIME_AT_END = new RegExp(`${TIME.slice(0, -1)}$`, 'i');
// A weekday opening a date match (dropped before the date is parsed).
const WEEKDAY_AT_START = new RegExp(`^${WEEKDAY}`, 'i');

const SHIFT_PAIR = /^(?:0?7-0?3|0?3-11|11-0?7|0?7-0?7|0?7-11|11-0?3|0?7-19|19-0?7|23-0?7|0?7-23|15-23)$/;
const SHIFT_NOTE_BEFORE = /\b(?:npn|nsg|nursing|note|notes|shift|rn|lpn|progress)[ \t:]*$/i;
/** Could a dash pair be a shift's hours ("6-2", "7-3", "7-19", "11-7")? Both hours, eight or twelve apart on the clock. */
function shiftHours(pair: string): boolean {
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

const DICTATED_TYPED = /\bD\/T[ \t:]*(\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)\/(\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)(?![\d/])/dg;

/** A bare number/number is a date only when neither side makes it a ratio, score, fraction or setting. */
function bareDate(text: string, start: number, value: string): boolean | 'maybe' {
  if (RANGE_PREV.test(text.slice(Math.max(0, start - 12), start))) return dayRange(text, start, start + value.length);
  const line = lineBefore(text, start);
  const end = start + value.length;
  const after = text.slice(end, end + 20);
  // "Wt 11/16 70kg -> 11/24 64kg", "adm 10/30 -> 11/02": after an arrow, behind a date on the same line, the next date of
  // a dated course (a day past 12 or a padded one; readings trend the same way, "BP 140/90 -> 120/80", but not behind a date).
  // (A score trends over one denominator, "GCS 9/15 -> 11/15": the date behind the arrow has another day.)
  const [a, b] = value.split('/').map(Number);
  const prior = /(?<![\d/.])(?:1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/])(?!.*(?<![\d/.])\d{1,2}\/\d)/.exec(line);
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
  // "Digoxin level 6/12 = 2.1", "CD4 8/95 = 210": a result after the date it was drawn; a fraction or a ratio is followed by
  // its own value ("1/3 = 0.33") and a setting or a score by nothing of the kind (their labels are read below).
  const equals = /^[ \t]*=[ \t]*(-?\d+(?:\.\d+)?)/.exec(after);
  if (equals && a >= 1 && a <= 12 && (b <= 31 || b >= 40) && b > 0 && Math.abs(+equals[1] - a / b) > 0.02 && Math.abs(+equals[1] - (100 * a) / b) > 2 && !NOT_DATE_BEFORE.test(line)) return true;
  // "recheck BP 2/8", "Orthostatic BP 11/1:": no blood pressure is 2 over 8; after its label such a pair is the day it is taken.
  if (/\b(?:bp|nbp|abp)[ \t]*$/i.test(line) && a >= 1 && a <= 12 && b >= 1 && b <= 31) return true;
  if ((NOT_DATE_AFTER.test(after) && !imagingFinding && !datedAnyway) || value === '24/7') return false;
  if (FRACTION_WITH.test(after) && a < b && b <= 8 && !EVENT_BEFORE.test(line)) return false;
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
  const sentenceBefore = text.slice(Math.max(0, start - 30), start).split(/[.;\n](?=[ \t]|$)/).pop() ?? '';
  if (b === 10 && a <= 10 && /\b(?:pain|relief|rates?|rated|ache|discomfort|cp|c\/o|h\/a|ha|headache|pressure)\b/i.test(sentenceBefore + sentenceAfter)) return false;
  const cued = hasCue(text, start) || EVENT_BEFORE.test(line) || VALUE_PAREN.test(line) || SOCIAL_EVENT.test(text.slice(Math.max(0, start - 64), start));
  // Fractions and scores out of 2-10 ("1/2", "3/4", "4/5", "2/6", "4/10") need a date cue, or
  // evidence from the rest of the note (see `fractionLikeDates`).
  if ([2, 3, 4, 5, 6, 8, 10].includes(b) && a <= b) return FRACTION_BEFORE.test(line) || (GROWTH_AFTER.test(after) && !CULTURE_BEFORE.test(line)) ? false : cued || 'maybe';
  // "CX 8/14 NEG", "Smear 3/30 neg": a culture or a smear with its date; "bcx 2/2 positive" (two of two bottles) never gets here.
  return WEAK_AFTER.test(after) ? cued || /\b(?:[bu]?cx|cultures?|smears?|afb)[ \t]*$/i.test(line) || 'maybe' : true;
}

// A test, procedure or event named just before ("CT 4/5", "ECHO 2/4:", "MRI brain 3/10", "Brief AF
// 6/6", "after TOV 4/5", "last dose 2/14", "intubated in ED 2/10", "First INR 3/8"), or a doctor seen then ("Dr.
// Kettleborough 4/4"): charts write the date of the event there, not a ratio.
const EVENT_BEFORE =
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
function dashDateOnItsOwn(text: string, start: number, value: string): boolean {
  const line = lineBefore(text, start);
  if (RANGE_LABEL_BEFORE.test(line)) return false;
  if (STRONG_DASH_DATE.test(value)) return true;
  return DAY_PAST_12.test(value) && CLAUSE_END.test(text.slice(start + value.length, start + value.length + 3)) && !RANGE_WORD_BEFORE.test(line);
}
// A unit of time after a number range makes it a duration ("1-2 wks"), not a month and day.
const DURATION_AFTER = /^[ \t]*(?:wks?|weeks?|days?|d\b|mos?|months?|hrs?|hours?|yrs?|years?|x\b|times)/i;
// A lab value with its date in parentheses: "INR 2.3 (5/5)".
// ("GBS neg (2/10)": a result with its date.)
const VALUE_PAREN = /(?:\d|\b(?:neg|pos|negative|positive|nl|normal|wnl|reactive|nonreactive|immune))[ \t]*\([ \t]*$/i;

const STREET_AFTER = /^[ \t]+(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|pl|place|dr|drive|ter|terrace|ln|lane|way|pkwy|parkway)\b\.?(?![ \t]*\d)/i;

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
        // A month-day with a dash after a test or procedure ("CXR 3-14 clear") has its cue there too.
        // ("Dr. Feeney 1-2 wks" is a duration.)
        // ("MRI THE 12TH": an ordinal only with its article; "S/P 2ND KT", "OR tomorrow 1st case" count.)
        const eventCue = () => ((p.free === true && /^\d/.test(m[0])) || (p.ordinal === true && /^the[ \t]+\d/i.test(m[0]))) && EVENT_BEFORE.test(lineBefore(text, m.index)) && !DURATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
        // "7-20 2215  wife called" opening a log line, "says 7-20 morning": a month-day with its time of day.
        // ("LKW 1-5 @ 2100": "@" and a clock time make a timestamp wherever it stands.)
        // ("pain 10/26 evening", "called 9-15 morning": a part of the day after a month-day, slashed or dashed; not a half
        // tablet, "1/2 evening", nor a setting or a score, "BiPAP 10/5 evening", unless no score runs so high, "pain 10/26".)
        const dayPart = () =>
          /^\d{1,2}[-/]\d{1,2}$/.test(m[0]) &&
          !/^(?:1\/[2-4]|2\/3|3\/4)$/.test(m[0]) &&
          /^[ \t]+(?:morning|afternoon|evening)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
          (+m[0].split(/[-/]/)[1] > 10 || !NOT_DATE_BEFORE.test(lineBefore(text, m.index)));
        const timeCue = () =>
          dayPart() ||
          (p.free === true &&
            /^\d{1,2}-\d{1,2}$/.test(m[0]) &&
            !NOT_DATE_BEFORE.test(lineBefore(text, m.index)) &&
            (/^[ \t]*@[ \t]*(?:[01]\d|2[0-3])[0-5]\d\b(?!\.\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) ||
              (/^[ \t]+(?:@[ \t]*)?(?:(?:[01]\d|2[0-3])[0-5]\d\b(?!\.\d)|(?:morning|afternoon|evening)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) || /[a-z]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))))));
        // "MICU NPN 3-11", "CCU npn 11-7", "7-3 shift": a nursing shift, not the 11th of March.
        if (p.free === true && SHIFT_PAIR.test(m[0]) && (SHIFT_NOTE_BEFORE.test(lineBefore(text, m.index)) || /^[ \t]*shift\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) return null;
        if (p.cue && !hasCue(text, m.index) && !eventCue() && !timeCue() && !(p.ordinal && /^the\s/i.test(m[0]) && ordinalEndsClause(text, m.index + m[0].length))) {
          // A month-day with a dash and no cue may still be dated by the note's other dash dates (see `dashDatesOfTheNote`).
          // ("C4-5", "L3-4": spinal levels glued to their letter; "in 3-4 wk": a duration.)
          if (p.free === true && /^\d{1,2}-\d{1,2}$/.test(m[0]) && !/\p{L}$/u.test(text.slice(Math.max(0, m.index - 1), m.index)) && !/^(?:\p{L}|[ \t]*(?:wks?|mos?|yrs?|d|h|hrs?|q)\b)/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) && !NOT_DATE_BEFORE.test(lineBefore(text, m.index))) {
            if (dashDateOnItsOwn(text, m.index, m[0])) return { category: 'DATE', score: 0.65, kind: 'date' };
            // "STEP DOWN  nsg  4-28  7p-7a", "nurse's notes  9-24": a note's day after its kind, where no hours could be meant.
            if (SHIFT_NOTE_BEFORE.test(lineBefore(text, m.index)) && !shiftHours(m[0])) return { category: 'DATE', score: 0.65, kind: 'date' };
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
        if (p.month) return /\p{L}/u.test(text[m.index + m[0].length] ?? '') || /\p{L}/u.test(text[m.index - 1] ?? '') ? null : { category: 'DATE', score: p.score, kind: 'month' };
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
