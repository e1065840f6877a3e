/**
 * Shape families from the twenty-ninth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a firm named right before the job its worker holds there', [
  ['42 yo M, UPS driver, restrained, airbag deployed', ['UPS']],
  ['Pt is a 51-year-old Allstate claims adjuster seen for low back pain', ['Allstate']],
  ['Son is a State Farm claims rep, lives nearby', ['State Farm']],
  ['Husband is a retired Republic Steel worker, on home O2', ['Republic Steel']],
  ['Wife is a FedEx courier, works nights', ['FedEx']],
  ['SH: Raytheon engineer x 20 yrs, nonsmoker', ['Raytheon']],
]);

kept('not firms: departments, ranks, the forces, nations and titles before a job', [
  ['Seen by the Emergency Room nurse and an Air Force mechanic', ['Emergency Room', 'Air Force']],
  ['Pt is a Regional Sales Manager; wife is a Licensed Practical nurse', ['Licensed Practical']],
  ['Interpreter: an African American aide stayed with pt', ['African American']],
  ['Informed ED nurse. Contacted MEMA worker for shelter', ['Informed', 'MEMA']],
  ['long-haul driver, off-duty officer, L&D nurse', ['long-haul', 'off-duty', 'L&D']],
]);

family('places: one capitalised everyday word after "the" where a sentence puts someone', [
  ['Drinks most nights at the Tailgate with friends', ['Tailgate']],
  ['Lives over near the Pocket, rents a room', ['Pocket']],
  ['Dealer at the Sands, swing shift', ['Sands']],
]);

kept('not places: the forces, the hospital and its staff after "the"', [
  ['Served in the Army 1968-70, then drove a truck', ['Army']],
  ['Transferred to the Unit at 1400 per the Attending', ['Unit', 'Attending']],
]);

family('names: a given name that is an everyday word, found in the note, opening a sentence as its subject', [
  // (The value opens with the line break, so that the repeat is checked, not the first mention.)
  ['Re: Faith Okonkwo, DOB 4/9/1988\n\nFaith was seen today for follow-up of her asthma.', ['\nFaith']],
  ['Patient: Sterling Boyd\n\nSterling presented with chest pain at rest.', ['\nSterling']],
  ['I saw Mr. Royal Pike today. Royal continues to do well on apixaban.', ['. Royal']],
]);

kept('not names: the everyday word opening a sentence that is not about the person', [
  ['Patient: Hope Varga\n\nHope is that she can go home Friday.', ['Hope is that']],
]);

family('facilities: a name with its kind in short ("Ctr", "Hosp", "VNA", "LTAC", "Ambulance"), read whole', [
  ['Transferred 3/2 from Coos Valley Medical Ctr by air', ['Coos Valley Medical Ctr']],
  ['Home with VNA (Nashua River VNA), first visit Tues', ['Nashua River VNA']],
  ['ADM FROM KENNEBEC VALLEY MED CTR VIA DIRIGO AMBULANCE', ['KENNEBEC VALLEY MED CTR', 'DIRIGO AMBULANCE']],
  ['transport by Tioga Ambulance, BLS', ['Tioga Ambulance']],
]);

family('facilities: names with letters beyond ASCII, with "of" or "de" inside, and every word before the kind', [
  ['ED note - Kahuku ʻĀina Community Hospital, 02/04/2019', ['Kahuku ʻĀina Community Hospital']],
  ['Taken to Our Lady of the Lakes Hospital ER by family', ['Our Lady of the Lakes Hospital']],
  ['Accepting: Northeast Regional Burn Center, Dr. Ito', ['Northeast Regional Burn Center']],
]);

kept('not facilities: an office of a role, a department of the state, a care level', [
  ['Spoke with the Director of Pharmacy; hospice continuous care started', ['Director', 'continuous']],
]);

family('facilities: agencies named by everyday words before a kind of two words, in title case', [
  ['d/c home w/ HHPT via Prairie Wind Home Health, SOC 11/2', ['Prairie Wind Home Health']],
  ['PCP: Dr. Anand, Harvest Moon Family Medicine', ['Harvest Moon Family Medicine']],
  ['accepted at Harbor Lights Nursing & Rehab for 2 wks', ['Harbor Lights Nursing & Rehab']],
]);

kept('not agencies: a service or a plan opening a sentence, in capitals, or named by its organ', [
  ['Recommend Rehab. ARRANGED HOME HEALTH. Cardiac Rehab referral placed.', ['Recommend', 'ARRANGED', 'Cardiac']],
]);

kept('not names: a hospital service after a word of seeing or talking', [
  ['evaluated by Physical Therapy; followed by Infectious Disease; discussed with Case Management', ['Physical', 'Infectious', 'Case']],
]);

kept('not places: Lyme the disease, though Lyme is a town', [['h/o Lyme, treated 2019; Lyme titer pending', ['Lyme, treated', 'Lyme titer']]]);

family('places: Lyme the town where a phrase names a town', [['lives in Lyme, NH with wife', ['Lyme']]]);
