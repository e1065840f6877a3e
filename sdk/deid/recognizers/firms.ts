/**
 * Firms named by the word that ends a firm's name, and union locals: "insulator, Gulf States Insulation", "welder, Sims
 * Bayou Fabricators", "COAL MINER, TUG FORK COAL CO", "crane operator, Carolina Crane & Rigging", "Prairie Sanitation
 * Services", "Heat and Frost Insulators Local 112", "UMWA LOCAL: LOCAL 6032". An employer places its worker as an address
 * does; occupational notes name one on every page, after a job, a comma or "for", or alone in a header.
 *
 * The evidence is the end word, a legal form ("Co", "Inc", "LLC") or a trade no clinical phrase ends with ("Fabricators",
 * "Rigging", "Logistics"; "Services" only after a trade's word, "Well Services", never "Social Services"), and one to
 * four capitalised words before it, none clinical. In a line written in capitals, where every word is capitalised, a
 * trade's end word also needs a word before it that English does not use ("SANDHILLS LOGISTICS", not "DIRECTIONAL
 * DRILLING").
 *
 * @example
 * recognizeFirms('welder, Sims Bayou Fabricators')[0].kind; // 'business'
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { caseForms, has, matchesOf } from './util.js';

// Legal forms: whatever the words before them, a firm.
const LEGAL = String.raw`Co\.?|CO\.|CO|Company|COMPANY|Corp\.?|CORP\.?|Corporation|CORPORATION|Inc\.?|INC\.?|LLC|L\.L\.C\.|Ltd\.?|LTD\.?|& Sons|& SONS`;
// Trades that end a firm's name and no clinical phrase (lower case here; matched in Title case and capitals).
const TRADES = 'logistics fabricators fabrication contractors contracting constructors construction drilling rigging haulers hauling trucking packing packers poultry chemicals insulation erectors aromatics polymers industries manufacturing mfg enterprises excavating excavation roofing plumbing welding lumber seafoods seafood fisheries sanitation caterers catering scaffolding adjusters refining producers operators works foundry mills plating';
// Words that end a firm's name but also plain phrases ("Dairy Products", "Low Energy", "Patient Transport"): a firm's only
// with two words before them in title case ("Venice Marine Transport", "Cameron Menhaden Products", "Triple R Oilfield
// Labor"), never in a line of capitals.
const WEAK_TRADES = 'marine vessels boats transport transportation energy processing products labor aviation helicopters rotor';
// The trades "Services" or "Service" follows in a firm's name ("Lovington Well Service", "Permian Frontier Energy Services").
const SERVICE_TRADES = 'legal well energy oilfield field sanitation environmental industrial pressure pumping wireline disposal waste janitorial staffing towing tree pest lift claims mro offshore marine catering crane inspection diving rental timber logging';
const casings = (words: string): string => words.split(' ').flatMap((w) => caseForms(w).slice(1)).join('|');
// The goods "Products" follows in a firm's name ("Satilla Wood Products", "SOUTHERN FOREST PRODUCTS"); "Blood Products",
// "Paper Products" and "Dairy Products" are none of these.
const PRODUCTS_TRADES = 'wood forest lumber timber concrete metal steel plastic plastics rubber glass stone building petroleum';
// (The two-word ends first: "Energy Services" is one end, not "Energy".)
// A cooperative of a rural trade ("Big Prairie Electric Coop", "Hill County Farmers Co-op"); "cooperative" alone is a patient.
const COOP_TRADES = 'electric telephone farmers grain dairy rural water';
const END = String.raw`(?:(?:${casings(SERVICE_TRADES)})[ \t]+(?:Services?|SERVICES?)|(?:${casings(COOP_TRADES)})[ \t]+(?:Coop|Co-op|Cooperative|COOP|CO-OP|COOPERATIVE)|(?:${casings(PRODUCTS_TRADES)})[ \t]+(?:Products|PRODUCTS)|${LEGAL}|${casings(TRADES)}|(?:${casings(WEAK_TRADES)})(?![ \t]+\p{Lu}\p{Ll}))`;
const WEAK_END = new RegExp(String.raw`^(?:${casings(WEAK_TRADES)})$`, 'u');
// One to four capitalised words ("&" and "and" between them), then the end word.
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const FIRM = new RegExp(String.raw`(?<![\p{L}\d'’&.-])((?:${WORD}|&|and|AND)(?:[ \t]+(?:${WORD}|&|and|AND)){0,3}?)[ \t]+(${END})(?![\p{L}\d'’&-])`, 'dgu');
const LEGAL_END = new RegExp(String.raw`^(?:${LEGAL})$`, 'u');
// Bare "CO" is carbon monoxide or a corrections officer ("RECHECK CO", "CO Bradshaw"): a firm's only after an industry's word
// ("TUG FORK COAL CO", "PLATTE RIVER PACKING CO").
const INDUSTRY = new Set('coal packing oil gas lumber mining electric construction trucking chemical steel iron mfg manufacturing supply feed cattle sheep land production transfer transport building motor tire paper glass canning milling grain elevator ice power light telephone'.split(' '));
// Words of care and of the body before a trade's word make a service or a finding, not a firm ("Critical Care Transport",
// "Blood Products", "Low Energy").
const CARE_WORDS = new Set('critical care blood patient patients medical health emergency urgent life flight air ambulance rescue trauma hospital clinic nursing home hospice rehab physical therapy dental mental behavioral family child protective social human veterans senior adult community low high total great'.split(' '));
// Companies of a fire department ("Engine Co. 7", "Ladder Co."), and labels before a firm ("Employer", "Formerly").
const NOT_FIRM_WORDS = new Set('engine ladder hose rescue squad truck employer employers formerly job site contractor subcontractor'.split(' '));

// What a works makes, closing its name with a second good after "&" or a word for the works ("Rock River Screw & Bolt",
// "Cuyahoga Bar & Wire", "Black River Tube Works", "Maumee Axle Division", "Pontiac Seating Systems"), or the iron a
// foundry casts ("Shiawassee Malleable Iron", "Saginaw Gray Iron"). These words are everyday or clinical ("tube", "iron",
// "wire") and a name may be too ("BLACK RIVER"): the shape of the whole is the evidence.
const GOODS = 'axle axles bolt bolts screw screws nut nuts rivet rivets wire cable tube tubes pipe sheet tin steel iron brass copper aluminum alloy alloys gear gears spring springs bearing bearings forge forging forgings casting castings stamping stampings tool die dies machine seating glass paper bar bars rod rail truck bus frame chain valve valves pump pumps motor radiator plate boiler tank coke coil bumper wheel wheels spark plug';
const GOOD = String.raw`(?:${casings(GOODS)})`;
const WORKS_WORD = casings('works division systems products');
const GOODS_END = String.raw`(?:${GOOD}[ \t]+(?:&|and|AND)[ \t]+${GOOD}|(?:${GOOD}[ \t]+){1,2}(?:${WORKS_WORD})|(?:${casings('malleable gray grey ductile')})[ \t]+(?:Iron|IRON))`;
const GOODS_FIRM = new RegExp(String.raw`(?<![\p{L}\d'’&.-])((?:${WORD})(?:[ \t]+${WORD}){0,3}?)[ \t]+(${GOODS_END})(?![\p{L}\d'’&-])`, 'dgu');

// A law or claims firm by its partners' surnames joined by "&" ("Oubre Lindsey & Hall", "Broussard, Guidry & Hebert"), in a
// note about a claim or counsel; people named so would carry given names or a title ("sons Arjun & Dev", "Drs. Kahn & Lee").
const LEGAL_NOTE = /\b(?:attorneys?|atty|lawyers?|law[ \t]+(?:firm|office)|counsel|esq|claims?|deposition|plaintiff|defendant|lawsuit|litigation|subpoena|LHWCA|workers['’]?[ \t]+comp)\b/i;
const PARTNERS = /(?<![\p{L}\d'’.&-][ \t]?)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:,?[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}|\p{Lu}\p{Ll}[\p{L}'’-]*),?[ \t]+&[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,?[ \t]+(?:LLP|LLC|PLC|APLC|P\.C\.|PC))?(?![\p{L}\d'’&-])/dgu;
const PEOPLE_BEFORE = /(?:\b(?:drs?|mr|mrs|ms|miss|sons?|daughters?|kids|children|parents|brothers?|sisters?|grandsons?|granddaughters?|twins|and)\.?|&)[ \t]*$/i;

// A union's local by its number, in a note that names a union ("UMWA", "IBEW", "Teamsters", "union hall"), with the
// union's capitalised name before it when there is one ("Heat and Frost Insulators Local 112").
const UNION_NOTE = /\b(?:unions?|UMWA|IBEW|UAW|USW|UFCW|SEIU|AFSCME|ILWU|ILA|AFL-CIO|Teamsters|Laborers|Insulators|Ironworkers|Pipefitters|Boilermakers|Steelworkers|Electrical[ \t]+Workers|Operating[ \t]+Engineers|steward|union[ \t]+hall)\b/i;
const UNION_LOCAL = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,4})(?:Local|LOCAL)[ \t]+(?:No\.?[ \t]*|#[ \t]*)?\d{2,5}(?![\d.,%]|[ \t]*(?:mg|ml|cc|%))/dgu;

/**
 * Firms by their end word, and union locals.
 *
 * @example
 * recognizeFirms('Letter faxed to Gulf States Insulation 337-555-0133')[0].category; // 'LOCATION'
 */
