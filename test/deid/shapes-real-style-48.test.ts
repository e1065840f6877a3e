/**
 * Shapes from stop 60's development work: outpatient eye, ear, skin, allergy and dental clinics and behavioural health at
 * ordinary PHI density, Southeastern ICU notes and urban home health. What stays: the scores of a test for each eye and
 * the items of a neuropsychological test, a disease or a valve's leak after "MS" and "MR" in capitals, named tests,
 * allergens and instruments of the new specialty lists. What is found: the date of an intensive outpatient programme or a
 * first class, firms that make wood products or process poultry, a city before "area", and surnames and cities that
 * also name a device (Boston, Lucas, Baxter, Cook). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('scores for each eye over one total, and the items of a test', [
  ['Corneal staining (NEI scale): 5/15 OD, 6/15 OS, inferior punctate.', ['5/15', '6/15']],
  ['Color plates (Ishihara): 3/14 OD, 14/14 OS. Red desaturation OD.', ['3/14']],
  ['Phase 3: negative cognition rated, VOC 2/7, SUDS 8/10.', ['2/7']],
  ['HVLT-R total 21, delay 4, recognition 11/12 with two false positives.', ['11/12']],
  ['DSM-5: alcohol use disorder, severe (9/11 criteria).', ['9/11']],
]);

kept('MS and MR in capitals before a word in lower case', [
  ['Neurology referral for MS risk counseling after the MRI.', ['risk']],
]);

kept('named tests, allergens and instruments of specialty clinics', [
  ['Measures: WISC-V, NEPSY-II, TOWRE-2, Beery VMI, BASC-3.', ['NEPSY-II', 'TOWRE-2']],
  ['Prick panel: Salsola kali 6/18, Kochia 5/12, Alternaria 3/9.', ['Salsola', 'Kochia']],
  ['Drill guide seated; Osstell ISQ 72 at placement; Alvogyl to socket #17.', ['Osstell', 'Alvogyl']],
  ['Blake drain to bulb suction, 40 mL serous overnight.', ['Blake']],
  ['EBL: 150ml  Drains: 19 Fr Blake\n\nFINDINGS: perforated ulcer.', ['Blake']],
]);

family('dates after an intensive outpatient programme or a first class', [
  ['Last d/c 9/30, seen in IOP 10/4 and 10/11, then no-showed.', ['10/4', '10/11']],
  ['Pt missed cardiac rehab orientation 10/31; rescheduled.', ['10/31']],
  ['Last inj 2/19 OU (q6wk); lines wavy again OD.', ['2/19']],
]);

family('firms of wood and poultry, a city before "area", and names that also name a device', [
  ['SUPERVISOR MR TILLERY FROM ALTAMAHA WOOD PRODUCTS CALLED FOR STATUS.', ['ALTAMAHA WOOD PRODUCTS']],
  ['TRIGGER PER MOM: DEBONING LINE AT OCMULGEE POULTRY, WORKS NIGHTS.', ['OCMULGEE POULTRY']],
  ['Next: family shelter placement in Boston area; DHCD worker aware.', ['Boston']],
  ['son lucas called from work, will visit after 5.', ['lucas']],
  ['Moved from Cook County to live with her niece.', ['Cook']],
]);
