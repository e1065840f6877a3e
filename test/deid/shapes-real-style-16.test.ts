/**
 * Shape families from the eighteenth round: the other half of a patient's name in the slot after "pt" or a room,
 * where the half found first is a surname or given name and the other an everyday or unlisted word. Each example
 * is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: both halves of a patient\'s name in the slot after "pt" or a room', [
  ['0300 pt (Baker, Hunter J) restless, reoriented x2', ['Baker, Hunter J']],
  ['c. rm 412 carpenter, doreen 81yo. s/p lap chole', ['carpenter, doreen']],
  ['b. rm 9 shepherd, marguerite 88yo, hip fx', ['shepherd, marguerite']],
]);

kept('not a patient\'s name: a verb or an adjective before a name in the slot after "pt"', [
  ['pt states wade is his brother in law, will call him', ['states']],
  ['pt alert, pleasent, oriented x3', ['alert']],
]);

family('dates: month and day after a weekday, after "vs", after a death, with "with a" after a day past a fraction', [
  ['she came in from dialysis on Thu 9/3 with a K of 6.9', ['Thu 9/3']],
  ['ekg unchanged vs 3/27. trop pending', ['3/27']],
  ['wife died 4/10. lives alone since', ['4/10']],
]);

kept('not dates: a fraction of a tablet with a meal, vital signs after "VS"', [
  ['take 1/2 with a meal at night', ['1/2']],
  ['VS 98/60 HR 110 RR 22', ['98/60']],
]);

family('places: towns named like a clinical term, after a word of place', [
  ['d/c in am to framingham w/ vna', ['framingham']],
  ['brother (91, in an alf in salem) not told yet', ['salem']],
  ['crab boat out of home port Ballard, fell into the hold', ['Ballard']],
]);

kept('not towns: the clinical terms themselves', [
  ['framingham risk 12%, statin started', ['framingham']],
  ['ngt to salem sump to lis, 200 out', ['salem']],
  ['gleason 4+3, psa 11', ['gleason']],
]);

family('names: given names on the Social Security list that are also words, after a relation word or in a "Last, First" field', [
  ['lives w/ his wife tansy. plan: d/c home w/ vna', ['tansy']],
  ['SPOKE W/ NIECE TEMPERANCE BY PHONE, UPDATED', ['TEMPERANCE']],
]);

kept('not names: a verb after a given name', [
  ['family at bs. carmen brought lunch, pt ate 50%', ['brought']],
]);

family('places: congregations named by their denomination or "Church of ...", in any case', [
  ['pastor from Cherry Creek Church of God came by', ['Cherry Creek Church of God']],
  ['Rev. Amos Pike from First Methodist of Millersburg visited', ['First Methodist of Millersburg']],
  ["dtr asks that their church (Maple Grove Lutheran) be called", ['Maple Grove Lutheran']],
  ['deacon bill from their church (east hill congregational) visited', ['east hill congregational']],
]);

kept('not congregations: a branch of a faith', [
  ['Family is Catholic (Roman Catholic), requests priest', ['Catholic']],
]);

family('places: employers named by everyday words after a verb of working, businesses before what they are', [
  ['Pt hauls for Werner out of Omaha, truck at the yard', ['Werner']],
  ['son drove for RTD until 2019, now retired', ['RTD']],
  ['works nights at the Boeing plant in Everett', ['Boeing']],
  ['found asleep in the parking lot of the Kroger in Dayton', ['Kroger']],
]);

kept('not employers: arms of government and titles after a verb of working', [
  ['retired from the Army in 1990, VA benefits', ['Army']],
  ['works for Dr Whitcomb as a receptionist', ['Dr']],
]);

family('dates: a month/day range forward by under a month, a vent check\'s header, a clock with a colon, after a procedure with "+"', [
  ['2 appropriate shocks for VT 11/3-11/4. amio gtt', ['11/3', '11/4']],
  ['RT VENT CHECK 4/9 0400\nMode PRVC, Vt 450', ['4/9']],
  ['RT NOTE\n5/5 0800: VC 420 x 14 PEEP 10', ['5/5']],
  ['S/P AVR + MAZE 3/8, DR KESSLER FOLLOWING', ['3/8']],
]);

kept('not dates: settings weaned across a dash, a vertebral level', [
  ['PS 10/5-8/5 overnight, tolerating', ['10/5', '8/5']],
  ['s/p C5-6 ACDF + C6-7 corpectomy, drain in place', ['5-6', '6-7']],
]);

family('names: a census row with a dash before the age; a colleague from a unit', [
  ['MICU HANDOFF\nBed 1 PRICE, BUDDY - 71M, CHF\nBed 2 STRONG, HOPE - 45F, DKA', ['PRICE, BUDDY', 'STRONG, HOPE']],
  ['Rusty from burn unit (x4471) called back, will come up', ['Rusty']],
]);

family('places: chains named anywhere, and chains named by everyday words before a street', [
  ['Pt retired from Cullman Walmart deli in 2015', ['Walmart']],
  ['chest pain at the Love\'s truck stop in Lake City', ["Love's truck stop"]],
  ['arrest at Kroger on Dixie Hwy, bystander CPR', ['Kroger']],
  ['grandson picked up meds at CVS on Main St', ['CVS']],
]);

kept('not chains: clinical words that name chains elsewhere', [
  ['CVS: RRR, no murmur. Target MAP > 65', ['CVS', 'Target']],
  ['rx sent to walgreens, pt aware', ['walgreens']],
]);

kept('not dates or streets: nursing shifts after a note heading, a clock time "by Dr"', [
  ['MICU NPN 3-11\nNeuro: A+Ox3', ['3-11']],
  ['CCU nsg note 11-7: slept well', ['11-7']],
  ['TAKEN TO OR 2300 BY DR HALLORAN', ['2300', 'BY', 'DR']],
]);

family('places: a town after "lives alone in", "lives w/ wife in"', [
  ['PT LIVES ALONE IN MYSTIC. NIECE IS HCP', ['MYSTIC']],
  ['pt lives w/ wife in dracut, 2 story home', ['dracut']],
]);

family('names: a colleague in brackets after the service they answer for', [
  ['CAR ALARM IN LOT, SECURITY (FISHER) AWARE.', ['FISHER']],
  ['RIB FX. EPIDURAL (SHEPHERD, APS) RUNNING', ['SHEPHERD']],
]);

kept('not names: what the service saw, an acronym in brackets', [
  ['ortho (hip) consulted, nonop', ['hip']],
  ['pharmacy (CPRS) order entered', ['CPRS']],
]);

kept('not names: a note\'s heading after a role', [
  ['Chaplain Note\nVisited pt and family per request', ['Note']],
]);

kept('not places: collars and decision rules named after cities', [
  ['Philadelphia collar on, log roll. Cervical collar (Miami J) at all times', ['Philadelphia', 'Miami']],
  ['Ottawa ankle rule neg, no films', ['Ottawa']],
]);

kept('not names: shift and family shorthand before a credential or after a cue', [
  ['micu rn night 1900-0700. 1. neuro- a&ox1', ['night']],
]);

family('places: military bases by their abbreviated kind, A&M universities, airport codes after a word of flying', [
  ['husband stationed at Tinker AFB, deploys in may', ['Tinker AFB']],
  ['son is a sophomore at Texas A&M', ['Texas A&M']],
  ['dtr landing at DFW at 2200, will come straight here', ['DFW']],
]);

kept('not bases or airports: acid-fast bacilli, units after a flight', [
  ['Sputum AFB x3 neg; BAL AFB pending', ['AFB']],
  ['pt flew to ICU from ED, transfer to CCU', ['ICU', 'CCU']],
]);

family('places: a post-office town that is an everyday word, in lower case after "lives in", closed there', [
  ['pt lives alone in mystic. niece is hcp', ['mystic']],
]);

kept('not towns: what someone lives in', [
  ['lives in fear of falling, uses walker', ['fear']],
]);

family('places: a business, what it is and where, read as one place; airports at both ends of a trip; holidays heading a note', [
  ['son works nights at the Tyson plant in Blountsville; son aware', ['Tyson plant in Blountsville']],
  ['fell off a ladder at the Lowe\'s on Dobson Rd where he works', ["Lowe's on Dobson Rd"]],
  ['pt flew from ITO to HNL last wk to visit son', ['ITO', 'HNL']],
  ['Stepdown RN note\n11/23/2017\nThanksgiving. Pt is 66 M', ['Thanksgiving']],
  ['Family plans to attend service at Our Redeemer Lutheran then come back', ['Our Redeemer Lutheran']],
]);


family('places: venues named by their kind', [
  ['Pt got hurt tailgating at Tiger Stadium last month', ['Tiger Stadium']],
]);

kept('not venues: a hospital\'s own rooms', [
  ['Family Lounge on 4th floor has coffee', ['Family Lounge']],
]);

family('places: a town with its agency, a saint\'s town before an agency', [
  ['officer from Reynoldsburg PD, report pending', ['Reynoldsburg PD']],
  ['husband is a St. Louis police sergeant', ['St. Louis']],
]);

kept('not names: the agency word after a town', [
  ['Narcan by Madison Fire with good response', ['with']],
]);

family('places: an employer after a job noun', [
  ['Pt is a meat packer at JBS in Greeley, per wife', ['JBS in Greeley']],
]);

family('places: employers in lines of capitals and after an employer label', [
  ['PT WORKS AS CASHIER AT MAPLE LEAF DONUTS ON MAIN ST IN CLINTON, ASKS FOR NOTE', ['MAPLE LEAF DONUTS']],
  ['WIFE FROM WINDHAM. EMPLOYER CASCO BUILDERS, FOREMAN CALLED.', ['CASCO BUILDERS']],
]);

kept('not employers: when someone works, a label left blank', [
  ['PT WORKS AT NIGHT IN THE ER.', ['NIGHT']],
]);

family('places: a saint\'s parish named "of the ..."', [
  ['Pt requests Father Hall from St. Rose of the Valley for communion in AM', ['St. Rose of the Valley']],
]);
