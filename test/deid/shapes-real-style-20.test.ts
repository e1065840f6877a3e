/**
 * Shape families from the twenty-second round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a place found with what it is inside it, and where it is, read as one place', [
  ['lives at Riverside Apartments off 12th St', ['Riverside Apartments off 12th St']],
]);

kept('not names: a unit after a number, a chapel', [
  ['lifting 40 lb at work, denies back pain', ['lb']],
  ['Pt is Catholic. Hope and Faith Chapel on level 2', ['Faith Chapel']],
]);
