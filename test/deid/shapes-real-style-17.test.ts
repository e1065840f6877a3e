/**
 * Shape families from the nineteenth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: an employer named in capitals after a verb of working in lower case, in a line mostly of capitals', [
  ['HUSBAND works at GREEN RIVER FEED, DTR AT BEDSIDE', ['GREEN RIVER FEED']],
  ['SON works for BLUE RIDGE PAVING. WIFE AT BS', ['BLUE RIDGE PAVING']],
]);

kept('not employers: when or where in general, in a line mostly of capitals', [
  ['WIFE works at NIGHT, SON AT BEDSIDE', ['NIGHT']],
  ['DTR works from HOME, WILL CALL IN AM', ['HOME']],
]);