export function recognizeFirms(text: string): Candidate[] {
  const out: Candidate[] = [];
  const v = vocabulary();
  for (const m of matchesOf(FIRM, text)) {
    const named = firmRun(text, m);
    if (!named) continue;
    const { run, first, lowers } = named;
    if (lowers.some((w) => isMedicalTerm(w) || v.flags(w) & (F.CLINICAL | F.ABBREV))) continue;
    if (lowers.some((w) => CARE_WORDS.has(w))) continue;
    // (And one word a name's or a place's, or a letter: "Bayou Black Marine", "Triple R Oilfield Labor"; not "Avoid Dairy Products".)
    const proper = lowers.some((w) => w.length === 1 || v.flags(w) & (F.PLACE | F.PROPER | F.UPPER) || !(v.flags(w) & F.COMMON));
    // (Nor an instruction opening a sentence: "Use Paper Products".)
    const opensSentence = /(?:^|[.!?:\n])[ \t]*$/.test(text.slice(Math.max(0, first - 4), first)) && (v.flags(lowers[0]) & (F.COMMON | F.PROPER | F.PLACE)) === F.COMMON;
    if (WEAK_END.test(m[2]) && (lowers.length < 2 || !proper || opensSentence || capsLine(text, m.index) || !/^\p{Lu}\p{Ll}/u.test(m[2]))) continue;
    // ("WIFE JODI WORKS AT KWIK TRIP", "GIRLFRIEND NIKKI WORKS": "works" is the verb after a relative, before where or when.)
    if (/^works$/i.test(m[2]) && lowers.some((w) => FAMILY_WORDS.has(w))) continue;
    if (/^works$/i.test(m[2]) && /^[ \t]+(?:at|for|in|as|on|with|nights|days|part|full|from|there|here|the|2nd|3rd|second|third|swing|graveyard|two|three|four|five|six|\d)\b/i.test(text.slice(m.indices![2][1], m.indices![2][1] + 16))) continue;
    const legal = LEGAL_END.test(m[2]);
    // (Bare "INC" in capitals is an incision or incontinence, "MIDLINE INC"; "Inc", "INC." and "ACME, INC" are firms' but
    // the comma form never reaches here, as the run and its end word are one space apart.)
    if (m[2] === 'INC') continue;
    if (/^CO\.?$/.test(m[2]) && (!INDUSTRY.has(lowers[lowers.length - 1]) || run.includes('CO') || !capsLine(text, m.index))) continue;
    // ("PORTUGUESE-SPEAKING CONSTRUCTION", "YEAR OLD ..." : a worker described, not a firm.)
    if (lowers.some((w) => w.endsWith('-speaking') || w === 'year' || w === 'old')) continue;
    if (!legal && capsLine(text, m.index) && lowers.every((w) => v.flags(w) & F.COMMON)) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: first, end: m.indices![2][1], kind: 'business' });
  }
  if (has(/Iron|IRON|[&]|Works|WORKS|Division|DIVISION|Systems|SYSTEMS|Products|PRODUCTS/, text)) for (const m of matchesOf(GOODS_FIRM, text)) {
    const named = firmRun(text, m);
    if (!named) continue;
    // The name before the goods: no clinical word, no relative, and in a line of capitals or of everyday words a place's or
    // a word English does not use ("MAUMEE", "PONTIAC"), or a river's or a street's ("BLACK RIVER", "SEVENTH STREET").
    // ("Chest Tube & Wire", "NG TUBE AND PEG TUBE", "Blood Products": clinical or care words never name the works.)
    const { first, lowers } = named;
    if (lowers.some((w) => isMedicalTerm(w) || v.flags(w) & (F.CLINICAL | F.ABBREV) || CARE_WORDS.has(w) || FAMILY_WORDS.has(w))) continue;
    const proper = lowers.some((w) => v.flags(w) & F.PLACE || !(v.flags(w) & (F.COMMON | F.ENGLISH))) || /\b(?:river|creek|lake|bay|harbor|street|valley|falls)$/.test(lowers.join(' '));
    if (!proper && (capsLine(text, m.index) || !/&|and/i.test(m[2]))) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: first, end: m.indices![2][1], kind: 'business' });
  }
  if (text.includes('&') && has(LEGAL_NOTE, text)) for (const m of matchesOf(PARTNERS, text)) {
    // Every partner a surname (a surname list's word or one no word list holds), none a given name only.
    const names = `${m[1]} ${m[2]}`.split(/[, \t]+/).filter(Boolean).map((w) => w.toLowerCase());
    const surname = (w: string) => !isMedicalTerm(w) && !CARE_WORDS.has(w) && !FUNCTION_WORDS.has(w) && ((v.flags(w) & F.LAST) !== 0 || !(v.flags(w) & (F.COMMON | F.ENGLISH | F.FIRST | F.CLINICAL | F.ABBREV)));
    if (names.length < 2 || !names.every(surname) || PEOPLE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'business' });
  }
  if (has(UNION_NOTE, text)) {
    for (const m of matchesOf(UNION_LOCAL, text)) {
      const name = m[1].trim().split(/[ \t]+/).filter(Boolean);
      // The union's name only where its words are no clinical ones and no label ("UMWA LOCAL: LOCAL 6032" keeps the number).
      const named = name.length > 0 && !name.some((w) => isMedicalTerm(w) || (FUNCTION_WORDS.has(w.toLowerCase()) && !/^(?:and|&)$/i.test(w)));
      const start = named ? m.indices![1][0] : m.indices![1][1];
      out.push({ category: 'LOCATION', score: 0.7, start, end: m.index + m[0].length, kind: 'business' });
    }
  }
  return out;
}

/** The firm's own words before its end word: after the last function word or job in the run ("TRAILER FOR SANDHILLS LOGISTICS"), and where they start. */
function firmRun(text: string, m: RegExpExecArray): { run: string[]; first: number; lowers: string[] } | null {
  const words = m[1].split(/[ \t]+/);
  let first = m.indices![1][0];
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase().replace(/[.'’]+$/, '');
    if ((FUNCTION_WORDS.has(w) && w !== 'and') || (i === 0 && w === 'and')) k = i + 1;
  }
  while (k < words.length && NOT_FIRM_WORDS.has(words[k].toLowerCase())) k++;
  const run = words.slice(k);
  for (let i = 0; i < k; i++) first = text.indexOf(words[i], first) + words[i].length;
  first = text.slice(first).search(/\S/) + first;
  if (run.length === 0 || run[0] === '&' || /^and$/i.test(run[0])) return null;
  const lowers = run.filter((w) => w !== '&' && !/^and$/i.test(w)).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  return { run, first, lowers };
}
