/**
 * Shape families from the twenty-third round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a college or school after a word of studying, in any case', [
  ['Sophomore at Duke, lives in a dorm on campus', ['Duke']],
  ['grad of University of Vermont, moved here for work', ['University of Vermont']],
  ['She is a freshman at St. Olaf College in Northfield', ['St. Olaf College']],
  ['SON IS A NURSING STUDENT AT HUNTER COLLEGE', ['HUNTER COLLEGE']],
  ['Coach called; pt is a senior at Laramie High. Father at bedside', ['Laramie High']],
]);

family('places: a school or employer written as an acronym before what the person is', [
  ['pt is 19 yo m, UVM sophomore, fell from porch', ['UVM']],
  ['Retired IBM engineer, lives alone', ['IBM']],
  ['PT IS A NURSING STUDENT (CSI), SYNCOPIZED ON FERRY', ['CSI']],
]);

kept('not schools: degrees, units and the bedside after a word of studying', [
  ['BSN student at bedside with primary RN', ['BSN']],
  ['MICU senior aware of K 6.1', ['MICU']],
  ['DNP student Sarah shadowing today', ['DNP']],
  ['PCU attending notified', ['PCU']],
  ['SON IS A STUDENT AT THE BEDSIDE', ['BEDSIDE']],
]);

family('places: an airport by its code before "airport", and a code after a word of flying though it is a word', [
  ['EMS PCR - JFK AIRPORT / PORT AUTHORITY EMS', ['JFK']],
  ['Pt flew back from LAX on Sunday, SOB since', ['LAX']],
]);

kept('not airports: an everyday word in capitals after a word of flying', [
  ['PT FLEW IN FROM THE COAST LAST WEEK', ['THE', 'COAST']],
]);

family('places: a lower-case county opening a clause, a lower-case town before its state code after a comma', [
  ['employer: hog finishing site, mercer county    dos 01/14/2008', ['mercer county']],
  ['southwest medical center er, liberal ks', ['liberal']],
]);

kept('not places: a word before "county" that names nothing, a route of a drug after a comma', [
  ['called county, parish and city offices', ['county', 'parish']],
  ['lovenox 40, given sc.', ['given']],
]);

family("places: an employer after \"EMPLOYER'S NAME\"", [
  ["HOUSEKEEPING TRANSLATED. EMPLOYER'S NAME GULF STAR HOMES, FOREMAN CALLED", ['GULF STAR HOMES']],
]);

family('places: a capitalised place and what it is in lower case, read as one', [
  ['Pt lives in a 2nd floor apt at Waverly Park apartments.', ['Waverly Park apartments']],
  ['hauls grain to the Tipton co-op elevator', ['Tipton co-op elevator']],
]);

family('identifiers: letters and digits with dashes, not read as a date with an impossible year', [
  ['10/08/2022  INC UC22-10-0631', ['UC22-10-0631']],
  ['organ procurement notified 0400, ref # GL05-01-3321.', ['GL05-01-3321']],
  ['Transport # A1-08-1172 arrived', ['A1-08-1172']],
]);

family("vehicles: a rig's call sign of a word in capitals and a number, a boat's quoted name after F/V", [
  ['EMS PCR. Ambulance en route, call sign CARROLL 6.', ['CARROLL 6']],
  ['EMS RUN SHEET  UNIT AMB 52  PT NAME ON FILE', ['AMB 52']],
  ['PT 39 YO M, SCALLOPER, INJURED ON F/V "MISS ANNABELLE" ~60 MI OFFSHORE', ['MISS ANNABELLE']],
]);

kept('not vehicles: a hospital unit in an ambulance report', [
  ['EMS transport to UNIT ICU 4 by ambulance', ['ICU']],
]);

family("places: a flight's legs and ends by airport code in a line about flying", [
  ['she will fly OMA > FSD in AM.', ['OMA', 'FSD']],
  ['Black Hills Life Flight fixed wing RAP > FSD. Family chose here', ['RAP', 'FSD']],
  ['King Air, tail # N417PS. Dep 1315, arr FAR 1405. Pt on HFNC', ['FAR']],
  ['fixed wing out of Cavalier airport (2C8) if ceiling allows', ['2C8']],
]);

kept('not airports: grafts, symptoms and units joined in a line with no flight', [
  ['CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA). no air leak', ['SVG', 'PDA']],
  ['flight RN report: SOB -> DOE on exertion, to ICU', ['SOB', 'DOE']],
]);

family("places: a state's highway by its code, and a mile marker on a road the line names", [
  ['Driver of pickup rolled on SD-34 about 3 mi W of Pierre', ['SD-34']],
  ['Dispatch 1712: rollover, SD Hwy 34 approx MM 223, 3 mi W of Pierre', ['SD Hwy 34', 'MM 223']],
]);

kept('not mile markers: millimetres', [
  ['rollover on hwy 9, scalp lac MM 3 x 2 cm', ['MM 3']],
]);

family('names: a Plains surname of two words, a Karen name of one-syllable words', [
  ['Pt Kevin Little Thunder from Antelope community near Mission', ['Kevin Little Thunder']],
  ['Pt Nathan Whirlwind Horse, 33, post-op day 2', ['Nathan Whirlwind Horse']],
  ['Husband called via interpreter Paw Say at 507-555-0185', ['Paw Say']],
  ['Employee: Saw Htoo Paw', ['Saw Htoo Paw']],
]);

family('places: an acronym employer after "retired" or in brackets after "employer"', [
  ['Pt is retired NDSU ag extension agent, lives in town', ['NDSU']],
  ["Pt's employer (JBS) HR contact called re: leave", ['JBS']],
]);

kept('not employers: a retired professional by the letters of the profession', [
  ['retired CPA, lives alone', ['CPA']],
  ['retired RN and former smoker', ['RN']],
]);

family('places: a parish of two saints after "Sts."', [
  ['"for the nurses." Pt attends Sts. Cyril & Methodius.', ['Sts. Cyril & Methodius']],
  ['lifelong member of Sts. Peter and Paul parish', ['Sts. Peter and Paul']],
]);

kept("not a saint's parish: what follows \"and\" after one saint", [
  ['wedding at st. josaphat and reception after', ['reception']],
]);

family("identifiers: an asset tag after \"asset\", a court's case or cause number with its letters, an envelope's code after \"#:\", a badge of two digits in brackets", [
  ['Vent: Servo-u, hospital asset RT-0417 (swapped out', ['RT-0417']],
  ['Heater-cooler asset BMED 61-0093, water 37.0.', ['BMED 61-0093']],
  ['Franklin County Probate Court case no. 2013 GU 00482. Copy scanned', ['2013 GU 00482']],
  ['Unit: 3 East    Envelope #: V 017734', ['V 017734']],
  ['brought in by Officer Shumaker (badge 77) on emergency detention', ['77']],
]);

family("identifiers: a reference with letters and slashes, a dotted licence number, a parcel's tracking number, a serial's closing letter", [
  ['letter from the embassy medical office, ref OM-MED/2013/0417. Passport on file', ['OM-MED/2013/0417']],
  ['NPI 1093847261    OH Lic. 34.008817', ['34.008817']],
  ['pump shipped to home, UPS 1Z 4A8 W19 03 9981 2207.', ['1Z 4A8 W19 03 9981 2207']],
  ['RA lead S/N LFB 44917 V; RV lead placed', ['LFB 44917 V']],
  ['RV lead S/N LFB 44902 V. Bedside monitor on', ['LFB 44902 V']],
]);

kept('not identifiers: a lab value after a licence-like word, the next item after a serial', [
  ['K 4.1, Mg 2.0, lic. 4.5', ['4.5']],
  ['device serial AJR 772104 S. 2. Fall with L hip contusion', ['2. Fall']],
]);

family("dates: feasts of one day and the new year after a word of when", [
  ["notified of admit. note: St. Patrick's Day, pt was at the parade", ["St. Patrick's Day"]],
  ["nsicu npn 7a-7p   Patriots' Day", ["Patriots' Day"]],
  ['pt joked it was an "April fools" admission.', ['April fools']],
  ['wish to celebrate Orthodox Christmas (Jan 7) w/ family', ['Orthodox Christmas']],
  ["mother's 90th birthday Jan 21 (dia de la Altagracia), asked", ['dia de la Altagracia']],
  ['euphoric to be "fixed by the new year".', ['new year']],
  ['family in waiting room at midnight for new yr, brought cider', ['new yr']],
]);

kept("not dates: the new year's resolutions", [
  ['new year resolutions: quit smoking', ['new year']],
]);

family("dates: a month and day after a family's occasion and where it is held", [
  ["pt's grandson's christening at Our Lady of Hope 8/8.", ['8/8']],
  ['doing fundraiser at the Marlboro grange hall 9/10. mother in Keene', ['9/10']],
]);

family("places: a school or a town before a student's field and year, a town or employer between \"retired\" and a trade", [
  ['SOCIAL: pt is a 27 yo Tufts dental student, lives in Davis Sq.', ['Tufts']],
  ['son Tyler is a UConn student. oncology NP met w/ family', ['UConn']],
  ['a 29 yo Haitian-American woman, a Suffolk law student, lives w/ parents', ['Suffolk']],
  ["son Tucker (a Governor's Academy senior) at bedside", ["Governor's Academy"]],
  ['pt is a retired Boston firefighter. wife deceased', ['Boston']],
  ['retired Polaroid chemist from Belmont', ['Polaroid']],
]);

kept('not schools: a kind of student', [
  ['Nursing student at bedside w/ primary RN', ['Nursing']],
  ['Pt is a Chinese exchange student, here 2 yrs', ['Chinese']],
  ['Boarding student at a school out of state', ['Boarding']],
  ['Edu: ENL student, likes soccer', ['ENL']],
]);

family("places: a chain by the town before it or in brackets with its street, a veterans' hall or the Y named alone", [
  ['she works at the Canton CVS. sons called', ['CVS']],
  ["husband asked if pt's pharmacy (Walgreens in Malden Sq) can be called", ['Walgreens']],
  ['friend Ray from the American Legion post on Washington Ave visited', ['American Legion']],
  ['says pt was coming home from the VFW when he hit the pole', ['VFW']],
  ['march in the Natick parade today w/ VFW post 1274, very disappointed', ['VFW post 1274']],
  ['collapsed while teaching a spin class at the YMCA in Waltham.', ['YMCA']],
]);

family("names: a name opening a header line before its record number, a signature of an initial and a surname with the role written out", [
  ['MICU nsg 7p-7a\nghimire, tika  mrn 1062744\n91 yo female', ['ghimire, tika']],
  ['tele RN note 1900-0700\nfisher, grant  mrn 33009178\n45 yo m', ['fisher, grant']],
  ['MICU RN NOTE 7p-7a\nBrennan, Thomas "Tommy" J  MRN 9945016\npt awake', ['Brennan, Thomas "Tommy" J']],
  ['WIFE TO BRING DISCHARGE PAPERS.\nP. COOK, SOCIAL WORKER', ['P. COOK']],
]);

family('identifiers: a record number after "MR:"', [
  ['PATIENT: DeSANTIS, JOSEPH      MR: 601-228      DATE: 7/4/1993', ['601-228']],
]);

kept('not record numbers: mitral regurgitation graded', [
  ['echo: MR: 2+, TR mild', ['2+']],
]);

family("places: an owner's business in capitals, a mine by its name and number, a fraternal club, a church after its pastor's name", [
  ["HE RUNS PAGANO'S BAKERY ON BLEECKER ST AND BROUGHT PIE", ["PAGANO'S BAKERY"]],
  ["PT OWNS TONY'S SUB SHOP ON MAHONING AVE, WORRIED", ["TONY'S SUB SHOP"]],
  ["THEY USE THE PHONE AT MARTIN'S FEED MILL FOR MESSAGES", ["MARTIN'S FEED MILL"]],
  ['RETIRED, WORKED THE WOLF PEN NO. 2 MINE ON PIGEON CREEK 28 YRS.', ['WOLF PEN NO. 2']],
  ['31 yrs underground, Peabody No. 10 and Ayrshire mines, roof bolter', ['Peabody No. 10']],
  ['says he fell at the sons of italy lodge in endicott playing bocce.', ['sons of italy']],
  ['PT PLAYED ACCORDION AT POLISH FALCONS HALL IN DEPEW', ['POLISH FALCONS']],
  ['PT ASKED FOR HIS PASTOR REV C.L. GAINES, FIRST BAPTIST ON LIND ST.', ['FIRST BAPTIST']],
]);

kept('not mines or businesses: a record number after its label, a kin\'s shop', [
  ['NAME: FIGUEIREDO, MANUEL   JOB NO. 87-11204   MR NO. 87-440-218', ['JOB', 'MR NO']],
  ["went to her mom's store for milk", ["mom's"]],
]);

family("names: after a guard or a company's rep", [
  ['ELEVATOR AT 1930, BROUGHT BACK BY SECURITY GUARD EARL. EXPLAINED', ['EARL']],
  ['device team (rep brad) came by, no ppm needed', ['brad']],
  ['Remote monitor set-up -- rep Guy from the company will call', ['Guy']],
]);

kept('not names: what follows "guard" and "rep" in other senses', [
  ['flown in on coast guard helo from village', ['helo']],
  ['guard rails up x2, bed low', ['rails']],
  ['rep 10 x3 with IS', ['10']],
]);

family('names: initials after a laboratory role with its colon', [
  ['repeat in 3 months.\nCytotechnologist: M.K.     Pathologist: J. Fortunato, M.D.', ['M.K']],
  ['Reviewed by: Hart', ['Hart']],
]);

kept('not names or places: the equipment department, a room after the hospital unit', [
  ['pump sent to biomed to check alarm speaker.', ['biomed']],
  ['BIOMED RAFAEL CAME TO CHECK THE BED', ['BIOMED']],
  ['MRN: 7719-0034-2     MICU Rm 6\nVent: Servo-u', ['Rm 6', 'Vent']],
]);

kept("not towns: a car's model before its plate's state", [
  ["pt's car, 2012 Ford Focus, MA plate 4KD 772, in garage", ['Ford Focus']],
  ['truck (Freightliner, TX tag 88-K22) towed', ['Freightliner']],
]);

family('names: a surname after "judge", in capitals too', [
  ['ORDER FROM THE DISTRICT COURT, JUDGE COMBS, FOR 72 HR HOLD', ['COMBS']],
  ['HALDOL 5 IM X 2 IN ER.  PROBATE JUDGE WHITTLE SIGNED ORDER', ['WHITTLE']],
]);
