/**
 * Numbers and codes: SSN, medical record, health plan, account, licence (DEA, driver's licence,
 * NPI), vehicle (labelled plates, VINs), device (serials, UDIs), and other unique ids
 * (accession, specimen, encounter). A value is found from its label ("MRN:", "Acct #",
 * "S/N") or, without a label, from a shape that passes a checksum (SSN area rules, DEA, VIN,
 * NPI) or a typical accession shape.
 *
 * @example
 * recognizeIdentifiers('MRN: 00482913  DEA AB1234563  VIN 1M8GDM9AXKP042788');
 */
import type { PhiCategory } from '../categories.js';
import { deaValid, luhnValid, npiValid, ssnValid, vinValid } from '../checksums.js';
import type { Candidate } from '../span.js';
import { STATE_ABBR } from './locations.js';
import { before, has, matchAll, matchesOf } from './util.js';

/**
 * Label phrases per category (regex source, case-insensitive); longer phrases first. (A home's door, gate or lockbox code and
 * a caller's passcode open a house or a chart as an ID does: "key in lockbox code 2219", "VERIFYING PASSCODE (4471)".)
 */
const LABELS: [PhiCategory, string][] = [
  ['SSN', String.raw`social\s+security(?:\s+(?:no\.?|nbr|number|#|num))?|ssn|ss\s*#|soc\.?\s*sec\.?(?:\s*#)?|last\s*(?:4|four)(?:\s+(?:of\s+)?(?:ssn|ss#?|social(?:\s+security)?|digits))?\)?(?=\s*[:#-]?\s*\d{4}\b)|l4(?=\s*\d{4}\b)`],
  // (Spanish charts: "Expediente: 55123", "No. de expediente", "Historia clínica: 77812-A", "Núm. de récord".)
  ['MRN', String.raw`(?:n[uú]m(?:ero)?\.?|no\.)\s*(?:de\s+)?(?:expediente|historia\s+cl[ií]nica|r[eé]cord)|(?:expediente|historia\s+cl[ií]nica|récord)(?:\s+(?:m[eé]dico|cl[ií]nico))?|medical\s+record(?:\s+(?:no\.?|nbr|number|#|num))?|med\.?\s*rec\.?(?:\s*(?:no\.?|#))?|mrn|mr\s*#|mr\s+no\.?|mr(?=\s*:\s*\d{3}|\s+\d{2,}-\d{3,}\b)|chart\s*(?:no\.?|nbr|number|#)|chart(?=\s*:?\s*(?!(?:19|20)\d\d\b)[A-Z]{0,2}-?\d{4,}\b(?![.,:\/]\d|[ \t]+[NSEW]\.?[ \t]+[A-Z]|[ \t]+[A-Z][a-z]+[ \t]+(?:St|Ave|Rd|Dr|Blvd|Ln|Street|Avenue|Road)\b))|hosp(?:ital|\.)?\s*(?:no\.?|nbr|number|#|id)|unit\s*(?:no\.?|nbr|number|#)|patient\s*(?:id|no\.?|nbr|number|#)|pt\s*(?:id|#)|record\s*(?:no\.?|nbr|number|#)|emr\s*(?:id|#|no\.?)|armband|wristband|id\s*band(?:\s*#)?|nhs\s*(?:no\.?|nbr|number|#)|nhi|ihi|chi|urn?\s*(?:no\.?|number|#)|urn|hospital\s+number|hosp\s+no`],
  ['HEALTH_PLAN', String.raw`health\s*plan(?:\s+(?:beneficiary\s+)?(?:id|no\.?|nbr|number|#))?|member(?:ship)?(?:\s*(?:id|no\.?|nbr|number|#))?|mbr\s*(?:id|no\.?|nbr|#)|subscriber\s*(?:id|no\.?|nbr|number|#)|beneficiary\s*(?:id|no\.?|nbr|number|#)|insurance\s*(?:id|no\.?|nbr|number|#|policy(?:\s*(?:no\.?|#|number))?)|insurer\s*id|policy\s*(?:id|no\.?|nbr|number|#)|plan\s*(?:id|no\.?|#)|group\s*(?:id|no\.?|nbr|number|#)|group(?=\s*\d{4}|\s+[A-Z]{2,}-[A-Z0-9-]*\d)|medicare(?:\s+card)?(?:\s*(?:id|no\.?|nbr|number|#|mbi))?|ramq|ohip|phn|msp|health\s*card(?:\s*(?:no\.?|nbr|number|#))?|dva(?:\s+(?:gold|white|orange)\s+card)?(?:\s*(?:no\.?|number|#))?|(?:pps|gms)\s*(?:no\.?|number|#)|medicaid(?:\s*(?:id|no\.?|nbr|number|#))?|mbi|hicn`],
  ['ACCOUNT', String.raw`(?:billing\s+|bank\s+|patient\s+|hospital\s+|financial\s+)?account\s*(?:id|no\.?|nbr|number|#)?|acct\.?\s*(?:no\.?|nbr|number|#)?|a\/c\s*(?:no\.?|#)|fin(?:\s*(?:no\.?|#))?|invoice\s*(?:no\.?|nbr|number|#)|billing\s*(?:id|no\.?|nbr|number|#)|credit\s+card(?:\s*(?:no\.?|nbr|number|#))?|card\s*(?:no\.?|nbr|number|#)`],
  ['LICENSE', String.raw`dea(?:\s*(?:registration|reg\.?))?(?:\s*(?:no\.?|nbr|number|#))?|npi(?:\s*(?:no\.?|nbr|number|#))?|driver'?s?\s*licen[cs]e(?:\s*(?:no\.?|nbr|number|#))?|dl\s*(?:no\.?|#)?|(?:medical\s+|state\s+|professional\s+|nursing\s+)?licen[cs]e\s*(?:no\.?|nbr|number|#)|lic\.?\s*(?:no\.?|#)?|certificate\s*(?:no\.?|nbr|number|#)|cert\.?\s*(?:no\.?|#)|board\s+certification\s*(?:no\.?|#)?|registration\s*(?:no\.?|nbr|number|#)|medallion(?:\s*(?:no\.?|nbr|number|#))?`],
  ['VEHICLE', String.raw`(?:license|licence|registration|number)\s+plate(?:\s*(?:no\.?|nbr|number|#))?|plate\s*(?:no\.?|nbr|number|#)?|tag\s*(?:no\.?|nbr|number|#)|vin(?:\s*(?:no\.?|nbr|number|#))?|vehicle\s*(?:id|identification\s+number|reg(?:istration)?\.?)(?:\s*(?:no\.?|#))?|(?:boat\s+|fishing\s+)?vessel\s*(?:id|no\.?|nbr|number|#)|(?:uscg|coast\s+guard)\s+(?:documentation|doc\.?)(?:\s*(?:no\.?|nbr|number|#))?|hull\s*(?:id|no\.?|nbr|number|#)|hin(?=\s*[:#]?\s*[A-Z]{3}\d)`],
  // (Skilled nursing's visits are no serial: "SN 2w4", "sn 1x/wk".)
  ['DEVICE', String.raw`serial\s*(?:no\.?|nbr|number|#)?|s\/n|sn\s*[:#]|sn(?=\s+[A-Z]{0,4}[\s-]?\d)(?!\s+\d{1,2}(?:w\d|x\/?(?:wk|week|day|mo|month)\b))|asset\s*(?:tag|no\.?|#)|asset(?=\s+[A-Z]{1,5}[\s-]?\d)|device\s*(?:id|identifier|serial|no\.?|#)|udi(?:\s*(?:di|pi))?|imei|lot(?:\s*(?:no\.?|nbr|number|#))?|batch\s*(?:no\.?|#)?|model\s*(?:no\.?|nbr|number|#)|implant\s*(?:id|no\.?|#)|(?:pacemaker|defibrillator|icd|pump|implant)\s+(?:serial|id)(?:\s*(?:no\.?|nbr|number|#))?|mac\s+address|(?:transmitter|sensor|receiver)\s+(?:id|serial|sn|s\/n)(?:\s*(?:no\.?|#))?`],
  ['ID', String.raw`badge(?:\s*(?:id|no\.?|nbr|number|#))?|accession(?:\s*(?:no\.?|nbr|number|#|id))?|lab\s*(?:no\.?|nbr|number|#)|acc\.?\s*(?:no\.?|#)|specimen\s*(?:id|no\.?|nbr|number|#)?|sample\s*(?:id|no\.?|nbr|number|#)|case\s*(?:id|no\.?|nbr|number|#)|surgical\s+pathology\s*(?:no\.?|#)|path(?:ology)?\s*(?:id|no\.?|#)|order\s*(?:id|no\.?|nbr|number|#)|requisition\s*(?:id|no\.?|nbr|number|#)?|encounter\s*(?:id|no\.?|nbr|number|#)|visit\s*(?:id|no\.?|nbr|number|#)|study\s*(?:id|no\.?|nbr|number|#)|subject\s*(?:id|no\.?|#)|trial\s*(?:id|no\.?|#)|claim(?:\s*(?:id|no\.?|nbr|number|#))?|booking(?:\s*(?:id|no\.?|nbr|number|#))?|receipt\s*(?:id|no\.?|nbr|number|#)|docket(?:\s*(?:no\.?|nbr|number|#))?|index\s*(?:no\.?|nbr|number|#)|indictment(?:\s*(?:no\.?|nbr|number|#))?|ind\.(?=\s*\d{2,6}\/\d{2}\b)|(?:iic|iwcc|wcc|wcab|wcb|dwc|bwc|iwc|oic)\s*(?:no\.?|nbr|number|#|case\s*(?:no\.?|#))|cause\s*(?:no\.?|nbr|number|#)|case(?=\s+\d{2,4}-\d)|case(?=\s+(?:19|20)\d{2}\s+[A-Z]{1,4}\s+\d{3,})|trip\s*(?:id|no\.?|nbr|number|#)|registry\s*(?:id|no\.?|nbr|number|#)|(?:police\s+|incident\s+|crime\s+)?report\s*(?:id|no\.?|nbr|number|#)|incident\s*(?:id|no\.?|nbr|number|#)|reference\s*(?:id|no\.?|nbr|number|#)|ref\.?\s*(?:no\.?|#)|ticket\s*(?:no\.?|#)|barcode|block\s*(?:id|#)|slide\s*(?:id|#)|employee\s*(?:id|no\.?|#)|(?:inmate|detainee|prisoner|offender)(?:\s*(?:id|no\.?|nbr|number|#))?(?=\s*#?\s*[A-Z]{0,3}-?\d{3,})|a-?file(?:\s*(?:no\.?|#))?(?=\s*:?\s*A?\s*\d)|emp\.?\s*(?:id|no\.?|#)?(?=\s*#?\s*\d{4,}\b)|clock\s*(?:no\.?|nbr|number|#)?(?=\s*#?\s*\d{2,3}-?\d{3,5}\b(?!\s*(?:am|pm|hrs?)\b))|badge\s*(?:id|no\.?|#)|passport\s*(?:no\.?|nbr|number|#)?|identifier|id\s*(?:no\.?|nbr|number|#)|interpreter\s*(?:id|no\.?|#)|confirmation(?:\s*(?:id|no\.?|nbr|number|#|code))?|conf\.?\s*#|auth(?:ori[sz]ation)?\s*(?:id|no\.?|nbr|number|#|code)|job(?:\s*(?:id|no\.?|nbr|number|#))?|dictation\s*(?:id|no\.?|nbr|number|#)|ref(?:erence)?\s+code|ref(?:erence)?(?=\s*:)|ref\.?(?=\s+[A-Z]{0,4}(?:-[A-Z]{1,4})?[\d/-]*\d)|conf(?:irmation)?\.?(?=\s+\d)|(?:donor|recipient|unos|appeal|tracking|user|login)\s+id|user\s*name|username|call\s+sign|(?:va\s+)?file\s*(?:no\.?|nbr|number|#)|va\s+file|service\s*(?:no\.?|nbr|number|#)|run\s*(?:no\.?|nbr|number|#)|run(?=\s*:\s*\d{3,}\b(?!\s*(?:am|pm|hrs?|h|min|mins|ml|cc|mg|m)\b))|(?:emt(?:-?[bpia])?|nremt(?:-?p)?|paramedic)\s*#(?=\s*\d{3,})|mission(?:\s*(?:no\.?|nbr|number|#))?(?=\s*#?\s*\d{2}-?\d{3,})|tracking(?:\s*(?:no\.?|nbr|number|#))?|(?:ups|fedex)(?=\s+1Z)|pcr\s*(?:no\.?|#)|(?:consular|tribal|alien)\s*(?:id|no\.?|#)|a-?(?:number|no\.?|#)(?=\s*:?\s*A?\s*\d)|(?:covermymeds|cmm),?\s+key|(?<=\bpa\b[^\n.;]{0,24})key(?=\s*:?\s*(?=[A-Z0-9]*\d)[A-Z0-9]{6,10}\b)|user(?=\s+[a-z][a-z0-9._-]{2,}\d)|(?:(?:lock\s?box|door|gate|key\s?pad|alarm|garage|entry)\s+codes?|pass\s?code)(?:\s*\((?=\s*\d))?`],
];


