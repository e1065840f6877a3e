/**
 * Postal addresses in the shapes written outside the US templates: European street-then-number
 * ("Koskikatu 25", "Rua do Arenque 1634", "42 Rue Saint-Paul, Apt 3"), unit designators ("Apt. 595",
 * "Suite 838", "Unit 4719 Box 7394"), military addresses ("PSC 0413, Box 8144 / APO AA 42323"),
 * labelled postcodes ("ZIP: 3520"), and the lines that continue an address block (town, region,
 * country, postcode on the following lines). US street addresses stay in locations.ts.
 *
 * @example
 * recognizeAddresses('send it to 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677');
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { countryAtEnd } from './countries.js';
import { PARTICLES, clinicalShorthand, isParticle, nameWords, plainWord, plainWords } from './place-words.js';
import { dictionaries } from '../dictionaries.js';
import { isMedicalTerm } from '../medical-terms.js';
import { DOSE_UNIT, doctorNotDrive, has, matchAll, measureNotStreet } from './util.js';

// Street words written before the name (Rue de Tanger, Via Franscini, ul. Miła) or after it
// (Søndergade, Harjukuja, Þorsteinsgata, Brucker Bundesstrasse, Rákóczi út).
const STREET_BEFORE = String.raw`(?:rue|rua|rúa|c\/|trg|av(?=[ \t]+\p{Lu})|via|viale|vicolo|piazza|piazzetta|largo|corso|calle|avenida|av\.|avda\.?|avenue|plaza|paseo|camino|carrer|chemin|allée|allee|boulevard|bd\.?|place|quai|praça|travessa|estrada|rodovia|strada|ulica|ul\.|aleja|al\.|rambla|ronda|avinguda|travesía|praceta|rruga|jalan|jl\.|bulevar|ulitsa|prospekt|λεωφόρος|οδός|λ\.)`;
const STREET_SUFFIX = String.raw`(?:u\.|katu|kuja|tie|tee|põik|kapu|köz|polku|gade|vej|vænget|gata|gatan|gate|vägen|väg|veien|vegen|vei|torget|stræde|straße|strasse|str\.?|weg|gasse|platz|damm|ufer|chaussee|plein|laan|straat|steeg|dreef|steenweg|kade|singel|gracht|caddesi|cad\.|sokak|sok\.|sokağı|bulvarı|utca|út|útja|tér|körút|sor|ulice|náměstí|cesta|ulica|street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|place|pl\.?|terrace|way|square|sq\.?|crescent|close|grove|parks?|squares?|streets?|unions?|harbor|harbour|points?|rest|fort|concourse)`;
const WORD = String.raw`[\p{L}][\p{L}\p{M}'’.\-]*`;
const NUM = String.raw`\d{1,5}[A-Za-z]?\.?`;

// "Rua do Arenque 1634", "Via dei Fiorentini 17" (number after the name) and "42 Rue Saint-Paul",
// "26 rue des lieutemants Thomazo" (number before the street word).
const PREFIX_STREET = new RegExp(
  String.raw`(?<![\p{L}\d:./-])(?:\d{1,6}[ \t]+)?${STREET_BEFORE}[ \t]+(?:${WORD}[ \t]+){0,4}?${WORD}[ \t]+${NUM}(?![\p{L}\d])|(?<![\p{L}\d:./-])\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?${STREET_BEFORE}[ \t]+(?:${WORD}(?=[ \t,;]|$)[ \t]*){1,4}`,
  'giu',
);
// Its cheap test (same flags): a street word before a space or tab, which most notes lack; the scan itself tries every
// position the look-behind allows.
const STREET_WORD_BEFORE = new RegExp(String.raw`${STREET_BEFORE}[ \t]`, 'iu');
// "Søndergade 52", "Harjukuja 54", "Brucker Bundesstrasse 31", "Rákóczi út 13.", "Erzsébet tér 19."
// Anchored on the house number (a lookbehind finds the street word before it): scanning from every
// letter for a suffix costs far more on long notes.
// The leading (?=\d) lets the regex engine skip to digits before it tries the long look-behind (ten times faster).
const SUFFIX_STREET = new RegExp(String.raw`(?=\d)(?<=(?<![\p{L}\d])(?:\d{1,6}[ \t]+)?(?:${WORD}[ \t]+){0,2}?[\p{L}\p{M}'’\-]*${STREET_SUFFIX}[ \t]+)${NUM}(?![\p{L}\d])`, 'giu');
const SUFFIX_WORD = new RegExp(String.raw`^${STREET_SUFFIX}$`, 'iu');
const SUFFIX_STREET_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}[ \t]+)?(?:${WORD}[ \t]+){0,2}?[\p{L}\p{M}'’\-]*${STREET_SUFFIX}[ \t]+$`, 'iu');
// Two numbers around one to three words: "28245 Puruntie 82", "6750 Koskikatu 25" (a word must be no everyday word).
const NUMBER_NAME_NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,/:-])\d{1,6}[ \t]+((?:${WORD}[ \t]+){0,2}${WORD})[ \t]+[1-9]\d{0,3}[A-Za-z]?\.?(?![\p{L}\d]|[.,/:-]\d|[ \t]*(?:mg|ml|mcg|cc|units?|%|mm|cm|kg|x\b|years?|yrs?|days?|hours?|hrs?|min))`, 'gu');
// What follows a number that counts a dose or a share, not a house ("35 CC", "22 of 38 ml").
const DOSE_NEXT = new RegExp(String.raw`^[ \t]*(?:${DOSE_UNIT}|u|g|oz|of)\b`, 'i');
// Unit designators and military addresses. Only abbreviations take a period: "floor. 2 PIVs" is two sentences.
// Post boxes abroad too: "Postbus 412" (NL), "Apartado 77" (ES/PT), "Caixa Postal 1180" (BR), "Casilla 45" (CL).
// "Flat 3" only when no unit, slash or range follows ("JVP flat 3 cm", "affect flat 2/2" are findings).
const UNIT = /(?<![\p{L}\d])(?:apt\.?|apartment|suite|ste\.?|unit|room|rm\.?|floor|fl\.?|bldg\.?|building|box|po box|p\.o\. box|postbox|post box|postbus|apartado|caixa postal|casilla|psc|cmr|int\.|flat(?=[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?(?![\p{L}\d\/.-]|[ \t]*(?:cm|mm|x\b|%|-|to\b))))[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?(?:-\d{1,4}(?![\d.\/]))?(?![\p{L}\d])(?:,?[ \t]+box[ \t]+\d{1,6})?/giu;
// Any case: "dpo ap 51065", "uscgc aslakhanov" in lower-case text.
const MILITARY = /(?<![\p{L}\d])(?:(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}|(?:USNS?|USCGC)[ \t]+\p{L}[\p{L}'’-]+)(?![\p{L}\d])/giu;
// Grid addresses of Utah and the Mountain West: a number and a direction, twice ("1882 W 3100 S", "350 S 600 E").
const GRID = /(?<![\p{L}\d.\/-])\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{2,5}[ \t]+[NSEW]\b(?![ \t]*\d)/gu;
const POSTCODE_LABEL = /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|cep|plz)\b(?:\s+is)?\s*[:#]?\s*(?=[A-Z]*\d)([A-Z0-9]{3,4}[ -]?[A-Z0-9]{3,4}|\d{4} ?[A-Z]{2}|\d{3}[ -]\d{2}|\d{3,6})\b/dgi;

function clinicalWord(w: string): boolean {
  return isMedicalTerm(w) || clinicalShorthand(w);
}

/** "40 KCL VIA NGT", "plan rpt hct 3": every name word clinical shorthand (small linking words aside) makes a dose or an order, not a street. */
function clinicalStreet(span: string): boolean {
  const words = span.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => !/^(?:via|at|for|per|to|in|on|of|and|x)$/i.test(w)) ?? [];
  return words.length > 0 && words.every(clinicalWord);
}

