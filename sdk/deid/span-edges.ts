/**
 * The small edges a found name or place leaves behind, taken into its span after overlaps are resolved.
 * The rules find the surname or the town; scored by letters, an initial, a given name or "county" left in
 * the note is a miss, and the given name and initials are part of who the person is. Lower-case charting
 * shows these most ("kahale,l rn", "pt: keo,sambath", "r. l. champion, m.d.").
 * - a given name or initial glued to a surname by a comma ("kahale,l rn", "per winslow,g md", "keo,sambath");
 * - a middle initial closing a "Last, First" field ("name: hensley, virgil r   age: 52");
 * - an initial just before a name ("r. l. champion" found as "l. champion");
 * - the one word opening a signature line or a field before the name found ("kiet truong, do", "patient: aksel kristensen");
 * - the county or nation word after a place ("trip to leslie county", "LIVES IN CLAY CO.", "the Navajo Nation"; not "parish": a church's too);
 * - the rest of a business named after its town or owner ("Bedford Auto Body", "Greendale Tool & Die", "Olympia Diner"),
 *   in lower case or capitals by a word of trade, church or school ("guidry roofing", "KEOKUK FIRE DEPT");
 * - the other half of a patient's name in the slot after "pt" or a room ("PT ASHWORTH, BRADY.", "pt (Baker, Hunter J)",
 *   "rm 603 bishop, glen 77yo", "PT ALPHONSUS NWOSU,"), where the half found is a name and the other a name-list word.
 *
 * @example
 * withEdges([{ category: 'NAME', start: 0, end: 6, score: 0.9 }], 'kahale,l rn')[0].end; // 8
 */
import { compoundSurnameEnd } from './compound-surnames.js';
import type { Candidate } from './span.js';
import { PATIENT_SLOT, SLOT_AFTER, SLOT_BEFORE, plainsPair, slotHalf } from './name-halves.js';
import { lowerKindAfter } from './recognizers/lower-institutions.js';
import { BUSINESS_TAIL, PLAIN_TAIL, FACILITY_TAIL, ENDS_IN_KIND, CLUB_END, CLUB_LEAD, CHAIN_BEFORE, WORKS_END, BUSINESS_BEFORE, WORKED_AT_BEFORE, NOT_BUSINESS_WORD, kindThenPlace, businessLead } from './business-edges.js';
import { isCountry } from './recognizers/countries.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './recognizers/cue-words.js';
import { STATE_NAME } from './recognizers/locations.js';
import { KAREN } from './recognizers/southeast-asian-names.js';
import { GOODS } from './recognizers/place-words.js';
import { isMedicalTerm } from './medical-terms.js';
import { VOCAB_FLAGS as F, vocabulary } from './vocab.js';

