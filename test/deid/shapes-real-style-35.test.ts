/**
 * Shapes from stop 47's development work: the parties of a claim named after their labels, and the sets written at stop 47.
 * Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: the parties of a claim after their labels, "LAST, First" in either case', [
  ['1. Employee: WALKER, Easton          2. Employer: Pascagoula Marine Ways', ['WALKER, Easton']],
  ['Employee: CHURCH, WENDELL R.   Emp ID QX-118204   DOB 02/11/1961', ['CHURCH, WENDELL R.']],
  ['Claimant: MARSH, Lorenzo   Carrier: Gulf Mutual', ['MARSH, Lorenzo']],
]);

kept('not names: what an exposure or a claim form says of the worker', [
  ['Employee: Hep B series complete 2009, anti-HBs 48', ['Hep B']],
  ['Employee: Maintenance dept, second shift', ['Maintenance']],
]);
