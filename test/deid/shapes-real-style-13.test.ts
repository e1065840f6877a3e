/**
 * Shape families from the fifteenth round (data/deid/dev-real-style-74 and after, and the development
 * sets' remaining misses): staff named after their role with no title (a dietitian, a case manager, a
 * physician assistant, a social worker). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: a colleague after a role word, where the phrase ends with the name', [
  ['pt refusing tube feeds, DIETITIAN MARCH CONSULTED.', ['MARCH']],
  ['DISPO: SNF VS HOME, CM GARDNER FOLLOWING.', ['GARDNER']],
  ['wound check 2/25 with PA Finch; staples out at rehab', ['Finch']],
  ['social worker Patience x6-2041 to see family', ['Patience']],
  ['call from county APS worker Hale (617 555 0143) re placement', ['Hale']],
]);

kept('names: what notes write after a role is no name', [
  ['ONC NURSE NAVIGATOR CALL 9/30: PT DOING WELL. TECH CALL BELL IN REACH.', ['CALL']],
  ['CXR PA AND LATERAL NEG. PA PRESSURES 40/20. PT NEVER MARRIED. HCP FORM ON CHART.', ['PA', 'NEVER', 'FORM']],
]);