// Value after a label: one alphanumeric token (dashes, dots, slashes inside) and optionally a
// second short uppercase/digit chunk ("ABC 1234" plates, "4821 9934" card groups), or a short
// letter prefix before numbered groups ("CLM 88-442-1901", "MA 7720 4418 9", "SN 4X9-22071-B").
// A value broken after a hyphen at the end of a line continues on the next ("S26-\n4432").
// Groups of digits are read first, so a check digit apart stays with its number ("Medicare 5091 23478 2").
// The first chunk must hold a digit ("serial number RX55" must not stop at the word "number"),
// except for plates written "ABC 1234".
const VALUE = String.raw`(\d{1,5}(?:[ ]\d{2,6}){1,3}(?:[ ]\d(?![\d.]))?(?![\w\/-])|(?=[A-Z0-9\-./]*\d)[A-Z0-9][A-Z0-9\-./]*[A-Z0-9](?:-[ \t]*\n[ \t]*[A-Z0-9][A-Z0-9\-./]*[A-Z0-9])?(?:[ ][A-Z0-9]{2,6}(?![a-z]))*|[A-Z]{1,4}[ ](?=[A-Z0-9\-./]*\d)[A-Z0-9][A-Z0-9\-./]*[A-Z0-9](?:[ ][A-Z0-9\-]{1,12}(?![a-z]))*|(?=[A-Z0-9\-./]*\d)[A-Z0-9]|[A-Z]{2,4}[ ]\d{5,12}(?:[ ]\d{1,4})?\b|[A-Z]{2,3}[ ]\d{3,4}\b)`;
// (A form's leader dots: "Docket No. ...... 1,048,772".)
// ("LOT OFF I-44": a linking word ends its word.)
const LINK = String.raw`\s*(?:(?:is|was|of)(?![a-z])|=|:|#|-|–|\.{1,12})?\s*(?:#\s*)?`;

