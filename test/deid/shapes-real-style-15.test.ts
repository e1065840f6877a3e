/**
 * Shape families from the seventeenth round: the edges of names and places in notes charted in lower case
 * (a given name or initial glued by a comma, a middle initial closing a field, an initial or a given name
 * before the surname found, "county" after a town), ZIP codes after a state code with no comma or before a
 * full stop, and dictation initials in lower case or with a colon. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: a given name or initial glued to the surname by a comma, in any case', [
  ['bp 88/50, bolus given.\nostrander,k rn', ['ostrander,k']],
  ['k 5.9, dr villalobos,t (nights) aware, kayexalate given', ['villalobos,t']],
  ['per prendergast,m md ok to hold heparin', ['prendergast,m']],
  ['pt: sok,vannak  rm 12  71 yo m', ['sok,vannak']],
  ['pcp: ibarra,graciela fnp at the clinic', ['ibarra,graciela']],
  ['husband OKAFOR,CHIDI visiting at 1900', ['OKAFOR,CHIDI']],
]);

family('names: a middle initial closing a "last, first" field; an initial or a given name before the surname', [
  ['name: lindqvist, harald j   age: 67   mrn: 4471920', ['lindqvist, harald j']],
  ['patient: barrientos, ofelia m.   dob 2/9/1951', ['barrientos, ofelia m.']],
  ['surgeon: p. k. whitcombe, m.d.\n\nthe patient tolerated', ['p. k. whitcombe']],
  ['will follow in clinic.\nnkechi adeyemi-cole, md', ['nkechi adeyemi-cole']],
  ['questions answered.\nsiosaia tupou, rn', ['siosaia tupou']],
]);

family('places: the county word after a town; ZIP codes after a state code with no comma or at a full stop', [
  ['ems from the county line, lives out in pulaski county. wife driving', ['pulaski county']],
  ['home: 18 carver ln, bronx, ny 10467.', ['10467']],
  ['address 2210 mile 3 rd, weslaco tx 78596, w/ daughter', ['78596']],
  ['mailing address po box 77, sells ga 31099', ['31099']],
]);

family('signatures: dictation initials in lower case or with a colon before the dictation dates', [
  ['return in one month.\n\ngk/trm  d: 04/12/93  t: 04/14/93', ['gk', 'trm']],
  ['no further workup.\nhbw:ls\nd: 9/2/88', ['hbw', 'ls']],
  ['FOLLOW UP 2 WEEKS.\nRJM:KT\nD: 10/04/81  T: 10/06/81', ['RJM', 'KT']],
]);

kept('not names, places or codes: a pronoun after a comma, a dose, a wave and a lab value', [
  ['d/w wife,she is ok with plan', ['she']],
  ['heparin sc 5000 units q8h, ca 19-9 pending', ['sc', '5000']],
  ['ecg no peaked T. K 5.1', ['T']],
  ['mg/dl  d: 4 on the chart is the dose', ['mg', 'dl']],
]);

family('facilities (not required by Safe Harbor, removed by default): a name before Regional, Memorial, Medical or Medicine', [
  ['Pt transferred from Coal Valley Regional yesterday by air', ['Coal Valley Regional']],
  ['DISCHARGE SUMMARY - HAZELWOOD MEMORIAL\nPT: 71 YO M', ['HAZELWOOD MEMORIAL']],
  ['cath at Harlingen Medical 8/12 showed 3VD', ['Harlingen Medical']],
]);

kept('facility words that name a service, a unit or a day', [
  ['Internal Medicine consult, Maternal-Fetal Medicine aware, Hosp Medicine to admit', ['Internal', 'Maternal', 'Fetal', 'Hosp']],
  ['MEDICAL ICU NURSING NOTE. regional anesthesia used. off Memorial Day weekend, Nuclear Medicine scan', ['MEDICAL', 'regional', 'Nuclear']],
]);

kept('specialist reports: an anatomist after a part of the body, the pulmonary artery, adjectives of clinical shape', [
  ['MRA: The circle of Willis is complete. Drainage via the vein of Trolard; the ampulla of Vater is uninvolved.', ['Willis', 'Trolard', 'Vater']],
  ['Recommend withdrawal 2-3 cm to the proximal right PA.', ['right']],
  ['Aortic valve: Trileaflet, calcified. Mesangial expansion. Indication: Exertional dyspnea. Antegrade vertebral flow.', ['Trileaflet', 'Mesangial', 'Exertional', 'Antegrade']],
]);

family('still names: an anatomist\'s name used for a person, with a title or a relation', [
  ['Dr. Willis paged about the circle of Willis study', ['Willis']],
  ['daughter Vater-Lindgren at bedside', ['Vater-Lindgren']],
]);

family('places: a business named with "the" where someone works, shops or was found', [
  ['pt works nights stocking at the Meijer on 28th St, lives w/ gf', ['Meijer']],
  ['found down behind the Circle K on Broadway in Lorain', ['Circle K']],
  ['truck driver, was at the pilot in knoxville when back went out', ['pilot']],
  ['wife works at the nissan plant there, staying w/ her sister', ['nissan']],
  ['EMPLOYED AT THE BRIDGESTONE PLANT IN LA VERGNE', ['BRIDGESTONE']],
]);

kept('not businesses: what a place is, a ward, an acronym, an event, a clinical word', [
  ['at the store in town, then at the house on Elm St for the night', ['store', 'house']],
  ['back to the CSICU in stable condition; walked to the bank by the light', ['CSICU', 'bank', 'light']],
  ['4.0 cm distal to the ileocecal valve there is an ulcer', ['ileocecal', 'valve']],
]);

family('places and signatures: corners after "at", state routes, dictation initials after the dates on one line', [
  ['states incident happened at 14th and U "after the go-go let out"', ['14th and U']],
  ['FOUND DOWN AT 5TH AND MAIN IN FRONT OF THE BUS DEPOT', ['5TH AND MAIN']],
  ['fell at work on SR 200 in Ocala, struck head', ['SR 200']],
  ['lives in Golden Meadow on LA-1 with wife', ['LA-1']],
  ['D: 03/11/84   T: 03/13/84   rk/jmh   Job 18842', ['rk', 'jmh']],
]);

kept('not corners or initials: intercostal spaces, joints, a nurse\'s credential, code status', [
  ['crackles at 5th and 6th ICS, pain at 4th and 5th MCP joints', ['5th', '6th', 'ICS']],
  ['TELE SR 60S, NO ECTOPY.  KT/RN\nCODE 99  DNR/DNI  COMFORT FOCUSED', ['RN', 'DNR', 'DNI']],
]);

family('places: the rest of a business named after its town or owner', [
  ['Pt works construction for Sudbury Stone & Tile, employer called', ['Sudbury Stone & Tile']],
  ['retired machinist, worked 30 yrs at Greendale Tool & Die. Dtr lives nearby', ['Greendale Tool & Die']],
  ["pt's truck towed to Bedford Auto Body. Trooper to call", ['Bedford Auto Body']],
  ['owns Khoury Bros. Market on Washington St.', ['Khoury Bros. Market']],
]);

kept('not a business: the next sentence, a list of people, capitals', [
  ['Lives with cousin Chukwuemeka. Works as a cab driver.', ['Works']],
  ['0110  DISCHARGED W/ WIFE, HEAD INJURY SHEET GIVEN & EXPLAINED.', ['GIVEN', 'EXPLAINED']],
]);

family('phones and names: a pager after "paged ... @", author and typist before the dictation date, a header\'s surname', [
  ['Na 134, paged neurosurg @ 4412, recheck at 1000.', ['4412']],
  ['Dictated by Anjali Mehta, MD   AM/tc   D: 10/18/04 T: 10/19/04', ['AM', 'tc']],
  ['ICU Nursing Note   02/26/2022   Days\nLITTLE THUNDER, VERNON  66M  MRN 0029917', ['LITTLE THUNDER, VERNON']],
]);

kept('not a pager or a surname: a clock time after "@", a letter\'s closing', [
  ['paged dr ng @ 0230, aware, no new orders', ['0230']],
  ['Please call with questions.\nSincerely, Marisol Idowu, MD', ['Sincerely']],
]);

family('places: employers after a verb of working, interstates, freeways named with "the"', [
  ['husband works for the MWRA at Deer Island, on leave', ['MWRA']],
  ['Mom works at Hy-Vee on Avenue of the Cities', ['Hy-Vee']],
  ['Transported via ground, I-35 north, arrived 0955', ['I-35']],
  ['MVC ON SPAGHETTI JUNCTION (I-85/I-285) 3/30 ~0200', ['I-85/I-285']],
  ['nephew drove down the 101 from Peoria after work', ['101']],
]);

kept('not employers or highways: a work-up, iodine isotopes, an immigration form, a dose', [
  ['MELD 31, being worked up for OLT. Ascites tapped.', ['OLT']],
  ['I-131 MIBG scan planned; I-125 seeds placed; I-94 # on file', ['131', '125', '94']],
  ['increase to the 10 mg dose tonight', ['10']],
]);
