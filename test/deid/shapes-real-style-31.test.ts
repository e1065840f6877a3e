/**
 * Shape families from the forty-third round (a street's ordinal in capitals, the parts of a city by their side, court index
 * numbers, Hebrew months, a name in its own script, a typist's initials after the dictation date). Each example is our own,
 * written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a street numbered in capitals, and the address stops at the sentence', [
  ['MOVED TO 212 WEST 9TH STREET LAST MONTH', ['212 WEST 9TH STREET']],
  ['DISPATCHED TO 88 N 3RD AVE, OTTUMWA FOR FALL', ['88 N 3RD AVE', 'OTTUMWA']],
]);

kept('the address leaves the sentence after it', [
  ['DISPATCHED TO 88 N 3RD AVE, OTTUMWA FOR FALL', ['FOR', 'FALL']],
]);

family('places: a part of a city by its side, "the" kept as writers keep it', [
  ['grew up on the Upper West Side, now in a walk-up', ['Upper West Side']],
  ['PT LIVES ON THE LOWER EAST SIDE W/ AUNT', ['LOWER EAST SIDE']],
  ['moved to the Far North Side after the fire', ['Far North Side']],
]);

family('ids: a court index or indictment number', [
  ['Guardianship petition, index no. 5521/19, Kings County', ['5521/19']],
  ['INDICTMENT NO.: 3307/95  PART: K-2', ['3307/95']],
  ['COMMITMENT: KINGS COUNTY, IND. 2290/04', ['2290/04']],
]);

kept('not ids: "ind." before a score', [['pain ind. 5/10 at rest', ['5/10']]]);

family('dates: a Hebrew month, Ramadan, a short month after "for" or "due"', [
  ['married in Adar, moved to Monsey after', ['Adar']],
  ['has not eaten well since Tishrei', ['Tishrei']],
  ['glucose lows during Ramadan, adjust insulin', ['Ramadan']],
  ['UDS FOR OCT ALL NEG', ['OCT']],
  ['G2P1, due Feb, prenatal care at clinic', ['Feb']],
]);

kept('not dates: a decrease, "Av" of the heart', [
  ['ASSESS FOR DEC BREATH SOUNDS', ['DEC']],
  ['first degree AV block, PR 240', ['AV']],
]);

family('names: a name written again in its own script', [
  ['Pt: WONG Mei Ling (黄美玲), 88F', ['黄美玲']],
  ['Client: PARK Soon-ja (박순자), interpreter present', ['박순자']],
  ['SOKOLOV, IVAN (Иван Соколов) transferred', ['Иван Соколов']],
]);

family('names: a typist\'s initials after the dictation date or between the signature\'s slashes', [
  ['M. Ostrowski, MD / dictated 2/2/15 / kjr', ['kjr']],
  ['P. Lindqvist, MD / tw / job 55210', ['tw']],
  ['D: 4/1/03   Transcribed 4/2/03 by dlm    Job 7716', ['dlm']],
]);

family('places: a town that is an everyday word after a facility and its comma, closing the line', [
  ['TRANSFER -- Uintah Basin Medical Center, Roosevelt\nPt 44M', ['Roosevelt']],
]);

family('places: a numbered highway left or named by its side, in capitals or with "U.S."', [
  ['TRUCK LEFT INTERSTATE 80 ON ICE WEST OF LARAMIE', ['INTERSTATE 80']],
  ['found on the west side of U.S. 89 near the pass', ['U.S. 89']],
]);

family('places: two streets at a corner, one place', [
  ['assaulted at Fifth Ave and West 110th St per EMS', ['Fifth Ave and West 110th St']],
  ['lives near 21st St & Bragg Blvd', ['21st St & Bragg Blvd']],
]);

family('places: a congregation after "attend" with a denomination of two words', [
  ['still attends Grace Seventh-day Adventist Church on Sundays', ['Grace Seventh-day Adventist Church']],
  ['Continues to attend Bethel Seventh-day Adventist Church weekly', ['Bethel Seventh-day Adventist Church']],
]);

family('names: a line that signs with credentials alone, its first word an everyday one', [
  ['Plan: HEP, recheck 2 wk.\nRaven Littlewolf, PT, DPT', ['Raven Littlewolf']],
]);

kept('not names: a role before the signer', [['Attending Greta Lindqvist, MD', ['Attending']]]);

family('places: a lettered avenue, a road named by initials, a block of New York projects', [
  ['STAYS W/ GRANDMOTHER ON AVENUE C NEAR 8TH', ['AVENUE C']],
  ['sleeps under the ramp off MLK Blvd most nights', ['MLK Blvd']],
  ['LIVES IN THE MARCY HOUSES, BLDG 4', ['MARCY HOUSES']],
]);

kept('not roads: a plan to drive, a state\'s patrol', [
  ['DTR WILL DRIVE PT HOME', ['WILL', 'DRIVE']],
  ['ND Highway Patrol on scene', ['Highway']],
]);

family('places: a shelter named by its neighbourhood and kind', [['Site: Bushwick family residence, room 12', ['Bushwick family residence']]]);

family('names: every nickname after "aka", a nickname after an initial', [
  ['ALIAS LIST: AKA "TONE", "BIG T"', ['TONE', 'BIG T']],
  ['Patrollers: J. "Moose" Halvorsen (#9)', ['J. "Moose" Halvorsen']],
]);

family('places: an everyday-word town after a facility, its state or the next field after it', [
  ['IFT: Grundy County Memorial Hospital, Independence IA -> Iowa City', ['Independence']],
]);

family('names: initials in lower case after dictation dates in lower case, a typist after "T:" before the date', [
  ['dd 3/4/97  dt 3/5/97  jab:rmk', ['jab', 'rmk']],
  ['D: P. Okafor  T: lm  06/02/2003', ['lm']],
]);

kept('not PHI: a form\'s title, a resident or a relative given something, a scale\'s letter grade, morphine by its brand, a people named after a cape, a transfer centre, an ordinal floor or shift', [
  ['*** PATIENT CARE REPORT ***\nUNIT: MEDIC 4', ['CARE']],
  ['Res resting in bed, HOB 30', ['Res']],
  ['Daughter given update at bedside', ['given']],
  ['C6 burst fx, complete SCI (ASIA A)', ['ASIA']],
  ['pain controlled on MS Contin 15 BID', ['Contin']],
  ['family is Cape Verdean, speaks Kriolu at home', ['Verdean']],
  ['TRANSFER CENTER LOG\nCall received 2240', ['TRANSFER', 'CENTER']],
  ['bedroom on 2nd fl, 14 steps; works 3rd shift', ['2nd', '3rd']],
  ['ROSC after 2nd shock, 3rd-floor walk-up', ['2nd', '3rd']],
]);

family('dates: an ordinal day still read in dictated speech', [['discharged the 12th period oncology referral', ['the 12th']]]);

kept('not PHI: devices, tests, payers and languages charted in capitals or at a sentence\'s start', [
  ['PATIENT PORTAL MESSAGE - routed to pool', ['PORTAL']],
  ['Pads placed: VF. Defib 200 J biphasic', ['Defib']],
  ['Device: HeartMate 3 LVAD, controller alarms none', ['LVAD']],
  ['Prismaflex settings: BFR 200 mL/min', ['Prismaflex']],
  ['K 6.8 called to RN, read-back verified', ['read-back']],
  ['Emergency Medi-Cal applied', ['Medi-Cal']],
  ['speaks Chuukese only, interpreter by phone', ['Chuukese']],
]);

kept('not dates: bottles growing an organism, a disease secondary to a cause; not a town: a finding before its next reading', [
  ['bcx 9/4 1/2 GNR, repeat pending', ['1/2']],
  ['# Cirrhosis 2/2 EtOH, Child B', ['2/2']],
  ['Tele: SR 1st degree AVB, PR 230', ['AVB']],
  ['IMPRESSION: BI-RADS 4, biopsy advised', ['BI-RADS']],
  ['NRAS wild type; BRAF V600E detected', ['BRAF', 'NRAS']],
]);

family('dates: a culture\'s date before what grew', [['Blood cx 4/3 E. coli, pan-S', ['4/3']]]);

kept('not facilities: a department named by what it treats', [
  ['F/U: DEVICE CLINIC 11/12 (WOUND CHECK)', ['DEVICE', 'CLINIC']],
  ['Gleason 3+4=7 (Grade Group 2)', ['Grade', 'Group']],
  ['INR 2.4, Coumadin Clinic to call', ['Coumadin', 'Clinic']],
]);

kept('not names: the shift before a nurse\'s credential', [['report from Ines (night RN), then Bo (day RN)', ['night', 'day']]]);

kept('not names or dates: charting words after "pt" or a credential, a nursing shift with its leading zero', [
  ['Pt adm to MICU at 0100 from ED', ['adm']],
  ['CM: Rosa Ybarra, RN, ext 4410', ['ext']],
  ['NSG NOTE 07-19\nPT RESTING', ['07-19']],
]);