const LABELLED = LABELS.map(([category, label]) => ({
  category,
  // A label ending in a letter must end the word ("MRN", not "MRNA"); one ending in "#" or "." may touch its value.
  re: new RegExp(String.raw`(?<![\w])(?:${label})(?:(?<=[#.:])|(?![a-z]))${LINK}${VALUE}`, 'dgi'),
}));

const VEHICLE_NEAR = /\b(?:car|cars|truck|pickup|vehicle|suv|sedan|van|minivan|motorcycle|moped|atv|trailer|plate|tag|registration|camry|accord|civic|corolla|honda|toyota|ford|chevy|chevrolet|jeep|nissan|subaru|uber|lyft|taxi|cab|rideshare)\b/i;
// A state's letters, then the word of registration or plate ("KY reg", "MN registration", "MI PLT").
const STATE_THEN_REGISTERED = /\b[A-Z]{2}[ \t]+(?:reg|REG|registration|REGISTRATION|plt|PLT)\b/;
const PLATE_AFTER_STATE = new RegExp(String.raw`\b(?:${STATE_ABBR})[ \t]+(?:(?:plate|PLATE|plt|PLT|tag|TAG|reg|REG|registration|REGISTRATION)\.?[ \t]+)?(?=[A-Z0-9 -]{0,9}\d)(?:(?<=(?:reg|REG|registration|REGISTRATION)\.?[ \t]+)\d{4,6}[ -][A-Z]{1,3}|[A-Z0-9]{2,4}[ -][A-Z0-9]{2,5}|[A-Z0-9]{5,8})(?![\w-])`, 'g');
// A plate after its word and its state in any case ("plate wa BNR 6620", "tag ky 4471ab"): the word says what the number is.
// (States that are English words, "in", "me", "or", "ok", "hi", "oh", are left to the capitals above.)
const PLATE_WORD_STATE = new RegExp(String.raw`\b(?:plates?|tags?|plt)[ \t]*[#:]?[ \t]*((?!(?:in|me|or|ok|hi|oh)[ \t])(?:${STATE_ABBR})[ \t]+(?=[A-Za-z0-9 -]{0,9}\d)(?:[A-Za-z0-9]{2,4}[ -][A-Za-z0-9]{2,5}|[A-Za-z0-9]{5,8}))(?![\w-])`, 'dgi');
// A code of two or three capitals, four to six digits and one to three capitals, and a vaccine lot's label before one.
const SANDWICH_CODE = /(?=[A-Z])(?<![\w-])[A-Z]{2,3}\d{4,6}[A-Z]{1,3}(?![\w-])/g;
const LOT_BEFORE = /\blot\b[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*$/i;
// Words numbered with "#" that are places in the hospital, counts or sizes, not identifiers.
const HASH_NOT_ID = /^(?:room|rm|bed|bay|apt|apartment|suite|ste|unit|floor|fl|pod|station|line|lines|lumen|step|size|attempt|trial|day|week|cycle|dose|tube|drain|jp|chest|ett|foley|iv|piv|lot|pg|pager|ext|x|page|phone|tel|option|opt|no|number|problem|dx|item|question|q|visit|session|pt|patient|gauge|fr|french)$/i;

// A plural label of numbers, and one number of its list with what joins it to the next.
const LIST_LABEL = /\b(lot|serial|model|account|acct|claim|case)[ \t]*(?:#'?s|nos\.?|numbers)[ \t]*:?[ \t]*/dgi;
const LIST_ITEM = /^((?=[A-Z0-9\-\/.]*\d)[A-Z0-9][A-Z0-9\-\/.]{2,}[A-Z0-9])(?![\w-])([ \t]*(?:,|and|&)[ \t]*)?/i;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** A labelled value must look like an identifier, not a word or a date. */
function plausibleValue(v: string, category: PhiCategory): boolean {
  if (digits(v) === 0) return category === 'VEHICLE' ? false : /^[A-Z]{2,}\d*$/.test(v) && v.length >= 6;
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v)) return false;
  return v.replace(/[^A-Za-z0-9]/g, '').length >= (category === 'VEHICLE' ? 4 : 3);
}

