/**
 * Shapes from stop 48's development work: a club's post after a sentence in capitals, a rural grid house number, and the
 * sets written at stop 48. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a veterans\' post or a union local in capitals, after the sentence\'s own words', [
  ['BINGO AT AMERICAN LEGION POST 111 ON FRIDAYS', ['AMERICAN LEGION POST 111']],
  ['DRINKS AT THE VFW POST 8870 MOST NIGHTS', ['VFW POST 8870']],
  ['UNION CARD STILL IN PLACE. CARPENTERS LOCAL 33 PAYS DUES', ['CARPENTERS LOCAL 33']],
]);

kept('not the sentence: the words before a post in capitals', [
  ['DRINKS AT THE VFW POST 8870 MOST NIGHTS', ['DRINKS']],
  ['UNION CARD STILL IN PLACE. CARPENTERS LOCAL 33 PAYS DUES', ['PLACE']],
]);

family('places: a rural house number with its grid letter', [
  ['Lives alone at N4418 Cty Rd A, wood stove', ['N4418 Cty Rd A']],
  ['dairy farm at W1234 County Road K, long lane', ['W1234 County Road K']],
]);
