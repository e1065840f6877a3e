/**
 * Shape families from the sixteenth round (data/deid/dev-real-style-83 to -86): places named the way rural and
 * city people give directions (highways by their state code, loops and county roads; a place noun as the name of one
 * place; a town after a business). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: highways, loops, business routes, county and township roads after a word of going or being on', [
  ['SON DROVE HER OUT TN 52 FROM CELINA', ['TN 52']],
  ['farm is down Spur 14 past the gin', ['Spur 14']],
  ['d/c home on TWP RD 119, wife to drive', ['TWP RD 119']],
  ['lives right on ms 15, retired logger', ['ms 15']],
  ['found in his truck off business 83 near the weigh station', ['business 83']],
]);

kept('places: a setting, a duration or a state code that is a word after "on" or "up"', [
  ['weaned on PA 2 cm, then on TX 2 days, up IN 2 hrs', ['PA', 'TX', 'IN']],
]);

family('places: a place noun written as the name of one place, a town after a business named with "the"', [
  ['her brother drives up from the Flats on Sundays', ['Flats']],
  ['wife stays down the Shore all summer', ['Shore']],
  ['SON LIVES IN THE BOTTOMS BY THE RIVER', ['BOTTOMS']],
  ['grandson works at the Piggly Wiggly in Sparks', ['Sparks']],
]);

kept('places: a ward of the hospital, a range of values, a jail, a time after "in"', [
  ['brought to the Emergency Ward by his son; BP in the Range of 140s; released from the County jail; back at the Elm clinic in one week', ['Ward', 'Range', 'County', 'one']],
]);

family('dates: a month-day with a dash no range is written as, a month.day after a discharge or a readmission', [
  ['THROWN FROM HORSE AT THE SALE BARN 04-27, L CLAVICLE FX', ['04-27']],
  ['son says her last fall was 5-19.  no LOC', ['5-19']],
  ['pt d/c\'d from here 6.14 after PCI, readmit 6.18 with CP', ['6.14', '6.18']],
  ['ICD interrogated, device check 2-16 normal', ['2-16']],
]);

kept('dates: ranges of readings, reference ranges, scores, rooms, shifts, pain out of ten', [
  ['ICP 12-18, CPP >60. CIWA scores 8-14, RPE 12-13.', ['12-18', '8-14', '12-13']],
  ['BUN 24 mg/dL (normal 7-20). pt in Rm 7-22, glucose goal 5-15.', ['7-20', '7-22', '5-15']],
  ['TELE NSG 07-19.  pt slept.', ['07-19']],
  ['readmit 9.24 for CP; c/o sudden CP 9/10 radiating to L arm', ['9/10']],
]);

family('names: a field filled by "Last, First", the surname an eponym or the given name a device, the comma glued', [
  ['Reported: 05/09/2014\nPatient: PARKINSON, EDITH R.      MRN: 01992847', ['PARKINSON', 'EDITH']],
  ['Case no.: UH05-M1187     Pt: Okafor-Reyes, Lucas     U#: 4-221-390', ['Okafor-Reyes', 'Lucas']],
  ['Patient: SHARPE,ODESSA  MRN 4471', ['SHARPE', 'ODESSA']],
]);

kept('names: a credential after a dictating name\'s comma', [
  ['Dictated By: Jonah Pryce, PA   D:08/17/26', ['PA']],
]);

family('names: a dictation\'s initials in lower case before its dates, after "dict" and "tr"', [
  ['MARGARET O. FENWICK-ADDO, M.D.\nmofa/jk   dd 03/11/97  dt 03/12/97', ['mofa', 'jk']],
  ['seen in the valdosta clinic. dict kbt / tr rl  d 6/02/04 t 6/03/04', ['kbt', 'rl']],
]);

kept('names: units over a line\'s break, a nurse\'s initials before the credential', [
  ['NS at 100\nml/hr  dd 3', ['ml', 'hr']],
  ['K 3.1, REPLETED.  TR RN', ['RN']],
]);

family('names, ages and vehicles: a doctor whose surname names a device, an age after the person word in brackets, a boat\'s registration', [
  ['CVL PLACED BY DR FOLEY @ 0215, TIP IN SVC', ['FOLEY']],
  ['nonna (his mother) is 97 and still makes the sauce', ['97']],
  ['HIS SKIFF (REG LA 4417 KD) SANK OFF GRAND ISLE', ['LA 4417 KD']],
]);

kept('names: what follows a doctor in capitals and is no name', [
  ['PER DR HATFIELD CONT IVF. PCP DR KHOURY F/U 8/28.', ['CONT', 'IVF', 'F/U']],
  ['MILD MR FOLEY IN PLACE.', ['FOLEY']],
]);

family('places: a named congregation, a denomination after its name and a word of place, a parish in a sentence about church', [
  ['deacon at mt pisgah m.b. church, son drives him', ['mt pisgah m.b. church']],
  ['PREACHER FROM CANEY FORK OLD REGULAR BAPTIST CHURCH PRAYED W/ FAMILY', ['CANEY FORK OLD REGULAR BAPTIST CHURCH']],
  ['she asked for her pastor from Ebenezer Baptist.', ['Ebenezer Baptist']],
  ['FR. KOWAL FROM ST. STANISLAUS KOSTKA WILL BRING COMMUNION', ['ST. STANISLAUS KOSTKA']],
  ['walks to Our Lady of Czestochowa for mass daily', ['Our Lady of Czestochowa']],
]);

kept('places: a faith, a hospital chapel, a device maker', [
  ['Pt is Catholic, requests priest. Hope and Faith Chapel on level 2. Goes to mass. St. Jude ICD interrogated.', ['Catholic', 'Faith', 'Jude']],
]);

family('places: where families stay, a hotel after its word and the chains they name', [
  ['Husband staying at the Hotel Ottumwa downtown, will come at 8', ['Hotel Ottumwa']],
  ['wife called from the motel 6 on airport rd, will bring cpap', ['motel 6']],
]);

kept('places: a hotel room, a hotel in a town named after it', [
  ['STAYING AT HOTEL IN BURLINGTON. Hotel room booked by SW.', ['HOTEL', 'Hotel room']],
]);

family('places: a town and its state\'s code with no comma between, after a word of place', [
  ['retired miner from war wv (mcdowell co), wife stays at bs', ['war']],
]);

family('places: a part of town before "area", a ZIP code after a place in brackets or a town\'s dotted initials', [
  ['97 yo woman from the maryvale area, lives with her son', ['maryvale']],
  ['Cousins in Rainier Valley (S Othello St), 98118. Interpreter used.', ['98118']],
  ['lives 418 Nogalitos St, S.A. 78204 w/ wife', ['78204']],
]);

kept('places: the waiting area, a body area, a lab value after a bracket', [
  ['family in the waiting area; tender in the Epigastric area; WBC (H), 12000.', ['waiting', 'Epigastric', '12000']],
]);

family('names: a field filled by "Last, First Middle" or an initial without its period', [
  ['Vermont Medical Center\nNAME: TALBOT, CHESTER L   MR#: 0774512   ADM 9/4', ['TALBOT', 'CHESTER', 'L']],
  ['Patient: Ballard, Chase Tyler     MRN: 77410822', ['Ballard', 'Chase', 'Tyler']],
]);

kept('names: a credential after the given name in a field', [
  ['Attending: Halvorsen, Ingrid MD\nHISTORY OF PRESENT ILLNESS', ['MD']],
]);

family('dates and places: feasts of one day in other calendars, a highway with its direction, Michigan\'s M- roads', [
  ['AND ON ASH WEDNESDAY DEVELOPED GROSS HEMATEMESIS', ['ASH WEDNESDAY']],
  ['admitted the day after Pioneer Day when he fell from a hay wagon', ['Pioneer Day']],
  ['rear-ended by a semi on i-70 wb near the river', ['i-70 wb']],
  ['they live out m-28 past the lake', ['m-28']],
]);

kept('places: an M2 macrophage after "on"', [
  ['stains on m-2 macrophage markers pending', ['m-2']],
]);
