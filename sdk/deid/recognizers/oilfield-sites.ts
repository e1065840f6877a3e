/**
 * Where an oil-field worker was hurt: the offshore lease block ("Eugene Island 330", "High Island A-573"), the rig by its number ("NTWS Rig 6", "ECTOR RIG NO. 9", "Rig 41"), the well or pad
 * by the lease's name and its section numbers ("pad Hovland 24-13H", "Stroud 14-23 2H pad", "Well: University 7-12 #4H",
 * "Schmitz 31-6 pad"), and the lease ("Kyle Ranch lease"). Injury reports and first reports of injury name them where an
 * office worker's would give a street address, and they place the worker as precisely.
 *
 * @example
 * recognizeOilfieldSites('Employer: Dakota Badger Drilling, Rig 41, pad Hovland 24-13H')[1].kind; // 'address'
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { has, matchesOf } from './util.js';

// A rig's number, with up to two capitalised words of its owner or name before it.
const RIG = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}&'’-]*[ \t]+){0,2})(?:Rig|RIG)[ \t]+(?:No\.?[ \t]*|NO\.?[ \t]*|#[ \t]*)?\d{1,4}(?!\d|[.,:\/]\d|[ \t]*%)/dgu;
// A well's name: one or two capitalised words, the section pair ("24-13", "31-6"), and the well's number and "H" for a
// horizontal well ("24-13H", "14-23 2H", "7-12 #4H"); a word saying what it is may follow ("pad", "well", "lease").
const WELL = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,2})\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:H|[ \t]+#?\d{1,2}H|[ \t]*#\d{1,2}H?)?(?![\d\/.-])(?:[ \t]+(?:pad|PAD|well|WELL|lease|LEASE|location|battery))?/dgu;
// Words that show a well's name is one: what it is, right before it ("pad Hovland 24-13", "Well: University 7-12"), or
// the oil field's words nearby ("rig", "frac", "workover"; not "well", which notes use for health).
const WELL_BEFORE = /\b(?:pad|well|lease|location|site)[ \t]*:?[ \t]*$/i;
const FIELD_NEAR = /\b(?:rig|frac|workover|wellsite|pad|lease|drilling|roughneck|derrick|toolpusher|pumper)\b/i;
const KIND_AFTER = /[ \t](?:pad|PAD|well|WELL|lease|LEASE|location|battery)$/;
// An offshore lease block by its protraction area's name and number: "Eugene Island 330", "High Island A-573", "Ship Shoal
// 204", "MISSISSIPPI CANYON 778". Areas named like towns ("Mobile", "Galveston", "Vermilion") count only with "Block".
const AREAS = 'Alaminos Canyon|Atwater Valley|Breton Sound|Chandeleur East|Chandeleur|DeSoto Canyon|Destin Dome|East Breaks|East Cameron|Eugene Island|Ewing Bank|Garden Banks|Grand Isle|Green Canyon|High Island|Keathley Canyon|Lloyd Ridge|Main Pass|Matagorda Island|Mississippi Canyon|Mustang Island|North Padre Island|Sabine Pass|Ship Shoal|South Marsh Island|South Padre Island|South Pass|South Timbalier|Viosca Knoll|Walker Ridge|West Cameron|West Delta';
const TOWN_AREAS = 'Brazos|Galveston|Mobile|Pensacola|Vermilion|Lund|Henderson|Gainesville|Apalachicola';
const casings = (alts: string): string => alts.split('|').flatMap((a) => [a, a.toUpperCase()]).join('|');
const BLOCK = new RegExp(String.raw`\b(?:(?:${casings(AREAS)})[ \t]+(?:(?:Block|BLOCK|Blk\.?|BLK\.?)[ \t]+)?|(?:${casings(TOWN_AREAS)})[ \t]+(?:Block|BLOCK|Blk\.?|BLK\.?)[ \t]+)(?:[A-Z]-?)?\d{1,4}(?!\d|[.,:\/]\d|[ \t]*(?:%|(?:mg|ml|yo|y\/o|years?)\b))(?:[ \t]+["“][A-Z]{1,2}["”])?`, 'gu');

// A lease by name: "Kyle Ranch lease", "the Bledsoe lease".
const LEASE = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})(?:lease|LEASE)\b/dgu;

/**
 * Rigs, wells, pads and leases.
 *
 * @example
 * recognizeOilfieldSites('fell from NTWS Rig 6')[0].category; // 'LOCATION'
 */
export function recognizeOilfieldSites(text: string): Candidate[] {
  if (!has(/\b(?:rig|well|pad|lease|island|canyon|bank|banks|shoal|pass|knoll|ridge|timbalier|cameron|delta|isle|block|blk)\b/i, text)) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(RIG, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index + leadingSkip(m[1]), end: m.index + m[0].length, kind: 'address' });
  for (const m of matchesOf(WELL, text)) {
    const near = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
    const named = /\dH\b/.test(m[0]) || KIND_AFTER.test(m[0]) || WELL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || FIELD_NEAR.test(near);
    const skip = leadingSkip(m[1]);
    if (!named || skip >= m[1].length) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: m.index + skip, end: m.index + m[0].length, kind: 'address' });
  }
  for (const m of matchesOf(BLOCK, text)) out.push({ category: 'LOCATION', score: 0.75, start: m.index, end: m.index + m[0].length, kind: 'address' });
  for (const m of matchesOf(LEASE, text)) {
    const skip = leadingSkip(m[1]);
    if (skip >= m[1].length) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: m.index + skip, end: m.index + m[0].length, kind: 'address' });
  }
  return out;
}

/** Characters to skip at the front of a run of capitalised words: labels, function and clinical words ("Well: ", "The "). */
function leadingSkip(run: string): number {
  let skip = 0;
  for (const w of run.split(/(?<=[ \t])/)) {
    const lower = w.trim().toLowerCase().replace(/[:,.]$/, '');
    if (!lower) break;
    if (FUNCTION_WORDS.has(lower) || isMedicalTerm(lower) || vocabulary().flags(lower) & (F.CLINICAL | F.ABBREV) || /^(?:well|pad|rig|lease|location|employer|job|site)$/.test(lower)) skip += w.length;
    else break;
  }
  return skip;
}