/** US-style "2450 Crown St", "176 Pinto Hill", "11 Rott Crossroad" with every street suffix faker knows. */
let usForm: RegExp | null = null;
function usFormRegex(): RegExp {
  if (!usForm) {
    // Capitalised words only ("1 mm ST depression", "8 days. Last known well" are no streets); lower-case
    // addresses are taken only with a spelled-out street word, below.
    const suffixes = [...dictionaries().streetSuffixes].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const cap = String.raw`(?:\p{Lu}[\p{L}\p{M}'’\-]*|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|(?:St|Ste|Mt|Ft)\.)`;
    const suf = suffixes.flatMap((x) => [x[0].toUpperCase() + x.slice(1), x.toUpperCase()]).join('|');
    // (A half lot keeps its number: "309 1/2 Howard Ave", "12½ Elm St".)
    usForm = new RegExp(String.raw`(?<![\p{L}\d.,/:-])\d{1,6}(?:[ \t]+1\/2|½)?[A-Za-z]?[ \t]+(?:${cap}[ \t]+){1,3}?(?:${suf})\b\.?|(?<![\p{L}\d.,/:-])\d{1,6}[ \t]+(?:\p{Ll}[\p{Ll}'’\-]*[ \t]+){1,3}?(?:street|avenue|road|boulevard|lane|drive|court|terrace|parkway|highway)\b`, 'gu');
  }
  return usForm;
}

