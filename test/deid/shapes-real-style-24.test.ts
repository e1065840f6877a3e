/**
 * Shape families from the twenty-sixth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family("places: a saint's church by its possessive alone, the 's kept with it", [
  ['the family lives two blocks from St. Casimir\'s. Son visits daily', ["St. Casimir's"]],
  ['funeral to be held at St. Bridget\'s on Saturday', ["St. Bridget's"]],
]);

family("names: an author's and a typist's initials after the dictation dates on the same line", [
  ['Ronald Vega, MD\nD: 4/2/97 T: 4/3/97 RV/kmd  Job 5521', ['RV', 'kmd']],
  ['Alma Cruz, MD\nDD 11/20/03  DT 11/21/03  AC/pbs   #4471', ['AC', 'pbs']],
  ['M. Soto, MD   D 2/14/09  MS:jl\n', ['MS', 'jl']],
]);

kept('not initials: a unit after a date', [['Cr 1.4 on 3/12/99 mg/dl  stable', ['mg', 'dl']]]);

family('places: a street named by one letter, a neighbourhood in brackets after a house, bare streets crossing after "on"', [
  ['was assaulted walking home on K St late last night', ['K St']],
  ['Home address 611 E St SE, second floor', ['611 E St SE']],
  ['Address: 2240 N. 7th St (Fishtown), lives alone', ['Fishtown']],
  ['buys her groceries at a market on Germantown & Chelten most days', ['Germantown & Chelten']],
  ['Cashes checks at a place on Girard & Front - no bank account', ['Girard & Front']],
]);

kept('not places: a vitamin, a letter before a segment', [
  ['Vitamin A supplement, no St changes on ECG', ['A']],
  ['lead II shows ST depression, no Q waves', ['ST']],
]);

family('names: a nickname in quotes before the full name in brackets', [
  ['her uncle "Tiny" (Marvin Oakes) brings her to dialysis', ['Tiny']],
  ["Mother's boyfriend is \"Big Man\" (Tyrell Grant).", ['Big Man']],
]);

kept('not names: a word in quotes before a body part in brackets', [['reports "Cramping" (Left Calf) at night', ['Cramping']]]);

family("places: a congregation whose name runs through two house words and its 'of God in Christ', an armory, a station by its street, a labelled employer in quotes", [
  ['Sister is an usher at Greater Faith Temple Church of God in Christ', ['Greater Faith Temple Church of God in Christ']],
  ['sheltered after the fire at the Fifth Regiment Armory for 3 nights', ['Fifth Regiment Armory']],
  ['Evacuated and housed at the DC Armory shelter for a week', ['DC Armory']],
  ['works as a porter at the 30th Street Station food court', ['30th Street Station']],
  ['Employer: landscaping company "Green Acres Lawn" - no insurance', ['Green Acres Lawn']],
  ['Employer: moving company "Two Brothers" - cash only', ['Two Brothers']],
]);

kept('not names: a word of oneself after a relation word', [['Employer: self-employed since 2011', ['self-employed']]]);

family('places: a middle initial inside a street named for a person, a numbered road at a named street, a house by direction and name alone', [
  ['Pt lives with aunt at 134-11 Sutphin R Jones Blvd, works days', ['134-11 Sutphin R Jones Blvd']],
  ['Dispatched to SR 170 at Bluffton Pkwy, St. Helena, for MVC', ['SR 170 at Bluffton Pkwy']],
  ['Responded to a group home at 5210 W. Belmont, 2nd floor, for a fall', ['5210 W. Belmont']],
  ['fire in her mobile home, Lot 38, Gulf Breeze Village, this am', ['Lot 38']],
]);

family('places: a business in quotes in a sentence about a shop or work, an Irish county by "Co."', [
  ['Pt runs a tailor shop on 37th Ave in Jackson Heights ("Karimov Tailoring & Alterations"). Wife', ['Karimov Tailoring & Alterations']],
  ['Pt drives livery, says his base is "Quisqueya Car Service", dispatcher called', ['Quisqueya Car Service']],
  ['72 yo M born in Ireland, from Co. Leitrim, retired bus driver', ['Co. Leitrim']],
  ['Owns a bodega on Westchester Ave, "Almonte Mini Market #3," open 6am to midnight', ['Almonte Mini Market #3']],
]);

kept("not businesses or names: someone's words in quotes, where someone was born", [
  ['works nights, says "Chest Pain Again" when he climbs', ['Chest', 'Pain']],
  ['54 yo M Irish-born, retired ironworker', ['Irish-born']],
]);

family('dates: feasts of Holy Week and Twelfth Night, the Fourth by its day after a word of when', [
  ['brought a king cake, "it\'s Twelfth Night after all"', ['Twelfth Night']],
  ['has not eaten well since Palm Sunday per daughter', ['Palm Sunday']],
  ['WIFE WANTS HIM HOME BEFORE THE 4TH WEEKEND.', ['4TH']],
]);

kept('not dates: an ordinal floor after "the"', [['moved to the 4th floor for tele', ['4th']]]);

family('names: a family by its plural surname, a name set off before a family word, grammar-word surnames, a capitalised surname with its initial', [
  ['staying this week with church friends, the Yoders, near Arthur', ['Yoders']],
  ['Pt resting.\nAlvin -- her grandson -- to pick her up at 1500', ['Alvin']],
  ['outreach worker Mai Xee Her will call the family', ['Mai Xee Her']],
  ["pt's aunt Yanelis Then visited, brought clothes", ['Yanelis Then']],
  ['0412 Acc 55-1902 OKONKWO, B (MRN 772-10-93) K 6.8 called', ['OKONKWO, B']],
]);

kept('not names: a pronoun and an adverb opening sentences, an abbreviation before a sex', [
  ['Told Her to rest. Then she slept', ['Her', 'Then']],
  ['Screen: IPV, M (MRN on file) negative', ['IPV']],
]);

family('places: a firm by its trade after a name no English list holds, an abbreviated word kept inside', [
  ['found slumped in his truck outside Caudill IGA, bystander called', ['Caudill IGA']],
  ['Workers comp: employer Delgado Bros. Roofing, foreman aware', ['Delgado Bros. Roofing']],
  ['transported by Tri-County Ambulance to our ED', ['Tri-County Ambulance']],
]);

kept("not firms: a sentence's period after capitals before a trade", [['Drew ABG. Coal miner x 30 yrs, COPD', ['ABG', 'Coal']]]);

family("places: the town after a facility's name and a dash on a letterhead, a road in a scene field, a shop by its owner's possessive on a street", [
  ['Cibola Mesa Regional Hospital - Grants\n03/02/2016  HD 3', ['Grants']],
  ['Scene: Hwy 191 at Ganado, rollover, 2 pts', ['Hwy 191']],
  ["Pharmacy (Lopez's on Gallatin, tech Ray) called re: PA", ["Lopez's on Gallatin"]],
]);

kept("not towns or shops: a hospital's unit after the dash, a day after the possessive", [
  ['Cibola Mesa Regional Hospital - MICU\n03/02/2016', ['MICU']],
  ["visits at Mom's on Sunday after church", ['Sunday']],
]);

family('places: fairgrounds, casinos and golf courses in lower case, a trading post, a ranch by its family', [
  ['thrown from a bull at the Navajo County fairgrounds tonight', ['Navajo County fairgrounds']],
  ['deals blackjack at the Silver Mesa casino, nights', ['Silver Mesa casino']],
  ['clerk at Toadlena Trading Post for 11 yrs', ['Toadlena Trading Post']],
  ['herder employed by the Echeverria ranch, brought in by its foreman', ['Echeverria ranch']],
]);

family("places and dates: public lands by name, a camp after its name, a trading post in a sentence's run, a saint's day without the possessive", [
  ['Location: river put-in, Coconino National Forest\nPt 19 M', ['Coconino National Forest']],
  ['Client: Habimana, Joseph, 41 M; arrived 3/2/2016 from Mtabila camp, Tanzania;\norigin Fizi', ['Mtabila camp']],
  ['Pt does the wool buying at\nToadlena Trading Post. Dog came into the yard', ['Toadlena Trading Post']],
  ['cooked for the feast at the mission for St. Francis day last fall', ['St. Francis day']],
]);

kept('not camps: a camp no name opens', [['went to band camp last summer, sprained ankle', ['camp']]]);

family("dates: a month and a year cut short before a colon, the article of an ordinal day, a part of the month before a month and year", [
  ["# CAD s/p cabg april '11: trop flat", ["april '11"]],
  ['Pt will be 94 the 3rd of June, wants a party', ['the 3rd of June']],
  ['visit planned for (late March 2019), family aware', ['late March 2019']],
]);

kept('not dates: a fraction eaten, a height fallen, ribs by their ordinals', [
  ['took 3/4 of feeds PO overnight', ['3/4']],
  ['fell 10-12 ft from a ladder', ['10-12']],
  ['tender over the left 8th and 9th ribs', ['8th', '9th']],
]);

family('names: the given name "Per" where the shape of a name shows it', [
  ['ATTENDING: SANDVIK, PER M.D.\nSERVICE: MEDICINE', ['PER']],
  ['To: Aasen, Per; Ito, Kenji', ['Per']],
  ['Per Moreno, MD\nValley Internal Medicine', ['Per Moreno']],
  ['Parents Solveig and Per. Hx anxiety', ['Per']],
]);

kept('not names: the preposition "per"', [
  ['Per Smith, ok to give the 2nd dose', ['Per']],
  ['Tylenol given, per MD order', ['per']],
]);

family('places: towns named by everyday words after a phrase that leaves no other reading', [
  ['pt says she was born in Bowlegs, raised in Seminole', ['Bowlegs']],
  ['rollover on SH 9 two miles east of Okay, ~20 min extrication', ['Okay']],
  ['LIVES OUT FM 145 BETWEEN HAPPY AND TULIA. SON CALLS DAILY', ['HAPPY']],
  ['Koyukon elder, resident of Ruby, visiting her son in Galena', ['Ruby']],
]);

kept('not towns: a part of the body after "north of", days between', [
  ['tender just north of the umbilicus', ['umbilicus']],
  ['between Monday and Wednesday pt refused', ['Monday']],
]);

family("names: a surname's initial after its comma closing a field, a surname before a given name found where a field opens, a newborn's 'Baby Girl'", [
  ['MORALES-TEJADA, R ... RR 24, SAT 93 2L', ['MORALES-TEJADA, R']],
  ['Printed by: HALVERSON, K (HIM) 04/02/2024 09:10', ['HALVERSON, K']],
  ['NIGHT NOTE 1900-0700\nPT GAINES,LORETTA 71 YO F, CHF', ['GAINES,LORETTA']],
  ['Infant: Boudreaux, Baby Girl ("Lily")   MRN NB-44120', ['Boudreaux, Baby Girl']],
]);

kept('not surnames: a letter\'s closing and a symptom before a name found', [
  ['Sincerely, Quentin Avery, MD', ['Sincerely']],
  ['PT CONFUSED, ASTERIXIS PRESENT', ['CONFUSED']],
]);

family('phones: a pager with a dash after the verb of paging', [
  ["Dr Osei (renal) pg'd 5-2291 re K 6.1", ['5-2291']],
  ['Please page GI at 4-3310 with questions.', ['4-3310']],
]);

kept('not pagers: a range after a verb that is no paging', [['ambulated 2-3 times, tolerated 1-2 laps', ['2-3']]]);

family('places: lodges, nests, posts and union locals by number, mines and collieries by name, funeral homes', [
  ['wants his card club from the Sons of Italy Lodge 1544 to visit', ['Sons of Italy Lodge 1544']],
  ['referred to the union\'s grievance rep at Local 1211.', ['Local 1211']],
  ['worked the Renton mine and then Harwick colliery until 1980', ['Renton mine', 'Harwick colliery']],
  ['Kowalski Funeral Home (Ambridge) called 0530', ['Kowalski Funeral Home']],
  ['benefits counselor, UMWA District 17 office', ['UMWA District 17']],
]);

kept('not clubs: a time after a procedure, a local anaesthetic, an article before a mine', [
  ['Pt Post 2 wks from CABG, doing well', ['2']],
  ['Local 1% lidocaine infiltrated', ['1']],
  ['that is a mine of information', ['mine']],
]);

family('dates: a month and days with the year, a day glued to a clock time, the hunting season\'s opening day, Pascha', [
  ['Date collected: March 3-5, 2004\nClinician', ['March 3-5, 2004']],
  ['NURSING NOTE\n12/31/0300: Pt awake, anxious', ['12/31']],
  ['fell from his tree stand on opening day of buck season', ['opening day of buck season']],
  ['"I\'ll be home by Pascha," she says', ['Pascha']],
]);

family('places and phones: a pier by its number, a pager in brackets after the person paged', [
  ['crushed hand while the dragger was tied up at Pier 6 unloading', ['Pier 6']],
  ['Paged covering resident Dr. Alvarez (5127) - orders for CT', ['5127']],
]);

family("places and dates: a fraternal hall by its order alone, the hunting season's first day with its article", [
  ['wife says "he was fine at the Moose on Saturday"', ['Moose']],
  ['the Monday after Thanksgiving -- the first day of deer season -- husband at camp', ['the first day of deer season']],
]);

kept("not halls: a team's game", [['watching the Eagles game with his son', ['Eagles']]]);

family("places, names and dates: a practice's branch by its town, a veteran's surname before the given name found, Canada Day and the pheasant opener", [
  ['PHONE NOTE\nMapleton Family Medicine, Liberty office\n03/02/2016', ['Liberty']],
  ['VETERAN: GREEN, HAROLD T JR    SSN: 987-65-4321', ['GREEN, HAROLD T JR']],
  ['visiting Blaine for Canada Day weekend, chest pain', ['Canada Day']],
  ['upset to miss the pheasant opener with his sons', ['pheasant opener']],
]);

kept("not branches: a practice's main office", [['Valley Family Medicine, Main office\n03/02/2016', ['Main']]]);

family("places and dates: Hawaii's interstates by letter, a month in Spanish after a word of when, territorial holidays", [
  ['rollover on H-2 near the Mililani exit ~0200', ['H-2']],
  ['Tres visitas a emergencias desde febrero, tos nocturna', ['febrero']],
  ['L&D NOTE\nLiberation Day - 1530, arrived from the parade', ['Liberation Day']],
]);

kept('not roads: a visa class', [['H-2A worker, picks cherries in season', ['H-2A']]]);
