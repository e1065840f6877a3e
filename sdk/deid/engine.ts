/**
 * Detection: run every recognizer over a text, apply allow/deny lists and the category
 * filter, and resolve overlaps into one sorted, non-overlapping list of PHI spans.
 *
 * @example
 * detectPhi('Seen by Dr. Ana Ruiz on 03/14/2021', compileDetector({}));
 */
import type { PhiCategory } from './categories.js';
import { type Candidate, resolveSpans, trimSpan } from './span.js';
import { recognizeAddresses } from './recognizers/addresses.js';
import { agesAfterNames, recognizeAges } from './recognizers/ages.js';
import { recognizeContacts } from './recognizers/contact.js';
import { districtsNextToPlaces, townsAfterPlaces } from './recognizers/districts.js';
import { recognizeEverydayTowns } from './recognizers/everyday-towns.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeHomePlaces } from './recognizers/home-places.js';
import { recognizeIdentifiers } from './recognizers/identifiers.js';
import { recognizeLocations } from './recognizers/locations.js';
import { recognizeByVocabulary } from './recognizers/gate.js';
import { ocrDigits } from './recognizers/ocr-digits.js';
import { recognizeBasesAndAirports } from './recognizers/bases-and-airports.js';
import { recognizeClinicalTowns } from './recognizers/clinical-towns.js';
import { recognizeFamilyNames } from './recognizers/family-names.js';
import { recognizeBanksAndUtilities } from './recognizers/banks-and-utilities.js';
import { recognizeIslandPlaces } from './recognizers/island-places.js';
import { recognizeFirms } from './recognizers/firms.js';
import { recognizeCoordinates } from './recognizers/coordinates.js';
import { recognizeWarPlaces } from './recognizers/war-places.js';
import { recognizeOilfieldSites } from './recognizers/oilfield-sites.js';
import { recognizeEmployersBeforeJobs } from './recognizers/employers-before-jobs.js';
import { recognizeNamedWithThe } from './recognizers/named-with-the.js';
import { recognizeHiredTrades, recognizeNamedWorks } from './recognizers/hired-trades.js';
import { recognizeInterpreters } from './recognizers/interpreters.js';
import { recognizeLandmarks } from './recognizers/landmarks.js';
import { recognizeLodges } from './recognizers/lodges.js';
import { recognizeNamedVehicles } from './recognizers/named-vehicles.js';
import { recognizeMilitaryUnits } from './recognizers/military-units.js';
import { recognizeOrderInitials } from './recognizers/order-initials.js';
import { recognizeSpanishAddresses } from './recognizers/spanish-addresses.js';
import { everydaySpanish, spanishNote } from './spanish-words.js';
import { recognizeVietnameseNames } from './recognizers/vietnamese-names.js';
import { recognizeSoutheastAsianNames } from './recognizers/southeast-asian-names.js';
import { recognizeQuotedBusinesses } from './recognizers/quoted-businesses.js';
import { recognizeServiceNames } from './recognizers/service-names.js';
import { recognizePlacesInContext } from './recognizers/places-in-context.js';
import { recognizeNames } from './recognizers/names.js';
import { recognizeCityPlaces } from './recognizers/city-places.js';
import { recognizeSchools } from './recognizers/schools.js';
import { recognizeLowerBusinesses } from './recognizers/lower-businesses.js';
import { recognizeLogBullets } from './recognizers/log-bullets.js';
import { recognizeLoopStops } from './recognizers/loop-stops.js';
import { recognizeLowerLastFirst } from './recognizers/lower-last-first.js';
import { recognizeInitialsRuns, recognizeStaffLists } from './recognizers/staff-lists.js';
import { recognizeLowerHeaders } from './recognizers/lower-headers.js';
import { recognizeLowerInstitutions } from './recognizers/lower-institutions.js';
import { recognizeLowerStreets } from './recognizers/lower-streets.js';
import { recognizeRoads } from './recognizers/roads.js';
import { recognizeLocalShorthand } from './recognizers/local-shorthand.js';
import { recognizeNativeScript } from './recognizers/native-script.js';
import { recognizeSpoken } from './recognizers/spoken.js';
import { recognizeWorshipPlaces } from './recognizers/worship-places.js';
import { recognizeWorkplaces } from './recognizers/workplaces.js';
import { recognizePatientLines } from './recognizers/patient-lines.js';
import { recognizePostcodes } from './recognizers/postcodes.js';
import { repeatedNames, shortForms } from './recognizers/repeats.js';
import { initialsOfNames } from './recognizers/initials.js';
import { bulletSiblings } from './recognizers/bullet-siblings.js';
import { listSiblings } from './recognizers/list-siblings.js';
import { repeatedPlaces } from './recognizers/repeated-places.js';
import type { DeidPreset, KeepKind } from './options.js';
import { recognizeChatSpeakers } from './recognizers/chat-speakers.js';
import { recognizeLowerTownState } from './recognizers/lower-town-state.js';
import { anatomyOfBefore, makersName, scaleScoreAfter } from './medical-terms.js';
import { acronymInProse, examSignGuess, grayAfterDose, sideOrUnitInitial } from './clinical-guesses.js';
import { clinicalPhrases, phraseWords } from './recognizers/gate-words.js';
import { vocabulary } from './vocab.js';
import { languageWord, NAMED_LANGUAGES, PEOPLE_WORDS } from './recognizers/cue-words.js';
import { oneByte, plainText } from './plain-text.js';
import { unwrapLines } from './soft-breaks.js';
import { withEdges } from './span-edges.js';
import { execAll } from './recognizers/util.js';
import type { TaggerModel } from './tagger/model-file.js';
import { tagCandidates } from './tagger/recognize.js';

