/**
 * Shape families from the sixth round (data/deid/dev-real-style-10 to -14): ages of 90 and over
 * written bare beside the patient or a relative, and identifiers after a hash, "nbr", "sn", "ref"
 * or a donor/recipient label. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('ages: bare beside the patient, a relative or a titled name, and in brackets after a DOB', [
  ['UPDATED ATTG DR BRODSKY. PT 93.  C. WHITE', ['93']],
  ['DTR AOIFE CALLED  PT 95  MMC RN', ['95']],
  ['pt 91 yo  wife is 90  neither drives', ['91', '90']],
  ['PT CRONIN 92  RESTING  SON IN 1100', ['92']],
  ['Pt 99 from Yazoo City. Son at bs', ['99']],
  ["Pt's grandmother (103, lives w/ pt) is here", ['103']],
  ['Pt Jack Kadashan, DOB 5/30/1933 (90). Elder from Hoonah', ['90']],
  ['Course: Ms. Kalama, 93, fell at home', ['93']],
  ['husband Gurpreet Singh Dhillon is 91 and uses a walker', ['91']],
  ['SW: mr. lindqvist is 91, wife haru (90) at bedside', ['91', '90']],
  ['Pt states she is "ninety-one and too old for this"', ['ninety-one']],
  ['to 187 Brookside Ave for 93 YOF fall', ['93']],
]);

kept('ages: readings after pt stay', [
  ['PT 99.1 TEMP. PT 100% ON RA. pt 95% sat. INR 1.2 PT 13.5', ['99', '100', '95', '13']],
  ['Glucose, 95, K 4.1. Chloride, 98. smoked for 90 years', ['95', '98', '90']],
]);

family('ids: codes after a noun and "#", "nbr", "sn" without a colon, "ref", donor and recipient ids', [
  ['member nbr W 2284 99130   group nbr 88120', ['W 2284 99130', '88120']],
  ['controller sn MPC 118833, battery sn B14-009', ['MPC 118833']],
  ['Asset tag BME 04471, pump unit', ['BME 04471']],
  ['returned to mfr w/ return kit #RK 22019. envelope #SEC 00481', ['RK 22019', 'SEC 00481']],
  ['Ref EXT/22091/44. trip conf 8812-ZK', ['EXT/22091/44', '8812']],
  ['UNOS id BAX4419, donor id AHGF321', ['BAX4419', 'AHGF321']],
]);

kept('ids: rooms, beds, lines, sizes and problems numbered with "#" stay', [
  ['room #412, bed #12, PIV #18g, line #2, problem #3, ETT #7.5', ['412', '12', '18g', '2', '3', '7']],
]);
