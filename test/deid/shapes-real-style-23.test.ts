/**
 * Shape families from the twenty-fifth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a firm by its initials after a verb of working, with periods or an "&"', [
  ['Pt retired 1994, worked at J.I. Case on the line for 31 yrs', ['J.I. Case']],
  ['RETIRED BRAKEMAN FOR THE B&O, WIFE AT BEDSIDE', ['B&O']],
  ['son works at G.E. in Schenectady, will call tonight', ['G.E.']],
]);

kept('not firms: the nation and the VA after a verb of working', [
  ['retired from U.S. Army 1988, SC 70%', ['Army']],
  ['works at the V.A. canteen part time', ['V.A.']],
]);

family('dates: a month and a day after an event that no ratio follows', [
  ['status asthmaticus, intubated in ED 2/10 after 3 days of wheeze', ['2/10']],
  ['auth approved 9/3 x 30 days per the plan', ['9/3']],
  ['Anticoag clinic RN called. First INR 3/8, goal 2-3.', ['3/8']],
]);

kept('not dates: a fraction with a count after it, the first half of a shift', [
  ['took 1/2 x 2 doses overnight', ['1/2']],
  ['first 1/2 of shift pt calm, then agitated', ['1/2']],
]);

family("names: an author's and a typist's initials after the credential's slash, before the date", [
  ['R. Okafor MD / ro:tj  4/2/01', ['ro', 'tj']],
]);
