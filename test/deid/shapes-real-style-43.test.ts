/**
 * Shapes from stop 55's development work on notes with the PHI density of ordinary charting (about half the notes with no
 * identifier at all), where every word removed that is no identifier costs precision: how the patient looks after "pt",
 * the doctor's doing after "dr", a question answered after a dash, sinus rhythm ending a sentence, the drug or device
 * before its dose, the English "via", doses, gauges and feeds between numbers, units under the skin and units of blood,
 * devices and operations named in clinical phrases, drugs, devices and shorthand no list held, the instruction to reach a
 * clinician, ribs and settings that look like dates, services that name no facility, units after numbers. And what stays
 * found: "LAST, FIRST" after "pt", a doctor named Will, a sister's name after "SR.", an Italian street, a baby's weight after
 * her name, nurses named Call and Page, facilities named before their service, a school with what it is for, a street name
 * before the person's name in brackets, a street's quadrant. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('an everyday word after "pt" that says how the patient is', [
  ['0500 ON ARRIVAL PT PALE, DIAPHORETIC, RATES PAIN 6/10. NTG SL X1.', ['PALE']],
  ['PT HARD OF HEARING, WRITE NOTES. WIFE AT BS.', ['HARD']],
  ['PT SHARP, DRY HUMOR, ASKING ABOUT THE GAME.', ['SHARP']],
  ['PT SELF PROPELS IN W/C TO BATHROOM.', ['SELF']],
]);

family('the patient\'s surname after "pt" with the given name after its comma', [
  ['CCU NOTE 1900-0700\nPT HOUSE, RUBY NELL, 91 YO. S/P HEMI.', ['HOUSE', 'RUBY']],
  ['sn visit 10/15\npt pigeon, ella. pt at her sister\'s house.', ['pigeon', 'ella']],
]);

kept('what "dr" does, in capitals', [
  ['L IJ CORDIS SITE SL RED. DR WILL REMOVE AM IF STILL FEBRILE.', ['WILL']],
  ['ASKED ABOUT DRIVING AFTER ICD -- TOLD HER DR WILL DISCUSS.', ['WILL']],
]);

family('a doctor whose given name is Will', [['DR. WILL HARTMAN AT BS 0300, AWARE OF K 5.9.', ['WILL HARTMAN']]]);

kept('the answer after a question and a dash', [
  ['FIO2 UP TO .55. TRACH? -- DAY 12 ON ETT, DR WILL DISCUSS W/ FAMILY.', ['DAY']],
  ['OD ON HEROIN? -- TOX SCREEN OPIATES/COCAINE +. NARCAN 2 MG.', ['TOX']],
  ['TRANSFERRED BACK W/ TAMPONADE? -- ECHO: SMALL EFFUSION, NO TAMPONADE.', ['ECHO']],
]);

kept('"SR." in capitals ending a sentence: sinus rhythm', [
  ['Neuro: SAH, clipped. HR 70s-80s SR. Nimodipine 60 mg q4h.', ['Nimodipine']],
  ['CV: HR 80s SR. Troponin 0.08 -> 0.11. ECG with LVH.', ['Troponin']],
]);

family('a sister named after "SR."', [['SR. MARY JOAN VISITED FROM THE CONVENT, PRAYED W/ PT.', ['MARY JOAN']]]);

kept('the drug or the device before its dose or size', [
  ['meds: Diuril 20 mg/kg bid, Poly-Vi-Sol 1 ml daily.', ['Diuril', 'Poly-Vi-Sol']],
  ['NTG SL X1 W/ RELIEF. MAALOX 30 CC PO.', ['MAALOX']],
  ['PICC (Vygon 1.9 Fr) L basilic, tip T4.', ['Vygon']],
]);

family('a baby named before her weight in grams', [['Twin A Zora 2140 g, Apgars 6/8, NICU; twin B Vida 2315 g.', ['Zora', 'Vida']]]);

kept('the English "via", and doses, gauges, feeds and units between numbers', [
  ['cv: hr 140-160s, bp 42/26 mean 32 via uac. soft sys murmur heard at lusb.', ['via uac', 'murmur']],
  ['ABG via UAC at 0100: 7.38/41/58/BE -3.', ['UAC']],
  ['RESP: NASAL CPAP +5 VIA HUDSON PRONGS, FIO2 21-25%.', ['HUDSON']],
  ['1500 po\'d 22 of 38 ml, rest by gavage.', ['po\'d']],
  ['FEEDS: SMA 24 CAL 35 CC Q3H. NIPPLED 20 CC.', ['CAL']],
  ['1110 2 IVs 18g, type & cross 2 units.', ['IVs']],
  ['HEPARIN 5000 U SQ Q12H. ASA 81.', ['U SQ']],
  ['1215 PRBC unit #1 hung, VS q15 min x 1 hr, no reaction.', ['unit #1']],
  ['BREASTFEEDING ON DEMAND Q2-3H, 10-15 MIN EACH SIDE, PLUS FORMULA.', ['EACH SIDE']],
]);

family('an Italian street, and a street in Washington', [
  ['Daughter lives at Via dei Fiorentini 17, Firenze; calls weekly.', ['Via dei Fiorentini 17']],
  ['Son moved to 1800 U St NW, Washington last year.', ['1800 U St']],
]);

kept('operations and devices named in clinical phrases', [
  ['POD 4 s/p esophagectomy (Ivor Lewis). Remains NPO, J-tube feeds.', ['Ivor Lewis']],
  ['Pt on Drager Evita XL. Circuit intact, water traps emptied.', ['Drager', 'Evita']],
  ['resp: remains intubated on infant star, imv 30, pip 18/peep 5.', ['star']],
]);

kept('drugs, devices and shorthand no list held', [
  ['Inhaled epoprostenol (Flolan) 50 ng/kg/min via Aerogen, sats up from 86.', ['Flolan', 'Aerogen']],
  ['O2 WEANED TO 2L NC, SAT 94% (NELLCOR). PULSES: FEMORALS 2+.', ['NELLCOR', 'FEMORALS']],
  ['TOTAL RR 22, SPONT VT 300-350. ETT 5 CM ABOVE CARINA.', ['SPONT']],
  ['NG feeds 30 ml q3h EBM + Prolacta +6, over 30 min.', ['Prolacta']],
  ['crackles 1/3 up bilat. Orthopneic, sleeping on 3 pillows.', ['Orthopneic']],
]);

kept('the instruction to reach a clinician, and the unit before a credential', [
  ['DISCHARGE TEACHING: S/S ILLNESS, WHEN TO CALL MD. PARENTS VERBALIZED.', ['CALL']],
  ['may have a glass of wine, told to limit and ask md. pt verbalized understanding.', ['ask']],
  ['0845 ADMIT TO ORTHO, REPORT TO FLOOR RN. PT RESTING.', ['FLOOR']],
]);

family('a nurse whose surname is Call or Page', [
  ['reminded to avoid crowds, mask.\nJordyn Call, RN', ['Call']],
  ['Will need SW consult re: home safety.  Page, RN', ['Page']],
]);

kept('ribs, days after an operation and machine settings that look like dates', [
  ['L pneumothorax s/p chest tube, L rib fx 4-8, grade III splenic lac.', ['4-8']],
  ['- pacing wires stay until POD 3-4', ['3-4']],
  ['Resp: Placed on NIPPV 20/6 rate 30, FiO2 30-35%.', ['20/6']],
  ['Pt on home BiPAP (ResMed VPAP) at 16/8, nasal pillows.', ['16/8']],
  ['CT to -20 sxn, small air leak 1/7 with cough.', ['1/7']],
]);

kept('a service that names no facility alone, and a sentence ending before "DR"', [
  ['HELICOPTER REQUESTED FOR TRANSFER TO TRAUMA CENTER. DR SPOKE WITH TRAUMA SURGEON.', ['TRAUMA CENTER', 'DR SPOKE']],
  ['97 YO FEMALE, LONG-TERM CARE RESIDENT, HOSP DAY 3 FOR DEHYDRATION.', ['LONG-TERM CARE']],
  ['APPOINTMENTS: NEONATAL FOLLOW-UP CLINIC IN 4 MONTHS.', ['NEONATAL FOLLOW-UP CLINIC']],
  ['R. Feldstein, MD, Neurocritical Care', ['Neurocritical Care']],
]);

family('a facility named before its service, and a school with what it is for', [
  ['transferred to University Trauma Center New Orleans by air', ['University Trauma Center']],
  ['from Cape and Islands Long-Term Care, baseline ambulatory', ['Cape and Islands Long-Term Care']],
  ['both work at the Hartwell School for the Deaf in Hartwell', ['Hartwell School for the Deaf']],
]);

kept('a unit or the end of "I&D." and "n/a." before a word', [
  ['SLIPPERS AND PAJAMAS, TEMP OUTSIDE 38 F. WEARS MEDIC ALERT BRACELET.', ['F. WEARS']],
  ['EX 30 WK, NOW 37 WKS CGA, WT 2460 G. ALL FEEDS PO.', ['G. ALL']],
  ['PACED 60, SENSING OK. DRSG D&I. ARM SLING L.', ['ARM']],
  ['procedures: Kasai? n/a. Nissen? n/a. Broviac? n/a.', ['Kasai', 'Nissen']],
]);

family('a street name opening a lower-case log line before the person\'s name in brackets', [
  ['safe lot check\ncowboy (dale ruiz) - 1994 winnebago, plate on file', ['cowboy']],
  ['walked the ave.\nghost (real name jasper, 19) sitting in front of the store', ['ghost']],
  ['camp check\n- preacher (lamont g.) holding bible study at the tent', ['preacher']],
]);

family('a lower-case street with its quadrant', [['8 people behind the closed lot on ambaum blvd sw near the bus stop.', ['ambaum blvd sw']]]);
