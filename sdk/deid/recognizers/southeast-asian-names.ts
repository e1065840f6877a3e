/**
 * Vietnamese, Hmong and Karen names written without their own letters, whose words English also uses or no name list
 * holds: a record's "NGUYEN, LONG VAN" and "LE, VAN DUC" (a surname, its comma, then given-name syllables), "Mr. Her" and
 * "Mrs. Do" (a short surname after a title, which the title rule leaves as a pronoun or a verb), and Karen given names of
 * one-syllable words ("Mu Lar Paw", "Eh Doh", "Eh Say"). Refugee and immigrant clinics write all three every day.
 *
 * @example
 * recognizeSoutheastAsianNames('NGUYEN, LONG VAN   #3-118-442')[0].end; // 16
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { caseForms, matchAll } from './util.js';

// Vietnamese surnames, the commonest by far, unaccented.
const VIETNAMESE_SURNAMES = 'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam luong mai trinh doan cao ta quach thai'.split(' ');
// Syllables of Vietnamese given and middle names, unaccented.
const VIETNAMESE_SYLLABLES = new Set(
  'van thi duc long minh hoa lan anh hung tuan thanh huong mai linh phuong dung hai nam quang son trung hieu khanh ngoc thu thuy tam tien hanh hong loan nga yen vinh bao binh cuong dat dinh dong giang ha hau hien hoang huy khoa kim lien loc loi luan my nhung phat phuc phong quoc quyen sang tai thao thang thien tho thuan tin toan trang tri tu tuyet uyen viet xuan hue chau chi cuc diem hang hue lieu nhan nhi oanh tuyen'.split(' '),
);
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}'’-])(?:${VIETNAMESE_SURNAMES.flatMap((w) => caseForms(w).slice(1)).join('|')}),[ \t]?(\p{L}+(?:[ ]\p{L}+){0,2})(?![\p{L}'’-])`, 'dgu');
// A short surname after a personal title: the Hmong Her, the Vietnamese Do, Le, Ly, Vo, Vu, Ho.
const TITLED_SHORT = /\b(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|DR)\.?[ \t]+(Her|HER|Do|DO|Le|LE|Ly|LY|Vo|VO|Vu|VU|Ho|HO)(?![\p{L}'’-])(?![ \t]+(?:not|NOT)\b)/dgu;
/** Karen syllables, each written as a word ("Paw Say", "Saw Htoo Paw", "Eh Doh"). */
export const KAREN = new Set('paw say htoo moo eh thaw ler klo gay wah ku blut nay soe mu naw hser kaw lah tha thet poe htee doh mee gaw saw lar hsa dah wah bu tee ree'.split(' '));
// Two or three of them in title case, one space apart ("Eh Say", "Mu Lar Paw").
const KAREN_RUN = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{1,4}(?:[ ]\p{Lu}\p{Ll}{1,4}){1,2}(?![\p{L}'’-])/gu;

/**
 * Find Vietnamese "Last, First" fields, short surnames after titles, and Karen names.
 *
 * @example
 * recognizeSoutheastAsianNames('Mr. Her thanked staff')[0].start; // 4
 */
export function recognizeSoutheastAsianNames(text: string): Candidate[] {
  const v = vocabulary();
  const out = matchAll(SURNAME_FIRST, text, (m) => {
    // Every word after the comma a Vietnamese syllable, in the surname's case ("LE, VAN DUC"; not "DO, NOT RESUSCITATE").
    const words = m[1].split(' ');
    const surname = m[0].slice(0, m[0].indexOf(','));
    const caps = surname === surname.toUpperCase();
    if (!words.every((w) => VIETNAMESE_SYLLABLES.has(w.toLowerCase()) && (w === w.toUpperCase()) === caps && /^\p{Lu}/u.test(w))) return null;
    return { category: 'NAME', score: 0.8, kind: 'person' };
  });
  out.push(...matchAll(TITLED_SHORT, text, (m) => ({ category: 'NAME', score: 0.85, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' })));
  out.push(
    ...matchAll(KAREN_RUN, text, (m) => {
      const words = m[0].toLowerCase().split(' ');
      // (Capitalised mid-sentence, English writes none of these runs; a sentence's opening word may be English's: "Saw Paw
      // today" is read only if its first word is no everyday one.)
      const opens = /(?:^|[.!?:\n])[ \t]*["“(]?$/.test(text.slice(Math.max(0, m.index - 4), m.index));
      if (!words.every((w) => KAREN.has(w)) || (opens && v.flags(words[0]) & F.COMMON)) return null;
      return { category: 'NAME', score: 0.7, kind: 'person' };
    }),
  );
  return out;
}