// ",l" or ",sambath" then no letter: a given name or initial glued by the comma (not ", a nurse", not ",lives").
const GLUED_GIVEN = /^,(\p{L}\.?|\p{L}[\p{L}'’-]+)(?![\p{L}\p{N}'’-])/u;
// " r" or " a." ending a field: two spaces, a line break, a bar or the end of the text after it.
const FIELD_END_INITIAL = /^[ \t]\p{L}\.?(?=[ \t]{2,}|[ \t]*(?:\n|\||$|\()|[ \t]+(?:--|–|-)[ \t])/u;
// A surname's initial after its comma closing a field ("LOPEZ-HIDALGO, M ...", "Printed by: FLEMING, D (HIM)", "(pt adebayo,
// t, MRN"), or a newborn's "Baby Girl" ("Theriault, Baby Girl").
const COMMA_INITIAL = /^,[ \t]?(\p{L})\.?(?=[ \t]*(?:[(,|]|\.\.\.|\n|$)|[ \t]{2,}|[ \t]+\d)|^,[ \t]?(?:Baby[ \t]+(?:Girl|Boy)|BABY[ \t]+(?:GIRL|BOY))(?![\p{L}])/u;
// A surname and its comma before a given name found, where a field opens: "PT BANKS,ODESSA 64 YO F", "Individual: LONGBOAT,
// CLARENCE W".
const SURNAME_BEFORE = /(?:^|\n|\b(?:PT|Pt|pt|Patient|PATIENT|Name|NAME|Individual|INDIVIDUAL|Infant|INFANT|Veteran|VETERAN|Resident|RESIDENT|Client|CLIENT|Member|MEMBER|by|BY)[ \t]*:?[ \t]+|[|(][ \t]*)(\p{Lu}[\p{Lu}'’-]+|\p{Lu}\p{Ll}[\p{L}'’-]*),[ \t]?$/u;
const GENERATION_AFTER = /^,?[ \t](?:Jr|Sr|JR|SR)\.?(?![\p{L}\d])|^,?[ \t](?:II|III|IV)(?![\p{L}\d])/u;
// A short surname English also writes after a given name found, capitalised mid-sentence: the Hmong Her closing the name
// ("advocate Mai Chou Her, 414-555-0152", "Interpreter: Ka Her (clinic)"), the Vietnamese Do ("interpreter Hanh Do used").
// (The pronoun opens a clause and goes on, "told Mary Her plan" is not written; "Do not" is an order.)
const SHORT_SURNAME = /^[ \t](?:Her|HER)(?=[ \t]*(?:[,;:)]|\n|$|[ \t]\(|[ \t]+\d))|^[ \t]Do(?![\p{L}'’-])(?![ \t]+(?:not|you|we|they|I)\b)/u;
const PLACE_WORD = /^[ \t]+(?:county|co\.|cnty|cty|township|twp|borough|nation|reservation)(?![\p{L}\p{N}])/iu;
// "City of", "town of", "Port of" before a town (any case).
const MUNICIPALITY_BEFORE = /(?<![\p{L}])(?:city|town|village|borough|township|port)[ \t]+of[ \t]+$/iu;
// A town's police, fire or ambulance service after the town, capitalised as a name is.
const TOWN_AGENCY = /^[ \t]+(?:PD|P\.D\.|FD|VFD|EMS|Fire-Rescue|FIRE[ \t]+(?:DEPT\.?|DEPARTMENT)|Corrections|CORRECTIONS|Police(?:[ \t]+(?:Department|Dept\.?))?|POLICE|Fire(?:[ \t]+(?:Department|Dept\.?|Rescue))?|FIRE|Sheriff(?:['’]s)?(?:[ \t]+(?:Office|Department|Dept\.?))?)(?![\p{L}])/u;
// A street's last word: a city's quadrant may follow it ("off Silver Creek Rd NE"); two spans so ending meet at a corner.
const STREET_END = /\b(?:st|street|ave|avenue|av|rd|road|dr|drive|blvd|boulevard|ln|lane|way|ct|court|pl|place|pkwy|parkway|hwy|highway|ter|terrace|trl|cir)\.?$/i;
// (In lower case too, and one letter: "ambaum blvd sw", "airport way s and s lucile"; not "w/" after it.)
const QUADRANT = /^[ \t]+(?:NE|NW|SE|SW|ne|nw|se|sw|N\.E\.|N\.W\.|S\.E\.|S\.W\.|[NSEWnsew])(?![\p{L}\d\/'’])/u;
const STRUCTURE_TAIL = /^[ \t]+(?:bridge|Bridge|BRIDGE|dam|Dam|DAM|port[ \t]+of[ \t]+entry|crossing|Crossing|CROSSING)(?![\p{L}])/u;
// "the" after a preposition of place, right before a span.
const THE_AFTER_PLACE_WORD = /\b(?:at|to|from|near|outside|behind|by|of|in|AT|TO|FROM|NEAR|OUTSIDE|BEHIND|BY|OF|IN)[ \t]+((?:the|THE|The)[ \t]+)$/u;
// "r. " just before the span, after a line start, a space, a colon or a comma.
const INITIAL_BEFORE = /(?:^|(?<=[\s:,]))\p{L}\.[ \t]?$/u;
// A line or a labelled field that opens with one word, one space, then the span, then a credential or the field's
// end ("kiet truong, do", "patient: aksel kristensen    mrn").
const LINE_OPENER = /(?:^|\n)[ \t]*(?:\p{L}[\p{L} ]{1,24}:[ \t]*)?(\p{L}[\p{L}'’]*)[ \t]$/u;
const FIELD_END = /^(?:,?[ \t]*(?:m\.d\.|md|do|rn|np|pa-c|pa|rrt|lpn|fnp|aprn|msw|lcsw|phd|crna|cnm|dpm|pharmd)\b|[ \t]*(?:\n|\||$)|[ \t]{2,})/iu;
// A role or a verb of signing before a signer's name: its ending says so, or it is one of these.
const SIGNER_ROLE = /(?:ing|ed|ist|ian|er|or|ant|ent)$|^(?:nurse|staff|doctor|dr|md|by|intern|fellow|aide|tech|chaplain|team|note|plan)$/i;
// The rest of a line that signs a note with credentials only: ", PT, DPT", ", RN", ", MD, FACS".
const SIGNATURE_LINE_END = /^,[ \t]*(?:pt|dpt|ot|otr\/l|otr|slp|rn|bsn|md|do|np|pa-c|lpn|rrt|atc|dc|lcsw|msw|phd)(?:[ \t]*,[ \t]*[A-Za-z\/-]{2,8}){0,3}[ \t]*(?:\n|$)/i;

/** A given name glued after the comma: no clinical word, abbreviation or acronym, an everyday word only if a given name too (",HOPE" yes; ",FR.", ",she" no). */
function gluedGiven(word: string): boolean {
  const f = vocabulary().flags(word.toLowerCase());
  return (f & (F.CLINICAL | F.ABBREV | F.UPPER)) === 0 && ((f & F.COMMON) === 0 || (f & F.FIRST) !== 0);
}

/** A word opening a line before a name: one that no word list holds but the name lists ("kiet", "yanet"; not "Name", "DICT"). */
function openerName(word: string): boolean {
  return (vocabulary().flags(word.toLowerCase()) & (F.COMMON | F.ENGLISH | F.CLINICAL | F.ABBREV | F.UPPER)) === 0;
}

/** Both words lower case, both capitals, or both capitalised ("thx Piotr" is no given name and surname). */
function sameCase(a: string, b: string): boolean {
  const kind = (w: string) => (w === w.toLowerCase() ? 'lower' : w === w.toUpperCase() ? 'caps' : /^\p{Lu}/u.test(w) ? 'title' : 'mixed');
  return kind(a) === kind(b);
}

/** "P.S. 106 Parkchester, Bronx", "Dorchester, Boston.": a town or borough after a place and a comma, closing the line or clause. */
function townAfterComma(after: string): RegExpExecArray | null {
  const m = /^,[ \t]*(\p{Lu}[\p{L}'’-]{3,})(?=[ \t]*(?:[\n.;)]|$))/u.exec(after);
  // (A state or a country after the town is no part of the place Safe Harbor removes: "Newark, Ohio", "Leeds, UK".)
  if (!m || STATE_NAME.test(m[1]) || isCountry(m[1].toLowerCase())) return null;
  const f = vocabulary().flags(m[1].toLowerCase());
  return f & (F.PLACE | F.POSTAL) && !(f & (F.CLINICAL | F.ABBREV | F.COMMON)) && !isMedicalTerm(m[1].toLowerCase()) ? m : null;
}

/** Two streets at a corner after a word of where: "at Monroe and Ramsay", "corner of Penn & North". */
function cornerPair(text: string, a: Candidate, b: Candidate, floor: number): boolean {
  const street = (c: Candidate): boolean => c.category === 'LOCATION' || c.category === 'NAME';
  if (!street(a) || !street(b) || (a.category !== 'LOCATION' && b.category !== 'LOCATION')) return false;
  if (!/^[ \t]+(?:and|&)[ \t]+$/.test(text.slice(a.end, b.start))) return false;
  const words = (c: Candidate): number => text.slice(c.start, c.end).split(/[ \t]+/).length;
  return words(a) <= 3 && words(b) <= 3 && /^\p{Lu}/u.test(text.slice(a.start, a.end)) && /\b(?:at|near|on|of|@)[ \t]+$/i.test(text.slice(Math.max(floor, a.start - 12), a.start));
}

/** Grow `s` (at index `i`) over the spans after it that it now overlaps, taking them out of the list. */
function absorbOverlapping(spans: Candidate[], i: number, s: Candidate): void {
  while (i + 1 < spans.length && spans[i + 1].start < s.end) s.end = Math.max(s.end, spans.splice(i + 1, 1)[0].end);
}

/**
 * `spans` (sorted, non-overlapping) with name and place edges taken in, never into a neighbouring span.
 *
 * @example
 * withEdges(spans, text);
 */
export function withEdges(spans: Candidate[], text: string): Candidate[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const limit = i + 1 < spans.length ? spans[i + 1].start : text.length;
    const floor = i > 0 ? spans[i - 1].end : 0;
    const after = text.slice(s.end, Math.min(limit, s.end + 24));
    // "bought at Monument and Milton", "at Hope and Cambria": two streets at a corner are one place (writers mark the corner
    // whole); one of them read as a place, neither longer than three words.
    const corner = i + 1 < spans.length ? spans[i + 1] : null;
    if (corner && cornerPair(text, s, corner, floor)) {
      s.category = 'LOCATION';
      s.kind = 'street';
      s.end = corner.end;
      spans.splice(i + 1, 1);
    }
    // "eunice black feather", "NORA OLD COYOTE": a surname of everyday words after the given name found.
    if (s.category === 'NAME') {
      const compound = compoundSurnameEnd(text, s.start, s.end);
      if (compound > s.end) {
        s.end = compound;
        absorbOverlapping(spans, i, s);
      }
    }
    let tail: RegExpExecArray | null = null;
    // A surname read as a town ("per winslow,g md") is a person once a given name or initial is glued to it.
    const glued = s.category === 'NAME' || s.category === 'LOCATION' ? GLUED_GIVEN.exec(after) : null;
    if (glued && (glued[1].replace('.', '').length === 1 || gluedGiven(glued[1]))) {
      s.category = 'NAME';
      tail = glued;
    } else if (s.category === 'NAME') {
      // The surname before a given name found alone, in the same case, where a field opens.
      const before = SURNAME_BEFORE.exec(text.slice(Math.max(floor, s.start - 40), s.start));
      const given = text.slice(s.start, s.end);
      // (A surname list's word or none English knows: "Sincerely, Quentin", "CONFUSED, ASTERIXIS", "SON, JOSE" open no name.)
      const sf = before ? vocabulary().flags(before[1].toLowerCase()) : 0;
      const surname = before !== null && ((sf & F.LAST) !== 0 || !(sf & (F.COMMON | F.ENGLISH))) && !FAMILY_WORDS.has(before[1].toLowerCase()) && !/-born$/i.test(before[1]);
      if (before && surname && !given.includes(',') && /^\p{Lu}/u.test(given) && (before[1] === before[1].toUpperCase()) === (given === given.toUpperCase()) && !isMedicalTerm(before[1].toLowerCase()) && !/^(?:PT|DR|MR|MRS|MS|RN|MD)$/i.test(before[1])) {
        s.start -= before[0].length - before[0].indexOf(before[1]);
      }
      // "Last, First" in one span, or a surname span just before and a comma between them.
      const prev = i > 0 ? spans[i - 1] : null;
      const lastFirst = /,/.test(text.slice(s.start, s.end)) || (prev?.category === 'NAME' && /^,[ \t]*$/.test(text.slice(prev.end, s.start)));
      if (lastFirst) tail = FIELD_END_INITIAL.exec(after) ?? (/Baby$|BABY$/.test(text.slice(s.start, s.end)) ? /^[ \t]+(?:Girl|Boy|GIRL|BOY)(?![\p{L}])/u.exec(after) : null);
      else {
        const initial = COMMA_INITIAL.exec(after);
        const found = text.slice(s.start, s.end);
        // (The initial is written in the surname's case: "FLEMING, D", "adebayo, t"; "Smith, I will" goes on as a sentence.)
        if (initial && (initial[1] === undefined || (found === found.toLowerCase()) === (initial[1] === initial[1].toLowerCase()))) tail = initial;
        // A generation after a whole name is part of it, whichever recognizer read the name ('Charles "Chip" Delchamps III').
        else if (/[ \t]\S/.test(found)) tail = GENERATION_AFTER.exec(after) ?? SHORT_SURNAME.exec(after);
        else if (/^\p{Lu}\p{Ll}/u.test(found)) tail = SHORT_SURNAME.exec(after);
      }
    } else if (s.category === 'LOCATION') tail = PLACE_WORD.exec(after) ?? townAfterComma(after) ?? (STREET_END.test(text.slice(s.start, s.end)) ? QUADRANT.exec(after) : null);
    if (tail) s.end += tail[0].length;
    else if ((s.category === 'LOCATION' || s.category === 'NAME') && /^\p{Lu}/u.test(text.slice(s.start, s.end))) {
      // A business's name runs over any span found inside it ("Sudbury" + "Stone" + " & Tile"): they become one.
      // (A period after the span closes its sentence unless the span ends in an abbreviation: "Khoury Bros. Market".)
      const from = text[s.end] === '.' && /\b(?:Bros|Co|Mt|St)$/.test(text.slice(s.start, s.end)) ? s.end + 1 : s.end;
      const business = BUSINESS_TAIL.exec(text.slice(from, from + 48));
      // People joined by "&" are a list of people ("sons Arjun & Dev"); only a place or a trade runs on over "&".
      // (In capitals every word looks like a name: "HEAD INJURY SHEET GIVEN & EXPLAINED".)
      if (business && /\p{Ll}/u.test(business[0]) && !(s.category === 'NAME' && /^[ \t]+&/.test(business[0]) && !/&[ \t]+(?:Sons|Daughters|Co)\b/.test(business[0]))) {
        s.end = from;
        s.end += business[0].length;
        s.category = 'LOCATION';
        absorbOverlapping(spans, i, s);
      }
    }
    // "Inn" + "Mountain Gods", "EASTSIDE" + "RIVERSIDE": two places joined by "of" are one name ("Inn of the Mountain
    // Gods", "the Eastside of Riverside"); written alike, the words between are read with them.
    const nextSpan = i + 1 < spans.length ? spans[i + 1] : null;
    if (s.category === 'LOCATION' && nextSpan?.category === 'LOCATION' && /^[ \t]+(?:of|OF)(?:[ \t]+(?:the|THE))?[ \t]+$/.test(text.slice(s.end, nextSpan.start)) && sameCase(text.slice(s.start, s.end), text.slice(nextSpan.start, nextSpan.end))) {
      s.end = nextSpan.end;
      spans.splice(i + 1, 1);
      i--;
      continue;
    }
    // "Jimmy Dos Reis", "Maria Da Silva", "Pieter Van Dam": a surname's particle written capitalised between a given name and
    // the surname found, both read with it.
    if (s.category === 'NAME' && nextSpan?.category === 'NAME' && /^[ \t]+(?:Dos|Das|Da|De|Do|Del|Della|Di|Du|Van|Von|Ter|Ten|La|Le)[ \t]+$/.test(text.slice(s.end, nextSpan.start)) && /^\p{Lu}\p{Ll}/u.test(text.slice(s.start, s.end))) {
      s.end = nextSpan.end;
      spans.splice(i + 1, 1);
      i--;
      continue;
    }
    // "Third Ave and East 149th St", "16th Ave & 48th St": two streets found at a crossing are one corner, the word between
    // read with them.
    if (s.category === 'LOCATION' && nextSpan?.category === 'LOCATION' && /^[ \t]+(?:and|AND|&|at|AT|@)[ \t]+$/.test(text.slice(s.end, nextSpan.start)) && STREET_END.test(text.slice(s.start, s.end)) && STREET_END.test(text.slice(nextSpan.start, nextSpan.end))) {
      s.end = nextSpan.end;
      spans.splice(i + 1, 1);
      i--;
      continue;
    }
    // "Metrowest School for the Deaf", "Home for the Aged": a school's or a home's name runs on over "for the".
    const forThe = s.category === 'LOCATION' && /(?:School|SCHOOL|Academy|ACADEMY|Institute|INSTITUTE|Home|HOME)$/.test(text.slice(s.start, s.end)) ? /^[ \t]+(?:for|FOR)[ \t]+(?:the|THE)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:and|&|AND)[ \t]+\p{Lu}[\p{L}'’-]+)?/u.exec(after) : null;
    if (forThe) {
      s.end += forThe[0].length;
      absorbOverlapping(spans, i, s);
    }
    // "from Staten Is", "Mercer Is.", "(Staten Is.)": an island's abbreviation after its name (read as a person's or a place's).
    const island = s.category === 'LOCATION' || s.category === 'NAME' ? /^[ \t]+Is\.?(?=[ \t]*[,.;)\n]|$)/.exec(after) : null;
    if (island) s.end += island[0].length;
    // "crosses at the Zaragoza bridge", "fishing below the Elephant Butte dam": a name read alone, the structure after it
    // part of the place.
    const structure = (s.category === 'LOCATION' || s.category === 'NAME') && /\bthe[ \t]+$/i.test(text.slice(Math.max(floor, s.start - 5), s.start)) ? STRUCTURE_TAIL.exec(after) : null;
    if (structure) {
      s.end += structure[0].length;
      s.category = 'LOCATION';
    }
    // "the Cape Verdean Recreational Club", "CVS Kempton St": a club found by its last words takes the capitalised words of
    // its name before them after "the"; a street takes the chain whose branch it names.
    const clubLead = s.category === 'LOCATION' && CLUB_END.test(text.slice(s.start, s.end)) ? CLUB_LEAD.exec(text.slice(Math.max(floor, s.start - 40), s.start)) : null;
    // (A people's or a language's word names a club too, "Cape Verdean", "Polish American"; a word of the hospital does not.)
    if (clubLead && clubLead[1].trim().split(/[ \t]+/).every((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !NOT_BUSINESS_WORD.test(w))) s.start -= clubLead[0].length - clubLead[0].indexOf(clubLead[1]);
    // (Before a town only with a dash: "CVS - Marco Island"; "CVS in Naples" keeps the chain a word of the sentence.)
    const chain = s.category === 'LOCATION' ? CHAIN_BEFORE.exec(text.slice(Math.max(floor, s.start - 16), s.start)) : null;
    if (chain && (STREET_END.test(text.slice(s.start, s.end)) || /[-–][ \t]*$/.test(chain[0]))) s.start -= chain[0].length - chain[0].indexOf(chain[1]);
    // "Dept: City of Phoenix", "works at city of detroit water dept": a town as employer is named with the word of its kind.
    const municipal = s.category === 'LOCATION' ? MUNICIPALITY_BEFORE.exec(text.slice(Math.max(floor, s.start - 20), s.start)) : null;
    if (municipal) s.start -= municipal[0].length;
    // "at the Islamic Center on Ford Rd", "bowls at Polonia Lanes on Joseph Campau", "RETIRED FROM THE CATERPILLAR PLANT IN
    // EAST PEORIA": a business named before where it is, one place with it. In title case any name no clinical word; in
    // capitals only one that ends in what it is.
    const lead = s.category === 'LOCATION' ? BUSINESS_BEFORE.exec(text.slice(Math.max(floor, s.start - 60), s.start)) : null;
    if (lead && businessLead(lead[1])) {
      s.start -= lead[0].length - lead[0].indexOf(lead[1]);
      i--;
      continue;
    }
    const worked = s.category === 'LOCATION' ? WORKED_AT_BEFORE.exec(text.slice(Math.max(floor, s.start - 80), s.start)) : null;
    // (Two words at least, the first no kind of goods: "a bakery in Roslindale", "the fish plant in new bedford" name no firm.)
    const firm = worked?.[1].split(/[ \t]+/) ?? [];
    if (worked && firm.length > 1 && !GOODS.has(firm[0]) && firm.every((w) => businessLead(w[0].toUpperCase() + w.slice(1)) && !/^(?:home|night|nights|days|work|school|times?)$/.test(w))) {
      s.start -= worked[0].length - worked[0].lastIndexOf(worked[1]);
      i--;
      continue;
    }
    // "DIRIGO AMBULANCE", "Hastings Hospital": a name read as a person's is a facility's when its kind follows.
    if (s.category === 'NAME' && /^\p{Lu}/u.test(text.slice(s.start, s.end)) && FACILITY_TAIL.test(text.slice(s.end, s.end + 40))) {
      s.category = 'LOCATION';
      s.kind = 'facility';
    }
    if (s.category === 'LOCATION') {
      let found = text.slice(s.start, s.end);
      const plain = found === found.toLowerCase() ? 'lower' : found === found.toUpperCase() ? 'caps' : null;
      // ("KEOKUK FIRE" found whole by a town's service: its "DEPT" too.)
      // ("ossipee fire" and "toledo water" found so: their "-rescue" and "dept" too.)
      const tail = /(?:fire|police|water)$/i.test(found) ? /^(?:[ \t]+(?:dept\.?|department)|-rescue)(?![\p{L}])/iu : PLAIN_TAIL;
      // (The words of trade may have been read as a span of their own, "FIRE" as a name: they join the place.)
      const trade = plain ? tail.exec(text.slice(s.end, s.end + 40)) : null;
      if (trade && (plain === 'lower' ? trade[0] === trade[0].toLowerCase() : trade[0] === trade[0].toUpperCase())) {
        s.end += trade[0].length;
        // ("sorrento brothers mushroom farm": what the firm is may follow its trade word.)
        if (plain === 'lower') s.end = Math.max(s.end, lowerKindAfter(text, s.end));
        absorbOverlapping(spans, i, s);
        continue;
      }
      // ("the delmarva chick hatchery", "fox run shopping center": in a lower-case note, what the place is; the town after it
      // may still join it below: "the citgo plant in sulphur".)
      const lowerEnd = plain === 'lower' ? lowerKindAfter(text, s.end) : -1;
      if (lowerEnd > s.end) {
        s.end = lowerEnd;
        absorbOverlapping(spans, i, s);
        found = text.slice(s.start, s.end);
      }
      // "Thames Valley VNA", "Astoria Community Hosp": a facility's kind, read with the name found before it.
      const facilityTail = plain !== 'lower' ? FACILITY_TAIL.exec(text.slice(s.end, s.end + 40)) : null;
      if (facilityTail) {
        s.end += facilityTail[0].length;
        absorbOverlapping(spans, i, s);
        continue;
      }
      // "Reynoldsburg PD", "Madison Fire", "Pawtucket EMS": a town's agency names the town; the agency word is read with it.
      const agency = TOWN_AGENCY.exec(text.slice(s.end, s.end + 30));
      if (agency) {
        s.end += agency[0].length;
        absorbOverlapping(spans, i, s);
        continue;
      }
      // "the Tyson plant in Blountsville", "the Lowe's on Dobson Rd", "Chevron out of Fourchon": a business, what it is, and
      // where, one place; the words between are read with it (a writer may mark the whole).
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      const { kind, kindEnd, joiner } = kindThenPlace(text, s, next, limit);
      // (A name in title case before the place is the business's too: "the Islamic Center on Ford Rd"; not before "at",
      // where a person stands as often: "Doug at Normal Family Pharmacy".)
      const titled = !kind && /(?:^|[^\p{L}])(?:the|at|to|from|near|outside|behind|of)[ \t]+$/iu.test(text.slice(Math.max(floor, s.start - 10), s.start)) && /^\p{Lu}\p{Ll}/u.test(found) && businessLead(found);
      if (next && joiner && (kind || (titled && !/^[ \t]+at\b/i.test(joiner[0])) || s.kind === 'business' || (s.kind !== 'facility' && ENDS_IN_KIND.test(found)))) {
        s.end = next.end;
        spans.splice(i + 1, 1);
        i--;
        continue;
      }
      // ("Waverly Park apartments", "Tipton co-op elevator": a capitalised place then what it is in lower case is one name.)
      if (kind && (s.kind === 'business' || (s.kind !== 'facility' && plain === null && kind[0] === kind[0].toLowerCase()))) s.end = kindEnd;
      continue;
    }
    // "at the digester, Tombigbee Kraft mill in Naheola": a name in title case, what it is in lower case, and its town is a
    // business, not a person.
    if (s.category === 'NAME' && /^\p{Lu}\p{Ll}/u.test(text.slice(s.start, s.end))) {
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      const { kind, joiner } = kindThenPlace(text, s, next, limit);
      // ("Brendan works in Lower Manhattan": "works" after a person is a verb.)
      if (next && joiner && kind && kind[0] === kind[0].toLowerCase() && !/works$/.test(kind[0])) {
        s.category = 'LOCATION';
        s.end = next.end;
        spans.splice(i + 1, 1);
        continue;
      }
    }
    if (s.category !== 'NAME') continue;
    const lastName = /[\p{L}'’-]+$/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
    const nextWord = /^[ \t](\p{Lu}[\p{L}'’-]*)(?![\p{L}\d])/u.exec(text.slice(s.end, limit));
    // "Pt Kevin Little Thunder", "Nathan Whirlwind Horse": a Plains surname of a describing word and a word of the natural
    // world, found up to the describing word; "interpreter Paw Say": a Karen name of one-syllable words, read with the last.
    if (nextWord && sameCase(nextWord[1], lastName) && (plainsPair(lastName, nextWord[1]) || (KAREN.has(lastName.toLowerCase()) && KAREN.has(nextWord[1].toLowerCase())))) {
      s.end += nextWord[0].length;
      i--;
      continue;
    }
    // "Tia Runs Through RT", "Runs Above, Elsie": the whole Plains surname after a given name found alone, or before it
    // and its comma.
    const plainsAfter = /^[ \t](\p{Lu}\p{Ll}+)[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\d])/u.exec(text.slice(s.end, limit));
    if (plainsAfter && plainsPair(plainsAfter[1], plainsAfter[2])) {
      s.end += plainsAfter[0].length;
      continue;
    }
    const before = text.slice(Math.max(floor, s.start - 40), s.start);
    const plainsBefore = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)[ \t](\p{Lu}\p{Ll}+),[ \t]?$/u.exec(before);
    if (plainsBefore && plainsPair(plainsBefore[1], plainsBefore[2])) {
      s.start -= plainsBefore[0].length;
      continue;
    }
    // ("Employee: Saw Htoo Paw": the Karen word before it too.)
    const karenBefore = /(?<![\p{L}\d])(\p{Lu}\p{Ll}*)[ \t]$/u.exec(before);
    const firstName = /^[\p{L}'’-]+/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
    if (karenBefore && KAREN.has(karenBefore[1].toLowerCase()) && KAREN.has(firstName.toLowerCase()) && sameCase(karenBefore[1], firstName)) {
      s.start -= karenBefore[0].length;
      continue;
    }
    const found = text.slice(s.start, s.end);
    if (!found.includes(',')) {
      // One half of a patient's name found in the patient's slot: the other half is his name too.
      const half = SLOT_BEFORE.exec(before);
      // (An everyday word is a surname only as "Last, First" before a given name: "bishop, glen", not "states wade", "alert, pleasent".)
      const everyday = half ? (vocabulary().flags(half[1].toLowerCase()) & F.COMMON) !== 0 : false;
      const given = (vocabulary().flags(found.split(/[ \t]/)[0].toLowerCase()) & F.FIRST) !== 0;
      if (half && slotHalf(half[1]) && (!everyday || (half[2].startsWith(',') && given)) && sameCase(half[1], found) && PATIENT_SLOT.test(before.slice(0, before.length - half[0].length))) {
        s.start -= half[0].length;
        continue;
      }
      const next = /\s/.test(found) ? null : PATIENT_SLOT.test(before) ? SLOT_AFTER.exec(text.slice(s.end, limit)) : null;
      if (next && slotHalf(next[1]) && sameCase(next[1], found)) {
        s.end += next[0].length;
        continue;
      }
    }
    // "report to Per Olsen RN", "son (Per Nordahl)": the Scandinavian given name Per, capitalised mid-sentence before a found
    // surname. (Opening a sentence, "Per Holm, ..." is "according to Holm".)
    if (/(?:\p{Ll}[ \t]+|\()Per[ \t]$/u.test(before) && /^\p{Lu}\p{Ll}+$/u.test(found)) {
      s.start -= 4;
      continue;
    }
    // (Not before a span of two or three capitals: "no peaked T. AP/rn" is a T wave and a nurse's initials.)
    const initial = /\p{L}{3}/u.test(text.slice(s.start, s.end)) ? INITIAL_BEFORE.exec(before) : null;
    if (initial) {
      s.start -= initial[0].length;
      continue;
    }
    // "LITTLE THUNDER, VERNON  66M": a header's surname before the given name found, at the line's start, any words.
    // ("MICU    Edwards, Marquis D.    MR# ...": a field of the header before it, set off by two spaces or more; an initial's
    // period may close the name.)
    const headerEnd = text[s.end] === '.' && /(?:^|[ \t])\p{Lu}$/u.test(text.slice(s.start, s.end)) ? s.end + 1 : s.end;
    const header = /(?:^|\n|[ \t]{2}|\t)[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t]){0,2}\p{Lu}[\p{L}'’-]*),[ \t]*$/u.exec(before);
    // (Not a letter's closing or a credential before the comma: "Sincerely, Marisol Idowu", "J. Ostrowski RN, T. Benavides".)
    if (header && !/^(?:sincerely|yours|regards|thanks|thank|best|cordially|respectfully|love|rn|md|do|np|pa|lpn|rrt|phd)$/i.test(header[1]) && FIELD_END.test(text.slice(headerEnd, headerEnd + 8)) && /[ \t]{2,}|\n|$/.test(text.slice(headerEnd, headerEnd + 3)) && sameCase(header[1].split(/[ \t]+/)[0], text.slice(s.start, s.end).split(/[ \t]+/)[0])) {
      s.start -= header[0].length - header[0].indexOf(header[1]);
      continue;
    }
    const opener = LINE_OPENER.exec(before);
    const lastWord = /[\p{L}'’-]+$/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
    // ("Kestrel Yellowhorse, PT, DPT": a line that is a name and credentials alone signs a note, its first word an everyday one or not.)
    // (Not a role or a verb of signing: "Attending Ilse Brenneman, MD", "Signed Aaron Kessel, MD", "Therapist Josh Mark, PT".)
    const openerFlags = opener ? vocabulary().flags(opener[1].toLowerCase()) : 0;
    const signs = opener && /^\p{Lu}\p{Ll}+$/u.test(opener[1]) && !(openerFlags & (F.CLINICAL | F.ABBREV)) && (openerFlags & F.FIRST || !SIGNER_ROLE.test(opener[1])) && SIGNATURE_LINE_END.test(text.slice(s.end, s.end + 40));
    if (opener && sameCase(opener[1], lastWord) && (signs || (openerName(opener[1]) && FIELD_END.test(text.slice(s.end, s.end + 8))))) s.start -= opener[0].length - opener[0].indexOf(opener[1]);
  }
  // "PT WORKS AT THE WAWA ON ROOSEVELT BLVD", "staying at the hampton inn on chestnut st", "at the Saginaw Gray Iron plant":
  // a business read with where it stands or with the works it is, after a preposition and "the", takes the article in
  // too (writers mark the phrase whole).
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const found = text.slice(s.start, s.end);
    if (s.category !== 'LOCATION' || !(/[ \t](?:on|in|ON|IN)[ \t]/.test(found) || (s.kind === 'business' && WORKS_END.test(found)))) continue;
    const article = THE_AFTER_PLACE_WORD.exec(text.slice(Math.max(i > 0 ? spans[i - 1].end : 0, s.start - 16), s.start));
    if (article) s.start -= article[0].length - article[0].indexOf(article[1]);
  }
  return spans;
}
