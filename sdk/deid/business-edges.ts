/**
 * What closes or opens a business's name around a found span, for span-edges.ts: the trade words after an owner's or a
 * town's name ("Bedford Auto Body", "guidry roofing"), a care facility's words ("Capitol Regional Med Ctr"), what a works
 * is ("the Tyson plant in Blountsville"), a club's or a chain's words, and the words before a business's name ("worked at
 * hood dairy in charlestown").
 *
 * @example
 * businessLead('Olympia Diner'); // true
 */
import { isMedicalTerm } from './medical-terms.js';
import { FUNCTION_WORDS } from './recognizers/cue-words.js';
import { caseForms } from './recognizers/util.js';
import type { Candidate } from './span.js';
import { VOCAB_FLAGS as F, vocabulary } from './vocab.js';

// Capitalised words closing a business's name: a trade joined by "&" ("Stone & Tile", "Tool & Die") or a word that
// names a business ("Auto Body", "Bros. Market", "Diner", "Guest House", "High").
export const BUSINESS_TAIL =
  /^(?:[ \t]+&[ \t]+\p{Lu}[\p{L}'’]*|(?:[ \t]+(?:\p{Lu}[\p{L}'’]*\.?)){0,2}?(?:[ \t]+\p{Lu}[\p{L}'’]*[ \t]+&[ \t]+\p{Lu}[\p{L}'’]*|[ \t]+(?:Market|Diner|Bakery|Body|Motors|Garage|Supply|Dairy|Farms?|Inn|Guest[ \t]+House|Tavern|Pub|Grill|Cafe|Café|Restaurant|Pizza|Bros\.?|Brothers|Company|Corp\.?|Inc\.?|LLC|Construction|Landscaping|Plumbing|Roofing|Trucking|Towing|Hardware|Lumber|Mills?|Foods|Academy|Drugs?|Pharmacy|Grocery|Woodworking|Harness|Meats|Feed|Salvage|Welding|Sawmill|Implement|Station|(?:Bus[ \t]+)?Terminal|Armory|Preserve|CC|HS|RV[ \t]+(?:Resort|Park)|(?:Golf|Country)[ \t]+Club|Fellowship|Funeral[ \t]+(?:Home|Services|Chapel)|(?:Mobile[ \t]+Home|Trailer)[ \t]+Park)))(?![\p{L}\p{N}])/u;
