/**
 * Shape families from the third round on real-style notes (data/deid/dev-real-style-3): each
 * example is our own, written for this test in the style of ICU, ED, allied-health and discharge notes.
 */
import { family, kept } from './shape-helpers.js';

family('dates: fraction-shaped month/day after a test, procedure or follow-up cue', [
  ['Brief AF 6/6 overnight, rate controlled.', ['6/6']],
  ['CT 4/5 neg for bleed; MRI brain 3/10 neg.', ['4/5', '3/10']],
  ['voiding after TOV 4/5; s/p lap chole 8/8.', ['4/5', '8/8']],
  ['cipro x 7 days (last dose 2/14). EDD 3/4 by dating US.', ['2/14', '3/4']],
  ['PCP f/u: Dr. Ameri 1/3. PLANS NEW AVG 1/5. pending MBS 2/3.', ['1/3', '1/5', '2/3']],
  ['INR 2.3 (5/5), Cr 1.4 on 3/2; CX 8/14 NEG.', ['5/5', '3/2', '8/14']],
]);

family('dates: fraction-shaped month/day backed by the rest of the note', [
  ['seen 3/1, 3/4 and 3/8 by wound care', ['3/1', '3/4', '3/8']],
  ['HD 4/6 and 4/8; next run 4/10.', ['4/6', '4/8', '4/10']],
]);

family('dates: ordinal lists, "of next month", a month after "planned"', [
  ['pt seen on the 4th, 6th and 9th by wound care', ['4th', '6th', '9th']],
  ['housing court date is the 2nd of next month.', ['2nd']],
  ['repeat echo planned July; Holter due October.', ['July', 'October']],
]);

kept('dates: scores, strengths, cultures and doses next to the new cues stay', [
  ['bcx 2/2 positive; grips 4/5; pupils 3/2 brisk; 24/7 supervision', ['2/2', '4/5', '3/2', '24/7']],
  ['RUE 4/5 LUE 5/5, SEM 2/6, GCS 3/15, pain 0/10', ['4/5', '5/5', '2/6', '3/15', '0/10']],
  ['give 1/2 dose; 2/4 bottles; 3/5 strength RLE', ['1/2', '2/4', '3/5']],
]);

family('ages 90+: ED shorthand, relatives, words, birthdays, before a parenthesis', [
  ['94yoF with chf; 92YOM BIBA; 96 y female; F, 93y', ['94', '92', '96', '93']],
  ['PT IS 99 (DOB ON FILE). husband is ninety-one and uses a walker.', ['99', 'ninety-one']],
  ["Pt's mother, Ilse, is 92 and lives with them.", ['92']],
  ['pt (one hundred and two per pt); her 100th birthday is sunday', ['one hundred and two', '100']],
  ['ninety four years of age; ninety-three yo', ['ninety four', 'ninety-three']],
]);

kept('ages: durations and vitals after the same words stay', [
  ['smoked x 90 yrs? no: 90 y ago; HR is 92 and regular; Sat is 94.', ['90', '92', '94']],
]);

family('names: staff named by role in parentheses, sign-offs with a trailing shift, note-final initials', [
  ['WOUND RN (PAGE) FOLLOWING. RT (FAITH) AT BS.', ['PAGE', 'FAITH']],
  ['per SLP (Joy) not safe for po; cm (ewa) will f/u.', ['Joy', 'ewa']],
  ['Resting comfortably.\nhope rn (float)', ['hope']],
  ['Family updated.\nl.h. rn', ['l.h']],
  ['Declined contact.  r.t., rn', ['r.t']],
  ['Tolerating diet.  dalia h rn', ['dalia h']],
  ['Agrees with plan.  mh', ['mh']],
  ['Staples out.\nDictated: rog/kt', ['rog', 'kt']],
  ['BS CLEAR.\nCB RN/SN STUDENT NURSE', ['CB', 'SN']],
]);

kept('names: roles, shifts and charting words in the same positions stay', [
  ['Report given to charge rn. RN (float) aware. PT (Physical Therapy) to see.', ['charge', 'float', 'Physical', 'Therapy']],
  ['Called rn.\nPlan: cont.\nlabs sent. ok', ['Called', 'cont', 'ok']],
]);

family('names: relation words in lower case, LAST, FIRST with a bare initial, given name + initial', [
  ['her granddaughter destiny helps with the portal; husband bill at bs', ['destiny', 'bill']],
  ['hcp: son dmitri volkov, lives out of state', ['dmitri volkov']],
  ['NURSING PROGRESS NOTE\nOKONJO, TEMPERANCE R  MRN 00441', ['OKONJO, TEMPERANCE R']],
  ['70-year-old male, Jack B., with COPD; Frank L. presented', ['Jack B', 'Frank L']],
  ['GAVE NAME AS "FRANK". legal name soon-yi park', ['FRANK', 'soon-yi park']],
]);

kept('names: verbs after relation words and cue words themselves stay', [
  ['son will call tonight; wife may visit; daughter at bedside', ['will', 'may', 'at']],
  ['SOCIAL: SON DESMOND CALLED.', ['SON', 'CALLED']],
  ['his maiden name is unknown', ['unknown']],
]);

family('places: streets in any case and after a number, the town after a street', [
  ['LIVES ALONE ON HANCOCK ST. OFF CENTRE ST.', ['HANCOCK ST', 'CENTRE ST']],
  ['wants to go back to her apt on maverick sq', ['maverick sq']],
  ['they live at 40 pawtucket blvd, lowell.', ['40 pawtucket blvd', 'lowell']],
  ['rx sent to walgreens on elm st wakefield', ['elm st', 'wakefield']],
]);

