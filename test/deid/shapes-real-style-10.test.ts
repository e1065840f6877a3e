/**
 * Shape families from the tenth and eleventh rounds (data/deid/dev-real-style-39 to -47): clinician fields with
 * two-word labels, obstetric and schedule dates, British and Australasian identifiers and addresses, nicknames,
 * children and newborns, home-health signatures, plates, and colleagues named alone. Each example is our own,
 * written for this test.
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

family('dates: labels that only date, schedules counted to a date, doses with their start date, zero-padded days', [
  ['PRENATAL VISIT 10/3 G2P1001 by LMP 4/1 = EDD 1/6/27', ['10/3', '4/1', '1/6/27']],
  ['PLAN IOL AT 34 WKS = 3/10. bm bx day 14 = 5/6', ['3/10', '5/6']],
  ['bortezomib d1,4,8,11 = 3/2, 3/5, 3/9, 3/12', ['3/2', '3/5', '3/9', '3/12']],
  ['Started naltrexone 50 mg 3/15 after LFT normal', ['3/15']],
  ['HGB 7.2 (WAS 10.4 02/03). GBS neg (2/10)', ['02/03', '2/10']],
]);

family('dates: notes that write the day first date fraction-shaped days by their month too', [
  ['PLAN D/C 14/12. drained by IR 7/12, drain out 8/12 -> home', ['14/12', '7/12', '8/12']],
]);

kept('dates: weeks and days of a pregnancy, limb strength, doses of a tablet stay', [
  ['G2P1001 @ 26 3/7 wks, EFW 900g', ['3/7']],
  ['decreased sensation bilat, 4/5 R ankle DF', ['4/5']],
  ['lasix 40 mg 1/2 tab daily', ['1/2']],
]);

family('names: initials signing British and allied notes', [
  ['bowels open. mews 2. ckb hca/lt sn', ['ckb', 'lt']],
  ['Hearing screen booked 12.9.23. SMcG RM', ['SMcG']],
  ["renal cons dr aziz 13/3. jo'c sn", ["jo'c"]],
  ['type O POS, antibody screen neg.  lt MLS', ['lt']],
  ['1:1 overnight, no incidents.\nMM RN/JT MHW', ['MM', 'JT']],
]);

family('names: nicknames in quotes after the person, names given as "first name"', [
  ['pt calm, brighter. visited by sponsor "red" (aa, home group)', ['red']],
  ['Works as roofer for "Sully" (Southie). Lives with sister', ['Sully']],
  ['spoke w/ roommate "Biscuit" re: meds. house mgr "Spider" 617-555-0128', ['Biscuit', 'Spider']],
  ['SAYS MGR "BIG LOU" WILL FIRE HIM', ['BIG LOU']],
  ['pharm: pt bell (first name june) on ruxolitinib', ['june']],
]);

kept('names: speech quoted from a relative, and a name still to come', [
  ['SPOKE W/ DTR WHO STATES MOM "HATES PILLS". says "the voices" are back', ['HATES', 'PILLS', 'voices']],
  ['came in under an alias; real name now known', ['now', 'known']],
]);

family('names: midwives, doulas, parents of a baby, residents and house officers in brackets, newborns', [
  ['pit started 1100 per CNM oyelaran, inc by 2 q30', ['oyelaran']],
  ["pt's doula honor left 0100. fob declan tearful", ['honor', 'declan']],
  ['dr saint-amand + ward (res) scrubbed. Lam (HO) + Pereira (RT) at bs', ['ward', 'Lam', 'Pereira']],
  ["1st deg lac no repair.  baby boy o'halloran to nursery. Baby Girl Brown 3120g", ["o'halloran", 'Brown']],
  ["works in cambridge (tech).  md o'halloran discussed port removal", ["o'halloran"]],
]);

kept('names: a newborn before the words that follow its birth', [
  ['Baby boy born 5/14 @ 2210, BABY GIRL delivered 0300', ['born', 'delivered']],
]);

family('phones and identifiers of British, Irish, Australasian and Canadian notes', [
  ['nephew chidi is nok (07700 900 645), lives peckham', ['07700 900 645']],
  ['Mum Lorna (0131 554 2207). Previous presentations 3.2.', ['0131 554 2207']],
  ['Address confirmed. NHI ZKT4471.  IHI 3 00612 447. MRSA screen neg', ['ZKT4471', '3 00612 447']],
  ['Medicare 5091 23478 2. RAMQ BEAM 4512 2519    MRN 00-774-129', ['5091 23478 2', 'BEAM 4512 2519']],
  ['DVA gold card TX 418826. Lab no: H23/41172', ['TX 418826', 'H23/41172']],
]);

family('places: Irish Eircodes, Australian state postcodes, British and Australasian street names', [
  ['Re: Noel Gavin, Knockmore, Ballina, Co. Mayo F26 Y3X2. DOB 1/1/1955', ['F26 Y3X2']],
  ['FRIEND WITH HER, LIVES RATHMINES D06 W2K7', ['D06 W2K7']],
  ['Bayside Family Practice\n204 Marine Pde, Elwood VIC 3184', ['204 Marine Pde', '3184']],
  ['home to 22 Kiwi Esplanade tomorrow; wife at 2 Station Cottages', ['22 Kiwi Esplanade', '2 Station Cottages']],
]);

kept('places: the sentence after a street that ends with a period', [
  ['lives there alone at 42 Elm Street. Calmed with distraction.', ['Calmed']],
]);

family('names: children listed with their ages, twins, short forms in brackets, an initial between title and surname', [
  ["pt's 2 older kids (mateo 6, luz 4) visited w/ abuela", ['mateo', 'luz']],
  ["PT'S 3 KIDS: DESTINY 14, MARCUS 9, KHALIL 4", ['DESTINY', 'MARCUS', 'KHALIL']],
  ['nicu family note: twins ada & grace (baby a/b). Twin A Ellery 2410g, twin B Wren 2195g', ['ada', 'grace', 'Ellery', 'Wren']],
  ['Many thanks for seeing Mr Kiran Mistry (KM), 95, in the falls clinic. MOB PRUDENCE (PRU) 19 YO', ['KM', '95', 'PRU']],
  ['Letter to: Dr A Ogunleye, Crossways Surgery', ['A Ogunleye']],
  ['CARDIAC REHAB - BELL (CR NURSE) TO SEE. stairs w/ physio (hope). 1:1 HCA (Gift) overnight', ['BELL', 'hope', 'Gift']],
]);

kept('names: twins described, not named', [
  ["di/di twins delivered at 34 wks. Twin A Vertex, twin B breech. pt's twin bro Ciaran", ['Vertex', 'breech', 'bro']],
]);

family('ages: "is 96 per", a given name and "is 90", the age to come, grandmothers, birthdays in words', [
  ['MAU NURSING NOTE\npt is 96 per DOB 11/11/1927.', ['96']],
  ['next inj 8/8.\nWiktor is 90 and his carer Danuta brings him', ['90']],
  ["This is Agatha, she's 99 - will be 100 in June.", ['99', '100']],
  ['Maternal grandmother 101, in Sacred Heart nursing home', ['101']],
  ['we hope she has a lovely ninety-ninth birthday on 3/21!', ['ninety-ninth']],
]);

kept('ages: readings after "is" stay', [
  ['Sodium is 130. Pain is 90. Glucose was 96.', ['130', '90', '96']],
]);

family('dates: the part of a month goes with it', [
  ['Change in bowel habit since early April. coming mid-March. EXPECTED DELIVERY late Jan.', ['early April', 'mid-March', 'late Jan']],
]);

family('home health, hospice and long-term care: apartments with a building number, clients, signatures, holidays with a year', [
  ['res found sitting on bathroom floor apt 3-214, pendant not pressed', ['3-214']],
  ['HHA care plan updated. Client Persis Whitcombe, 96-year-old widow', ['Persis Whitcombe', '96']],
  ['anticipate death w/in 24-48h. on call rn ck.', ['ck']],
  ['melatonin 3 mg given. no further issues. R.O', ['R.O']],
  ['lotion to BLE. aide Bonnie / BB', ['Bonnie', 'BB']],
  ['his late wife Winifred (died Christmas Day 1998). device SN RXK-448810', ['Christmas Day 1998', 'RXK-448810']],
]);

kept('home health: seasons, agencies and rates stay', [
  ['wt check 6/24 with pedi. rj rn vna', ['vna']],
  ['heparin 12 units/kg/hr.\ndrip at 5 mcg/min.', ['hr', 'min']],
]);

family('vehicles: plates after their state in a sentence about a vehicle', [
  ['2 car MVC, pt = passenger of white 2014 sedan MA plate 8RTW41.  other vehicle NH 4419772', ['MA plate 8RTW41', 'NH 4419772']],
  ['92-year-old man struck by a pickup truck (NH 3312 OK) while walking to mailbox', ['NH 3312 OK']],
]);

kept('vehicles: tumour markers and states without a vehicle stay', [
  ['CA 19-9 was 45 before the car accident', ['CA', '19']],
]);

family('names: colleagues named alone before "aware" or "notified", and from therapy', [
  ['PREV C DIFF NEG 1/22. SHORT AWARE.', ['SHORT']],
  ['suctioned for mod thick tan. wolf rt aware, changed to psv 12/5', ['wolf']],
  ['pt c/o itching. benadryl 25 po. sully aware.', ['sully']],
  ['SUMMER FROM PT SAW PT, OOB TO CHAIR. lane from ot saw.', ['SUMMER', 'lane']],
]);

kept('names: roles and services told stay', [
  ['MD aware. Team aware. Family aware. Charge aware. Patient aware. Surgery paged. Lab aware. Wife aware.', ['MD', 'Team', 'Family', 'Charge', 'Patient', 'Surgery', 'Lab', 'Wife']],
]);
