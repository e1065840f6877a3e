/**
 * Shape families from the ninth round (data/deid/dev-real-style-23 to -27): rows of sign-out lists,
 * staff named after an abbreviated role, aircraft registrations, dates dictated in words, and the
 * results sections of dictated summaries. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: "Last, First" rows of sign-out and census lists, with the age and sex', [
  ['2) okoro, chidi 54m - watcher\n3) hope, william 92m - stable', ['okoro, chidi', 'hope, william', '92']],
  ['bed 24 young, grace 95 f syncope, echo 2/4', ['young, grace', '95', '2/4']],
  ['d. rm 612 long, chester 103. dnr/dni', ['long, chester', '103']],
  ['sign out 12/24: Hart, Noel 97m - cmo. (dtrs). Winter, Holly 60f - pancreatitis', ['Hart, Noel', '97', 'Winter, Holly']],
  ['514a mccarthy, rose 93 f. chf, lasix 40 iv bid', ['mccarthy, rose', '93']],
]);

kept('names: readings after a comma stay', [
  ['afebrile, tmax 101 F overnight', ['tmax', '101']],
  ['pt stable, afebrile 98 f', ['afebrile', '98']],
]);

family('names: staff after an abbreviated role where the phrase ends with the name', [
  ['team: icu rn grace, rt fields, md akintola. 1L LR bolus', ['fields']],
  ['K 3.3 repleted per pharm hope. PEG placed', ['hope']],
  ['held 3/3 for procedure. pharmd baker', ['baker']],
  ['NPO except meds in puree. slp Wren x4-7718', ['Wren']],
]);

kept('names: the same abbreviations before clinical words stay', [
  ['PT HAD RT BKA 2019. SLP swallow evaluation today. RT Note 0400', ['BKA', 'swallow', 'Note']],
  ['RT vent weaning flowsheet; Abernathy, RRT pg 4471', ['vent', 'pg']],
]);

family('vehicles: aircraft registrations of medevac and village flights', [
  ['ADM FROM UNALAKLEET ON N5742T (BERING AIR)', ['N5742T']],
  ['Fixed wing N426MT to Great Falls', ['N426MT']],
]);

kept('vehicles: masks and gases stay', [
  ['N95 fit tested; N2O for dressing change', ['N95', 'N2O']],
]);

family('dates: days dictated in words', [
  ['seen in clinic today comma march third comma for follow up', ['march third']],
  ['syncope on the fifth of april and again later', ['fifth of april']],
  ['last seen on January twenty-first', ['January twenty-first']],
]);

kept('dates: "may" the verb before an ordinal stays', [
  ['we may first try diuresis; second dose at noon', ['may first']],
]);

kept('results sections: lab panels and exam headings stay', [
  ['[09/12 06:10AM] URINE Color-Yellow SpecGr-1.028 Blood-TR Nitrite-POS Leuks-LG', ['SpecGr-1.028', 'Nitrite-POS']],
  ['[9/3 07:40AM] BLOOD cTropnT-0.08 calTCO2-25 pCO2-102', ['cTropnT-0.08', 'calTCO2-25', 'pCO2-102']],
  ['Vitals: 101.8, 104, 104/58\nGeneral: diaphoretic\nHEENT: MMM, JVP 12 cm', ['General', 'HEENT', 'MMM']],
  ['FAMILY HISTORY:\nBROTHER WITH COLON CANCER; FATHER WITH DM2. COMPARED WITH THE STUDY', ['WITH']],
  ['Hgb 7.4 on 09/12, 1 u PRBC with appropriate bump', ['1 u']],
]);

family('names: relatives named in lower case, alone or in a bracketed list', [
  ['pt lives w/ wife marigold in sharon. wife marigold says sob', ['marigold']],
  ["soc: pt's dtr calliope here 1900-2200", ['calliope']],
  ['Family: son & dil (mei and jun) at bs, updated', ['mei', 'jun']],
]);

kept('names: what follows a relative that is no name', [
  ['wife visit today. son support. dtr update given', ['visit', 'support', 'update']],
  ['sons live in Brighton; wife drove in from home', ['live', 'drove']],
  ['cc: Marisa Kettleby, NP (PCP, Stoneham)', ['PCP']],
]);

family('places: the next leg of a journey, grid addresses, tribal routes', [
  ['TRANSFER: Kodiak -> Anchorage.  Dec 12.', ['Kodiak', 'Anchorage', 'Dec 12']],
  ['Lives in Rupert on farm, 350 S 600 E.  Son Lynn', ['350 S 600 E']],
  ['lives in chinle off BIA Rt 12, wife and 3 sons', ['BIA Rt 12']],
]);

kept('places: care settings after an arrow stay', [
  ['from Chelmsford -> ICU -> home', ['ICU', 'home']],
]);

family('dates: after an imaging study, after a diagnosis', [
  ['SX FOR SM AMT WHITE. CXR 2/7 BILAT INFILTRATES', ['2/7']],
  ['Hx afib (dx 6/08), CHF EF 30%', ['6/08']],
]);

kept('dates: strengths with "bilat" stay', [
  ['strength 5/5 bilat, motor 4/5 b/l', ['5/5', '4/5']],
]);

family('dates: a study compared with an earlier one, a list item opening with a dash, a dose two words after "last"', [
  ['KUB 4/4 IMPROVED VS 4/2.', ['4/4', '4/2']],
  ['Nursing Note  Events:\n-12/2 @ 0300 rapid response', ['12/2']],
  ['last dose lasix 6/6, renal following', ['6/6']],
  ['ORIF DONE 1/10. OVERNIGHT C/O PAIN 6/10', ['1/10']],
]);

kept('names and dates: abbreviated roles that are units, pairs or headings; pain scores', [
  ['PATH: 2.1 CM IDC, 0/3 SLN. WOUND 2x1.5 cm, pink, no tunneling', ['IDC', 'pink']],
  ['falls - PT/OT, orthostatics; dispo likely rehab', ['orthostatics']],
  ['OT Evaluation\nPt seen for ADL eval', ['Evaluation']],
  ['complains of 7/10 abdominal pain; HR 80 BP 120/80 vs 130/85', ['7/10', '130/85']],
]);

family('ages: after a name and initial, with a lower-case sex in brackets, "pt is 96 so", "Age at death"', [
  ['Patient Quigley, Augustine P (91), MRN 0091557.', ['91']],
  ['tele rn note - pt leroy baker (93 m) from roxbury', ['93']],
  ['pt is 96 so family (niece loretta) decides', ['96']],
  ['Patient: Rousseau, Armand  Age at death: 100', ['100']],
]);

kept('ages: readings in brackets stay', [
  ['BP (96) HR P (91); sats (92) on 2L', ['96', '91', '92']],
]);

family('names and places: dictation initials, people in brackets after in-laws and roles, towns before their services', [
  ['zoledronic acid at 6 wk\n\nJT/ctl job 77-31904 D 10/11/2022', ['JT', 'ctl']],
  ['VNA start 4/13. \n\nDictated: BAS / mk  04/12/23  Job 5531874', ['BAS', 'mk']],
  ['0131.\nDICTATED BY OAP 02/08/2024 1540 TRANSCRIBED RLM 02/09/2024', ['OAP', 'RLM']],
  ['daughter in law (joan) notified at 0300. md on call (marsh) notified', ['joan', 'marsh']],
  ['syncope at church, brought by boston ems.  Framingham PD officer called', ['boston', 'Framingham']],
]);

kept('names and places: dictation words and non-town services stay', [
  ['Dictated by Marcus Oduya, MD  Job 5531874', ['Dictated', 'by', 'Job']],
  ['STATE POLICE AWARE. city pd notified. Framingham risk 10%', ['STATE', 'city', 'Framingham']],
]);

family('dates: after a machine word when the numbers cannot be a setting, after a positive test, a missed dose', [
  ['requiring BiPAP 12/28 - 12/30. Off BiPAP 12/30 afternoon', ['12/28', '12/30']],
  ['Flu A+ 2/3. RSV+ 2/11, contact precautions', ['2/3', '2/11']],
  ['Missed dose 1/3 due to NPO; last dose 5/5', ['1/3', '5/5']],
  ['grandma staying from Ibadan til March', ['March']],
]);

kept('dates: settings, halves and edema grades stay', [
  ['bipap 14/8, PSV 10/5, cpap 5/5; take 1/2 tab; edema 1+ 2/4 pulses', ['14/8', '10/5', '5/5', '1/2', '2/4']],
]);

family('ages and names: rows of ward hand-over lists, ages after a lower-case name, header fields naming clinicians', [
  ['1. Dunleavy, Agnes 92 - R NOF 15/7, for theatre', ['Dunleavy, Agnes', '92']],
  ['nsg note 7a-7p\nruth ann mcelhinney, 93, post op day 3', ['93']],
  ['PT: PELLETIER, ODETTE   AGE 93   UNIT 6619022', ['93']],
  ['rm 9 94m sob, bipap 12/6', ['94']],
  ['Service: MICU\nAttending: Pool, MD (MICU)\nHOSPITALIST: LANE\nDictated: Banks  D:12/01/26', ['Pool', 'LANE', 'Banks']],
  ['WITH HUSBAND ROSS.\nJH:lmc  DD 4/12/97  DT 4/14/97\nDM/hv/lts', ['JH', 'lmc', 'DM', 'hv', 'lts']],
]);

kept('names: clinician fields without a person, headings and their findings', [
  ['Attending: Medicine team\nPCP: none\nCC: fall', ['Medicine', 'none', 'fall']],
  ['GI:npo\nRESP:cta\nBP/HR stable', ['npo', 'cta', 'HR']],
]);

family('dates, phones and places: day-first ranges, extensions, towns people move back to', [
  ['Last abx: co-amox 19/5-24/5. IV furosemide 14/08-18/08', ['19/5-24/5', '14/08-18/08']],
  ['clinic # 555-0137 ext 318. FACILITY NURSE DUBOIS X208', ['318', '208']],
  ['pt states moving to unity to live w/ her; eager to return to reading', ['unity', 'reading']],
  ['mobilising w/ physio tadhg w/ frame (reg hughes, sho tan)', ['tadhg', 'hughes', 'tan']],
]);

kept('dates, phones and places: extubation and extraction, settings, care places', [
  ['RESP- EXT 7/23 TO 2L. Prior ext #3 by dentist', ['EXT', '#3']],
  ['return to baseline. going to sleep. return to work. return to clinic', ['baseline', 'sleep', 'work', 'clinic']],
]);

family('names, dates and ages: hand-overs by first name, clinicians before their role, relatives who act, studies joined by "+"', [
  ['gave report to deb. pt 93 f, lethargic', ['deb', '93']],
  ['Received pt from OR at 2215 from Gable (CRNA). Seen by geriatrics (Feathers).', ['Gable', 'Feathers']],
  ['daughter Winter in. winter works at Dartmouth', ['Winter', 'winter']],
  ['PNA, RLL. CXR 9/2 + 9/4. ABX given', ['9/2', '9/4']],
  ['husband Tobias (HCP), MIL Griselda (93, uses wheelchair)', ['Griselda', '93']],
  ['PHN Marie Talty will visit Weds 14th. RECORDS: ADMISSIONS 4/2/01-4/9/01 (CHF)', ['Weds 14th', '4/2/01', '4/9/01']],
]);

kept('names: hand-overs to places and shifts, words after a relative that no person does, credentials before a role', [
  ['report to floor. gave report to night shift. told family. wife Hope in. hope is that pt improves', ['floor', 'night', 'family', 'hope is']],
  ['Anselm Okonkwo-Reid, FRCP (visiting attending)', ['FRCP']],
]);
