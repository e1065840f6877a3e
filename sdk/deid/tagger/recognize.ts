/**
 * The tagger as a recognizer: label the words of a text, join neighbouring words of one label into
 * spans, and propose them with a low score so any rule span over the same text wins the overlap
 * (the tagger adds what rules missed; it does not relabel what they found). Also turns annotated
 * texts into training examples, so training and prediction read tokens the same way.
 *
 * @example
 * tagCandidates('SON JOHN IN TO VISIT', [], 'recall'); // a NAME over "JOHN" when the model says so
 */
import type { GoldSpan } from '../dev-sets.js';
import { isEponym, isMedicalTerm } from '../medical-terms.js';
import { isCountry } from '../recognizers/countries.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import type { DeidPreset } from '../options.js';
import type { Candidate } from '../span.js';
import { shippedTagger, type TaggerModel } from './model-file.js';
import { decodeTags, ruleCodes, SKIP, TAG_LABELS, type TagExample } from './tagger.js';
import { type TagToken, tagTokens } from './tokens.js';

/** Below every rule's score (the gate's weakest guess is 0.5): a rule span over the same text wins. */
const TAGGER_SCORE = 0.3;
// Characters that may sit between two words of one name or place ("E. WELSH", "Forman - Lyons").
const JOIN = /^[ \t.'’-]*$/;

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
    if (open && plausible(text, toks, lead, open.first, open.last, open.category)) out.push({ category: open.category, start: open.start, end: open.end, score: TAGGER_SCORE, kind: open.kind });
    open = null;
  };
  for (let i = 0; i < toks.length; i++) {
    const label = labels[i];
    const t = toks[i];
    const category = TAG_LABELS[label] as 'O' | 'NAME' | 'LOCATION' | 'ID';
    if (category !== 'O' && open && open.category === category && JOIN.test(text.slice(open.end, t.start))) {
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

// Evidence that a word names someone or somewhere, and the bits of words that are safe to keep.
const NAME_OR_PLACE = F.FIRST | F.LAST | F.PLACE | F.PROPER;
const WORD_BITS = F.COMMON | F.ENGLISH | F.CLINICAL | F.ABBREV | F.UPPER;

// How far a name or place must beat O when the span is one word the lists know as safe (see `plausible`).
const SAFE_WORD_LEAD = 4;

/**
 * Whether a tagged span may be proposed. The tagger reads context, so it sometimes labels words the
 * vocabulary knows to be safe ("Can", "Pulmonology", "Nottingham"); a span of one such word needs a
 * clear lead over O, and a span of single letters ("O.B") or without a letter is dropped. An ID needs
 * three digits and must not be a range, a count or a measure.
 */
function plausible(text: string, toks: readonly TagToken[], lead: Float32Array, first: number, last: number, category: string): boolean {
  const span = text.slice(toks[first].start, toks[last].end);
  if (category === 'ID') return (span.match(/\d/g)?.length ?? 0) >= 3 && !NOT_ID.test(span);
  if (first === last) return toks[first].end - toks[first].start > 1 && /\p{L}/u.test(toks[first].lower) && (lead[first] >= SAFE_WORD_LEAD || nameLike(toks[first], category));
  for (let i = first; i <= last; i++) if (toks[i].end - toks[i].start > 1 && /\p{L}/u.test(toks[i].lower)) return true;
  return false;
}

/**
 * A word that may be a name or a place: no country, eponym or clinical term, and either unknown to
 * the word lists or listed as a name or place; a frequent English word also needs to be a given name
 * (for names: "Joy", "Will") or a town (for places). Hyphenated words are read by parts.
 */
function nameLike(t: TagToken, category: string): boolean {
  if (isCountry(t.lower) || isEponym(t.lower) || isMedicalTerm(t.lower)) return false;
  const parts = t.lower.includes('-') ? t.lower.split('-') : [t.lower];
  const v = vocabulary();
  return parts.some((p) => {
    const f = parts.length === 1 ? t.flags : v.flags(p);
    if ((f & WORD_BITS) === 0) return p.length > 1 && /\p{L}/u.test(p);
    if (f & F.COMMON) return (f & (category === 'NAME' ? F.FIRST : F.PLACE)) !== 0;
    return (f & NAME_OR_PLACE) !== 0;
  });
}

// Reference ranges and readings ("70-99", "88-92"), ages and measures ("90-year-old", "105kg", "350x10").
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