/** Trim trailing words that the VALUE group may have swallowed ("12345 AND"). */
function trimValue(v: string, category: PhiCategory): string {
  const [first, ...rest] = v.split(' ');
  const kept = [first];
  // The regex is case-insensitive for labels; extra chunks must be upper-case codes with a digit.
  for (const [k, chunk] of rest.entries()) {
    // After a letter prefix the groups may be dashed or a lone check digit ("MA 7720 4418 9").
    // ("Medicare 5091 23478 2", "IHI 3 00612 447": digit groups keep a lone check digit too.)
    const group = /^[A-Z]{1,4}$/.test(first) ? /^(?:[A-Z0-9][A-Z0-9-]{0,11})$/ : /^\d+$/.test(first) ? /^\d{1,12}$/ : /^(?:[A-Z0-9]{2,6}|\d{2,12})$/;
    // A court's year, letters and number ("case no. 2013 GU 00482"); a serial's closing letter ("S/N LFB 44902 V"), a plate's or a
    // hull's closing letters ("hull no. MS 4471 BK").
    const courtLetters = /^\d{2,4}$/.test(first) && k === 0 && /^[A-Z]{1,4}$/.test(chunk) && /^\d{3,}$/.test(rest[1] ?? '');
    const closingLetter = /^[A-Z]{1,4}$/.test(first) && kept.length > 1 && k === rest.length - 1 && (category === 'VEHICLE' ? /^[A-Z]{1,3}$/ : /^[A-Z]$/).test(chunk);
    if (!courtLetters && !closingLetter && (!group.test(chunk) || !/\d/.test(chunk))) break;
    kept.push(chunk);
  }
  return kept.join(' ').replace(/[.\-/]+$/, '');
}

// The police, whose badge numbers carry letters too ("#U-62").
const POLICE = /^(?:officer|ofc|detective|det|deputy|trooper|sgt)$/i;

/**
 * Find identifiers in `text`.
 *
 * @example
 * recognizeIdentifiers('SSN 123-45-6789')[0].category; // 'SSN'
 */
