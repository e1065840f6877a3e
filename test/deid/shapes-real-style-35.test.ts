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

family('vehicles: a quoted plate a witness saw, a vessel\'s and a hull\'s numbers', [
  ['driver fled in a gray pickup (partial NH plate "4RT-2") per bystander', ['4RT-2']],
  ['Security video shows partial plate "JKW 7" on the sedan', ['JKW 7']],
  ['Crewman on the scalloper, vessel no. USCG 588120, hauled out', ['USCG 588120']],
  ['Skiff on the ramp, hull no. ME 7713 AC, owner notified', ['ME 7713 AC']],
]);

kept('not vehicles: tags and plates of the body and the chart', [
  ['Skin tags "x3" removed; plate "ORIF" hardware intact', ['x3', 'ORIF']],
]);
