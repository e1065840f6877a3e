/**
 * A person's name written again in its own script, in brackets after the romanised name: "LAU Siu Fong (劉小芳)",
 * "CHEN Wei Ming (陈伟明)", "Kim Soon-ja (김순자)", "Volkov, Anatoly (Анатолий Волков)". The romanised name is found by the
 * name rules; the second writing holds no word any English list knows, so nothing else reads it.
 *
 * @example
 * recognizeNativeScript('Pt: LAU Siu Fong (劉小芳), F')[0].category; // 'NAME'
 */
import type { Candidate } from '../span.js';
import { has, matchAll } from './util.js';

// Any letter of the scripts below: the cheap test that lets most notes skip the rule.
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}]/u;
// Two to five characters of Chinese, Korean or Japanese (a given name and surname), or one to four words of Cyrillic,
// Hebrew or Arabic letters of two and more, in brackets right after a capitalised word.
const IN_BRACKETS = /(?<=\p{Lu}[\p{L}'’-]*[ \t]*)\([ \t]*((?:[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}][ \t]?){2,5}|[\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}]{2,}(?:[ \t]+[\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}]{2,}){0,3})[ \t]*\)/dgu;

/**
 * Names in another script beside their romanised form.
 *
 * @example
 * recognizeNativeScript('Client: CHEN Wei Ming (陈伟明)').length; // 1
 */
export function recognizeNativeScript(text: string): Candidate[] {
  if (!has(OTHER_SCRIPT, text)) return [];
  return matchAll(IN_BRACKETS, text, (m) => ({ category: 'NAME', score: 0.7, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' }));
}