// "the corner of 159 Eleftheriou Venizelou str and Rennie Union", "the corner of ul. Cicha 86 and Leokadia
// Trail": a period after a short word or a number ("ul.", "Str.", "39.") may stand inside the first
// street when "and", a capital or a number follows; a sentence's period ("the mouth. And") ends it.
const ABBR_DOT = String.raw`(?<=(?:^|[^\p{L}])(?:\p{L}{1,4}|\d+))\.(?=[ \t]+(?:and\b|&|\p{Lu}|\d))`;
const CORNER = new RegExp(
  String.raw`\b(?:(?:[Tt]he|THE)[ \t]+)?(?:[Cc]orner|CORNER)[ \t]+(?:of|OF)[ \t]+(?=[\p{L}\d])(?:[^\n.,;!?]|${ABBR_DOT}){3,60}?[ \t]+(?:and|AND|&)[ \t]+[^\n,;!?]{3,40}?(?=[ \t]*(?:[.,;!?\n]|$))`,
  'gu',
);
// An intersection without "corner of": "Leon and Eyrarodda 66" (a name-like word, "and", a street and number).
// Anchored on "and" (a lookahead first, so the lookbehind runs only there): scanning from every capital costs more.
const INTERSECTION = new RegExp(String.raw`(?=(?:and|&)[ \t])(?<=(?<![\p{L}\d])(\p{Lu}[\p{L}\p{M}'’\-]+)[ \t]+)(?:and|&)[ \t]+((?:${WORD}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’\-]*)[ \t]+\d{1,5}[A-Za-z]?(?![\p{L}\d]|[.,]\d|[ \t]*(?:mg|ml|mcg|units?|%|years?|days?|hours?|min))`, 'dgu');
// A street named by name and number alone, where a cue says it is a place ("lives on Joaquin Suarez 2906",
// "the bus station is on Pod Floriánem 1677") or a street word follows the number ("Hoge Wei 32 St.").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|${PARTICLES})`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`;
const CUED_STREET = new RegExp(
  String.raw`(?=\p{Lu})(?<=\b(?:lives?|living|resides?|residing|located|situated|stays?|staying|station|stop|office|shop|house|flat|apartment|enter|meet[ \t]+me|side)(?:[ \t]+(?:is|are|was))?[ \t]+(?:on|at|of|in)[ \t]+)((?:${NAME_WORD}[ \t]+){0,3}${CAP_WORD})[ \t]+\d{1,5}[A-Za-z]?(?![\p{L}\d]|[.,:/]\d|[ \t]*(?:mg|ml|mcg|units?|%|mm|cm|kg|years?|days?|weeks?|hours?|min|am|pm)\b)`,
  'gu',
);
// Cheap tests first: most notes have no such cue, and no number followed by a street word.
const STREET_CUE = /\b(?:liv|resid|locat|situat|stay|station|stop|office|shop|house|flat|apartment|enter|meet|side)\p{L}*(?:[ \t]+(?:me|is|are|was))?[ \t]+(?:on|at|of|in)[ \t]+\p{Lu}/u;
const NUMBER_STREET_WORD = /\d[A-Za-z]?[ \t]+(?:[Ss]treet|[Ss]t\.|[Rr]oad|[Aa]venue)(?!\p{L})/u;
const STREET_WORD_AFTER = new RegExp(String.raw`(?<![\p{L}\d])((?:${NAME_WORD}[ \t]+){0,2}${CAP_WORD})[ \t]+\d{1,5}[A-Za-z]?(?=[ \t]+(?:[Ss]treet|[Ss]t\.|[Rr]oad|[Aa]venue)(?![\p{L}]))`, 'gu');
// "2505 Heatherleigh Suite 620": a number and a name before a unit designator.
const NAME_BEFORE_UNIT = new RegExp(String.raw`(?<![\p{L}\d.,:/-])\d{1,6}[ \t]+((?:${NAME_WORD}[ \t]+){0,2}${CAP_WORD})(?=[ \t]+(?:Apt|Apartment|Suite|Ste|Unit)\.?[ \t]*#?[ \t]*\d)`, 'gu');
const INTERSECTION_BEFORE = /(?<![\p{L}\d])(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(?:and|&)[ \t]+$/u;
// A postcode after a town or country: 4-6 digits ("24743"), Portuguese "3610-114", Swedish "840 24".
const TAIL_POSTCODE = /^[ \t]*,?[ \t]*(?:\d{4,6}(?:-\d{3})?|\d{3} \d{2})(?![\p{L}\d])/u;

const UNIT_WORD = String.raw`(?:[Aa]pt|APT|[Ss]uite|SUITE|[Ss]te|STE|[Uu]nit|UNIT)`;
const REST_OF_LINE = new RegExp(
  String.raw`^(?:[ \t]*,?[ \t]*(?:${UNIT_WORD}\.?[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?|\d{1,2}(?=[ \t]+${UNIT_WORD}\b)|\d{3,6}(?:-\d{3,4})?|\p{Lu}[\p{L}\p{M}'’\-]*|\([\p{L}\p{M}'’. \-]+\)|${PARTICLES}|nan)(?![\p{L}\d]))*`,
  'u',
);
// The address part of a following line: town, region, country, postcode.
const LINE_PART = new RegExp(String.raw`^[^\p{L}\d\n(]*(?:,?[ \t]*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*|\([\p{L}\p{M}\d'’. \-]+\)|nan|the|${PARTICLES})(?![\p{L}\d]))+`, 'u');

/** Words of the rest of an address line, in any case ("mohács, hungary"): end at a country, else nothing. */
function countryTail(tail: string): number {
  const m = /^[ \t]*,?[ \t]*(?:[\p{L}\p{M}'’.\-]+|\([\p{L}\p{M} ]+\))(?:[ \t]*,?[ \t]*(?:[\p{L}\p{M}'’.\-]+|\([\p{L}\p{M} ]+\))){0,7}/u.exec(tail);
  if (!m) return 0;
  // Try the longest prefix first that ends in a country; every word before it names a place.
  const words = [...m[0].matchAll(/[^\s,]+/gu)];
  for (let n = words.length; n >= 1; n--) {
    // A sentence's period after the country is no part of it ("..., south africa.").
    const upto = words[n - 1].index! + words[n - 1][0].replace(/\.$/, '').length;
    const phrase = m[0].slice(0, upto).replace(/\([^)]*\)/g, ' ');
    const country = countryAtEnd(phrase);
    if (!country) continue;
    const head = phrase.trim().split(/[\s,]+/).filter(Boolean);
    const named = head.slice(0, head.length - country.split(' ').length);
    if (!named.every((w) => isParticle(w) || !plainWord(w))) continue;
    const post = TAIL_POSTCODE.exec(tail.slice(upto));
    return upto + (post ? post[0].length : 0);
  }
  return 0;
}

