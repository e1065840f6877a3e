/**
 * Shape families from the twelfth round (data/deid/dev-real-style-48 to -51): people named with no cue,
 * ages of the very old, neurology and paediatric numbers, and what stays (lab dumps, a patient's or
 * relative's verb). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('precision: after the patient or a relative, a verb or adverb that is also a surname stays', [
  ['PT WORKS AS ROOFER; EMPLOYER AWARE', ['WORKS']],
  ['son works nights, best reached after 1000', ['works']],
  ['Partner works in sales. Pt doing well', ['works', 'doing']],
  ['PT BACK FROM PACU 1620. DTR SPEAKS SPANISH ONLY', ['BACK', 'SPEAKS']],
  ['pt knows warning signs. baby born 3/2 at 34 wks', ['knows', 'born']],
]);

family('names: a given name after a relative stays a name, -ing and -ed names too', [
  ["pt's dtr blessing from brooklyn park called", ['blessing']],
  ["PT'S GRANDSON RED (DARRELL) DRIVES HER", ['RED', 'DARRELL']],
  ["pt's son wing calls every eve", ['wing']],
  ['son Will at bedside', ['Will']],
]);

kept('precision: laboratory results printed as test-value pairs stay', [
  ['01/13/2020 16:25 URINE Color-Yellow Appear-Hazy SpecGr-1.024 Blood-TR Nitrite-POS Leuks-LG', ['Color-Yellow', 'Appear-Hazy', 'SpecGr', 'Leuks-LG']],
  ['[10/24 05:10AM] BLOOD ALT-44 AST-22 ALKPHOS-100 TOTBILI-0.6 CTROPNT-0.02 UREAN-22', ['TOTBILI', 'CTROPNT', 'UREAN']],
]);
