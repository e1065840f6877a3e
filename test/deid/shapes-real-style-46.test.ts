/**
 * Shapes from stop 58's development work on specialty notes at the PHI density of ordinary charting: oncology and
 * radiotherapy, cardiology and device clinics, orthopaedic and neurological examinations, nephrology and transplant,
 * eye, ear and skin clinics; and a dense set of run reports and transfers. Drugs, devices and classifications named after
 * cities, signs and tests of the examination and their results, a unit or a side before a sign, milliseconds read as a
 * title, a clinic named for what it treats after a title, the gray after its dose, days of a cycle, grades of strength
 * after their level, a trial in capitals, a dash before a word closing a sentence. And what stays found: a name after a
 * relative's word or a given name, a town before "line" or a phone, people joined by "+", initials after a date, a half
 * lot's house number. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('drugs, devices and classifications named after cities', [
  ['Plan: cycle 3 of oxaliplatin and capecitabine; irinotecan held.', ['oxaliplatin', 'capecitabine', 'irinotecan']],
  ['DLBCL, Ann Arbor stage IIIB, IPI 3. Interim PET: Deauville 3.', ['Ann Arbor', 'Deauville']],
  ['HFrEF, New York Heart Association class III; Kansas City Cardiomyopathy Questionnaire 48.', ['New York', 'Kansas City']],
  ['Access: R IJ Tesio twin; Tenckhoff catheter placed for PD.', ['Tesio', 'Tenckhoff']],
]);

kept('signs and tests of the examination and their results, and a unit or a side before a sign', [
  ['Special: Neer +, Hawkins-Kennedy +, Yergason neg, Thompson neg.', ['Neer', 'Hawkins-Kennedy', 'Yergason', 'Thompson']],
  ['Standing films with Rosenberg view: KL grade 2. Bankart on West Point view.', ['Rosenberg', 'West Point']],
  ['Ober tight bilaterally. Thessaly deferred. No features of Ramsay Hunt syndrome.', ['Ober', 'Thessaly', 'Ramsay Hunt']],
  ['Urine output 40 mL. Daily weights. Exercise 8 min 40 s. Peak workload 96 W.', ['L. Daily', 's. Peak']],
  ['Clonus 6 beats, R. Babinski upgoing; Technique: 1.5 T. Cine SSFP.', ['T. Cine']],
  ['QRS 104 ms, narrow. Threshold 0.8 V at 0.4 ms. Both leads stable.', ['narrow', 'Both']],
]);

kept('a clinic named for what it treats, the gray after its dose, days of a cycle, grades after their level', [
  ['HAND SURGERY CLINIC\n\nTwo problems today.', ['HAND SURGERY CLINIC']],
  ['TRANSTHORACIC ECHOCARDIOGRAM - ADULT CONGENITAL HEART DISEASE CLINIC\n\nHistory: repaired TOF.', ['ADULT CONGENITAL HEART DISEASE CLINIC']],
  ['SBRT 54 Gy in 3 fractions; cord max 9.8 Gy.', ['Gy']],
  ['Capecitabine days 1-14 q21d; ECOG 1-2.', ['1-14', '1-2']],
  ['Motor: C5 5/5, C6 5/5, C7 4/5. T6 LT 1/1, PP 1/1. Beighton 5/9.', ['5/5', '4/5', '1/1', '5/9']],
]);

kept('a trial in capitals, and a dash before a word closing a sentence', [
  ['Osimertinib per POLARIX-like data; venetoclax + azacitidine (VIALE-A) discussed.', ['POLARIX', 'VIALE-A']],
  ['IDWG avg 1.8 kg (2.9%) — good.', ['good']],
]);

family('names, towns and numbers that stay found beside the new rules', [
  ['Covid swab for son Tyler negative; Jane Smith test results pending.', ['Tyler', 'Smith']],
  ['MVC on Route 2 near the Dedham line; mother calling from Lagos +234 803 555 0142.', ['Dedham', 'Lagos']],
  ['Security: OFC. WATTS + OFC. LIANG rotating; Brigham + Kenna in the car.', ['WATTS', 'LIANG', 'Brigham', 'Kenna']],
  ['11/20/2023   T. Begay + S. Pino\n\nOutreach note.', ['T. Begay', 'S. Pino']],
  ['Transported to Western Plains Regional.\nCrew S. Pruitt/R. Alameda', ['S. Pruitt', 'R. Alameda']],
  ['Cycle plan: C1D1 1/8, C2 1/22, C3 2/5.', ['1/22', '2/5']],
  ['ID in the name of Ronald Shope, 309 1/2 Howard Ave, Altoona.', ['309 1/2 Howard Ave']],
]);
