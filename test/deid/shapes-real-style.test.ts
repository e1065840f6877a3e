/**
 * Shape families seen in real-style notes (data/deid/dev-real-style-2): each example is our own,
 * written in the style of ICU, discharge, telephone and social-work notes.
 */
import { family, kept } from './shape-helpers.js';

family('dates: glued dictation labels, admission/discharge labels, past-tense verbs, day-first, ranges', [
  ['MS/kl  D:07/04 T:07/05', ['07/04', '07/05']],
  ['ADM: 04/02   DISCH: 04/06', ['04/02', '04/06']],
  ['Adm 2/3, d/c 2/10. Dx: urosepsis.', ['2/3', '2/10']],
  ['Foley removed 2/6, voiding. PEG placed 4/2.', ['2/6', '4/2']],
  ['zoledronic acid 18/8; oncology to see 31/08.', ['18/8', '31/08']],
  ['auth valid 4/8-4/15; work note (8/14-8/21).', ['4/8-4/15', '8/14-8/21']],
]);

family('dates: ordinals closing a clause, abbreviated months after a preposition, month + apostrophe year', [
  ['Telemetry showed a pause the 15th; PPM placed the 16th by EP.', ['the 15th', 'the 16th']],
  ['indwelling foley since Aug. NO HEAT SINCE NOV.', ['Aug', 'NOV']],
  ["sleep study (Sept '18) AHI 42; MMSE 22 (Dec '19).", ["Sept '18", "Dec '19"]],
]);

kept('dates: ratios, fractions, half-lives and ordinal nouns next to the new cues stay', [
  ['t 1/2 is long. PSV 10/5. 2/6 SEM. Strength 5/5.', ['1/2', '10/5', '2/6', '5/5']],
  ['the 4th ventricle, the 2nd dose, on the 3rd floor', ['4th', '2nd', '3rd']],
  ['BP 120/80-140/90, then 110/60-130/70.', ['120/80', '140/90', '110/60', '130/70']],
  ['Dec in uo noted; K in range.', ['Dec']],
]);

family('ages 90+: lower-case sex letter, "pt is 93", number words after a cue or in parentheses', [
  ['ed triage: 96 f from home, s/p fall. 91 m w/ cough.', ['96', '91']],
  ["Pt is 93, retired machinist. Pt's husband is 92 and lives at home.", ['93', '92']],
  ['Pt states "I\'m ninety-nine and never sick." pt states he is ninety-five. she is ninety.', ['ninety-nine', 'ninety-five', 'ninety']],
  ['he confirms pt (ninety-four) wants to go home', ['ninety-four']],
]);

kept('ages: temperatures, vitals and weights after the same words stay', [
  ['T 101 f, HR is 92, sat is 96, pt is 95% on RA, pt was 100 kg.', ['101', '92', '96', '95', '100']],
  ['temp 96 f axillary; 94 mmHg MAP', ['96', '94']],
]);

family('names: lower-case role before a surname, "LAST,FIRST" glued, initials signing with a credential or a slash', [
  ['called at 2200, updated. md lally aware of low uo.', ['lally']],
  ['NEB Q4H DUONEB. LEE,HOWARD RRT', ['LEE,HOWARD']],
  ['home O2 since 2019. -- jt, rrt', ['jt']],
  ['Routed to Dr. Lally.  -sm RN', ['sm']],
  ['Daughter-in-law updated. KB/CM', ['KB']],
  ['F/U WITH NH MD IN 2-3 DAYS.\nMS/kl  D:07/04 T:07/05', ['MS/kl']],
  ['Grossed by: TRM. Pathologist: Ilse Vandermeer, MD', ['TRM', 'Ilse Vandermeer']],
]);

kept('names: verbs after "pt"/"dtr", sentence breaks after relations, chief complaints and topics', [
  ['DTR WILL RETURN 5/16. WILL DRIVE PT HOME. PT HAS APPT AT PCP.', ['WILL', 'HOME', 'HAS', 'APPT']],
  ['Lives in town w/ son. Will f/u tmrw.', ['Will']],
  ['CC: SOB\nCC: ETOH, laceration. Partner requests info re: FMLA.', ['SOB', 'ETOH', 'FMLA']],
  ['Mild MR. RVSP 38. Name: see above.', ['RVSP', 'Name']],
]);

family('places: streets named without a number, areas named by a prefix or suffix word, towns naming a local service', [
  ['Lives alone on Sea Street. Found outside a bar on Boylston St. at 2300.', ['Sea Street', 'Boylston St']],
  ['Lives in Brookline, Coolidge Corner. VNA nurse from Cape Ann VNA called.', ['Coolidge Corner', 'Cape Ann']],
  ['Referral to Greater Lynn Senior Services; (VNA: Sandwich Visiting Nurses); via Weymouth Fire Rescue.', ['Greater Lynn', 'Sandwich', 'Weymouth']],
]);

kept('places and ids: clinical areas, sentence breaks, labels that spell a state, ranges of readings', [
  ['Greater trochanter bursitis; Greater Trochanter pain. Port placement. Found on floor. 2 PIVs placed.', ['Greater', 'Trochanter', 'Port', 'floor', '2']],
  ['DISCHARGE SUMMARY - CARDIOTHORACIC SURGERY. 97 YO M NURSING HOME RESIDENT.', ['CARDIOTHORACIC', 'SURGERY', 'YO', 'NURSING']],
  ['Ca 9.9 on DC. Oncology to see. Interpreter used (Vietnamese, ID 42217).', ['DC', 'Oncology', 'Vietnamese']],
  ['CV: AFIB 80-100S, SBP 100-120S. Extubated 11/3, 2L NC.', ['80-100S', '100-120S', '2L']],
]);

family('ids: badge numbers', [['Police (Officer Mahoney, badge 4471) at bedside.', ['Mahoney', '4471']]]);

family('names: generational suffixes stay with the name', [["MEETING WITH PT'S WIFE GLADYS AND SON WENDELL JR. TO DISCUSS GOALS", ['WENDELL JR.']]]);

kept('names: credentials and pagers after a role word stay', [['Kwame Asante-Boateng, MD  pgr 5523', ['MD', 'pgr']]]);

family('names: letter subject and copy lines still open names that are everyday words', [
  ['Re: IRIS HOPE, DOB 16.10.1943', ['IRIS HOPE']],
  ['cc: Chase Black, 12 Dock Lane', ['Chase Black']],
]);
