/**
 * Lodges, clubs and union locals, which place their members as an employer does: a lodge, a nest, a post or a local by its
 * number ("Sons of Italy Lodge 1232", "VFW Post 8870", "a member of Nest 8", "at Local 2603"), a town's fraternal hall
 * by its order alone where someone drinks or plays ("fine at the Moose on Friday", "cards at the Legion"), a carnival krewe
 * and a college's Greek-letter society ("Krewe of Iris", "Kappa Alpha Theta"). (workplaces.ts
 * reads the posts named by a veterans' or fraternal order and a local after its union's name; this file any other.)
 *
 * @example
 * recognizeLodges('his bocce team at the Sons of Italy Lodge 1232'); // covers "Sons of Italy Lodge 1232"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { has, matchAll, matchesOf } from './util.js';

// A lodge, a club's nest or post, or a union's local by its number: "Sons of Italy Lodge 1232", "VFW Post 8870", "Eagles
// Aerie 2233", "a member of Nest 8", "at Local 2603", "his Local 1397 jacket". (The number of a post needs the club's name
// before it: "Post 2 wks" is a time.)
const LODGE_NAMED = /\b((?:\p{Lu}[\p{L}'’.&-]*[ \t]+(?:of[ \t]+|the[ \t]+)?){1,4}(?:Lodge|Nest|Post|Aerie|Council|Chapter|Local|LODGE|POST|AERIE|LOCAL)[ \t]+(?:No\.?[ \t]*|#[ \t]*)?\d{1,4})(?![\d.,%\/-]\d|[\d%]|[ \t]*(?:mg|ml|mL|cc|units?|hrs?|days?|weeks?|wks?|op|min)\b)/dgu;
const LODGE_BARE = /(?=Lodge|Nest|Aerie|Local)(?<=\b(?:at|of|his|her|their|union['’]s|the)[ \t]+)(?:(?:Lodge|Nest|Aerie)[ \t]+(?:No\.?[ \t]*|#[ \t]*)?\d{1,4}|Local[ \t]+\d{3,4})(?![\d.,%\/-]\d|[\d%]|[ \t]*(?:mg|ml|mL|cc|units?|%)\b)/gu;
// A town's fraternal hall by its order alone, where someone drinks, plays or is found: "fine at the Moose on Friday",
// "plays sheepshead Thursdays at the Legion". (Not a team's game: "at the Eagles game".)
const ORDER_HALL = /(?=[MELVGSF])(?<=\b(?:at|from|to|AT|FROM|TO)[ \t]+(?:the|THE)[ \t]+)(?:Moose|Elks|Eagles|Legion|VFW|Grange|Sokol|Falcons|MOOSE|ELKS|EAGLES|LEGION|GRANGE)(?=[ \t]*(?:[,.;)"”]|$)|[ \t]+(?:on|in|last|every|after|before|with|ON|IN|LAST|EVERY|AFTER|BEFORE|WITH)\b)/gu;
// A carnival krewe by its name, and a fraternity or sorority by its two or three Greek letters spelt out: "rode with the
// Krewe of Iris", "pledging Kappa Alpha Theta". (Not a wave, a chain or a receptor named by Greek letters: "Alpha Beta
// blocker", "Delta Delta wave".)
const GREEK = 'Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega';
const SOCIETY = new RegExp(
  String.raw`\b(?:(?:Krewe|KREWE)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'’-]+|(?:${GREEK})(?:[ \t]+(?:${GREEK})){1,2})\b(?![ \t]*(?:-|blockers?|agonists?|antagonists?|receptors?|chains?|waves?|globin|thalass\w*|cells?|particles?|subunits?|hemolysis|hemolytic|radiation|decay|error)\b)`,
  'gu',
);
// Words before a post's or a council's number that name no club.
const NOT_CLUB_WORD = /^(?:pt|patient|day|pod|hd|week|wk|the|a|an|and|on|in|at|his|her|their|our|per|s\/p|status|member|members|joined|from)$/i;
// Words that end the sentence's part before a club's name in capitals.
const AT_WORD = /^(?:AT|TO|FROM|IN|WITH)$/;
const SENTENCE_END = /^(?:\p{Lu}{4,}|\p{Lu}\p{Ll}{4,})\.$/u;
// Words of a club's order that the clinical vocabulary also holds ("American" beside "African American").
const ORDER_WORD = /^(?:american|legion|catholic|polish|italian|irish|slovak)$/i;

/**
 * Find lodges, clubs, union locals and fraternal halls.
 *
 * @example
 * recognizeLodges('referred to the union rep at Local 2603.').length; // 1
 */
export function recognizeLodges(text: string): Candidate[] {
  const out: Candidate[] = [];
  const club = () => ({ category: 'LOCATION' as const, score: 0.65, kind: 'business' });
  if (has(/(?:Lodge|Nest|Post|Aerie|Council|Chapter|Local|LODGE|POST|AERIE|LOCAL)[ \t]+(?:No|#)?\.?[ \t]*\d/, text)) {
    for (const m of matchesOf(LODGE_NAMED, text)) {
      const words = m[1].split(/[ \t]+/).slice(0, -2).filter((w) => !/^(?:of|the|No\.?|#)$/i.test(w));
      // (In capitals the words before "at the" or a full stop are the sentence's: "DRINKS AT THE VFW POST 8870", "STILL IN
      // PLACE. CARPENTERS LOCAL 33" name the post from VFW and the local from CARPENTERS.)
      let skip = words.findLastIndex((w) => AT_WORD.test(w) || SENTENCE_END.test(w)) + 1;
      // (The sentence's opener and words of care before the name are no part of it: "Pt Post 2" is no club.)
      while (skip < words.length && NOT_CLUB_WORD.test(words[skip])) skip++;
      if (skip === words.length || words.slice(skip).some((w) => !ORDER_WORD.test(w) && isMedicalTerm(w.toLowerCase()))) continue;
      const start = m.indices![1][0] + m[1].indexOf(words[skip]);
      out.push({ category: 'LOCATION', score: 0.65, start, end: m.indices![1][1], kind: 'business' });
    }
    out.push(...matchAll(LODGE_BARE, text, club));
  }
  if (has(/Moose|Elks|Eagles|Legion|VFW|Grange|Sokol|Falcons|MOOSE|ELKS|EAGLES|LEGION|GRANGE/, text)) out.push(...matchAll(ORDER_HALL, text, club));
  if (has(/Krewe|KREWE|Alpha|Beta|Gamma|Delta|Theta|Kappa|Lambda|Sigma|Tau|Phi|Chi|Psi|Omega/, text)) out.push(...matchAll(SOCIETY, text, club));
  return out;
}
