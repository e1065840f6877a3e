/**
 * Names written with Vietnamese letters ("Đỗ Văn Phúc", "Nguyễn Thị Hồng", "Trần Quốc Bảo"): a run of capitalised words,
 * one of which carries a letter only Vietnamese uses (ă â đ ê ô ơ ư, or a vowel with a tone mark below or a hook). No
 * English clinical word is spelt so; a place written so ("Đà Nẵng", "Huế") is removed as well, which Safe Harbor wants.
 *
 * @example
 * recognizeVietnameseNames('Đỗ Văn Phúc, 93, moved from his daughter')[0].end; // 11
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { has, matchesOf } from './util.js';

// A letter of Vietnamese's own: the breve, circumflex and horn vowels, the barred d, and the tone-marked vowels of the
// Latin Extended Additional block.
const VIETNAMESE_LETTER = /[ĂăÂâĐđÊêÔôƠơƯư\u1EA0-\u1EF9]/u;
// An English word beside the name, written without Vietnamese letters: a role, a title or a sentence's opening word
// ("Pt Trần Văn Lộc", "Son Đỗ Minh Khoa", "Venerable Thích Minh Tâm").
const englishWord = (w: string): boolean => !VIETNAMESE_LETTER.test(w) && (vocabulary().flags(w.toLowerCase()) & (F.COMMON | F.ENGLISH | F.ABBREV | F.CLINICAL)) !== 0;
// One to four capitalised words, one space apart.
const CAPITALISED_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?![\p{L}\p{M}'’-])/gu;

/**
 * Find names (and places) spelt with Vietnamese letters.
 *
 * @example
 * recognizeVietnameseNames('sent to pharmacist Trần Bảo, PharmD').length; // 1
 */
export function recognizeVietnameseNames(text: string): Candidate[] {
  if (!has(VIETNAMESE_LETTER, text)) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(CAPITALISED_RUN, text)) {
    if (!VIETNAMESE_LETTER.test(m[0])) continue;
    const words = m[0].split(' ');
    let start = m.index;
    while (words.length > 1 && englishWord(words[0])) start += words.shift()!.length + 1;
    while (words.length > 1 && englishWord(words[words.length - 1])) words.pop();
    out.push({ category: 'NAME', score: 0.7, start, end: start + words.join(' ').length, kind: 'person' });
  }
  return out;
}
