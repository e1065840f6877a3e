/**
 * Shape families from the forty-fourth round (a place English lists only capitalised after a place's preposition, a
 * school in lower case after "student at", letters of a month or a name inside an accented word). Each example is our
 * own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a town of the wider world that English lists only capitalised, after a place\'s preposition', [
  ['Father died of a stroke in Leninakan in 1988', ['Leninakan']],
  ['was sent to a healing camp in Ogbomosho as a teen', ['Ogbomosho']],
]);

kept('not places: a language, a people, a state or plural weekdays after "in" or "on"', [
  ['teaching done in Samoan with daughter present', ['Samoan']],
  ['consent read to him in Kurdish', ['Kurdish']],
  ['daughter lives in Arkansas now', ['Arkansas']],
  ['visits on Sundays after church', ['Sundays']],
]);

family('places: a school in a lower-case note after "student at" or "professor at"', [
  ['son (college student at temple) interprets for her', ['temple']],
  ['pt is a retired professor at tufts, wife at bs', ['tufts']],
]);

kept('not schools: where a student is', [['nursing student at night, works days', ['night']]]);

family('names and places: an accented word is one word', [
  ['family in Junín, will call Sunday', ['Junín']],
  ['Y. Sepúlveda RN at bedside', ['Y. Sepúlveda']],
]);

kept('not ids: a parking lot off a highway, the Department of Defense', [
  ['FOUND IN TRAVEL STOP LOT OFF I-44.', ['OFF']],
  ['TRICARE: sponsor DoD ID 1284471093', ['DoD']],
]);

family('names: a given name\'s own phone, a name in brackets after a person word, initials beside the name they stand for', [
  ["family asks we call kathleen's cell if any change", ['kathleen']],
  ['UNION STEWARD CALLED. FOREMAN (SULLY) DROVE PT IN.', ['SULLY']],
  ['PT ASKS THAT HIS FRIEND FROM THE LEGION (HERB) MAY VISIT', ['HERB']],
  ['3/9/91  SN visit   R.K. (Ruth Kowalczyk)   Putney', ['R.K.', 'Ruth Kowalczyk']],
]);

kept('not names: who the person in brackets is, a test spelt by its initials, a cell of the body', [
  ['INFANT (MALE) WRAPPED IN TOWEL', ['MALE']],
  ['DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA)', ['DXA']],
  ['Hurthle cell neoplasm, favor adenoma', ['Hurthle']],
]);

family('dates: a result after the day it was drawn, a blood pressure no one has, an exam or a flight on its day', [
  ['Digoxin level 6/12 = 2.1 ng/mL, HR 54', ['6/12']],
  ['CD4 8/95 = 210 per pt, on AZT', ['8/95']],
  ['hold lisinopril, recheck BP 2/8.', ['2/8']],
  ['(eye exam 1/3 by Dr. Amberg)', ['1/3', 'Amberg']],
  ['Travel: flight 2/3 with escort', ['2/3']],
]);

kept('not dates: a fraction with its own value, a balance, a setting with its total, half a tablet with a meal', [
  ['ratio 1/3 = 0.33', ['1/3']],
  ['I/O 6/12 = -6', ['6/12']],
  ['PEEP 5/5 = 10', ['5/5']],
  ['take 1/2 with a meal', ['1/2']],
]);

kept('not names: the drugs, formulas, devices, eponyms and shorthand of labour wards, nurseries and well-child visits', [
  ['Methergine 0.2 mg IM 2153. Hemabate 250 mcg IM 2201. TXA 1 g IV.', ['Methergine', 'Hemabate']],
  ['1st Curosurf 200 mg/kg at 20 min of life; NIPPV 20/6', ['Curosurf', 'NIPPV']],
  ['Feeding: Similac Neosure 22 kcal, 45-60 mL q3h', ['Similac', 'Neosure']],
  ['Hips: Ortolani/Barlow neg. Moro/suck/grasp nl.', ['Ortolani', 'Barlow', 'Moro']],
  ['Sitting, L3-4, 17g Tuohy, LOR to saline @ 6 cm', ['Tuohy', 'LOR']],
  ['A: 31 yo G2P1001 at 39 5/7 wks, TOLAC, progressing. MGM at bedside.', ['TOLAC', 'MGM']],
]);

family('names: an eponym\'s surname after an initial or before a credential', [['--A. FINNEGAN RN', ['A. FINNEGAN']]]);

family('ids: every number of a list after a plural label', [['Tdap given L deltoid. Lot #s 1832A14, 1832A19.', ['1832A14', '1832A19']]]);

kept('not ids: a count of lots', [['ordered 3 lot numbers of gauze for the unit', ['lot']]]);

family('names: a message signed with a hyphen glued to the given name', [['Thank you for everything. Love to you all -Amara', ['Amara']]]);

kept('not names: a weekday or a drug after a hyphen', [
  ['BP 120/80 -Monday recheck', ['Monday']],
  ['pain better -Lasix', ['Lasix']],
]);
