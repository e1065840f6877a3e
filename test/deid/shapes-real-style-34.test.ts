/**
 * Shapes from stop 46's development work (-159 Gulf waterfront, -160 mill towns, and the sets written at stop 46): works
 * named by what they make, firms ending in a weaker trade word, law firms by their partners, clock and employee numbers,
 * and a column's gap that no name runs across. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a works named by what it makes, with its article and kind where written', [
  ['GRAND RAPIDS SPRING & WIRE -- FIRST AID ROOM\n3-4-81 2nd shift', ['GRAND RAPIDS SPRING & WIRE']],
  ['KEWAUNEE TUBE WORKS, GREEN BAY WIS -- MEDICAL DEPARTMENT', ['KEWAUNEE TUBE WORKS']],
  ['RETIRED FROM MUSKEGON BOLT & NUT (HEADER LINE, 28 YEARS)', ['MUSKEGON BOLT & NUT']],
  ['Uncle works at the Manitowoc Gray Iron foundry, nights', ['the Manitowoc Gray Iron foundry']],
  ['EMPLOYER OF RECORD: KALAMAZOO AXLE DIVISION, PORTAGE', ['KALAMAZOO AXLE DIVISION']],
]);

kept('not works: tubes, wires and iron of the body and the bedside', [
  ['CHEST TUBE & WIRE REMOVED, SITE CDI', ['CHEST TUBE', 'WIRE']],
  ['NG TUBE AND PEG TUBE CHECKED', ['NG TUBE', 'PEG TUBE']],
  ['Started Ferrous Sulfate; Low Iron stores', ['Low Iron']],
]);

family('places: a firm by a trade word that is also a plain word, two names before it in title case', [
  ['File: Boudreaux v. Lafitte Marine Transport   DOI 6/2/01', ['Lafitte Marine Transport']],
  ['Copy: safety office, Pontchartrain Offshore Energy', ['Pontchartrain Offshore Energy']],
  ['SEASONAL NURSE LOG -- Abbeville Crawfish Products, Abbeville', ['Abbeville Crawfish Products']],
]);

kept('not firms: instructions and findings in title case', [
  ['Use Paper Products only. Avoid Dairy Products. Low Energy.', ['Paper Products', 'Dairy Products', 'Low Energy']],
  ['Critical Care Transport arrived 0210', ['Critical Care Transport']],
]);

family('places: a law firm by its partners, in a note about a claim', [
  ['Sincerely,\nRene P. Thibodaux\nThibodaux Merritt & Vail\nre: claim 22-1187', ['Thibodaux Merritt & Vail']],
  ['Records requested by Landry, Prejean & Castille (attorneys for claimant)', ['Landry, Prejean & Castille']],
]);

kept('not firms: people joined by "&"', [['sons Arjun & Dev at bedside re: the claim forms', ['sons']]]);

family('identifiers: a clock number and an employee number in a plant record', [
  ['0915  LUKASZEWSKI, STANLEY  clock 27-4410  No. 4 blast furnace', ['27-4410']],
  ['Employee: BARANOWSKI, EDWARD     Emp 55190    Dept: Forge', ['55190']],
]);

kept('not identifiers: the clock of the day', [['turned every 2 h around the clock; clock 1430 hrs', ['around the clock', '1430']]]);

kept('a column\'s gap ends a name: the label after it stays', [
  ['Patient: KOWALCZYK, EUGENE     Age 71     Hosp # 4471', ['Age']],
  ['1542  KOVAC, MIRO A.  clock 41-0087  No. 2 Open Hearth', ['clock', 'Open Hearth']],
]);

family('names: Vietnamese "Last, First Middle" unaccented, a short surname after a title or a given name, Karen names', [
  ['MICU bed 4          2 May 1998\nTRAN, MINH DUC   #4-220-117\n\nDay 3', ['TRAN, MINH DUC']],
  ['Examinee: PHAM, THI LAN (family name Pham)    DOB 03/04/1961', ['PHAM, THI LAN']],
  ['Mrs. Her asked for the shaman to visit tonight.', ['Her']],
  ['Interpreter: Mai Her (phone), pt agrees', ['Mai Her']],
  ['Vietnamese interpreter Tuan Do present for consent', ['Tuan Do']],
  ['Siblings: Ler Htoo (7) COHb 18%, Eh Paw (4) 21%', ['Ler Htoo', 'Eh Paw']],
  ['peer recovery coach Manny Dos Santos (cell 508-555-0143)', ['Manny Dos Santos']],
]);

kept('not names: an order, a pronoun, an everyday run opening a sentence', [
  ['DO, NOT RESUSCITATE per wife. Told Mary Do not eat after midnight.', ['NOT RESUSCITATE', 'not eat']],
  ['Saw Paw today at the clinic.', ['Saw Paw']],
]);

family('places: a position by latitude and longitude, a wharf, a club, a chain\'s branch, a mosque or wat, a funeral home', [
  ["hoisted by CG helicopter at 41°02'N 69°14'W, Georges Bank", ["41°02'N 69°14'W"]],
  ['USCG position report 40 58.3N 068 22.1W at 0214', ['40 58.3N 068 22.1W']],
  ['Lat/Long: 29.10, -90.21 per crew', ['29.10, -90.21']],
  ['Ferry deckhand (vehicle ferry, Oak Bluffs Wharf). Hand crushed', ['Oak Bluffs Wharf']],
  ['party at the Azorean American Citizens Club last night', ['Azorean American Citizens Club']],
  ['Pharmacy (Walgreens Acushnet Ave) says refill ready', ['Walgreens Acushnet Ave']],
  ['called Imam Abdi of Masjid Al-Taqwa, who came at 1500', ['Masjid Al-Taqwa']],
  ['family asked the monks of Wat Lao Xayaram to visit', ['Wat Lao Xayaram']],
  ['released to Rahman Funeral Services for burial', ['Rahman Funeral Services']],
  ['wintering at Desert Palms RV Resort with wife', ['Desert Palms RV Resort']],
]);

kept('not places: an angle, a pressure, water', [['flexion 40°, BP 120/80, 3N 4W unit; WATER PILL HELD', ['40°', 'WATER PILL']]]);

family('vehicles: a boat after its trade, in brackets, with a Portuguese name; a Coast Guard aircraft by its number', [
  ['brought in from sailing vessel Osprey (disabled off Block Island)', ['Osprey']],
  ['Pt anxious about his boat (Santa Cruz II) and the catch', ['Santa Cruz II']],
  ['cutting house of the F/V Nossa Senhora da Luz yesterday', ['F/V Nossa Senhora da Luz']],
  ['Arrived by USCG MH-65 helicopter (CG 6589) from Air Station Cape Cod', ['CG 6589']],
]);

kept('not vehicles: a boat described, a dose', [['fell on the boat (the deck was icy); CG 1200 mg', ['deck', '1200']]]);

family('ages over 89: after "yo" in brackets', [['re: pt Irving Blum (yo 94) - duplicate therapy', ['94']]]);

kept('hyphenated everyday words stay: co-worker, e-mail, post-op', [
  ['Co-worker brought him in. Post-op day 2, re-examined; e-mailed the surgeon.', ['Co-worker', 'Post-op', 're-examined', 'e-mailed']],
]);

family('dates: a month-day before a part of the day, after a recheck or a removal', [
  ['Onset epigastric pain 11/23 evening, worse overnight', ['11/23']],
  ['Recheck 9-14 AM at the dock', ['9-14']],
  ['sutures out 5/9; wound clean', ['5/9']],
]);

kept('not dates: settings and scores before a part of the day, a half tablet', [
  ['Resp: BiPAP 12/5 evening, CIWA 6-10 morning; take 1/2 evening; pain 7/10 evening', ['12/5', '6-10', '1/2', '7/10']],
]);

family('places and names: a refugee camp, an honorific before a name, a chain\'s branch by its town, an interpreter\'s number', [
  ['arrived from Burma via Umpiem Mai camp 2009, lives in Roseville', ['Umpiem Mai camp']],
  ['Client: Haji Abdirahman Warsame    81 M    MRN 66017742', ['Abdirahman Warsame']],
  ['wife Teresa, Walgreens - Port Charlotte fill history', ['Walgreens - Port Charlotte']],
  ['10/14 | 0815  | Hodan Farah (40233)   | in-pers | L&D', ['40233']],
  ['Lindqvist, MD        dict 10/11/94 tr 10/12/94 kb/pmj', ['kb', 'pmj']],
]);

kept('not names: a surgeon named Sheikh keeps the word after him', [['referred to Dr Sheikh. Wife asked about the pandit', ['Wife']]]);

family('places: where veterans served and survivors were held, a landing zone', [
  ['Vietnam veteran (Army, 1968-69, Pleiku, Phu Bai), lives in Yakima', ['Pleiku', 'Phu Bai']],
  ['Korea veteran (Army, 7th ID, Pork Chop Hill sector 1953)', ['Pork Chop Hill']],
  ['11B, 1/7 Cav, LZ Bird and Bong Son. Stressor: ambush 1967', ['Bird', 'Bong Son']],
  ['SURVIVED THE LODZ GHETTO AND BERGEN-BELSEN, CAME TO BOSTON 1948', ['BERGEN-BELSEN']],
]);

kept('not war places: the words of a note about no war', [['Hamburger meal at lunch; Bird feeder by the window.', ['Hamburger', 'Bird']]]);

family('places: a university by its place where the note speaks of study or sport, a school before a field of study', [
  ["Team: Women's soccer, University of Nebraska\nReferred by: K. Lutz, ATC", ['University of Nebraska']],
  ['This 20-year-old University of Wyoming geology student fell while climbing', ['University of Wyoming']],
  ['HPI: 24 F, MSU forestry grad student, fell on trail', ['MSU']],
]);

kept('not schools: a word of the sentence before "senior"', [['Discussed with senior (resident) about the plan; ACL repair senior yr', ['Discussed', 'ACL']]]);

family('names: a typist\'s initials between the dictation\'s and the transcription\'s dates', [['Dictated by R. Olin, MD 3/14/08 / dkw / 3/15/08', ['dkw']]]);

family('identifiers and ages in jail and detention records', [
  ['Pt: Medeiros, Alan   Inmate HX-4471   Date 10/09/11', ['HX-4471']],
  ['Detainee: Idrissa Ba     A-File A 208 771 305     Age 47', ['A 208 771 305']],
  ['Reg. No. 55231-074     Case No. 2:11-cr-00391, U.S. District Court', ['2:11-cr-00391']],
  ['Redmond, Arvel W.    Inmate KT-8810    Age 94    Unit: Personal Care Unit, bed 9', ['94']],
]);

kept('not ages: insulin units after a number', [['insulin given, age 52, 95 units total', ['95']]]);