family('places: towns that are also words after a strong cue, unknown lower-case towns, lists, districts, ZIP codes', [
  ['CALLED FROM PROVIDENCE. AT HOME IN REVERE.', ['PROVIDENCE', 'REVERE']],
  ['resident of hingham; works at the dorchester post office', ['hingham', 'dorchester']],
  ['referrals to stoughton and canton facilities', ['stoughton', 'canton']],
  ['lives w/ wife in east boston; Dispo: Lawrence (Tower Hill neighborhood)', ['east boston', 'Tower Hill']],
  ['PT FROM 02128; rides the 02155 senior van; family in Quebec City', ['02128', '02155', 'Quebec City']],
  ['TRANSFER TO FREDERICK REHAB WHEN STABLE; ARRIVED IN LEOMINSTER VIA MED FLIGHT', ['FREDERICK', 'LEOMINSTER']],
]);

kept('places: ST segments, monitors, destinations and doses stay', [
  ['2 mm st depression; placed on cardiac monitor st changes', ['st', 'cardiac', 'monitor']],
  ['came from home, transferred from rehab to floor; went to church', ['home', 'rehab', 'floor', 'church']],
  ['on 40 mg lasix daily; total 01234 ml; PT/OT to eval', ['40', '01234', 'eval']],
  ['TRANSFER TO FREDERICK REHAB', ['TRANSFER', 'TO']],
]);

family('contacts and ids: dashed extensions, confirmation and interpreter ids, plan ids in groups, signature numbers', [
  ['Colette Benoit, LICSW  x4-6120; reached by phone (x7-3390)', ['4-6120', '7-3390']],
  ['interpreter id VI-2207; chair van confirmation CV88213', ['VI-2207', 'CV88213']],
  ['member # XKB 902114478 01, auth # A2311-0447', ['XKB 902114478 01', 'A2311-0447']],
  ['Attending: Halima Sesay MD 02-331', ['02-331']],
]);

kept('contacts and ids: counts and durations written with x stay', [
  ['pt walked x4-5 laps; O2 2L x 4 hrs', ['4', '5']],
]);

kept('places: hospital rooms, wards, drug names and pain scores are no addresses', [
  ['Rm 812-B; 2ND UNIT 8/31', ['Rm', '812', 'UNIT']],
  ['treated with cephalexin through 5/26', ['cephalexin']],
  ['PAIN 0/10 AT REST, 3/10 W/ COUGH', ['10', 'AT', 'REST']],
]);

family('names and dates: surnames that are words after "dr", military times after a date', [
  ['dr smith aware of k 3.1; paged ho dr. park re: low bp', ['smith', 'park']],
  ['CT abd done 1/3 @ 0300, neg.', ['1/3']],
]);

kept('names: what follows "dr" when it is no surname', [
  ['dr office called re: appt; dr aware of labs; pt to see dr tomorrow', ['office', 'aware', 'see', 'tomorrow']],
]);

family('fourth round (data/deid/dev-real-style-4): ages in lists and words, staff and relatives in brackets, rural addresses', [
  ['LIVES W/ HUSBAND WHO IS 95. she will be ninety four in May.', ['95', 'ninety four']],
  ["pt's wife joy (90) stayed; Pt 100, from Decorah; (retired nun, 98); BAPTISTE, 97, korea vet", ['90', '100', '98', '97']],
  ['Pt is a ninety-five-year-old man. AND IS NINETY-FOUR.', ['ninety-five-year-old', 'NINETY-FOUR']],
  ['Son Dwayne & dil (Crystal) at bs; interpreter used (#40521).', ['Crystal', '40521']],
  ['Ambulated 20 ft. --rs', ['rs']],
  ['wants call before dc. g.b.', ['g.b']],
  ['Triage RN DLH. Left card / sk rn', ['DLH', 'sk']],
  ['vet CORNELIUS "CORKY" BAPTISTE; ELLSWORTH, JOHN "JACK" -- 94M', ['CORNELIUS "CORKY" BAPTISTE', 'ELLSWORTH, JOHN "JACK"']],
  ['LIVES RR 2 BOX 41; ranch off County Rd 14; in New Ulm (412 N Broadway)', ['RR 2 BOX 41', 'County Rd 14', '412 N Broadway']],
  ['stays near Van Buren St and 19th Ave; on SE Hawthorne Blvd, Portland 97214', ['19th Ave', '97214']],
  ['of Calle 8 #23-45, Medellín; MVC n of Valentine; lives outside Hays', ['Calle 8 #23-45', 'Valentine', 'Hays']],
  ["Last hosp Jan 3-7; admitted in Nov'23", ['Jan 3-7', "Nov'23"]],
]);

kept('fourth round: settings and scores written like dates, anatomy after "near", ordinals', [
  ['psv trial 10/5 tolerated 2h. bipap overnight 14/8. TIMI 2/7. FIM 4/7 transfers', ['10/5', '14/8', '2/7', '4/7']],
  ['sats (92) on RA; HR, 95, regular; pain near 5th rib; 3rd stage', ['92', '95', '5th', '3rd']],
]);

family('ages: every verb the "person is N" rule takes reaches it, and a name at the very start of a text counts', [
  ['Family visiting. Husband will be 96.', ['96']],
  ["She'll be 97, per son.", ['97']],
  ['ABC, 97, korea vet', ['97']],
]);