// The same for a name in lower case or capitals, where no capital marks where the name ends: only a word that names a
// trade, a church or a school closes it, in the name's own case ("guidry roofing", "bates mill", "FINNEY COUNTY BEEF",
// "BOSTON FIRE DEPT", "st ann's parish", "ferndale high").
export const PLAIN_TAIL = /^(?:[ \t]+(?:steel|mills?|packing|beef|pork|meats|cement|aggregates?|co-op|coop|roofing|trucking|towing|plumbing|construction|landscaping|lumber|hardware|dairy|farms?|foods|oil|motors|market|diner|bakery|tavern|pub|grill|cafe|restaurant|pizza|bros\.?|brothers|company|corp\.?|inc\.?|llc|academy|elementary|parish|church|baptist|methodist|lutheran|presbyterian|pentecostal|catholic|ame|umc|fire-rescue|fire(?:[ \t]+(?:dept\.?|department|rescue))?|police(?:[ \t]+(?:dept\.?|department))?|fd|vfd|pd|ems|water[ \t]+(?:dept\.?|department)|public[ \t]+works|city[ \t]+schools|corrections|high(?=[ \t]*(?:[.,;)\n]|$|[ \t]+school\b))(?:[ \t]+school)?|station|(?:bus[ \t]+)?terminal|armory|hs)){1,2}(?![\p{L}\p{N}])/iu;
// Words in title case and in capitals, as one alternation.
const capitalForms = (words: string): string => words.split(' ').flatMap((w) => caseForms(w).slice(1)).join('|');
// What a care facility or service is, after a name read without it: "NORTHEAST KINGDOM MEDICAL CTR", "Capitol Regional Med
// Ctr", "Thames Valley VNA", "Neponset River LTAC", "Valley Ambulance" (title case or capitals).
// (One space apart: a name before a table's column, "PALUMBO, CONCETTA   HOSP #", is no facility. Supplies and rides need a
// word before them: "Meadowlands Home Infusion", not "DEFEROXAMINE INFUSION"; "Downeast Medical Transport".)
const FACILITY_QUALIFIER = capitalForms('medical med health care community regional skilled home air');
export const FACILITY_TAIL = new RegExp(
  String.raw`^(?:[ \t](?:${FACILITY_QUALIFIER}))*[ \t](?:${capitalForms('ctr hosp center hospital ambulance nursing health hospice rehab')}|VNA|LTACH?|AirMed|MedFlight)(?![\p{L}\d'’-])|^(?:[ \t](?:${FACILITY_QUALIFIER}))+[ \t](?:${capitalForms('infusion respiratory transport')})(?![\p{L}\d'’-])`,
  'u',
);
// What a business is, after its name ("plant", "paper mill", "fulfillment center"), or a home's kind of place ("Cambridge
// subdivision", "pine ridge apts", "Crazy Horse housing"), and the word that says where it is.
const KIND_NOUN = String.raw`(?:plant|mill|refinery|foundry|mine|yard|depot|garage|station|store|warehouse|distribution[ \t]+(?:center|ctr)|center|headquarters|hq|stadium|apartments|tavern|bar|deli|bakery|factory|shipyard|terminal|campus|works|cannery|brewery|dairy|farm|pantry|processing|elevator|feedlot|feed[ \t]+yard|sale[ \t]+barn|hub|truck[ \t]+stop|travel[ \t]+(?:center|plaza)|shops|docks?|roundhouse|safe[ \t]+haven|family[ \t]+residence|drop-in(?:[ \t]+(?:center|centre))?|soup[ \t]+kitchen|subdivision|apts|housing|trailer[ \t]+park|mobile[ \t]+home[ \t]+park)`;
const BUSINESS_KIND = new RegExp(
  String.raw`^(?:[ \t]+(?:paper|steel|chemical|coal|auto|meat|poultry|packing|assembly|distribution|fulfillment|service|truck|bus|rail|corn|pork|beef|chicken|turkey|cheese|can|tortilla|transmission|food|tree|christmas|co-op|coop|grain))?[ \t]+${KIND_NOUN}(?![\p{L}])`,
  'iu',
);
// A place found with what it is already inside it ("Hillshire pork plant", as the tagger reads it).
export const ENDS_IN_KIND = new RegExp(String.raw`[ \t]${KIND_NOUN}$`, 'iu');
// A club's or a hall's last word, and the capitalised words of its name before it after "the" ("the Cape Verdean
// Recreational Club", "the Polish American Citizens Club").
export const CLUB_END = /(?:Club|Hall|Lodge|Society|Association|League|Veterans)$/;
export const CLUB_LEAD = /\b(?:the|The|THE)[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3})$/u;
// A pharmacy or store chain before the street of its branch ("CVS Kempton St", "Walgreens - Route 6").
export const CHAIN_BEFORE = /(?:^|[^\p{L}])(CVS|Walgreens|Rite[ \t]Aid|Walmart|Wal-Mart|Stop[ \t]&[ \t]Shop|Market[ \t]Basket|Dunkin['’]?|Shaw['’]s|Hannaford|Kroger|Publix|Wegmans|ShopRite)(?:[ \t]+(?:on|at|-|–)?[ \t]*)$/u;
// A works' kind closing a business's name ("Saginaw Gray Iron plant").
export const WORKS_END = /[ \t](?:plant|mill|foundry|refinery|yard|shipyard|terminal|mine|factory)$/;
export const BUSINESS_BEFORE = /(?:^|[^\p{L}])(?:the|at|to|from|near|outside|behind|of|THE|AT|TO|FROM|NEAR|OUTSIDE|BEHIND|OF)[ \t]+((?!(?:THE|A|AN)[ \t])(?:\p{Lu}[\p{L}'’.&-]*[ \t]+){0,2}\p{Lu}[\p{L}'’&-]*)[ \t]+(?:on|in|off|ON|IN|OFF)[ \t]+$/u;
// The same in lower case, where only a word of working before it says a business is named: "pt works as cook at le foyer
// on blue hill ave", "machinist at texas instruments in attleboro", "worked at hood dairy in charlestown".
export const WORKED_AT_BEFORE =
  /\b(?:works?|worked|working|employed|job|cook|chef|machinist|mechanic|driver|drives|drove|clerk|cashier|manager|welder|electrician|plumber|carpenter|nurse|aide|teacher|janitor|custodian|waitress|waiter|bartender|dishwasher|foreman|laborer|operator|secretary|receptionist|professor|engineer|accountant|guard)(?:[ \t]+as[ \t]+(?:an?[ \t]+)?\p{Ll}+)?[ \t]+(?:at|for)[ \t]+((?:\p{Ll}[\p{Ll}'’&-]*[ \t]+){0,2}\p{Ll}[\p{Ll}'’&-]*)[ \t]+(?:on|in)[ \t]+$/u;
const CAPS_KIND = /^(?:PLANT|MILL|STORE|FACTORY|MINE|REFINERY|WAREHOUSE|SHOP|BAR|TAVERN|CHURCH|MOTEL|CASINO|YARD|DEPOT|ELEVATOR|COOP|CO-OP|CLUB|HALL|LANES|DINER|CAFE|GARAGE)$/;
// Words of the hospital, a family or a time, which open no business's name ("the Patient in", "the Family in", "the ED in").
export const NOT_BUSINESS_WORD = /^(?:Patient|Pt|Family|Hospital|Emergency|Department|Dept|Service|Services|Team|Unit|Floor|Room|Bed|ER|ED|ICU|OR|Doctor|Dr|Mr|Mrs|Ms|Nurse|Morning|Evening|Night|Day|Week|Month|Year|Time|Weekend|Spring|Summer|Fall|Winter|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const PLACE_JOINER = /^[ \t]+(?:on|in|at|off|near|out[ \t]+of)[ \t]+/i;

/**
 * What a business is after the span ("plant", "paper mill"), and the word joining it to the next span when that span is a
 * place right after it ("the Tyson plant in Blountsville"): the joiner is null otherwise.
 *
 * @example
 * kindThenPlace('the Tyson plant in Blountsville', tyson, blountsville, 31).joiner?.[0]; // ' in '
 */
export function kindThenPlace(text: string, s: Candidate, next: Candidate | null, limit: number): { kind: RegExpExecArray | null; kindEnd: number; joiner: RegExpExecArray | null } {
  const kind = BUSINESS_KIND.exec(text.slice(s.end, Math.min(limit, s.end + 32)));
  const kindEnd = kind ? s.end + kind[0].length : s.end;
  const joiner = PLACE_JOINER.exec(text.slice(kindEnd, kindEnd + 12));
  return { kind, kindEnd, joiner: joiner && next?.category === 'LOCATION' && next.start === kindEnd + joiner[0].length ? joiner : null };
}

/**
 * A business's name before "on" or "in": title-case words no clinical list holds, or capitals ending in what it is.
 *
 * @example
 * businessLead('Olympia Diner'); // true
 */
export function businessLead(name: string): boolean {
  const words = name.split(/[ \t]+/);
  const plainWord = (w: string) => !isMedicalTerm(w.toLowerCase()) && !(vocabulary().flags(w.toLowerCase().replace(/['’]s$/, '')) & (F.CLINICAL | F.ABBREV)) && !FUNCTION_WORDS.has(w.toLowerCase()) && !NOT_BUSINESS_WORD.test(w);
  if (words.every((w) => /^\p{Lu}[\p{Ll}'’.&-]/u.test(w))) return words.every(plainWord);
  return name === name.toUpperCase() && words.length > 1 && CAPS_KIND.test(words[words.length - 1]) && words.slice(0, -1).every(plainWord);
}
