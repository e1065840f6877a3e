/**
 * Shape families from the fourteenth round (data/deid/dev-real-style-52 to -62, and ICU nursing notes
 * since): towns that are everyday words, people named by one initial after a title, holidays that name a
 * day, a month alone, streets without a house number, one-letter and dotted sign-offs. Each example is our
 * own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a post-office town that is an everyday word, where a home town is named', [
  ['daughter says they live out in comfort, about an hour away', ['comfort']],
  ['wife drove home to accident this am to feed the dogs', ['accident']],
  ['PT MOVED UP TO CLIMAX AFTER HIS WIFE DIED', ['CLIMAX']],
  ['son (Wes) coming in from Boring, OR tonight', ['Boring']],
]);

kept('places: where a home is named, what is no town stays', [
  ['pt went home to sleep. lives in the country with wife. moved to chair x2', ['sleep', 'country', 'chair']],
]);

family('names: a person named by a title and one initial', [
  ['"Mrs. T" as she likes to be called, a&o x3', ['T']],
  ['discussed w/ Dr. B who agrees', ['B']],
  ['MRS K IS HOH, SPEAK INTO L EAR', ['K']],
]);

kept('names: mitral regurgitation and mental status in capitals, and a patient\'s state, stay', [
  ['ECHO: MOD MR. A FIB RVR. MS. A&OX3.', ['MR', 'A FIB', 'MS']],
  ['PT STABLE OVERNIGHT. PT COMFORTABLE', ['STABLE', 'COMFORTABLE']],
]);

family('dates: a holiday that names a day, and a month alone after a time word', [
  ['slipped on ice on New Year\'s Eve, seen at urgent care', ["New Year's Eve"]],
  ['DAUGHTER LAST SAW HIM ON THANKSGIVING DAY', ['THANKSGIVING DAY']],
  ['wants to be home the day before easter', ['easter']],
  ['NO ETOH SINCE MAY PER WIFE', ['MAY']],
  ['she has been down since the stroke in march, walker since', ['march']],
]);

kept('dates: holidays named for a disease or a thing, and "may" the verb, stay', [
  ['Christmas disease ruled out. christmas tree adapter on O2. pt MAY BE NPO', ['Christmas', 'christmas', 'MAY']],
  ['since around christmas, more tired. in march to the bathroom he fell', ['march']],
]);

family('places: a street with its direction where someone lives or works', [
  ['sister lives on n 43rd, close to the bus line', ['n 43rd']],
  ['her shop is off North Gratiot near the river', ['North Gratiot']],
]);

kept('places: a side of town or a ward after a direction stays', [
  ['pt lives on the w side of town. works on 4 west', ['side', '4 west']],
]);

family('names: one-letter and dotted sign-offs', [
  ['Left msg for dtr to call back re: transport.  -j', ['j']],
  ['RETURN 2 WKS.\nK.L.P./dsm', ['K.L.P.', 'dsm']],
]);

kept('names: a list of one-letter items stays', [
  ['options:\n- a\n- b', ['a', 'b']],
]);

family('names: one writer\'s initials closing every entry of a log', [
  ['0100 NEURO CHECKS UNCHANGED. QZ\n0200 SUCTIONED SM AMT. QZ\n0300 RESTING', ['QZ']],
  ['2200 turned, skin intact.  ~vb\n2300 sleeping.  ~vb\n', ['vb']],
]);

kept('names: an abbreviation closing two lines stays', [
  ['SAT 94% ON 2L. PRN\nHR 80. PRN\n', ['PRN']],
]);

family('names: whom the writer handed over to or talked with, though the name is an everyday word', [
  ['1900 report received from Summer. pt stable', ['Summer']],
  ['Hand-off given to Honor at 0700, questions answered', ['Honor']],
  ['spoke at length with Faith by telephone re: code status', ['Faith']],
  ['SPOKE W/ HAWK IN ADMITTING RE: BED', ['HAWK']],
]);

family('names: nicknames after "goes by", "calls him", "known to family as"', [
  ['visitor goes by moose, ok per pt to update', ['moose']],
  ['Grandkids call him Pappy; everyone calls him Buck', ['Buck']],
  ['the oldest, known to family as Peanut, is the hcp', ['Peanut']],
]);

kept('names: "goes by" a vehicle and "calls" a time stay', [
  ['pt goes by van to dialysis.', ['van']],
  ['son calls her every night', ['every']],
]);

family('places: a post-office town capitalised mid-sentence after a place\'s preposition', [
  ['Wife drove up from Bland this am, staying at motel', ['Bland']],
  ['MVC 3 mi south of Bowstring, restrained driver', ['Bowstring']],
  ['her brother in Defiance will take the dog', ['Defiance']],
]);

kept('places: a rescue unit after "from" stays', [
  ['arrived from Rescue 4 at 0200', ['Rescue']],
]);

family('names: transcription marks before a dashed date, after the credential, or spelling a pronoun', [
  ['R. T. OKAFOR, M.D.\nRTO:KW  3-14-81', ['RTO', 'KW']],
  ['P. LINDQVIST MD / BNQ   TYPED 9-2-80', ['BNQ']],
  ['Harriet E. Rask, M.D.\nHER:klm   D: 4/2/92   T: 4/3/92', ['HER', 'klm']],
]);

family('names: a given name opening a clause before a modal, "states", "prefers" or "tearful"', [
  ['0200 son at bs. Chance will stay the night', ['Chance']],
  ['R: Merry tearful, support given', ['Merry']],
  ['ph 555-0143. Sunny prefers texts', ['Sunny']],
]);

kept('names: a caller, and a thing that will be done, stay', [
  ['Caller states pt was discharged. Staples will be removed 3/9', ['Caller', 'Staples']],
]);

family('places: rural routes, a town a distance from here, a ticket to a town, a town before its state or county', [
  ['Address: RFD 3, Kilmichael', ['RFD 3']],
  ['wreck on rr 1 outside town, helmet on', ['rr 1']],
  ['FOUND 12 MI N OF ROWDY BY DEPUTY', ['ROWDY']],
  ['gave her a bus ticket to Defiance', ['Defiance']],
  ['last address Accident, maryland per ID', ['Accident']],
  ['RETIRED LOGGER FROM BOWSTRING, ITASCA COUNTY', ['BOWSTRING']],
]);

kept('places: the respiratory rate, and a surname before a given name that is a state\'s', [
  ['RR 22 on 2L, placed on RR 18 goal', ['RR 22', 'RR 18']],
]);

family('dates: a day and a month in capitals without the year', [
  ['ICU - nights - 14FEB\nadm 28NOV per face sheet', ['14FEB', '28NOV']],
]);

family('ages: after "pt." and an occupation, and a given name before its problem list', [
  ['daughter at bs. pt. is 96 and still sharp', ['96']],
  ['Pt is a retired rancher, 93, from out past the river', ['93']],
  ['Rounds: Mavis 97, CHF exac, 2L NC', ['97']],
]);

kept('ages: vital signs and labs before a comma stay', [
  ['Glucose 95, K 4.0. Pulse 92, RR 18', ['95', '92']],
]);

kept('precision: an order "per DR" in capitals and a log line\'s time before the sinus rhythm are no addresses', [
  ['0500  K 3.4.  KCL 20 MEQ PO PER DR.\n0400 sr 58.', ['MEQ', 'sr 58']],
]);

family('dates: an ordinal closing a quote or before "in", a dash date after a move, a month/year after "came home"', [
  ['she keeps saying "the 9th" when asked', ['the 9th']],
  ['memorial is the 17th in town, family asks we not tell pt', ['the 17th']],
  ['MOVED FROM CCU 3-22.  TOLERATING DIET', ['3-22']],
  ['came home 4/07 after the storm', ['4/07']],
]);

family('ages and places: a mother called Mam, an age to come on an ordinal, a route between commas, a street after a direction', [
  ['His Mam is 94 and minds the grandkids', ['94']],
  ['Pt will be 99 the 3rd of June', ['99']],
  ['Next of kin: son Arvid, RR 1, Wahoo, ph 555-0121', ['RR 1', 'Wahoo']],
  ['they rent a place on N Ogletree near the mill', ['N Ogletree']],
]);

kept('precision: a rate between commas and DAR headings stay', [
  ['HR 80, RR 2, SAT 90. CV:rrr\nD: no edema.', ['RR 2', 'rrr']],
]);

family('names: a nickname that is an everyday word, opening a log entry or before its number', [
  ['05/12/09 0210 Sonny called, asked for update', ['Sonny']],
  ['DAUGHTER IS CONTACT, BUNNY 607-555-0133', ['BUNNY']],
]);

family('dates: two dash dates joined by a slash, a meeting on a date whatever follows, a line opening with its date', [
  ['MR 7731904     ADM/DC 03-11-94/03-19-94', ['03-11-94', '03-19-94']],
  ['A family meeting was held on 9/14 with the patient and his sister', ['9/14']],
  ['SWITCHED TO CEFEPIME.\n9/21 CULTURE PSEUDOMONAS. IMPROVING', ['9/21']],
  ['DTR NOTIFIED BY PHONE 3-14; AGREES WITH PLAN', ['3-14']],
]);

kept('precision: bacteria in capitals, a fraction with a meal, two of two cultures', [
  ['CULTURE AEROMONAS HYDROPHILA, SERRATIA MARCESCENS. took 1/2 with a meal. 2/2 cultures pos', ['AEROMONAS', 'SERRATIA', '1/2', '2/2']],
]);

family('dates and names: a course by day, a study and its date before a colon, transcription labels, a typist after the doctor', [
  ['COURSE BY DAY:\n11-03: Admitted. Started on ceftriaxone.\n11-05: Afebrile.', ['11-03', '11-05']],
  ['NIGHTS 09APR97\nNEURO: ALERT', ['09APR97']],
  ['DICT: RW    TR: kp    D: 06/11/88', ['RW', 'kp']],
  ['DR. ANSELM T. VOSS / KLR   D. 4-2-88', ['KLR']],
]);

kept('dates: a setting\'s range before a colon stays', [
  ['PEEP 5-10: titrate to sats', ['5-10']],
]);
