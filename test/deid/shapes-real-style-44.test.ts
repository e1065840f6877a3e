/**
 * Shapes from stop 56's development work on notes at the PHI density of ordinary charting: physicians' progress notes,
 * reports (radiology, echo and ECG, pathology, microbiology) and allied-health notes (therapy, nutrition, wound care,
 * chaplaincy, case management), besides ICU nursing. Words medicine builds from Greek and Latin parts and the vocabulary
 * of reports, scores counted out of a total, ranges of grades and durations, ordinals of a look or a treatment, decades of
 * a reading, a shift after its note's dash, a blood gas after "admit", a relative's word or a verb where a name would
 * stand, words of a note's title, a reading under the infectious-disease heading. And what stays found: relatives named
 * by everyday words, a great-grandfather's age, a pet name, a note's date before its shift, initials closing an entry.
 * Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('words medicine builds from its parts, and the vocabulary of reports', [
  ['THE HEART SIZE IS NORMAL. THE RIGHT HEMIDIAPHRAGM IS PARTIALLY OBSCURED BY A PATCHY OPACITY.', ['HEMIDIAPHRAGM']],
  ['CT ABDOMEN: A 7 MM APPENDICOLITH AT THE BASE. NO EXTRALUMINAL AIR. FLUID IN THE RIGHT PARACOLIC GUTTER.', ['APPENDICOLITH', 'EXTRALUMINAL', 'PARACOLIC']],
  ['RESPIRATORY PANEL: HUMAN METAPNEUMOVIRUS NOT DETECTED. BORDETELLA PARAPERTUSSIS NOT DETECTED.', ['METAPNEUMOVIRUS', 'BORDETELLA', 'PARAPERTUSSIS']],
  ['Gross: the serosa is dull with fibrinopurulent exudate; scattered koilocytes on the Pap.', ['fibrinopurulent', 'koilocytes']],
]);

kept('scores counted out of a total, and ranges of grades and durations', [
  ['Naming: 3/10 objects, improved to 6/10 with phonemic cues.', ['3/10', '6/10']],
  ['Session: Pt followed 2/3 one-step commands, nodding appropriately.', ['2/3']],
  ['Gait: Tinetti 12/28. BP 128/70 sitting, 110/64 standing.', ['12/28']],
  ['4. Liver biopsy only if not improving by 2-3 months.', ['2-3']],
  ['Admitted with grade 2-3 hepatic encephalopathy precipitated by SBP.', ['2-3']],
  ['Urgent ERCP within 12-24 h once hemodynamically stable.', ['12-24']],
]);

kept('a shift after its note\'s dash, a blood gas after "admit", and the first of two ordinals sharing a noun', [
  ['Nursing Note - 11-7\nPt with end stage COPD, comfortable on 2 L.', ['11-7']],
  ['ABG on BiPAP: 7.34/58/78 (admit 7.24/79/60). Wean as tolerated.', ['7.24']],
  ['PLACENTA 352 GRAMS, BETWEEN THE 25TH AND 50TH PERCENTILE FOR AGE.', ['25TH']],
]);

kept('the ordinal of a look or a treatment, and the decades of a reading', [
  ['heme: ttp. plt 11 -> 19 after 1st pheresis this am.', ['1st']],
  ['GI: Will remain intubated until 2nd look tomorrow.', ['2nd']],
  ['1L ns bolus x2, now 100s/50s. no pressors.', ['100s']],
  ['DILTIAZEM GTT AT 10 MG/HR, RATE NOW 90-110 AFIB.', ['90-110']],
]);

kept('a relative\'s word, or a verb, where a name would stand', [
  ['0235 LP by ED attending with RN holding, clear fluid, 4 tubes sent.', ['holding']],
  ['NPO after midnight, consent signed by husband (HCP) since pt sedated.', ['husband']],
  ['SOCIAL: WIFE BERNADETTE AND SON IN, VERY HAPPY TO HEAR HIM TALK.', ['SON']],
  ['Mother return-demonstrated Poly-vi-sol dosing with oral syringe.', ['return-demonstrated']],
  ['Daughter tearful, chaplain (Spanish-speaking) visited with her.', ['Spanish-speaking']],
]);

kept('a word of a note\'s title after its discipline', [
  ['WOC Nurse Note -- Ostomy teaching #2\nPt 71 yo M s/p colectomy.', ['Note']],
  ['Chaplain Visit -- Interfaith\nPt is 52 yo M, Muslim, with family.', ['Visit']],
  ['Step-down RN Shift Summary 0700-1930\nPt is a 60 yo F with CHF.', ['Shift']],
]);

kept('a reading under the infectious-disease heading, and shorthand of ordinary charting', [
  ['ID: TMAX 102.4 PRE-OP. VANC/ZOSYN/CLINDA. OR CX PENDING.', ['TMAX 102', 'CLINDA']],
  ['Plan: Monitor theo level, wean O2, pulmonary function when stable.', ['theo level']],
  ['BPD, remains on Bourns BP200, IMV 14, PIP 24, PEEP 5.', ['Bourns']],
  ['1500 columbia ssrs: high risk. 1:1 sitter at doorway.', ['columbia']],
]);

family('relatives named by everyday words, and a great-grandfather\'s age', [
  ['wife honor at bs, son baker called from work.', ['honor', 'baker']],
  ['lives with his parents and his great-grandfather (92) on the farm.', ['92']],
  ['2000 Wife calls him Baby; she said ask for Baby if he is confused.', ['Baby']],
]);

family('a note\'s date before its shift, and initials or names closing an entry', [
  ['12/7 nights\nneuro: calm. follows commands.', ['12/7']],
  ['ENTERED 01/22/2021 BY TLS', ['TLS']],
  ['AFEBRILE - UP-IN-CHAIR-X2 - SON-DWAYNE-HERE - DC-PLANNING-W/-CM-BRANDY - HOME-TO-LUFKIN-SATURDAY', ['DWAYNE', 'BRANDY', 'LUFKIN']],
  ['ID# 88231 on file with the interpreter service.', ['88231']],
]);
