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
import { dictionaries } from '../dictionaries.js';
import { matchAll } from './util.js';

// Street words written before the name (Rue de Tanger, Via Franscini, ul. Miła) or after it
// (Søndergade, Harjukuja, Þorsteinsgata, Brucker Bundesstrasse, Rákóczi út).
const STREET_BEFORE = String.raw`(?:rue|rua|via|viale|vicolo|piazza|piazzetta|largo|corso|calle|avenida|av\.|avda\.?|avenue|plaza|paseo|camino|carrer|chemin|allée|allee|boulevard|bd\.?|place|quai|praça|travessa|estrada|rodovia|strada|ulica|ul\.|aleja|al\.|λεωφόρος|οδός|λ\.)`;
const STREET_SUFFIX = String.raw`(?:u\.|katu|kuja|tie|polku|gade|vej|vænget|gata|gatan|vägen|väg|veien|vegen|vei|torget|stræde|straße|strasse|str\.?|weg|gasse|platz|plein|laan|straat|steeg|dreef|utca|út|útja|tér|körút|sor|ulice|náměstí|cesta|ulica|street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|place|pl\.?|terrace|way|square|sq\.?|crescent|close|grove|parks?|squares?|streets?|unions?|harbor|harbour|points?|rest|fort)`;
const WORD = String.raw`[\p{L}][\p{L}\p{M}'’.\-]*`;
const NUM = String.raw`\d{1,5}[A-Za-z]?\.?`;

