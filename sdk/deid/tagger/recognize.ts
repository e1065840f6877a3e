/**
 * The tagger as a recognizer: label the words of a text, join neighbouring words of one label into
 * spans, and propose them with a score below every rule's, so a rule span of the same category wins
 * the overlap (across categories span.ts weighs category priority with the score; either way the text
 * is removed). Also turns annotated texts into training examples, so training and prediction read
 * tokens the same way.
 *
 * @example
 * tagCandidates('SON JOHN IN TO VISIT', [], 'recall'); // a NAME over "JOHN" when the model says so
 */
import type { GoldSpan } from '../dev-sets.js';
import { EPONYM_HEADS, isEponym, isMedicalTerm, scaleScoreAfter } from '../medical-terms.js';
import { isCountry } from '../recognizers/countries.js';
import { AGE_SEX_RUN, CLOCK_ZONE, FAMILY_WORDS, faithWord, FUNCTION_WORDS, MODAL_VERBS, NOT_NAME_AFTER_RELATIVE, PEOPLE_WORDS, PUBLIC_PLAN, REGION_WORDS, TITLE_CUES } from '../recognizers/cue-words.js';
import { CREDENTIALS, isCredential } from '../recognizers/credentials.js';
import { ROMAN_NUMERAL } from '../recognizers/name-tokens.js';
import { STATE_NAME } from '../recognizers/locations.js';
import { ROLE_WORDS } from '../recognizers/signatures.js';
import { DOSE_UNIT, SENTENCE_START } from '../recognizers/util.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import type { DeidPreset } from '../options.js';
import type { Candidate } from '../span.js';
import { shippedTagger, type TaggerModel } from './model-file.js';
import { decodeTags, ruleCodes, SKIP, TAG_LABELS, type TagExample } from './tagger.js';
import { SHAPE, type TagToken, tagTokens } from './tokens.js';

