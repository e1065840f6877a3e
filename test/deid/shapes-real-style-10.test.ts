/**
 * Shape families from the tenth round (data/deid/dev-real-style-39 to -43): clinician fields whose label has
 * two words. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: clinician fields with two-word labels, one after another on a line', [
  ['Sending physician: Dr. Svetlana Orlov. Accepting MD: Tran', ['Svetlana Orlov', 'Tran']],
  ['Referring MD: Quince Abernathy. Reason: fall at home', ['Quince Abernathy']],
  ['Accepting MD: Banks. Bed 12 in MICU', ['Banks']],
  ['REFERRING PHYSICIAN: FIELDS  FAX 555-0141', ['FIELDS', '555-0141']],
  ['ATTENDING: HALVORSEN, INGRID M.D.  SERVICE: MICU', ['HALVORSEN, INGRID']],
]);

kept('names: the next field\'s label stays', [
  ['Sending physician: Dr. Svetlana Orlov. Accepting MD: Tran', ['Accepting']],
]);

family('names: a colleague\'s given name before "from" and the department', [
  ['JUNE FROM LAB CALLED W/ K 6.1', ['JUNE']],
  ['Bill from blood bank called, 2 units ready', ['Bill']],
  ['spoke w/ kathy from pharmacy re vanc trough', ['kathy']],
  ['Rose from the agency will cover nights', ['Rose']],
]);

kept('names: things that come from a department stay', [
  ['got page from lab re K 6.1. results from lab pending', ['page', 'results']],
]);