// "Rua do Arenque 1634", "Via dei Fiorentini 17" (number after the name) and "42 Rue Saint-Paul",
// "26 rue des lieutemants Thomazo" (number before the street word).
const PREFIX_STREET = new RegExp(
  String.raw`(?<![\p{L}\d:./-])(?:\d{1,6}[ \t]+)?${STREET_BEFORE}[ \t]+(?:${WORD}[ \t]+){0,4}?${WORD}[ \t]+${NUM}(?![\p{L}\d])|(?<![\p{L}\d:./-])\d{1,6}[ \t]+${STREET_BEFORE}[ \t]+(?:${WORD}(?=[ \t,;]|$)[ \t]*){1,4}`,
  'giu',
);
// "Søndergade 52", "Harjukuja 54", "Brucker Bundesstrasse 31", "Rákóczi út 13.", "Erzsébet tér 19."
// Anchored on the house number (a lookbehind finds the street word before it): scanning from every
// letter for a suffix costs far more on long notes.
const SUFFIX_STREET = new RegExp(String.raw`(?<=(?<![\p{L}\d])(?:\d{1,6}[ \t]+)?(?:${WORD}[ \t]+){0,2}?[\p{L}\p{M}'’\-]*${STREET_SUFFIX}[ \t]+)${NUM}(?![\p{L}\d])`, 'giu');
const SUFFIX_STREET_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}[ \t]+)?(?:${WORD}[ \t]+){0,2}?[\p{L}\p{M}'’\-]*${STREET_SUFFIX}[ \t]+$`, 'iu');
// Two numbers around one to three words: "28245 Puruntie 82", "6750 Koskikatu 25" (a word must be no everyday word).
const NUMBER_NAME_NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,/:-])\d{1,6}[ \t]+((?:${WORD}[ \t]+){0,2}${WORD})[ \t]+[1-9]\d{0,3}[A-Za-z]?\.?(?![\p{L}\d]|[.,/:-]\d|[ \t]*(?:mg|ml|mcg|cc|units?|%|mm|cm|kg|x\b|years?|yrs?|days?|hours?|hrs?|min))`, 'gu');
// Unit designators and military addresses. Only abbreviations take a period: "floor. 2 PIVs" is two sentences.
const UNIT = /(?<![\p{L}\d])(?:apt\.?|apartment|suite|ste\.?|unit|room|rm\.?|floor|fl\.?|bldg\.?|building|box|po box|p\.o\. box|psc|cmr|int\.)[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?(?![\p{L}\d])(?:,?[ \t]+box[ \t]+\d{1,6})?/giu;
const MILITARY = /(?<![\p{L}\d])(?:(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}|USNS?[ \t]+\p{Lu}[\p{L}'’-]+|USCGC[ \t]+\p{Lu}[\p{L}'’-]+)/gu;
const POSTCODE_LABEL = /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|cep|plz)(?:\s+is)?\s*[:#]?\s*([A-Z0-9]{3,4}[ -]?[A-Z0-9]{3,4}|\d{3}[ -]\d{2}|\d{3,6})\b/dgi;

const PARTICLE = /^(?:de|do|da|dos|das|del|della|di|du|la|le|van|von|der|den|ten|ter|el|al)$/i;

function plainWord(w: string): boolean {
  if (w.includes('-')) return w.split('-').every((p) => p === '' || plainWord(p));
  const f = vocabulary().flags(w.toLowerCase().replace(/[.'’]+$/, ''));
  return (f & (F.COMMON | F.CLINICAL | F.ABBREV)) !== 0 || ((f & F.ENGLISH) !== 0 && (f & (F.FIRST | F.LAST | F.PLACE)) === 0);
}

/** Is this one-to-three-word phrase made of everyday or clinical words only (then it is no street name)? */
function plainWords(phrase: string): boolean {
  return phrase.split(/[ \t]+/).every(plainWord);
}

/** Between two numbers, every word must be a name-like word ("Puruntie", "do Arenque"), not "BEATS NSVT AT". */
function nameWords(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/).filter((w) => !PARTICLE.test(w));
  return words.length > 0 && words.every((w) => !plainWord(w));
}

/** US-style "2450 Crown St", "176 Pinto Hill", "11 Rott Crossroad" with every street suffix faker knows. */
let usForm: RegExp | null = null;
function usFormRegex(): RegExp {
  if (!usForm) {
    // Capitalised words only ("1 mm ST depression", "8 days. Last known well" are no streets); lower-case
    // addresses are taken only with a spelled-out street word, below.
    const suffixes = [...dictionaries().streetSuffixes].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const cap = String.raw`(?:\p{Lu}[\p{L}\p{M}'’\-]*|\d{1,3}(?:st|nd|rd|th))`;
    const suf = suffixes.flatMap((x) => [x[0].toUpperCase() + x.slice(1), x.toUpperCase()]).join('|');
    usForm = new RegExp(String.raw`(?<![\p{L}\d.,/:-])\d{1,6}[A-Za-z]?[ \t]+(?:${cap}[ \t]+){1,3}?(?:${suf})\b\.?|(?<![\p{L}\d.,/:-])\d{1,6}[ \t]+(?:\p{Ll}[\p{Ll}'’\-]*[ \t]+){1,3}?(?:street|avenue|road|boulevard|lane|drive|court|terrace|parkway|highway)\b`, 'gu');
  }
  return usForm;
}

// "the corner of 159 Eleftheriou Venizelou str and Rennie Union".
const CORNER = /\b(?:the[ \t]+)?corner[ \t]+of[ \t]+(?=[\p{Lu}\d])[^\n.,;!?]{3,60}?[ \t]+(?:and|&)[ \t]+[^\n,;!?]{3,40}?(?=[ \t]*(?:[.,;!?\n]|$))/giu;

// Everyday words that are parts of place names ("South Africa", "New Zealand", "Pines Beach").
const PLACE_WORDS = /^(?:Apt|Suite|Unit|Box|The|United|Kingdom|States|Republic|New|North|South|East|West|Saint|St|San|Santa|Port|Fort|Lake|Mount|Beach|Springs|Falls|City|Town|Village|Island|Islands|Bay|Harbor|Harbour|Heights|Hills|Park|Valley|Pines)$/;