export function recognizeIdentifiers(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A number in brackets after a hash: "interpreter ines (#40521)".
  // Also after a name inside the brackets and with dashes: "(lucia, #5518)", "NEBO (#47-2291)".
  out.push(...matchAll(/(?:\(|,[ \t]*)#[ \t]?(\d[\d-]{2,10}\d)\)/dg, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  // An alien registration number with its letter, three groups of three digits ("EOIR no. A 241-093-778"), in a note about
  // immigration; a phone's last group has four.
  if (has(/alien|uscis|eoir|immigra|asylum|refugee|visa|parole|a-?file|a-?number|a#/i, text)) {
    out.push(...matchAll(/(?<![\p{L}\d])A[ \t-]?\d{3}-\d{3}-\d{3}(?![\d-])/dgu, text, () => ({ category: 'ID', score: 0.8 })));
  }
  // A number after a hash that follows a person's role: "INTERPRETER ARMANDO #11872", "staff #40872", "ofc lemieux #61".
  // ... with letters before the number only for the police ("Ofc Hwang #U-62").
  out.push(
    ...matchAll(/\b(interp(?:reter)?|staff|security|badge|employee|operator|agent|officer|ofc|detective|det|deputy|trooper|sgt|rep|representative)\b[^\n#.;]{0,25}#[ \t]?((?:[A-Z]{1,3}-?)?\d{2,8})(?![\d-])/dgi, text, (m) =>
      /^\d/.test(m[2]) || POLICE.test(m[1]) ? { category: 'ID', score: 0.7, start: m.indices![2][0], end: m.indices![2][1] } : null,
    ),
  );
  // A crew member's shield or badge with no hash ("EMT Maldonado shield 2960"), a crew's run number ("Boothbay Region
  // Ambulance - run 07-312").
  // ("Officer Shumaker (badge 77)": in brackets after a name, a badge of two digits too.)
  out.push(...matchAll(/\([ \t]*(?:shield|badge)[ \t]*(?:no\.?|#)?[ \t]*(\d{1,2})[ \t]*\)/dgi, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  out.push(...matchAll(/\b(?:shield|badge)[ \t]*(?:no\.?)?[ \t]*(\d{3,6})(?![\d-])/dgi, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  out.push(...matchAll(/\b(?:ambulance|ems|medic|rescue|squad)\b[^\n]{0,24}\brun[ \t]*(?:#|no\.?)?[ \t]*(\d{2,4}-\d{2,6})(?![\d-])/dgi, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  // ... and in the header of a run sheet, a line below its agency: "Date 1/23/86    Run 86-0097    Unit 3".
  if (has(/run[ \t]+sheet|run[ \t]+report/i, text)) out.push(...matchAll(/(?:^|\n|[ \t]{2})[ \t]*Run[ \t]*(?:#|no\.?)?[ \t]*(\d{2,4}-\d{2,6})(?![\d-])/dgi, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  // A code after a hash that follows a noun: "envelope #SEC 00481", "return kit #RK 22019", "placard # HP 118203",
  // "voucher #TX-0091". Rooms, beds and lines are numbered the same way and are no identifiers.
  out.push(
    ...matchAll(/\b([A-Za-z]{2,})[ \t]*#[ \t]*:?[ \t]*((?:[A-Z]{1,4}[ -])?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]*[A-Z0-9](?:[ ]\d{2,8}(?![\w]))*(?:[ ][A-Z](?![\w]))?)(?![\w-])/dg, text, (m) => {
        const v = m[2];
        if (HASH_NOT_ID.test(m[1]) || (digits(v) < 3 && v.replace(/[^A-Z0-9]/g, '').length < 4)) return null;
        return { category: 'ID', score: 0.6, start: m.indices![2][0], end: m.indices![2][1] };
      }),
  );
  // A workers' compensation file: a claim or docket numbered with thousands commas ("Kansas Dept. of Labor claim 1,062,119",
  // "Docket No. ...... 1,048,772"), a commission's year, "WC" and number ("IIC No.: 99 WC 08814"), or a court's document
  // and case number ("Doc. 209, No. 1145"). No dollar sign: "claim $1,200" is an amount.
  if (has(/claim|docket|file|\bWC\b|\bDoc\./i, text)) {
    out.push(...matchAll(/\b(?:claim|docket|file)(?:[ \t]*(?:no\.?|nbr|number|#))?[ \t]*[:.]*[ \t]*(\d{1,3}(?:,\d{3}){1,3})(?![\d,])/dgi, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
    out.push(...matchAll(/\b\d{2}[ -]?WC[ -]?\d{4,6}\b/g, text, () => ({ category: 'ID', score: 0.7 })));
    out.push(...matchAll(/\bDoc\.[ \t]*\d{1,4},?[ \t]+No\.[ \t]*\d{2,6}\b/g, text, () => ({ category: 'ID', score: 0.7 })));
  }
  // A job number after the transcription date, closing the line: "DD: 10/09/92   DT: 10/10/92   #44107".
  out.push(...matchAll(/(?<=\b(?:DT|T|dt|t)[:.]?[ \t]*\d{1,2}[-/]\d{1,2}[-/]\d{2,4}[ \t]+)#[ \t]?(\d{3,8})(?=[ \t]*(?:\n|$))/dg, text, (m) => ({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  // A dictation or provider number closing a signature line: "Halima Sesay MD 02-331".
  out.push(...matchAll(/(?<=\b(?:MD|M\.D\.|DO|NP|PA-C|RN)[ \t]+)\d{2,3}-\d{3,5}(?=[ \t]*(?:\n|$|\d{1,4}[-/]\d))/g, text, () => ({ category: 'ID', score: 0.7 })));
  for (const { category, re } of LABELLED) {
    out.push(
      ...matchAll(re, text, (m) => {
        const g = m.indices![1];
        let v = trimValue(m[1], category);
        let start = g[0];
        // Labels match in any case, so a lower-case word before the number is prose ("ssn of pt 123-..."), not a prefix.
        const prefix = /^([A-Za-z]{1,4}) (?=\S*\d)/.exec(v);
        // ("PARKING LOT OFF I-44": a word of the sentence in capitals says the label was prose too.)
        if (prefix && /^(?:OFF|ON|AT|IN|TO|THE|FOR|AND|NEAR|WITH|FROM|BY|OR|NOT|UP|OUT|ONTO|INTO|PAST)$/.test(prefix[1])) return null;
        if (prefix && prefix[1] !== prefix[1].toUpperCase()) {
          start += prefix[0].length;
          v = v.slice(prefix[0].length);
        }
        // (A closing letter before a full stop and a number is a list's next item: "serial AJR 772104 S. 2. Fall".)
        if (/ [A-Z]$/.test(v) && /^\.[ \t]*\d/.test(text.slice(start + v.length, start + v.length + 4))) v = v.slice(0, -2);
        if (!plausibleValue(v, category)) return null;
        // "dL" (decilitre) is not "DL" (driver's licence); ranges such as "3.5-5.0" are lab references.
        if (category === 'LICENSE' && /^dl/i.test(m[0]) && !/^DL/.test(m[0])) return null;
        // (A record's or a case's number is no range: "MED REC 83-119", "Case no. 78-214".)
        const numbered = category === 'MRN' || /(?:no|#|number|nbr)[\s:.#=-]*$/i.test(text.slice(m.index, g[0]));
        // (A licence's number may be dotted, "OH Lic. 34.008817"; no reading has six decimals.)
        if ((!numbered && /^\d{1,3}(?:\.\d+)?-\d{1,3}(?:\.\d+)?$/.test(v)) || (/^\d+\.\d+$/.test(v) && !(category === 'LICENSE' && /^\d{1,3}\.\d{5,}$/.test(v)))) return null;
        let cat = category;
        // "DEA/NPI" labels only hold licences when the value has the right shape.
        if (cat === 'LICENSE' && /^dea/i.test(m[0]) && !/^[A-Z][A-Z9]\d{7}$/i.test(v)) cat = 'ID';
        return { category: cat, score: 0.95, start, end: start + v.length, kind: cat === 'VEHICLE' && vinValid(v) ? 'vin' : undefined };
      }),
    );
  }
  // A licence plate written after its state, in a sentence about a vehicle: "pickup truck (NH 3312 OK)", "car MA 9JV 133",
  // "MA plate 8RTW41", "other vehicle NH 4419772". The state and the word "plate" go with it.
  // ("KY reg 2291 RX", "MI PLT RTB 4411": the word of registration or plate between the state and the number is its own
  // evidence; elsewhere "reg" is a diet or an insulin and "PLT" a platelet count.)
  const registered = (m: RegExpExecArray) => STATE_THEN_REGISTERED.exec(m[0])?.index === 0;
  if (has(VEHICLE_NEAR, text) || has(STATE_THEN_REGISTERED, text)) out.push(...matchAll(PLATE_AFTER_STATE, text, (m) => (registered(m) || VEHICLE_NEAR.test(text.slice(Math.max(0, m.index - 50), m.index + 12)) ? { category: 'VEHICLE', score: 0.8 } : null)));
  if (has(/\b(?:plates?|tags?|plt)[ \t]/i, text)) out.push(...matchAll(PLATE_WORD_STATE, text, (m) => ({ category: 'VEHICLE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] })));
  // A boat's state registration after "reg": "(REG LA 7731 FH)", "AK reg AK 2217 AD" (a state's letters, digits, letters).
  if (has(/\breg/i, text)) out.push(...matchAll(/\b(?:[Rr]eg|REG)(?:istration|ISTRATION|\.)?[ \t:#]*((?:[A-Z]{2})[ \t-]?\d{3,5}[ \t-]?[A-Z]{1,2})(?![\w-])/dg, text, (m) => ({ category: 'VEHICLE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] })));
  // A plural label before a list of numbers: "Lot #s 1832A14, 1832A19", "serial nos. 44A1 and 44A2", "claim numbers ...".
  if (has(/#'?s|\bnos\b|numbers/i, text)) {
    for (const m of matchesOf(LIST_LABEL, text)) {
      const category: PhiCategory = /^(?:lot|serial|model)/i.test(m[1]) ? 'DEVICE' : /^acc/i.test(m[1]) ? 'ACCOUNT' : 'ID';
      let pos = m.index! + m[0].length;
      for (let item = LIST_ITEM.exec(text.slice(pos, pos + 40)); item; item = LIST_ITEM.exec(text.slice(pos, pos + 40))) {
        out.push({ category, score: 0.9, start: pos, end: pos + item[1].length });
        if (!item[2]) break;
        pos += item[0].length;
      }
    }
  }
  // A password or code word agreed for a chart, in quotes: 'Password "seahorse" placed on chart', 'code word "pineapple"',
  // 'pw "SHAMROCK"' (it lets a caller reach the patient's record as a number would).
  if (has(/pass|code[ \t]+word|safe[ \t]+word|\bpw\b/i, text)) out.push(...matchAll(/\b(?:password|passcode|pass[ -]?phrase|pass[ -]?word|code[ \t]+word|safe[ \t]+word|pw)\b[ \t]*(?:is|=|:)?[ \t]*["“]([^"”\n]{2,24})["”]/dgi, text, (m) => ({ category: 'ID', score: 0.85, start: m.indices![1][0], end: m.indices![1][1] })));
  // The last digits of an account or card: "bank acct for spend-down ending 4410", "card ending in 0093".
  out.push(...matchAll(/\b(?:acct|account|card|visa|mastercard|amex)\b[^\n.;]{0,40}?\bending(?:[ \t]+in)?[ \t]+(\d{4})(?!\d)/dgi, text, (m) => ({ category: 'ACCOUNT', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] })));
  // Ambulance and fire units by their call sign: "Medic 211", "Engine E-31", "Rescue R-2", "Ambulance unit B-17"; not a date
  // after the word ("fall from ladder 9/28", "via ambulance 6/11").
  out.push(
    ...matchAll(/\b(?:medic|engine|rescue|ladder|ambulance(?:[ \t]+unit)?|amb(?:ulance)?[ \t]+unit|ems[ \t]+unit|fire[ \t]+unit)[ \t]*#?[ \t]*([A-Z]{0,3}-?\d{1,4}[A-Z]?)(?![\w-]|\/\d|[ \t]*(?:mg|ml|mcg|min|minutes?|hours?|hrs?|days?|times|x|%)\b)/dgi, text, (m) =>
      /^[a-z]/.test(m[1]) ? null : { category: 'VEHICLE', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] },
    ),
  );
  // "unit A12", "unit SF-17" in an ambulance or fire report: a call sign with letters (a hospital unit is "unit 4").
  // "UNIT AMB 52", "unit CHICOPEE 3", "call sign CARROLL 6": a town's or a service's word in capitals and the rig's number.
  if (has(/ambulance|\bems\b|medic|\bfd\b|rescue|transport|\bpcr\b/i, text)) {
    out.push(...matchAll(/\bunit[ \t]*#?[ \t]*([A-Z]{1,3}-?\d{1,4})(?![\w-])/dgi, text, (m) => (/^[A-Z]/.test(m[1]) ? { category: 'VEHICLE', score: 0.65, start: m.indices![1][0], end: m.indices![1][1] } : null)));
    out.push(...matchAll(/\b(?:[Uu]nit|UNIT|[Cc]all[ \t]+sign|CALL[ \t]+SIGN)[ \t]*:?[ \t]*((?:[A-Z]+-)?[A-Z]{3,}[ \t]+[A-Z]?-?\d{1,3}[A-Z]?)(?![\w-])/dg, text, (m) =>
      /^(?:RT|RTE|ROUTE|HWY|LEVEL|ROOM|RM|BED|BAY|POD|FLOOR|WARD|ICU|CCU|MICU|SICU|PACU|STEP|TELE|NO|NUMBER)\b/.test(m[1]) ? null : { category: 'VEHICLE', score: 0.65, start: m.indices![1][0], end: m.indices![1][1] },
    ));
  }
  // A staff or interpreter number in brackets after a capitalised name, as logs write it: "Ahmed Dahir (40102)", "Ayan Dualeh
  // (#40117)". (Five or six digits: a year or a four-digit extension is read by its own rules.)
  out.push(...matchAll(/(?<=\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*\([ \t]*#?)(\d{5,6})(?=[ \t]*\))/dgu, text, (m) => ({ category: 'ID', score: 0.6, start: m.indices![1][0], end: m.indices![1][1] })));
  // A federal court's case number, its office's digit and colon first: "Case No. 3:07-cr-00184", "1:19-cv-02231-JMF".
  out.push(...matchAll(/(?<![\w:-])\d{1,2}:\d{2}-(?:cr|cv|mj|mc|po|CR|CV|MJ)-\d{3,6}(?:-[A-Z]{2,4}(?:-\d)?)?(?![\w-])/g, text, () => ({ category: 'ID', score: 0.9 })));
  // GS1 UDI strings "(01)00643169007222(17)260428(10)R7102(21)6113": device identifiers by construction.
  out.push(...matchAll(/\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9\-]{1,20})*/g, text, () => ({ category: 'DEVICE', score: 0.95, kind: 'udi' })));
  // Unlabelled shapes validated by checksums or issuance rules.
  out.push(
    ...matchAll(/(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, text, (m) =>
      ssnValid(m[0]) ? { category: 'SSN', score: 0.85 } : null,
    ),
  );
  // A masked SSN still shows its last four: "xxx-xx-4471", "***-**-4471".
  out.push(...matchAll(/(?<![\w*-])(?:[xX]{3}|\*{3})-(?:[xX]{2}|\*{2})-\d{4}(?![\w-])/g, text, () => ({ category: 'SSN', score: 0.9 })));
  out.push(
    ...matchAll(/(?<![\w-])(?<!\d{3}-)\d{3} \d{2} \d{4}(?![\w-])/g, text, (m) =>
      ssnValid(m[0]) && /ssn|social|security|ss#/.test(before(text, m.index, 30)) ? { category: 'SSN', score: 0.9 } : null,
    ),
  );
  out.push(...matchAll(/\b[A-Z][A-Z9]\d{7}\b/g, text, (m) => (deaValid(m[0]) ? { category: 'LICENSE', score: 0.9, kind: 'dea' } : null)));
  // A research subject's, screening, kit or specimen number, and the next ones of a list or a range:
  // "Subject 217-004", "subj 0019 and 0022", "Subj 104-7-0003", "kits K-77310 through K-77318", "kits ML-2210, ML-2211".
  if (has(/\b(?:subj|subject|participant|kits?|specimens?|samples?|scr(?:eening)?[ \t]+(?:no|#|number))/i, text)) {
    for (const m of matchesOf(/\b(?:subj(?:ect)?s?|participants?|kits?|specimens?|samples?|scr(?:eening)?[ \t]+(?:no\.?|#|number))[ \t]*(?:#|no\.?|id|number)?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,3}-)?\d[\d-]{2,}\d)\b/dgi, text)) {
      out.push({ category: 'ID', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] });
      let pos = m.indices![1][1];
      let next: RegExpExecArray | null;
      while ((next = /^(?:[ \t]*(?:,|and|&|or|to|through|thru|-)[ \t]*)((?:[A-Z]{1,3}-)?\d[\d-]{2,}\d)\b/di.exec(text.slice(pos, pos + 40)))) {
        out.push({ category: 'ID', score: 0.75, start: pos + next.indices![1][0], end: pos + next.indices![1][1] });
        pos += next[0].length;
      }
    }
  }
  // An organ donor's identifier in an offer: "donor AHJP550", "DONOR AJAA904".
  out.push(...matchAll(/\bdonor[ \t]+(?:id[ \t]*[:#]?[ \t]*)?([A-Z]{3,4}\d{3,4})\b/dgi, text, (m) => (/\d/.test(m[1]) && /^[A-Z]+\d+$/.test(m[1]) ? { category: 'ID', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] } : null)));
  // A camera's or a clinic's photo file: "#IMG_4471", "DSC-0932", "PXL_20240311".
  out.push(...matchAll(/\b(?:IMG|DSCN?|PXL|PIC|PHOTO|IMAGE)[_-]\d{3,}\b/gi, text, () => ({ category: 'ID', score: 0.8 })));
  out.push(...matchAll(/\b[A-HJ-NPR-Z0-9]{17}\b/gi, text, (m) => (/\d/.test(m[0]) && /[a-z]/i.test(m[0]) && vinValid(m[0]) ? { category: 'VEHICLE', score: 0.95, kind: 'vin' } : null)));
  out.push(
    ...matchAll(/(?<![\w-])[12]\d{9}(?![\w-])/g, text, (m) =>
      npiValid(m[0]) && /npi|provider/.test(before(text, m.index, 30)) ? { category: 'LICENSE', score: 0.9 } : null,
    ),
  );
  // Card-like numbers (13-19 digits in groups) that pass Luhn are account numbers.
  out.push(
    ...matchAll(/(?<![\w-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\w-])/g, text, (m) =>
      luhnValid(m[0].replace(/\D/g, '')) && digits(m[0]) >= 13 && /acc|card|visa|master|amex|pay|bill/.test(before(text, m.index, 40)) ? { category: 'ACCOUNT', score: 0.85 } : null,
    ),
  );
  // "ID 4471", "ID# 88231", "ID INT-0447": a capitals ID label before a number (case-sensitive: "id" is also a word).
  // Also with a short letter prefix and digit groups: "ID VA 441-82-9931", "Medicaid (LA) ID 4417 8820 0193 5". (Not a reading
  // under the infectious-disease heading: "ID: TMAX 102.4".)
  out.push(
    ...matchAll(/(?<![\p{L}\d])ID[ \t]*[#:]?[ \t]*((?:[A-Z]{1,5}[- ])?\d[\d-]{1,14}\d(?:[ ]\d{3,6})*(?:[ ]\d(?![\d\p{L}]))?)(?![\d\p{L}-]|[.,]\d)/dgu, text, (m) =>
      digits(m[1]) >= (m[1].includes('-') ? 4 : 3) ? { category: 'ID', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] } : null,
    ),
  );
  // Codes of letters, hyphens and digits: "IMG-88231-DERM", "MC-44019-XT".
  out.push(...matchAll(/(?<![\w-])[A-Z]{2,6}-\d{3,10}(?:-[A-Z0-9]{1,8})+(?![\w-])|(?<![\w-])[A-Z]{2,6}-(?:[ \t]*\n[ \t]*)?\d{5,10}(?![\w-])/g, text, () => ({ category: 'ID', score: 0.6 })));
  // A code of capitals, digits and capitals, with no label: a participant's code built from initials and a birthday
  // ("MA1230DW"), a serial or a plan number ("RNB602318S", "KT41873R"). (A vaccine's lot is written so and is no identifier.)
  out.push(...matchAll(SANDWICH_CODE, text, (m) => (LOT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ? null : { category: 'ID', score: 0.6 })));
  // Licence plates after a vehicle cue: "Car registered VT 7KX-229", "plate MD 2CK4419", "Plate NY 4KQ-118", "car keys (8ABC 441)".
  out.push(
    // Split by a space, the first part holds a digit and a letter ("8ABC 441", not "HWY 59").
    ...matchAll(/(?<![\w-])((?:[A-Z]{2}[ \t]+)?(?:(?=[A-Z]{0,3}\d)(?=\d{0,3}[A-Z])[A-Z0-9]{2,4} \d{2,4}|(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,4}-?[A-Z0-9]{2,5}))(?![\w-])/dg, text, (m) =>
      /\b(?:car|vehicle|truck|van|plates?|tags?|registered|registration|licen[cs]e\s+plate|drives?|driving)\b[^\n.]{0,25}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))
        ? { category: 'VEHICLE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] }
        : null,
    ),
  );
  // A plate in quotes after its word, often the part a witness saw: 'partial CT plate "7ZK-1"', 'plate "LKR 4" per camera'.
  out.push(
    ...matchAll(/\b(?:plates?|tags?|PLATES?|TAGS?|Plates?|Tags?)(?:[ \t]+(?:#|no\.?|number))?[ \t]*:?[ \t]*["“]((?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9])["”]/dg, text, (m) => ({
      category: 'VEHICLE',
      score: 0.8,
      start: m.indices![1][0],
      end: m.indices![1][1],
    })),
  );
  // A trauma alias, in quotes after the word: 'ALIAS LISTED AS "DOE, TWELVE"', 'registered under alias "Trauma Zulu"', 'Was
  // registered as "Doe, Juniper"'. It is the record's name for the patient, unique to the stay.
  // (A cattle brand in quotes names its owner as a registry does: 'his brand is the "Lazy F Bar"'.)
  if (has(/alias|brand|registered/i, text)) out.push(...matchAll(/\b(?:alias|brand|registered(?=[ \t]+(?:as|under)\b))(?:[ \t]+(?:name|listed|registered|entered|given|used|is|was|the|under))*(?:[ \t]+(?:as|of))?[ \t]*:?[ \t]*["“]([^"”\n]{2,40})["”]/dgi, text, (m) => (/^(?:unknown|unk|none|n\/a|pending|doe|no[ \t]+info(?:rmation)?|confidential)$/i.test(m[1].trim()) ? null : { category: 'ID', score: 0.75, start: m.indices![1][0], end: m.indices![1][1] })));
  // A police beat, which is a patrol district of a city: "CPD on scene, Beat 0921", "beat 1134 car".
  if (has(/beat/i, text)) out.push(...matchAll(/\b(?:Beat|BEAT|beat)[ \t]*#?[ \t]*(\d{3,4})\b/dg, text, (m) => (/\b(?:police|pd|cpd|ofc|officer|patrol|sgt|squad|district|car)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index + 40)) ? { category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] } : null)));
  // US aircraft registrations (medevac and village flights): "on N5742T", "Fixed wing N426MT", "tail # N9071U".
  // N, a digit 1-9, up to four more digits and one or two letters without I or O ("N95", "N2O" are not aircraft).
  out.push(...matchAll(/(?<![\w-])N[1-9]\d{1,4}[A-HJ-NP-Z]{1,2}(?![\w-])/g, text, (m) => (m[0].length >= 5 ? { category: 'VEHICLE', score: 0.75 } : null)));
  // Accession-like codes: letters, a 2-digit year and a serial ("S21-04567", "SP-21-001234", "CYT-2021-0042").
  // Also broken over a line ("S26-\n4432") and with letters after the year ("M26-ab4471").
  out.push(...matchAll(/\b[A-Z]{1,4}-?(?:19|20)?\d{2}-(?:[ \t]*\n[ \t]*)?[A-Za-z]{0,3}\d{3,8}\b/g, text, () => ({ category: 'ID', score: 0.7 })));
  // The same in lower case, as phones type them: letters, a hyphen and four digits or more ("app #lh-2209817", "policy
  // cfh-02288", "contract kf-1993"); not a prefix's "pre-1978", nor a named disease's or code set's number.
  if (has(/[a-z]-\d{4}/, text)) out.push(...matchAll(/(?<![\p{L}\d_.\/-])(?!(?:pre|post|mid|non|anti|over|under|self|co|re|ex|sub|covid|icd|cpt|dsm|hcpcs|noon|nite|night|midnight|am|pm|from|till|until|thru)-)[a-z]{2,5}-\d{4,12}(?![\p{L}\d_\/-]|[.,]\d)/gu, text, () => ({ category: 'ID', score: 0.6 })));
  // Long codes mixing letters and many digits, or bare long digit runs, are identifying on their own.
  out.push(
    ...matchAll(/(?<![\w.,/-])[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?(?![\w/-]|[.,]\d)/g, text, (m) => {
      const v = m[0];
      // Either 5+ digits in a row, or a dashed code mixing letters and 5+ digits ("SPEC-4055-J669").
      const shaped = /\d{5}/.test(v) || (/-/.test(v) && /[A-Z]/.test(v) && /\d/.test(v));
      // "AFIB 80-100S", "SBP 100-120S": a range of readings in the 80s to 100s, not a code.
      if (/^\d{1,3}-\d{1,3}S$/.test(v)) return null;
      if (!shaped || digits(v) < (/\d{5}/.test(v) ? 6 : 5) || /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(v)) return null;
      return { category: 'ID', score: 0.55 };
    }),
  );
  return out;
}