/** Below every rule's score (the gate's weakest guess is 0.5): a rule span of the same category wins. */
const TAGGER_SCORE = 0.3;
const YEAR = /^(?:19|20)\d{2}$/;
// A number and a unit after a word: the word names a setting's device or route ("RT 2 L", "NC 4 L").
const SETTING_AFTER = new RegExp(String.raw`^[ \t]+\d+(?:\.\d+)?[ \t]*${DOSE_UNIT}\b`, 'i');
// Last words of a health-care facility's name.
const FACILITY_TAIL = /^(?:medicine|clinic|clinics|hospital|hospitals|chapel|hospice|infirmary)$/;
// A duration after a word ("TX 2 days", "IN 2 hrs").
const DURATION_AFTER = /^[ \t]+\d+[ \t]*(?:days?|d|wks?|weeks?|hrs?|hours?|h|mins?|minutes?|mos?|months?|yrs?|years?)\b/i;
// What ordinals count or name that is no street ("5th and 6th ICS", "3rd and 4th toes").
const ORDINAL_THING_AFTER = /^[ \t]+(?:ics|intercostal|ribs?|mcps?|mtps?|pips?|dips?|toes?|fingers?|digits?|metacarpals?|metatarsals?|mcs?|mts?|vertebrae?|floors?|fl|grades?|trimesters?|doses?|times?|cycles?|days?|weeks?|visits?|attempts?|place)\b/i;
const UNIT_AFTER = new RegExp(String.raw`^[ \t]*${DOSE_UNIT}\b`, 'i');
// Units of weight and length a number carries ("lifts 40 lb", "5 ft"), beside the doses' units.
const MEASURE_UNIT = new RegExp(String.raw`^(?:${DOSE_UNIT}|lbs?|oz|g|cm|mm|ft|in)$`, 'i');
// Nouns that follow "the" without naming a place.
const GENERIC_PLACE = /^(?:county|city|town|village|state|country|area|region|hospital|unit|floor|ward|house|home|clinic|center|centre|office|station|island|valley|river|lake|park|coast|hills?|mountains?)$/;
// Particles of surnames, never a name alone in lower case ("van", "de", "la").
const NAME_PARTICLE = /^(?:van|von|de|del|della|der|den|di|du|da|la|le|los|las|el|al|bin|ibn|ten|ter|st)$/;
// Characters that may sit between two words of one name or place ("E. WELSH", "Forman - Lyons").
const JOIN = /^[ \t.'’-]*$/;
// The word "number" written before a record number ("MR NO. 87-440-218"; "MRN 0044" may be marked whole, so its label stays).
const NUMBER_LABEL = /^(?:no|nbr|num|number)$/;
// The first word of a business's two-word kind ("truck stop", "travel plaza", "sale barn"), which span-edges.ts reads after a
// business's name.
const KIND_OPENER = /^(?:truck[ \t]+stop|travel[ \t]+(?:center|plaza)|distribution[ \t]+(?:center|ctr)|feed[ \t]+yard|sale[ \t]+barn)\b/i;
// A public plan is no place (PUBLIC_PLAN: "Tufts Medicare Preferred"), nor is an armed service ("the US Army"; "Navy Yard" is one).
const SERVICE_LAST = /^(?:army|navy|marines|usmc|usaf|usn|hmo|ppo)$/;
// An instruction opening its sentence, before what to eat, use or avoid.
const INSTRUCTION_BEFORE = /(?:^|[.!?:][ \t]+|\n[ \t]*)(?:Avoid|Use|Limit|Eat|Drink|Take|Try|Choose|Reduce|Increase|Stop|Start|AVOID|USE|LIMIT|EAT|DRINK)[ \t]+$/;

/**
 * Spans the tagger proposes in `text`, given the rule candidates already found there.
 *
 * @example
 * tagCandidates(text, ruleCandidates, 'balanced', model);
 */
export function tagCandidates(text: string, rules: readonly Candidate[], preset: DeidPreset, tagger: TaggerModel = shippedTagger()): Candidate[] {
  const toks = tagTokens(text);
  if (toks.length === 0) return [];
  const { labels, lead } = decodeTags(tagger.model, toks, ruleCodes(toks, rules), tagger.margins[preset]);
  const out: Candidate[] = [];
  let open: (Candidate & { first: number; last: number }) | null = null;
  const close = (): void => {
    // "pt's twin bro Ciaran", "dr Lally": a relation or a title opening a name is its cue, not part of it.
    while (open && open.category === 'NAME' && open.first < open.last && (FAMILY_WORDS.has(toks[open.first].lower) || TITLE_CUES.has(toks[open.first].lower))) {
      open.first++;
      open.start = toks[open.first].start;
    }
    // "tomasz brought lunch", "D. LeJeune NRP": a verb after a given name is what the person did, and a credential is the
    // person's title; neither is part of the name.
    while (open && open.category === 'NAME' && open.first < open.last && notNameTail(toks[open.last])) {
      open.last--;
      open.end = toks[open.last].end;
    }
    // "MR NO. 87-440-218": the label of a number is no part of it.
    while (open && open.category === 'ID' && open.first < open.last && NUMBER_LABEL.test(toks[open.first].lower)) {
      open.first++;
      open.start = toks[open.first].start;
    }
    // "the Blue Beacon truck stop": a word that opens what the business is ends no name; the kind is read after it.
    while (open && open.category === 'LOCATION' && open.first < open.last && KIND_OPENER.test(text.slice(toks[open.last].start, toks[open.last].start + 24))) {
      open.last--;
      open.end = toks[open.last].end;
    }
    // ("at the local community college": a word that says which of a kind, not whose, opens no name.)
    while (open && open.category === 'LOCATION' && open.first < open.last && DESCRIBER.test(toks[open.first].lower)) {
      open.first++;
      open.start = toks[open.first].start;
    }
    if (open && (extendsBusiness(open, rules, toks) || extendsPlace(open, rules, toks) || everydayTail(open, toks) || noOnesName(open, text, toks))) open = null;
    if (open && plausible(text, toks, lead, open.first, open.last, open.category)) out.push({ category: open.category, start: open.start, end: open.end, score: TAGGER_SCORE, kind: open.kind });
    open = null;
  };
  for (let i = 0; i < toks.length; i++) {
    const label = labels[i];
    const t = toks[i];
    // A year after a town ("Seen in Boston 2019") is no part of the place; Safe Harbor keeps years.
    const category = (label === 2 && YEAR.test(t.lower) ? 'O' : TAG_LABELS[label]) as 'O' | 'NAME' | 'LOCATION' | 'ID';
    // ("serial AJR 772104 S. 2. Fall": a number does not run on over a full stop into the next item; "HF No. 211" is a
    // label's abbreviation.)
    if (category !== 'O' && open && open.category === category && JOIN.test(text.slice(open.end, t.start)) && !(category === 'ID' && /\.[ \t]/.test(text.slice(open.end, t.start)) && !NUMBER_LABEL.test(toks[open.last].lower))) {
      open.end = t.end;
      open.last = i;
      continue;
    }
    close();
    if (category === 'O') continue;
    open = { category, start: t.start, end: t.end, score: TAGGER_SCORE, kind: category === 'NAME' ? 'person' : category === 'LOCATION' ? 'city' : undefined, first: i, last: i };
  }
  close();
  return out;
}

/** A tagged span: its category and its first and last tokens. */
interface Run {
  category: string;
  start: number;
  end: number;
  first: number;
  last: number;
}

/**
 * Whether a tagged span only runs a business the rules found on into everyday words in lower case ("wapakoneta | tube", where
 * the rule reads "tube works" as the business's kind and takes it in): the rule's reading stands.
 */
function extendsBusiness(run: Run, rules: readonly Candidate[], toks: readonly TagToken[]): boolean {
  const rule = rules.find((c) => c.category === run.category && c.kind === 'business' && c.start === run.start && c.end < run.end);
  if (!rule) return false;
  const extra = toks.slice(run.first, run.last + 1).filter((t) => t.start >= rule.end);
  return extra.length > 0 && extra.every((t) => t.shape === SHAPE.LOWER && (t.flags & F.COMMON) !== 0);
}

// Words that say which of a kind, not whose ("the local community college", "a nearby motel").
const DESCRIBER = /^(?:local|nearby|same|another|other|former|usual)$/;
// The kinds of a street, which name none alone ("NO AVE OR BLVD").
const STREET_KIND = /^(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane|way|hwy|highway|pkwy|ct|pl)$/;

// What befell someone, which opens no place's name ("RAFTING ACCIDENT WESTWATER CANYON").
const EVENT_WORD = /^(?:accident|crash|wreck|fall|injury|collision|mvc|mva|rollover|drowning|fire)$/;

/**
 * Whether a tagged span only runs a place the rules found back onto what befell someone or a clinical word ("S/P EX-FIX FROM
 * RAFTING ACCIDENT | WESTWATER CANYON"): the rule's reading stands. (Words after the place often are its kind: "the Sand Bar |
 * Grille" stays.)
 */
function extendsPlace(run: Run, rules: readonly Candidate[], toks: readonly TagToken[]): boolean {
  if (run.category !== 'LOCATION') return false;
  const rule = rules.find((c) => c.category === 'LOCATION' && c.start > run.start && c.end === run.end);
  if (!rule) return false;
  const extra = toks.slice(run.first, run.last + 1).filter((t) => t.end <= rule.start);
  return extra.length > 0 && extra.every((t) => EVENT_WORD.test(t.lower) || ((t.flags & F.CLINICAL) !== 0 && (t.flags & (F.PLACE | F.PROPER)) === 0));
}

/**
 * Whether a tagged span can name no one and nowhere whatever its context: street kinds alone ("NO AVE OR BLVD"), an
 * ordinal with no word of where or in a list of ordinals ("crackles at 5th and 6th ICS"), a relative, a kind of work after
 * a verb of working ("WORK AT THE GLASS PLANT"), a hospital's service or a co-op of everyday words ("works in Environmental
 * Services", "THE ELECTRIC CO-OP"), the side of something ("the south side of the wound bed"), a community college named
 * by no town, or a clinical word closing on a word in lower case ("Low Iron stores").
 */
function noOnesName(run: Run, text: string, toks: readonly TagToken[]): boolean {
  const words = toks.slice(run.first, run.last + 1);
  if (words.every((t) => STREET_KIND.test(t.lower) || FUNCTION_WORDS.has(t.lower))) return true;
  // (An ordinal, perhaps with a street's kind, is a street only after a word of where, and never before a part of the body or
  // another ordinal: "pain near 5th rib; 3rd st", "5th and 6th ICS".)
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(words[0].lower) && words.slice(1).every((t) => STREET_KIND.test(t.lower))) {
    const after = text.slice(run.end, run.end + 12);
    if (/^[ \t]+(?:and|&|to|-)[ \t]+\d/.test(after) || /^[ \t]+(?:ribs?|ics|toes?|fingers?|digits?|mcp|pip|dip|mtp|vertebra|rib\b)/i.test(after)) return true;
    if (!/\b(?:on|at|off|from|to|onto|near|lives|and|&)[ \t]+(?:the[ \t]+)?$/i.test(text.slice(Math.max(0, run.start - 12), run.start))) return true;
  }
  // (A relative is no place: "great-grandson's bar mitzvah".)
  if (words.every((t) => FAMILY_WORDS.has(t.lower.replace(/['’]s$/, '').replace(/^(?:great-)+/, '')))) return true;
  // ("WORK AT THE GLASS PLANT SOON": a kind of work of everyday words after a verb of working and "the".)
  if (run.category === 'LOCATION' && words.every((t) => (t.flags & (F.COMMON | F.ENGLISH)) !== 0 && (t.flags & F.PLACE) === 0) && /\b(?:work|works|worked|working)[ \t]+(?:at|for)[ \t]+the[ \t]+$/i.test(text.slice(Math.max(0, run.start - 24), run.start))) return true;
  // (A word a gazetteer also holds counts as everyday here: "environmental"; a school or a centre of everyday words may be
  // a named one, "Mountain View School", but a community college named by no town is none.)
  if (run.category === 'LOCATION' && words.length > 1 && words.every((t) => (t.flags & (F.COMMON | F.ENGLISH)) !== 0 && (t.flags & F.PROPER) === 0) && (/^(?:services?|department|dept|co-op|coop|cooperative)$/.test(words[words.length - 1].lower) || /^community[ \t]+college$/i.test(text.slice(run.start, run.end)))) return true;
  if (run.category === 'LOCATION' && /^(?:north|south|east|west)[ -]?side$/i.test(text.slice(run.start, run.end)) && /^[ \t]+of\b/i.test(text.slice(run.end, run.end + 4))) return true;
  return run.category === 'NAME' && words.length > 1 && (words[0].flags & F.CLINICAL) !== 0 && words[words.length - 1].shape === SHAPE.LOWER;
}

/**
 * Whether a name or place opened by a capital closes on a word in lower case that is no part of it, or a place names a war
 * or a risk ("Parkinson's dz", "Alpha Beta blocker", "Gulf War", "Fall Risk High"): what the words are, not whose.
 */
function everydayTail(run: Run, toks: readonly TagToken[]): boolean {
  if (run.category !== 'NAME' && run.category !== 'LOCATION') return false;
  const first = toks[run.first];
  const last = toks[run.last];
  // (A name closes on no everyday word in lower case: "Parkinson's dz"; a place closes on none a clinician's list holds:
  // "Alpha Beta blocker". A place's own noun in lower case stays: "Farmers Union elevator".)
  if (run.last > run.first && (first.shape === SHAPE.TITLE || first.shape === SHAPE.CAPS) && last.shape === SHAPE.LOWER) {
    if (run.category === 'NAME' && (last.flags & (F.FIRST | F.LAST)) === 0) return true;
    if (run.category === 'LOCATION' && (last.flags & (F.CLINICAL | F.ABBREV) || /^(?:blockers?|inhibitors?|agonists?|antagonists?)$/.test(last.lower))) return true;
  }
  // ("Gulf War", "Fall Risk High"; not the town of War, "war wv".)
  return run.category === 'LOCATION' && run.last > run.first && last.shape !== SHAPE.LOWER && toks.slice(run.first, run.last + 1).some((t) => t.shape !== SHAPE.LOWER && /^(?:wars?|risk)$/.test(t.lower));
}

// Evidence that a word names someone or somewhere, and the bits of words that are safe to keep.
const NAME_OR_PLACE = F.FIRST | F.LAST | F.PLACE | F.PROPER;
const WORD_BITS = F.COMMON | F.ENGLISH | F.CLINICAL | F.ABBREV | F.UPPER;

// Below this lead (the recall margin up to stop 31) a span of everyday words may be a ward, a reading or a language.
const WEAK_LEAD = -8;
// How far a label must beat O for a span of one word the lists know ("Will", "Ok") or a short bare number.
const SAFE_WORD_LEAD = 4;
// How far LOCATION must beat O for an everyday word that is only a post office's town ("clinic in Speculator", "from
// Tightwad"): over the development sets 4 gave 31 more places and 26 false ones, 12 gave 27 and 18, 20 gave 21 and 11.
const POSTAL_LEAD = 12;

/**
 * Whether a tagged span may be proposed. The tagger reads context, so it sometimes labels words the
 * vocabulary knows to be safe ("charge rn", "Can you", "Germany"); `safeToPropose` decides a span of
 * one word; a span of single letters ("O.B") or without a letter is dropped. An ID needs three
 * digits and must not be a range, a count or a measure; a bare number needs six digits or a clear lead.
 */
function plausible(text: string, toks: readonly TagToken[], lead: Float32Array, first: number, last: number, category: string): boolean {
  const span = text.slice(toks[first].start, toks[last].end);
  // "Blood-TR Nitrite-POS Leuks-LG", "cTropnT-0.08 calTCO2-25": results of a lab panel, each a test and its value.
  if (span.split(/\s+/).every((w) => LAB_VALUE.test(w))) return false;
  if (category === 'ID') {
    const digits = span.match(/\d/g)?.length ?? 0;
    // ("UO 100-1200 cc": a range of volumes before its unit is no number of anyone's.)
    if (digits < 3 || NOT_ID.test(span) || VOLUME_AFTER.test(text.slice(toks[last].end, toks[last].end + 8))) return false;
    return /\D/.test(span) || digits >= 6 || minLead(lead, first, last) >= SAFE_WORD_LEAD;
  }
  // "at Stage 3 CKD", "Gate 12", "Bed 4", "Job 5531874": a count, a position or a record, not a name or street.
  if (NUMBERED_THING.test(text.slice(toks[first].start, toks[last].end + 8))) return false;
  // ("Avoid Dairy Products. Low Energy.": a name or place does not run on across the end of a sentence.)
  if (/\p{Ll}{3,}\.[ \t]+\p{Lu}/u.test(span)) return false;
  // ("Avoid Dairy Products.", "Use Paper Products only": everyday words after an instruction opening its sentence are what
  // to eat or use.)
  if (INSTRUCTION_BEFORE.test(text.slice(Math.max(0, toks[first].start - 12), toks[first].start)) && toks.slice(first, last + 1).every((t) => vocabulary().flags(t.lower) & F.COMMON)) return false;
  // ("scalp lac MM 3 x 2 cm": a span ends at no unit before its number.)
  if (last > first && MEASURE_UNIT.test(toks[last].lower) && /^[ \t]*\d/.test(text.slice(toks[last].end, toks[last].end + 4))) return false;
  // ("crackles at 5th and 6th ICS", "4th and 5th MCP": ordinals before a part of the body or a count are no corner.)
  if (/^\d{1,3}(?:st|nd|rd|th)$/i.test(toks[last].lower) && ORDINAL_THING_AFTER.test(text.slice(toks[last].end, toks[last].end + 16))) return false;
  // "placed on cardiac monitor st changes": a place does not end in the ST segment's "st".
  if (category === 'LOCATION' && toks[last].lower === 'st' && /^[ \t]+(?:changes?|depressions?|elevations?|segments?|abnormalit|wave|elev|depr)/i.test(text.slice(toks[last].end, toks[last].end + 16))) return false;
  // A name or place never ends in a number with a unit after it ("on RT 2 L NC" is oxygen, not Route 2), nor stands
  // before one ("pt on RT 2 L NC": the word is the device or route of a setting).
  if (/\d$/.test(span) && UNIT_AFTER.test(text.slice(toks[last].end, toks[last].end + 8))) return false;
  if (first === last && SETTING_AFTER.test(text.slice(toks[last].end, toks[last].end + 14))) return false;
  // ("then on TX 2 days", "up IN 2 hrs": two capitals before a duration are a treatment or a word, not a state.)
  if (first === last && toks[first].lower.length === 2 && DURATION_AFTER.test(text.slice(toks[last].end, toks[last].end + 14))) return false;
  // ("follow-up at Willow Bend Family Medicine", "Faith Chapel on level 2": a clinic or a chapel is a facility, which
  // Safe Harbor keeps; the rules read facilities and their towns, and say which they are.)
  if ((category === 'LOCATION' || category === 'NAME') && last > first && FACILITY_TAIL.test(toks[last].lower)) return false;
  // ("Pt is Christian", "Roman Catholic": a faith, as the gate reads it.)
  if (category === 'NAME' && toks.slice(first, last + 1).every((t) => faithWord(text, t.start, t.end, t.lower))) return false;
  // ("church is Southern Baptist": a faith with its region after a word that introduces one is no congregation.)
  if (last > first && toks.slice(first, last).every((t) => REGION_WORDS.has(t.lower)) && faithWord(text, toks[first].start, toks[first].end, toks[last].lower)) return false;
  // ("Springfield, IL 62704": a state code before a ZIP code is the state, which Safe Harbor keeps; the ZIP code is read alone.)
  if (category === 'LOCATION' && last === first + 1 && toks[first].shape === SHAPE.CAPS && toks[first].lower.length === 2 && /^\d{5}$/.test(toks[last].lower)) return false;
  if (category === 'LOCATION' && SERVICE_LAST.test(toks[last].lower)) return false;
  // ("cut to the left middle finger": a part of the body in lower case after its side ends no place; "wounded knee" does.)
  if (category === 'LOCATION' && toks[last].shape === SHAPE.LOWER && BODY_PART_LAST.test(toks[last].lower) && SIDE_BEFORE.test(text.slice(Math.max(0, toks[first].start - 12), toks[first].start))) return false;
  // ("Italy 1200 km by car": a distance ends no place; "8 Mile", "7 MILE" are Detroit's roads, so only a distance written in
  // lower case and plural, or in kilometres.)
  if (last > first && /^(?:km|kms|miles)$/.test(text.slice(toks[last].start, toks[last].end)) && /^\d/.test(toks[last - 1].lower)) return false;
  // ("Hunt Hess 3": a scale of two names before its score.)
  if (last > first && scaleScoreAfter(text.slice(toks[first].start, toks[first].end), text.slice(toks[last].end, toks[last].end + 40))) return false;
  // ("lives in Arkansas": a state after "in", alone, in title case, which Safe Harbor keeps; "colfax & pennsylvania", "the
  // Ohio" stay.)
  if (category === 'LOCATION' && first === last && toks[first].shape === SHAPE.TITLE && STATE_NAME.test(span) && /\bin[ \t]+$/i.test(text.slice(Math.max(0, toks[first].start - 4), toks[first].start))) return false;
  // (A clinical phrase of the vocabulary none of whose words names a place; "Boston Scientific", a workplace, stays.)
  if (last > first && vocabulary().flags(span.toLowerCase().replace(/\s+/g, ' ')) & F.PHRASE && toks.slice(first, last + 1).every((t) => !(vocabulary().flags(t.lower) & (F.PLACE | F.POSTAL)))) return false;
  if (toks.slice(first, last + 1).some((t) => PUBLIC_PLAN.test(t.lower))) return false;
  if (first === last) {
    const t = toks[first];
    // ("HHC RN to visit": a service or a role in capitals before a nurse's credential says which nurse, not who; "report to
    // ed rn" may name Ed.)
    const credential = /^[ \t]+(\p{L}+)/u.exec(text.slice(t.end, t.end + 8));
    if (category === 'NAME' && t.shape === SHAPE.CAPS && ROLE_WORDS.has(t.lower) && credential && CREDENTIALS.has(credential[1].toLowerCase())) return false;
    // ("Signed 03/05/2019 16:55 CDT": a clock's zone after its time.)
    if (CLOCK_ZONE.test(t.lower) && /\d[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
    // ("PMH:\n- HTN\n-OSA": a charting abbreviation alone on a list's line is the problem it names.)
    if (t.flags & (F.ABBREV | F.CLINICAL) && lead[first] < SAFE_WORD_LEAD && /(?:^|\n)[ \t]*[-*•][ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(t.end, t.end + 4))) return false;
    // An eponym is decided by the noun after it ("Jones fracture", "Ashworth 1+"), as in the gate.
    const after = text.slice(t.end, t.end + 60);
    if (EPONYM_HEADS.test(after) || scaleScoreAfter(t.lower, after)) return false;
    if ((t.shape === SHAPE.LOWER && MODAL_VERBS.test(t.lower)) || PERSON_NOUN.test(t.lower)) return false;
    // ("95 YOWF": age, race and sex run together, as the gate reads them.)
    if (AGE_SEX_RUN.test(t.lower)) return false;
    // ("lifts 40 lb": a unit after a number is a measure.)
    if (/\d[ \t]*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && MEASURE_UNIT.test(t.lower)) return false;
    // ("Tet toxoid given", "Td booster": a vaccine's name before what it is.)
    if (/^[ \t]+(?:toxoid|vaccine|booster|immune[ \t]+globulin)\b/i.test(text.slice(t.end, t.end + 20))) return false;
    // ("moved to the Midwest": a region named by the compass is larger than a state.)
    if (category === 'LOCATION' && REGION_WORDS.has(t.lower)) return false;
    // ("goes by van": a surname's particle alone in lower case is the word.)
    if (t.shape === SHAPE.LOWER && NAME_PARTICLE.test(t.lower)) return false;
    // ("home for the summer": an everyday word in lower case after an article is the word, whoever bears it as a name.)
    if (category === 'NAME' && t.shape === SHAPE.LOWER && t.flags & F.COMMON && /\b(?:the|a|an)[ \t]+$/i.test(text.slice(Math.max(0, t.start - 5), t.start))) return false;
    // "Joy in usual activities", "Hope is ...": an everyday word opening a sentence before a function word.
    if (t.flags & F.COMMON && SENTENCE_START.test(text.slice(Math.max(0, t.start - 3), t.start)) && WORD_AFTER_OPENING.test(text.slice(t.end, t.end + 6))) return false;
    // ("BP in the Range of 140s": an everyday word only a post office's list holds, between "the" and "of", is the word.)
    if (category === 'LOCATION' && t.flags & F.COMMON && !(t.flags & F.PLACE) && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, t.start - 4), t.start)) && /^[ \t]+of\b/i.test(text.slice(t.end, t.end + 4))) return false;
    return safeToPropose(t, lead[first], category);
  }
  // ("wound center", "SPEAKS SPANISH", "the Range of 140s": a span the model scores far below "no identifier", proposed only by
  // the recall preset's wide margin, with no word that names, is no name or place when it ends in a ward's or a service's
  // noun, holds a number or a language.)
  if (minLead(lead, first, last) < WEAK_LEAD && !toks.slice(first, last + 1).some(namingWord) && weakShape(toks.slice(first, last + 1))) return false;
  // "BROTHER WITH COLON CANCER": a name or place neither opens nor closes with a function word, but for a
  // place's article ("The Avenues", "the woodlands").
  if ((FUNCTION_WORDS.has(toks[first].lower) && !(category === 'LOCATION' && toks[first].lower === 'the')) || FUNCTION_WORDS.has(toks[last].lower)) return false;
  // ("The County nurse", "the City", "the Midwest": an article and a generic place noun or a region name no place.)
  if (category === 'LOCATION' && toks[first].lower === 'the' && toks.slice(first + 1, last + 1).every((t) => GENERIC_PLACE.test(t.lower) || REGION_WORDS.has(t.lower))) return false;
  for (let i = first; i <= last; i++) if (toks[i].end - toks[i].start > 1 && /\p{L}/u.test(toks[i].lower)) return true;
  return false;
}

function notNameTail(t: TagToken): boolean {
  return (t.shape === SHAPE.LOWER && NOT_NAME_AFTER_RELATIVE.has(t.lower)) || isCredential(t.lower);
}

/** A word that names: one no list knows, or a given name, surname or place that is no everyday word. */
function namingWord(t: TagToken): boolean {
  if (!/^\p{L}[\p{L}'’.-]*$/u.test(t.lower)) return false;
  if ((t.flags & WORD_BITS) === 0) return true;
  return (t.flags & NAME_OR_PLACE) !== 0 && !(t.flags & (F.COMMON | F.CLINICAL | F.ABBREV));
}

// Nouns of a hospital's places and services, which end no place a patient is from ("wound center", "Emergency Ward").
const SERVICE_NOUN = /^(?:center|centre|ward|unit|area|room|clinic|department|dept|floor|bay|lab|service|services|team|desk|station)$/;

// Languages a note says someone speaks ("DTR SPEAKS SPANISH").
const LANGUAGE = /^(?:english|spanish|french|portuguese|creole|kreyol|arabic|somali|vietnamese|mandarin|cantonese|chinese|russian|polish|italian|german|korean|japanese|tagalog|hindi|urdu|bengali|nepali|swahili|amharic|farsi|hmong|khmer|laotian)$/;

/** A run of everyday words that is a service's place, a reading, or a language ("SPEAKS SPANISH"). */
function weakShape(run: readonly TagToken[]): boolean {
  return SERVICE_NOUN.test(run[run.length - 1].lower) || run.some((t) => /\d/.test(t.lower) || PEOPLE_WORDS.has(t.lower) || LANGUAGE.test(t.lower));
}

function minLead(lead: Float32Array, first: number, last: number): number {
  let m = Infinity;
  for (let i = first; i <= last; i++) m = Math.min(m, lead[i]);
  return m;
}

/**
 * One word proposed alone. Never a letter, a country, an eponym, a clinical term or a roman numeral.
 * A word no list knows is proposed. A frequent English word needs a clear lead and to be a given
 * name or town ("dtr Joy") or two letters long (staff initials "ck rn"); other listed words need a
 * clear lead or to be listed as a name or place. Hyphenated words are read by parts.
 */
function safeToPropose(t: TagToken, lead: number, category: string): boolean {
  // ("-OSA" in a problem list: a charting abbreviation proposed only by the margin stays.)
  if (lead < 0 && t.flags & (F.ABBREV | F.CLINICAL)) return false;
  if (t.end - t.start < 2 || !/\p{L}/u.test(t.lower) || t.lower.split('-').every((p) => ROMAN_NUMERAL.test(p)) || isCountry(t.lower) || isEponym(t.lower) || isMedicalTerm(t.lower)) return false;
  const parts = t.lower.includes('-') ? t.lower.split('-') : [t.lower];
  const v = vocabulary();
  const sure = lead >= SAFE_WORD_LEAD;
  return parts.some((p) => {
    const f = parts.length === 1 ? t.flags : v.flags(p);
    if ((f & WORD_BITS) === 0) return p.length > 1 && /\p{L}/u.test(p);
    if (f & F.COMMON) return sure && ((f & (category === 'NAME' ? F.FIRST : F.PLACE)) !== 0 || (category === 'LOCATION' && f & F.POSTAL && lead >= POSTAL_LEAD) || p.length === 2);
    return sure || (f & NAME_OR_PLACE) !== 0;
  });
}

const WORD_AFTER_OPENING = /^[ \t]+(?:in|is|of|was|are|to|for|with|has|had|you|we|i|it|not|be)\b/i;
// Words for a person that are no name ("a 93-year-old man", "pleasant woman").
const PERSON_NOUN = /^(?:man|woman|men|women|male|female|boy|girl|gentleman|gent|lady|guy|baby|infant|patient|pt|veteran|vet)$/;
const NUMBERED_THING = /^(?:stage|gate|grade|class|type|level|bed|room|rm|step|phase|day|cycle|week|zone|lead|pod|hd|bay|track|dock|pier|slot|spot|job)[ \t]*#?[ \t]*\d/i;
// A lab test and its value as results sections print them ("SpecGr-1.028", "cTropnT-0.08", "pCO2-102", "Leuks-LG"):
// a decimal value, a test name with a lower-case letter, or a capitalised test with a coded result.
const LAB_VALUE = /^[%\p{L}][\p{L}\d%]*-\d+\.\d+$|^[%\p{L}\d]*\p{Ll}[\p{L}\d%]*-\d+$|^\p{Lu}\p{Ll}+-(?:[A-Z]{2,4}|\d+(?:\.\d+)?)$/u;
// Reference ranges and readings ("70-99", "88-92"), ages and measures ("90-year-old", "105kg", "350x10").
// A volume's or a dose's unit after a number ("UO 100-1200 cc"); "unit" is left out, as it is a ship's or a ward's number
// ("hull 6127 unit 3216").
const VOLUME_AFTER = /^[ \t]*(?:cc|ml|mls|l|mg|mcg|kg|meq|%)(?![\p{L}\d])/iu;
// The side before a part of the body ("left middle finger").
const SIDE_BEFORE = /\b(?:left|right|l|r|lt|rt|bilat(?:eral)?|both)[ \t]+$/i;
// Parts of the body a lower-case proposal may end with ("middle finger", "lower leg").
const BODY_PART_LAST = /^(?:fingers?|toes?|thumbs?|hands?|feet|foot|arms?|forearms?|legs?|knees?|hips?|shoulders?|elbows?|wrists?|ankles?|heels?|shins?|thighs?|calf|calves|eyes?|ears?|lobes?|quadrants?)$/;
const NOT_ID = /^\d{1,3}(?:\.\d+)?-\d{1,3}(?:\.\d+)?$|year|yr|x10|^\d+(?:\.\d+)?(?:ml|mg|kg|g|l|cm|mm|mcg|%)$/i;

// Gold categories the ID label learns from. Dates, phones, ages, emails and addresses of the web
// have shapes the rules read reliably; their words are skipped rather than taught as O.
const ID_CATEGORIES = new Set(['MRN', 'ID', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'SSN']);

/**
 * A training example from an annotated text: every word overlapping a required NAME, LOCATION or
 * record-number span takes that label; words of other identifiers, or of spans not required
 * (hospital names, states), are skipped; the rest are O.
 *
 * @example
 * taggerExample(doc.text, doc.gold, ruleCandidates(doc.text, 'recall'));
 */
export function taggerExample(text: string, gold: readonly GoldSpan[], rules: readonly Candidate[]): TagExample {
  const toks = tagTokens(text);
  const labels = new Uint8Array(toks.length);
  const spans = [...gold].sort((a, b) => a.start - b.start);
  let j = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (j < spans.length && spans[j].end <= t.start) j++;
    for (let k = j; k < spans.length && spans[k].start < t.end; k++) {
      const g = spans[k];
      if (g.end <= t.start) continue;
      const label = !g.required ? SKIP : g.category === 'NAME' ? 1 : g.category === 'LOCATION' ? 2 : ID_CATEGORIES.has(g.category) ? 3 : SKIP;
      // A word in two spans takes the stronger reading (a name beats a skip).
      if (labels[i] === 0 || labels[i] === SKIP) labels[i] = label;
    }
  }
  return { toks, rules: ruleCodes(toks, rules), labels };
}
