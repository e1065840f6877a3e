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

family('names: the surname after a clergy title, though the surname is a word', [
  ['chaplain to call Msgr. Pope at the parish house', ['Pope']],
  ['Deacon Price from her church visited', ['Price']],
  ['Imam Faith will call the family', ['Faith']],
]);

kept('not names: the clergy word as a noun, and the title itself', [
  ['Family requested an imam. Family at bedside.', ['Family']],
  ['requested imam. Called the mosque on Ford Rd', ['Called']],
  ['Family requested an imam. Imam Yusuf Abdi came', ['Imam']],
]);

family('places: a company by its legal form', [
  ['Great Lakes Castings, Inc.\nAttn: Sandra Veldman', ['Great Lakes Castings']],
  ['employed by Midwest Precision Tool, Inc. as a machinist', ['Midwest Precision Tool']],
  ['TO: RIVERBEND FARMS, INC. RE: work status', ['RIVERBEND FARMS']],
]);

kept('not places or names: an incision in capitals, an office a letter is addressed to', [
  ['ABD SOFT. MIDLINE INC C/D/I', ['MIDLINE']],
  ['Attn: Human Resources / Sandra Veldman', ['Human Resources']],
  ['Attn: Billing Dept', ['Billing']],
]);