/** A following line of an address block written in lower case ("delmas, mp 35739", "belgium 97466"). */
function lowerCaseLine(line: string): number {
  const m = /^[^\p{L}\d\n]*([\p{L}\p{M}'’.\-]+(?:[ \t]*,?[ \t]+[\p{L}\p{M}'’.()\-]+){0,4})(?:[ \t]*,?[ \t]*(\d{4,6}))?[ \t]*$/u.exec(line);
  if (!m) return 0;
  const words = m[1].replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
  const ok = m[2] !== undefined || countryAtEnd(m[1].replace(/\([^)]*\)/g, ' ')) !== null || words.every((w) => isParticle(w) || /^\p{L}{2}$/u.test(w) || !plainWord(w));
  return ok ? m[0].replace(/[ \t]+$/, '').length : 0;
}

// Short words in capitals that go on a sentence, never a town's or a state's code (IN, OR and ME are states).
const SENTENCE_CAPS = /^(?:FOR|THE|AND|TO|AT|ON|OF|BY|WITH|FROM|AS|IS|WAS|ARE|WERE|BUT|HER|HIS|HE|SHE|IT|NOT|PT|IF|SO|UP|OUT|OFF|VIA)$/;

/** Extend an address core over following lines that read as town / region / country / postcode. */
function extendBlock(text: string, start: number, end: number): [number, number] {
  let e = end;
  // Rest of the core's line (", Grubbenvorst, Netherlands 04020", " Apt. 641, Mora de Rubielos, Spain
  // 16200", ", ΠΑΦΟΣ, Cyprus (Greek) 13475"): units, numbers, region codes and capitalised words up to
  // the end of the sentence; an everyday word in capitals ("PT IS") or in lower case ends it.
  // ("42 Elm Street. Calmed with ...": after a whole word a period ends the sentence; after "St." it abbreviates.)
  const rest = /\p{L}{5,}\.$/u.test(text.slice(Math.max(0, e - 8), e)) ? null : REST_OF_LINE.exec(text.slice(e, e + 120));
  if (rest) {
    let kept = 0;
    for (const m of rest[0].matchAll(/[ \t]*,?[ \t]*(\S+)/gu)) {
      const w = m[1].replace(/,$/, '');
      if (/^\p{Lu}{2,}$/u.test(w) && w.length > 3 && plainWord(w) && !(vocabulary().flags(w.toLowerCase()) & F.PLACE)) break;
      // ("DISPATCHED TO 1409 S 12TH AVE, MARSHALLTOWN FOR ELDERLY FEMALE": a short word of a sentence, no state's code, ends it too.)
      if (SENTENCE_CAPS.test(w)) break;
      if (!isParticle(w)) kept = m.index! + m[0].length;
    }
    e += rest[0].slice(0, kept).replace(/[ \t,]+$/, '').length;
  }
  // Lower-case rest of the line ending in a country: ", sé, portugal", " begunje na gorenjskem slovenia".
  e += countryTail(text.slice(e, e + 100));
  let lines = 0;
  while (lines < 4) {
    const m = /^\n(?:[^\p{L}\d\n]*\n)?([^\n]{1,80})/u.exec(text.slice(e, e + 84));
    if (!m) break;
    const line = m[1];
    // The address part of the line: town, region, country, postcode; a sentence may follow on the
    // same line ("Cyprus 36903? I am in ...", "KNIVSTA, nan 18237 after the concert").
    const part = LINE_PART.exec(line);
    const lower = part ? 0 : lowerCaseLine(line);
    if (lower > 0) {
      e += m[0].length - line.length + lower;
      lines++;
      continue;
    }
    // ("...AZ 85621\nOrdering: Erin Holbrook": a form's next field, a label and its colon, is no line of the address.)
    if (!part || /@|https?:|\b(?:office|fax|phone|tel|mobile|desk)\b/i.test(part[0]) || /^[ \t]*\p{L}[\p{L} \t]{0,24}:/u.test(line)) break;
    const words = part[0].match(/[\p{L}][\p{L}\p{M}'’.\-]*/gu) ?? [];
    if (words.length > 6 || /^(?:dear|hi|hello|thanks|thank|sincerely|regards|re|to|from|date|subject|name|address)\b/i.test(part[0].trim())) break;
    e += m[0].length - line.length + part[0].replace(/[ \t,]+$/, '').length;
    lines++;
    if (part[0].length < line.replace(/[ \t]+$/, '').length) break;
  }
  let s = start;
  // A building or postal number written before the core on the same line ("17151 2450 Crown St").
  const before = /(?:\d{1,6}[ \t]+)+$/.exec(text.slice(Math.max(0, s - 20), s));
  if (before) s -= before[0].length;
  // A street name written before the house number ("Aqqusinersuaq 176 Pinto Hill").
  const word = /([\p{L}][\p{L}\p{M}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, s - 30), s));
  if (word && /^\d/.test(text.slice(s, s + 1)) && !plainWord(word[1]) && !/(?:^|\n)[^\n]*[:]\s*$/.test(word[1])) s -= word[0].length;
  return [s, e];
}

/**
 * Find international street addresses, unit designators, military addresses and address blocks.
 *
 * @example
 * recognizeAddresses('lives at 86036 Rua do Arenque 1634, Goiânia')[0].category; // 'LOCATION'
 */
export function recognizeAddresses(raw: string): Candidate[] {
  // "ΧΑΝ∆ΡΙΑ": the increment sign written for the Greek capital delta; one code unit for one, so offsets hold.
  const text = raw.includes('\u2206') ? raw.replace(/\u2206/g, '\u0394') : raw;
  const cores: Candidate[] = [];
  const street = (score: number) => (m: RegExpExecArray) => ({ category: 'LOCATION' as const, score, kind: 'street' });
  // A street word needs a house number and a name that is no everyday phrase ("via private vehicle").
  if (has(STREET_WORD_BEFORE, text)) {
    cores.push(
      ...matchAll(PREFIX_STREET, text, (m) => {
        // "Rua do Paseo 46", "Rue de Tanger": a Romance particle right after the street word makes a
        // foreign street name too ("via an umbilical port" does not: "an" is English as well).
        const words = m[0].replace(/\d+/g, ' ').trim().split(/[ \t]+/).slice(1);
        const particle = /^(?:de|do|da|dos|das|del|della|dei|di|du|des|la|le|los|las)$/i.test(words[0] ?? '') && words.length > 1 && !/\.$/.test(words[words.length - 1]);
        // ("5 VIA HUDSON PRONGS", "ABG via UAC at 0100": the English preposition; an Italian street has its number after its
        // name, "Via dei Fiorentini 17", "3482 Via Franscini 71", "VIA GARIBALDI 22", and no English small word.)
        // ("tpn via uvc. glucose 70": a period after a word ends the sentence.)
        if (/^(?:\d[^ \t]*[ \t]+)?via\b/i.test(m[0]) && ((/^\d/.test(m[0]) && !/\d[A-Za-z]?\.?$/.test(m[0])) || /\b(?:at|to|the|for|with|and|on|in|per)\b/i.test(m[0]) || /\p{L}{2}\.[ \t]/u.test(m[0]))) return null;
        // "VIA NGT. Dakota in room 4": a sentence ends at a period after any word but a street or title abbreviation.
        if ([...m[0].matchAll(/(\p{L}+)\.[ \t]+\p{Lu}/gu)].some((d) => !/^(?:st|ste|mt|ft|dr|av|bd|ul|al|jl|pl|sq|s|n|e|w)$/i.test(d[1]))) return null;
        return /\d/.test(m[0]) && (particle || !plainWords(words.join(' ') || 'x')) ? street(0.85)(m) : null;
      }),
    );
  }
  cores.push(
    ...matchAll(SUFFIX_STREET, text, (m) => {
      const head = SUFFIX_STREET_BEFORE.exec(text.slice(Math.max(0, m.index - 90), m.index));
      if (!head) return null;
      const phrase = head[0].replace(/^\d+[ \t]+/, '').trim();
      // A suffix glued into an everyday word is no street word: "last 4" is not "Koskikatu 25"; nor is it glued into a
      // word of four letters or fewer ("ULN 45", a limit of normal, is no street "-ln").
      const lastWord = phrase.split(/[ \t]+/).pop() ?? '';
      if (!SUFFIX_WORD.test(lastWord) && (plainWord(lastWord) || lastWord.length <= 4)) return null;
      // Everyday words make a street only after a house number and written as a name: "28 Park Lane 3",
      // not "pain 0/10 at rest 6" or "plan rpt hct 3" ("hct" ends like the Estonian "-ct" streets).
      if (plainWords(phrase) && !(/^\d/.test(head[0]) && phrase.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w) && !clinicalWord(w)))) return null;
      // A sentence word the head took before the name ("on Atatürk Caddesi 112") stays.
      const lead = /^\p{Ll}+[ \t]+(?=\p{Lu})/u.exec(head[0]);
      const skip = lead && plainWord(lead[0].trim()) ? lead[0].length : 0;
      return { category: 'LOCATION', score: 0.8, kind: 'street', start: m.index - head[0].length + skip };
    }),
  );
  // ("5 FT 2 IN", "6 ft 1": a height in feet and inches, no house on a street.)
  // (A street's name in English letters has vowels; "99 BGL 74", "168 QRS 92" are readings in capitals.)
  // ("24 CAL 35 CC", "2 IVs 18g", "1500 po'd 22 of 38 ml": a dose, a gauge or a feed's share after the second number; a
  // street's name in English letters is written capitalised.)
  cores.push(...matchAll(NUMBER_NAME_NUMBER, text, (m) => (nameWords(m[1]) && !/^(?:ft|feet|foot)$/i.test(m[1]) && m[1].split(/[ \t]+/).every((w) => !/^[A-Za-z]+$/.test(w) || /^[a-z]$/.test(w) || /[aeiouy]/i.test(w)) && !/^[a-z'’.-]+(?:[ \t]+[a-z'’.-]+)*$/.test(m[1]) && !/\d[gG]$/.test(m[0]) && !DOSE_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ? street(0.7)(m) : null)));
  cores.push(...matchAll(usFormRegex(), text, (m) => (doctorNotDrive(m[0]) || measureNotStreet(m[0]) ? null : street(0.75)(m))));
  cores.push(...matchAll(INTERSECTION, text, (m) => (!plainWord(m[1]) && nameWords(m[2]) ? { ...street(0.7)(m), start: m.indices![1][0] } : null)));
  // Capitalised names, one of them no everyday word ("Peter Zuidhove"): "on Keppra 500", "at Bed 12" are no streets.
  const cued = (m: RegExpExecArray) => {
    const words = m[1].split(/[ \t]+/).filter((w) => !isParticle(w));
    const named = (w: string) => !plainWord(w) || (vocabulary().flags(w.toLowerCase()) & (F.FIRST | F.LAST | F.PLACE) && !(vocabulary().flags(w.toLowerCase()) & (F.CLINICAL | F.ABBREV)));
    return words.every((w) => /^\p{Lu}/u.test(w) && named(w)) && words.some((w) => !plainWord(w)) ? street(0.7)(m) : null;
  };
  if (has(STREET_CUE, text)) cores.push(...matchAll(CUED_STREET, text, cued));
  if (has(NUMBER_STREET_WORD, text)) cores.push(...matchAll(STREET_WORD_AFTER, text, cued));
  cores.push(...matchAll(NAME_BEFORE_UNIT, text, cued));
  if (has(/corner/i, text)) cores.push(...matchAll(CORNER, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (has(/\b(?:APO|FPO|DPO|USNS?|USCGC)\b/i, text)) cores.push(...matchAll(MILITARY, text, () => ({ category: 'LOCATION', score: 0.9, kind: 'street' })));
  cores.push(...matchAll(GRID, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'street' })));
  // A building or delivery number written before a box ("0912 P.O. Box 287", "7167 Postbox 53").
  const units = matchAll(UNIT, text, (m) => {
    // "ECG flat 4 leads": lower-case "flat" is a finding; the unit is written "Flat 4".
    if (m[0].startsWith('flat')) return null;
    // "Rm 812-B", "2ND UNIT 8/31", "detox unit 4/4": a hospital room, ward or floor alone is no address;
    // it is one after a street or a comma in an address line ("12 Elm St, Unit 4").
    // (A house number and a capitalised street name, not any count and word: "2/2 blood cx sets drawn rm 118".)
    const inLine = /(?:,|\d[ \t]+\p{Lu}[^\n.;]{0,40})[ \t]*$/u.test(text.slice(Math.max(0, m.index - 48), m.index));
    // ("MICU Rm 6", "ED Pod C, Rm 22": a room after the hospital's unit is the hospital's.)
    const hospitalUnit = /\b(?:\w*icu|ccu|csru|ed|er|pod|pacu|ward|unit|tele|step-?down|pcu|imc)\b[^\n\d]{0,10}$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
    // (A room or a floor only after a street's word: "12 Elm St, Room 4"; "2150 To room 3", "ESI 2, room 14" are the hospital's.)
    const afterStreet = /\b(?:st|street|ave|avenue|rd|road|dr|drive|blvd|boulevard|ln|lane|way|ct|court|pl|place|terr?|terrace|pkwy|parkway|hwy|highway|bldg|building)\b\.?[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 48), m.index));
    if (/^(?:room|rm|floor|fl)\b/i.test(m[0]) && (!inLine || hospitalUnit || !afterStreet)) return null;
    const ward = /\b(?:\d+(?:st|nd|rd|th)|detox|icu|step-?down|telemetry|tele|med|surg|psych|rehab|burn|stroke|cardiac|neuro|nursing|care|the|this|same|new)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (/^unit\b/i.test(m[0]) && !inLine && (ward || /^[\/-]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) return null;
    // ("PRBC unit #1 hung", "2nd unit FFP": a unit of blood.)
    if (/^unit\b/i.test(m[0]) && /\b(?:prbcs?|rbcs?|ffp|plts?|platelets?|blood|cryo|albumin|pc)[ \t]+$|\b\d(?:st|nd|rd|th)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    // ("back on unit 1555", "left unit 1420"): the hospital's unit and the clock time, in lower case outside an address line.
    if (/^unit[ \t]+(?:[01]\d|2[0-3])[0-5]\d$/.test(m[0]) && !inLine) return null;
    const lead = /box|postbus|apartado|caixa|casilla/i.test(m[0]) ? /(?<![\p{L}\d.,:/-])\d{1,6}[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
    return { category: 'LOCATION', score: 0.85, kind: 'street', start: m.index - (lead ? lead[0].length : 0) };
  });
  const out: Candidate[] = [...units];
  for (const c of cores) {
    if (clinicalStreet(text.slice(c.start, c.end))) continue;
    let [s, e] = extendBlock(text, c.start, c.end);
    // "Hanne and ul. Miła 53": the first street of an intersection, named by one word.
    const cross = INTERSECTION_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
    if (cross && !plainWord(cross[1])) s -= cross[0].length;
    out.push({ ...c, start: s, end: e });
  }
  // A unit line continues a block as well ("Suite 501\n Riisa\n\n Estonia 62488").
  for (const u of units) {
    const [, e] = extendBlock(text, u.start, u.end);
    if (e > u.end) out.push({ ...u, end: e, score: 0.7 });
  }
  out.push(...matchAll(POSTCODE_LABEL, text, (m) => ({ category: 'LOCATION', score: 0.9, start: m.indices![1][0], end: m.indices![1][1], kind: 'zip' })));
  return out;
}