/** Everything detection needs, prepared once per deidentifier (regexes for allow/deny lists). @example const cfg: DetectorConfig = compileDetector({ allowList: ['Parkinson'] }); */
export interface DetectorConfig {
  categories: ReadonlySet<PhiCategory>;
  preset: DeidPreset;
  keep: ReadonlySet<KeepKind>;
  allow: RegExp | null;
  deny: { re: RegExp; category: PhiCategory }[];
  /** The statistical tagger: the shipped model when undefined, none when null (rules alone). */
  tagger?: TaggerModel | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Build the detector configuration from user options.
 *
 * @example
 * compileDetector({ categories: ['NAME'], allowList: ['Dr. Pepper'], denyList: ['St. Elsewhere'] });
 */
export function compileDetector(opts: {
  categories?: PhiCategory[];
  preset?: DeidPreset;
  keep?: KeepKind[];
  allowList?: string[];
  denyList?: (string | { text: string; category: PhiCategory })[];
}): DetectorConfig {
  const categories = new Set<PhiCategory>(
    opts.categories ?? (['NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID'] as PhiCategory[]),
  );
  const allow = opts.allowList?.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${opts.allowList.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const deny = (opts.denyList ?? []).map((d) => {
    const text = typeof d === 'string' ? d : d.text;
    // Bare strings: an id when it holds a digit, a place (site, ward, facility) otherwise.
    const category: PhiCategory = typeof d === 'string' ? (/\d/.test(d) ? 'ID' : 'LOCATION') : d.category;
    return { re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(text)}(?![\\p{L}\\p{N}])`, 'giu'), category };
  });
  // The schema default is 'recall'; a caller that skips validation gets the same.
  return { categories, allow, deny, preset: opts.preset ?? 'recall', keep: new Set(opts.keep ?? []) };
}

/** The recognizers of numbers, each a pure function of the text; they read it with OCR'd digits restored (see ocr-digits.ts). */
const NUMBER_RECOGNIZERS: ((text: string) => Candidate[])[] = [recognizeContacts, recognizeDates, recognizeAges, recognizeIdentifiers, recognizePostcodes];
/** The other recognizers, each a pure function of the text. */
const RECOGNIZERS: ((text: string) => Candidate[])[] = [
  recognizeNames,
  recognizePatientLines,
  recognizeLocations,
  recognizeAddresses,
  recognizePlacesInContext,
  recognizeClinicalTowns,
  recognizeBasesAndAirports,
  recognizeMilitaryUnits,
  recognizeSpanishAddresses,
  recognizeRoads,
  recognizeLocalShorthand,
  recognizeNativeScript,
  recognizeCityPlaces,
  recognizeHomePlaces,
  recognizeWorshipPlaces,
  recognizeWorkplaces,
  recognizeSchools,
  recognizeLowerBusinesses,
  recognizeLowerHeaders,
  recognizeLogBullets,
  recognizeLoopStops,
  recognizeLowerLastFirst,
  recognizeStaffLists,
  recognizeInitialsRuns,
  recognizeLowerInstitutions,
  recognizeLowerStreets,
  recognizeChatSpeakers,
  recognizeLowerTownState,
  recognizeServiceNames,
  recognizeQuotedBusinesses,
  recognizeHiredTrades,
  recognizeNamedWorks,
  recognizeBanksAndUtilities,
  recognizeEmployersBeforeJobs,
  recognizeFirms,
  recognizeCoordinates,
  recognizeWarPlaces,
  recognizeOilfieldSites,
  recognizeIslandPlaces,
  recognizeNamedWithThe,
  recognizeFamilyNames,
  recognizeLodges,
  recognizeLandmarks,
  recognizeNamedVehicles,
  recognizeOrderInitials,
  recognizeVietnameseNames,
  recognizeSoutheastAsianNames,
  recognizeSpoken,
  recognizeInterpreters,
];

/**
 * Every rule recognizer's candidates, unresolved (the tagger's training examples read these too).
 *
 * @example
 * ruleCandidates('WIFE DOLORES CALLED FROM QUINCY', 'recall').length > 0; // true
 */
export function ruleCandidates(text: string, preset: DeidPreset): Candidate[] {
  const candidates: Candidate[] = [];
  const digits = ocrDigits(text);
  for (const r of NUMBER_RECOGNIZERS) candidates.push(...r(digits));
  for (const r of RECOGNIZERS) candidates.push(...r(text));
  candidates.push(...recognizeByVocabulary(text, preset));
  // Districts are read beside the places found so far ("SOMERVILLE (UNION SQ)").
  candidates.push(...districtsNextToPlaces(text, candidates));
  // Towns named by everyday words, where a strong phrase or a found town beside them says so ("between HAPPY and TULIA").
  candidates.push(...recognizeEverydayTowns(text, candidates));
  return candidates;
}

// Two clock times of 24 hours joined by a dash ("1900-0700").
const CLOCK_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d$/;
// A number's label ("Clinic # 0448-2219", "RUN 2022-0519"), after which two clock times are a number still.
const NUMBER_LABEL_BEFORE = /(?:#|\b(?:no|nbr|num|number|run|id|mrn|acct|account|case|claim|ref|order|job|file|pager|pgr|ext|tel|phone|ph|cell)\.?)[ \t:]*$/i;
// Words for a relative (not "baby", a pet name, nor "gm", also a colleague's initials).
const RELATIVE_WORD = /^(?:son|sons|daughter|daughters|husband|wife|spouse|mother|father|mom|dad|sister|brother|parents|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandparents|dtr)$/i;
// A word of a note's title after the discipline writing it, and what follows such a word in the title.
const NOTE_TITLE_WORD = /^(?:note|notes|visit|round|rounds|shift|summary|daily|service|follow-up|followup|progress|update|consult|assessment|evaluation|eval|re-?assessment|addendum|event|documentation|teaching|education|session|co-management)$/i;
const NOTE_DISCIPLINE_BEFORE = /\b(?:nurse|nursing|rn|lpn|woc|wound|chaplain|chaplaincy|hospitalist|pt|ot|slp|rt|sw|cm|dietitian|nutrition|therapy|rehab|respiratory|palliative|medicine|icu|step-?down)[ \t]+$/i;
const NOTE_TITLE_AFTER = /^(?:[ \t]+(?:progress[ \t]+)?(?:note|summary|report)\b|[ \t]*(?:--|—|–|-[ \t]|:|\(|\n|$|[ \t]+\d))/i;
function noteTitleWord(text: string, start: number, end: number): boolean {
  return NOTE_TITLE_WORD.test(text.slice(start, end)) && NOTE_DISCIPLINE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && NOTE_TITLE_AFTER.test(text.slice(end, end + 24));
}

// A hospital's alert by its colour ("Code Green", "CODE GREY"), as the whole candidate or its colour after "Code".
const ALERT_COLOUR = String.raw`(?:green|grey|gray|yellow|blue|red|white|orange|pink|silver|black|brown|purple|amber|violet)`;
const CODE_ALERT = new RegExp(String.raw`^code(?:[ \t]+${ALERT_COLOUR})?$|^${ALERT_COLOUR}$`, 'i');
const ALERT_AROUND = new RegExp(String.raw`\bcode[ \t]+$|^[ \t]+${ALERT_COLOUR}\b`, 'i');
function codeAlert(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return CODE_ALERT.test(word) && (/[ \t]/.test(word) || ALERT_AROUND.test(/^code$/i.test(word) ? text.slice(end, end + 8) : text.slice(Math.max(0, start - 6), start)));
}

// Gravidity and parity ("G3P1011", "G2P1001-2") and a pregnancy's weeks and days ("16w3d", "39w0d-39w6d").
const OBSTETRIC_COUNT = /^(?:G\d{1,2}[ \t]?P\d{1,4}(?:-\d{1,2}){0,3}|\d{1,2}[ \t]?w(?:k?s?)?[ \t]?\d(?:[ \t]?d)?(?:[ \t]*[-–][ \t]*\d{1,2}[ \t]?w(?:k?s?)?[ \t]?\d(?:[ \t]?d)?)?)$/i;

// What makes a people's name a place after it: its nation's land, a county, a state.
const PEOPLE_AS_PLACE = /^[ \t]+(?:nation|reservation|rez|county|co\.?|chapter|agency|tribal|indian)\b/i;
const STATE_AFTER = /^,[ \t]*[A-Z]{2}\b/;
// A county's field before it: "County: Cherokee".
const COUNTY_FIELD = /\b(?:County|COUNTY)[ \t]*:[ \t]*$/;

/**
 * Find PHI in `text`: sorted, non-overlapping candidates.
 *
 * @example
 * detectPhi('mail a@b.org', compileDetector({}))[0].category; // 'EMAIL'
 */
export function detectPhi(raw: string, cfg: DetectorConfig): Candidate[] {
  if (raw.length === 0) return [];
  // Same length as `raw`, so the offsets found here are offsets into it.
  const text = oneByte(unwrapLines(plainText(raw)));
  const candidates = ruleCandidates(text, cfg.preset);
  const tagged = new Set<Candidate>();
  // The statistical tagger reads what the rules found and adds the names and places they missed.
  if (cfg.tagger !== null) {
    const proposed = tagCandidates(text, candidates, cfg.preset, cfg.tagger);
    // A study keeping facility names keeps them whole: the tagger must not take a word back out of one.
    const facilities = cfg.keep.has('facility') ? candidates.filter((c) => c.kind === 'facility') : [];
    const kept = proposed.filter((t) => !facilities.some((f) => f.start < t.end && t.start < f.end));
    // (The town after a place the tagger found, as after the rules' own: "2412 ave b, council bluffs".)
    candidates.push(...kept, ...townsAfterPlaces(text, kept));
    for (const c of kept) tagged.add(c);
  }
  // "circle of Willis", "vein of Galen": an anatomist's name after a part of the body is no person or place, whichever
  // recognizer or the tagger proposed it (a labelled field or a title still wins: scores of 0.9 and over).
  const spanish = spanishNote(text);
  // ("St. Jude mechanical", "Internal Medicine (resident)", "esophagectomy (Ivor Lewis)": a clinical phrase of the vocabulary
  // holds no person's name; a place may bear it, "St. Jude Hospital", so a guess of a town goes only inside a longer phrase
  // ("CPAP VIA HUDSON PRONGS", "Ann Arbor stage IIIB", "Kansas City Cardiomyopathy Questionnaire"). The phrases are looked
  // for only when every word of a guess is one of their words.)
  let phrases: readonly (readonly [number, number])[] | null = null;
  const inPhrase = (c: Candidate): boolean => {
    if (!text.slice(c.start, c.end).toLowerCase().split(/[\s-]+/).every((w) => phraseWords(vocabulary()).has(w))) return false;
    phrases ??= clinicalPhrases(vocabulary(), text);
    // (A town must lie inside a longer phrase: "st jude" alone is the place, "st jude mechanical" the valve.)
    return phrases.some(([a, b]) => a <= c.start && c.end <= b && (c.category === 'NAME' || b - a > c.end - c.start));
  };
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    // ("no toma la metformina", "azucar hoy en ayunas": in a note in Spanish, a guessed name of everyday Spanish words.)
    if (spanish && (c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.7 && everydaySpanish(text.slice(c.start, c.end))) candidates.splice(i, 1);
    else if ((c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.9 && /^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(c.start, c.end)) && anatomyOfBefore(text, c.start)) candidates.splice(i, 1);
    else if ((c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.9 && inPhrase(c)) candidates.splice(i, 1);
    // "91 yo Navajo woman", "speaks Cherokee", "French Canadian": a people or a language, though a town bears its name;
    // a place only before "Nation", a reservation, a county or a state, or in a county's field ("Cherokee Nation", "Navajo, NM",
    // "County: Cherokee").
    // (The gate's weakest guess reads a people as a person too: "58 yo Yup'ik man".)
    else if (((c.category === 'LOCATION' && c.score < 0.9) || (c.category === 'NAME' && c.score <= 0.5)) && PEOPLE_WORDS.has(text.slice(c.start, c.end).toLowerCase()) && !PEOPLE_AS_PLACE.test(text.slice(c.end, c.end + 16)) && !STATE_AFTER.test(text.slice(c.end, c.end + 6)) && !COUNTY_FIELD.test(text.slice(Math.max(0, c.start - 12), c.start))) candidates.splice(i, 1);
    // ("Language: Karen (Sgaw)", "speaks Mam", "Hakha Chin": a language that is also a name, where the note says it is one.)
    else if (c.category === 'NAME' && c.score < 0.9 && NAMED_LANGUAGES.has(text.slice(c.start, c.end).toLowerCase()) && languageWord(text, c.start, c.end)) candidates.splice(i, 1);
    // "Irish-born", "Haitian-born": where someone was born, said of them, is no name of theirs (a guess, not a labelled field).
    else if (c.category === 'NAME' && c.score < 0.9 && /^\p{Lu}\p{Ll}+-born$/u.test(text.slice(c.start, c.end))) candidates.splice(i, 1);
    // ("parents visited 1300-1700", "0000-0400: slept"): two clock times joined by a dash are a span of hours, not a number
    // unless a label says so.
    else if ((c.category === 'PHONE' || c.category === 'ID' || c.category === 'FAX') && c.score < 0.9 && CLOCK_RANGE.test(text.slice(c.start, c.end)) && !NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && !/[-\p{L}\d]/u.test(text[c.start - 1] ?? '') && !/[-\p{L}\d]/u.test(text[c.end] ?? '')) candidates.splice(i, 1);
    // ("WOC Nurse Note -- Ostomy", "Chaplain Visit", "Hospitalist Daily Progress Note", "RN Shift Summary"): after a
    // discipline, a word of a note's title heads the note; no one is named so.
    else if (c.category === 'NAME' && c.score < 1 && noteTitleWord(text, c.start, c.end)) candidates.splice(i, 1);
    // ("consent signed by husband", "WIFE BERNADETTE AND SON IN"): a relative's word alone is who they are, not their name;
    // a nickname so is quoted ('Dollar, Everett ("Brother")').
    else if (c.category === 'NAME' && c.score < 0.9 && RELATIVE_WORD.test(text.slice(c.start, c.end)) && !/["“'‘(]$/.test(text.slice(Math.max(0, c.start - 1), c.start))) candidates.splice(i, 1);
    // ("A Bookwalter retractor", "Heaney clamps", "Allen stirrups", "Scarpa's fascia", "Baker Act"): a capitalised word
    // before an instrument, a stitch, a part of the operation or a law is its maker's, surgeon's or legislator's name, no
    // one in the note; and one before its score on a scale named so ("Westley 2", "Barnes 0").
    else if ((c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.9 && (makersName(text.slice(c.start, c.end), text.slice(c.end, c.end + 24)) || (/^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(c.start, c.end)) && scaleScoreAfter(text.slice(c.start, c.end), text.slice(c.end, c.end + 40))))) candidates.splice(i, 1);
    // ("Neer +", "Thompson neg", "Rosenberg view", "Bohler angle"): a sign, test or view of the examination, unless a
    // relative's word, a title or a given name stands before it ("son Tyler negative", "Jane Smith test results").
    else if ((c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.9 && examSignGuess(text, c.start, c.end)) candidates.splice(i, 1);
    // ("34 mL. Carpentier", "40 s. Peak", "1.5 T. Cine", "clonus, 6 beats R. Babinski"): a guessed initial that ends a
    // word, or is a unit after its number, or the side before a sign or a part of the body, is no one's initial.
    else if (c.category === 'NAME' && c.score < 0.9 && sideOrUnitInitial(text, c.start, c.end)) candidates.splice(i, 1);
    // ("60 Gy in 30 fractions", "180 cGy x 25"): the gray after its dose is a unit; GeoNames holds a town so named.
    else if ((c.category === 'NAME' || c.category === 'LOCATION') && c.score < 0.9 && grayAfterDose(text, c.start, c.end)) candidates.splice(i, 1);
    // ("Pola-R-CHP per POLARIX", "azacitidine (VIALE-A)", "per KEYNOTE-522"): one word in capitals in a sentence of lower
    // case is an acronym, a trial's, a guideline's or a society's; a name in capitals runs on or is a name of the lists.
    else if (c.category === 'NAME' && c.score < 0.9 && acronymInProse(text, c.start, c.end)) candidates.splice(i, 1);
    // ("called Code Green", "CODE GREY": a hospital's alert by its colour names no one.)
    else if (c.category === 'NAME' && c.score < 0.9 && codeAlert(text, c.start, c.end)) candidates.splice(i, 1);
    // ("G3P1011", "at 16w3d", "delivery 39w0d-39w6d"): gravidity and parity, and weeks and days of a pregnancy, are no ids or places.
    else if (c.score < 0.9 && OBSTETRIC_COUNT.test(text.slice(c.start, c.end))) candidates.splice(i, 1);
  }
  candidates.push(...bulletSiblings(text, candidates));
  candidates.push(...listSiblings(text, candidates));
  candidates.push(...repeatedNames(text, candidates));
  candidates.push(...repeatedPlaces(text, candidates));
  candidates.push(...shortForms(text, candidates));
  candidates.push(...initialsOfNames(text, candidates));
  candidates.push(...agesAfterNames(text, candidates));
  const denied: Candidate[] = [];
  for (const d of cfg.deny) {
    for (const m of execAll(d.re, text)) denied.push({ category: d.category, start: m.index, end: m.index + m[0].length, score: 1.5 });
  }
  // A deny-list term is removed as the caller wrote it: the tagger does not run it on into the words beside it ("Oakhaven | annex").
  if (denied.length > 0) for (let i = candidates.length - 1; i >= 0; i--) if (tagged.has(candidates[i]) && denied.some((d) => d.start < candidates[i].end && candidates[i].start < d.end)) candidates.splice(i, 1);
  candidates.push(...denied);
  // Facility names are not Safe Harbor identifiers; a study may keep them (hospital, clinic, care
  // home). Dropped before overlaps are resolved, so a town inside "Mercy Hospital in Catonsville" stays found.
  const kept = cfg.keep.has('facility') ? candidates.filter((c) => c.kind !== 'facility' || c.score > 1) : candidates;
  // Found names and places take in the initial, given name or county word beside them (see span-edges.ts).
  let spans = withEdges(
    resolveSpans(
      kept.map((c) => trimSpan(c, text)),
      text,
    ),
    text,
  );
  if (cfg.allow) {
    const allowed: [number, number][] = [];
    for (const m of execAll(cfg.allow, text)) allowed.push([m.index, m.index + m[0].length]);
    // An allowed term wins over anything detected inside it, but not over a deny-list hit.
    spans = spans.filter((s) => s.score > 1 || !allowed.some(([a, b]) => s.start >= a && s.end <= b));
  }
  return spans.filter((s) => cfg.categories.has(s.category));
}