// A line that continues an address: town, region, country, postcode; short, no sentence words.
const CONTINUATION = /^[^\p{L}\d\n(]*,?[ \t]*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*|nan|de|do|da|del|di|la|le|the)(?:[ \t,]+(?:[\p{Lu}\d(][\p{L}\p{M}\d'’.()\-]*|de|do|da|del|di|la|le|nan))*[ \t]*,?[ \t]*$/u;

/** Extend an address core over following lines that read as town / region / country / postcode. */
function extendBlock(text: string, start: number, end: number): [number, number] {
  let e = end;
  // Rest of the core's line (", Grubbenvorst, Netherlands 04020", " Apt. 641, Mora de Rubielos, Spain
  // 16200"): units, numbers, region codes and capitalised words up to the end of the sentence; an
  // everyday word in capitals ("PT IS") or in lower case ends it.
  const rest = /^(?:[ \t]*,?[ \t]*(?:(?:apt|suite|ste|unit)\.?[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?|\d{3,6}(?:-\d{3,4})?|\p{Lu}[\p{L}\p{M}'’\-]*|de|do|da|del|la|le|nan)(?![\p{L}\d]))*/u.exec(text.slice(e, e + 120));
  if (rest) {
    let kept = 0;
    for (const m of rest[0].matchAll(/[ \t]*,?[ \t]*(\S+)/gu)) {
      const w = m[1].replace(/,$/, '');
      if (/^\p{Lu}{2,}$/u.test(w) && w.length > 3 && plainWord(w) && !(vocabulary().flags(w.toLowerCase()) & F.PLACE)) break;
      kept = m.index! + m[0].length;
    }
    e += rest[0].slice(0, kept).replace(/[ \t,]+$/, '').length;
  }
  let lines = 0;
  while (lines < 4) {
    const m = /^\n(?:[^\p{L}\d\n]*\n)?([^\n]{1,80})/u.exec(text.slice(e, e + 84));
    if (!m) break;
    const line = m[1];
    // The address part of the line: town, region, country, postcode; a sentence may follow on the
    // same line ("Cyprus 36903? I am in ...", "KNIVSTA, nan 18237 after the concert").
    const part = /^[^\p{L}\d\n(]*(?:,?[ \t]*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*|\([\p{L}\p{M}\d'’. \-]+\)|nan|de|do|da|del|di|la|le|the)(?![\p{L}\d]))+/u.exec(line);
    if (!part || /@|https?:|\b(?:office|fax|phone|tel|mobile|desk)\b/i.test(part[0])) break;
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
export function recognizeAddresses(text: string): Candidate[] {
  const cores: Candidate[] = [];
  const street = (score: number) => (m: RegExpExecArray) => ({ category: 'LOCATION' as const, score, kind: 'street' });
  // A street word needs a house number and a name that is no everyday phrase ("via private vehicle").
  cores.push(...matchAll(PREFIX_STREET, text, (m) => (/\d/.test(m[0]) && !plainWords(m[0].replace(/\d+/g, ' ').trim().split(/[ \t]+/).slice(1).join(' ') || 'x') ? street(0.85)(m) : null)));
  cores.push(
    ...matchAll(SUFFIX_STREET, text, (m) => {
      const head = SUFFIX_STREET_BEFORE.exec(text.slice(Math.max(0, m.index - 90), m.index));
      if (!head) return null;
      const phrase = head[0].replace(/^\d+[ \t]+/, '').trim();
      if (plainWords(phrase) && !/^\d/.test(head[0])) return null;
      return { category: 'LOCATION', score: 0.8, kind: 'street', start: m.index - head[0].length };
    }),
  );
  cores.push(...matchAll(NUMBER_NAME_NUMBER, text, (m) => (nameWords(m[1]) ? street(0.7)(m) : null)));
  cores.push(...matchAll(usFormRegex(), text, street(0.75)));
  if (/corner/i.test(text)) cores.push(...matchAll(CORNER, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (/\b(?:APO|FPO|DPO|USNS?|USCGC)\b/.test(text)) cores.push(...matchAll(MILITARY, text, () => ({ category: 'LOCATION', score: 0.9, kind: 'street' })));
  const units = matchAll(UNIT, text, () => ({ category: 'LOCATION', score: 0.85, kind: 'street' }));
  const out: Candidate[] = [...units];
  for (const c of cores) {
    const [s, e] = extendBlock(text, c.start, c.end);
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
