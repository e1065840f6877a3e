/**
 * The text the recognizers read: every space, line break, invisible character, dash, curly quote and bullet that
 * editors, web pages and other systems write is turned into the plain character the rules are written for.
 *
 * Notes copied out of an EHR, a web form or a word processor carry no-break spaces (U+00A0), narrow and
 * ideographic spaces, zero-width spaces, a byte-order mark, form feeds between printed pages, and line
 * endings of other systems ("\r\n", a lone "\r", U+2028). The rules match `[ \t]` and `\n`: read
 * raw, a no-break space between "Dr." and a surname hid the surname (measured: recall 0.991 -> 0.721
 * on the last six blind sets with every space made a no-break space). Each character is replaced by
 * exactly one character, so every offset found in the plain text is an offset into the original.
 *
 * @example
 * plainText('Dr.\u00a0Lee\r\nseen'); // 'Dr. Lee \nseen'
 */
import { Buffer } from 'node:buffer';

// Spaces (Unicode Zs other than the ASCII space), zero-width characters and the byte-order mark.
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
// Hyphens, figure and en dashes and minus signs that word processors and PDFs put in numbers and ranges
// ("617‒555‒0134", "3/14–3/16", "MRN 44–2210"): read as the hyphen-minus the rules are written for. Measured: with every
// hyphen of blind sets 16-21 an en dash, recall fell from 0.992 to 0.868 (PHONE 0.044). The em dash stays: it joins
// clauses, not numbers ("Smith—called").
const DASH_LIKE = /[\u2010-\u2013\u2212\ufe63\uff0d]/g;
// Curly double quotes and guillemets around nicknames and speech.
const QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;
// Curly single quotes, the modifier apostrophe and the prime in names, contractions and heights ("O’Brien", "pt’s",
// "5′ 4"): read as the apostrophe every rule's class holds beside them.
const APOSTROPHE_LIKE = /[\u2018\u2019\u201a\u201b\u02bc\u2032]/g;
// Bullets that word processors and EHR lists write: read as the asterisk the list rules hold beside them ("• OSA on CPAP").
const BULLET_LIKE = /[\u2022\u2023\u2043\u2219\u25aa\u25cf\u25e6]/g;
// A carriage return before a newline is the "\r\n" ending: a space keeps the line as it was.
const CR_BEFORE_LF = /\r(?=\n)/g;
// A lone carriage return, the Unicode line and paragraph separators, NEL, vertical tab and form feed end a line.
const LINE_BREAK_LIKE = /[\r\u2028\u2029\u0085\v\f]/g;
const ANY = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\r\u2028\u2029\u0085\v\f\u2010-\u2013\u2212\ufe63\uff0d\u201c-\u201f\u00ab\u00bb\u2018-\u201b\u02bc\u2032\u2022\u2023\u2043\u2219\u25aa\u25cf\u25e6]/;

// Any character above U+00FF: where none is left, the text can be held one byte per character.
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * `text` unchanged in content, held by V8 as a one-byte string where every character fits in one byte.
 *
 * V8 keeps a string two-byte once any character above U+00FF has passed through it, even after `replace()` took that
 * character out (an en dash made a hyphen by `plainText`). Every regular expression run on a two-byte string is compiled
 * a second time for two-byte input; the second copies push the process past V8's 16 MB of regular-expression code, after
 * which it compiles without optimising. Measured on the corpus reports (117 of 360 hold an en dash or a bullet): see
 * README's throughput line.
 *
 * @example
 * oneByte('3/14–3/16'.replace('–', '-')) === '3/14-3/16'; // true, and held one byte per character
 */
export function oneByte(text: string): string {
  if (ABOVE_LATIN1.test(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** `text` with the same length, its unusual spaces and line breaks made plain (see the file comment). */
export function plainText(text: string): string {
  // Most notes hold none of these: return them untouched without copying.
  if (!ANY.test(text)) return text;
  return text.replace(SPACE_LIKE, ' ').replace(CR_BEFORE_LF, ' ').replace(LINE_BREAK_LIKE, '\n').replace(DASH_LIKE, '-').replace(QUOTE_LIKE, '"').replace(APOSTROPHE_LIKE, "'").replace(BULLET_LIKE, '*');
}
