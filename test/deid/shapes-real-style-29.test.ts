/**
 * Shape families from the thirty-first round (routes in directions, rural delivery routes, a town in a visit's header, what
 * the retrained tagger proposes and must not). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a route in directions, by where it goes or what befell it', [
  ['Directions for the float nurse: Rt 114 north out of Bradford, 2nd farm on L', ['Rt 114']],
  ['Directions: SR 44 south of Coolspring, R on the Hemlock Rd', ['SR 44']],
  ['take Rte 9 toward Keene, blue cape past the church', ['Rte 9']],
  ['Rt 12 closed at the Bethel bridge after the storm, visit moved', ['Rt 12']],
  ['snow overnight, ROUTE 3 plowed but her lane not', ['ROUTE 3']],
  ['the Amish neighbors across Rt 866 have a phone shanty', ['Rt 866']],
]);

kept('not routes: oxygen, a rhythm and its rate, a therapist', [
  ['pt on RT 2 L NC, sats 95%', ['RT', '2']],
  ['SR 72 to AF 110 after the bolus', ['SR', '72']],
  ['RT 4 to Dr Abbott re: neb schedule', ['RT', '4']],
]);

family('places: a rural delivery route before its town', [
  ['Address: R.D. 2, Salisbury - dairy on the Pike', ['R.D. 2']],
  ['Mail to RFD 1, Box 40, Orwell', ['RFD 1']],
  ['Address: RR 3, Fryburg', ['RR 3']],
]);

kept('not routes: a breathing rate before the next vital sign', [
  ['HR 88, RR 18, Sats 94% on RA', ['RR', '18']],
]);

family('places: a town before "area", a town after a name and age in a header', [
  ['Pt: Orrin Stahl   Coudersport area - staying at the hunting camp', ['Coudersport']],
  ['Vernon Shoup 77 M, Confluence - trailer behind the feed store', ['Confluence']],
]);

kept('not towns: an eponym before "area", a complaint in a header', [
  ['MRI: small infarct in Broca area', ['Broca']],
  ['Edna Falk 70 F, Chest Pain - onset at rest', ['Chest', 'Pain']],
]);

family('dates: a day an event is put on', [
  ['rescheduled for the 19th if the road is open', ['19th']],
]);

kept('not dates: a count of times', [
  ['admitted for the 3rd time this year', ['3rd']],
]);

family('places: an everyday word that is a post office\'s town, where a sentence puts a clinic', [
  ['pt will see Dr Imhof at the clinic in Speculator 10/9.', ['Speculator']],
]);

kept('not names or places: a clock zone, a service before a credential, a plan, an armed service', [
  ['Electronically signed 04/11/2022 14:05 EDT', ['EDT']],
  ['Disposition: home. HHC RN to start Monday', ['HHC']],
  ['Coverage: North Dakota Medicaid, auth pending', ['Medicaid']],
  ['Son is in the US Navy, stationed overseas', ['US', 'Navy']],
  ['PMH:\n- DM2\n-COPD\n- CKD', ['COPD']],
]);

family('places: two streets at a corner, one place; a numbered street with its direction', [
  ['bought pills at Fulton and Baker last night, per pt', ['Fulton and Baker']],
  ['Location: Superior Ave and E. 79th, per dispatch', ['Superior Ave and E. 79th']],
]);

family('names: a nickname in quotes after "a/k/a" or "street name", or before who the person is', [
  ['Dante Wilkes a/k/a "Smoke", known to the unit', ['Smoke']],
  ['street name "Deacon", per outreach worker', ['Deacon']],
  ['won\'t stay at the house while "Bubba" (cousin) is there', ['Bubba']],
]);

kept('not nicknames: a diagnosis in quotes before its site', [
  ['Dx: "Sprain" (left ankle), ice and rest', ['Sprain']],
]);

family('ages: a life counted in years, an age nearly reached, a relative deceased at an age', [
  ['she told the aide "96 good years is plenty"', ['96']],
  ['Resident says she is "almost 100" and wants a party', ['100']],
  ['father (deceased at 97) had the same', ['97']],
]);

kept('not ages: a weight after "about"', [
  ['she is about 100 lbs now, down from 120', ['100']],
]);
