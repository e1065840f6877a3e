/**
 * Shape families from the twenty-fourth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a base by its kind written first after a word of the military, or written out after its name', [
  ['RET ARMY SFC, LAST STATIONED FT BLISS, WIFE AT BEDSIDE', ['FT BLISS']],
  ['husband is Navy, AT2 at NAS Whidbey, deploys in May', ['NAS Whidbey']],
  ['Marine vet, was at Camp Lejeune 1979-1983, asks about water', ['Camp Lejeune']],
  ['58 YOM CIVILIAN MECHANIC AT TOOELE ARMY DEPOT, FELL FROM LIFT', ['TOOELE ARMY DEPOT']],
  ['Wife works civilian at Dugway Proving Ground, 90 min away', ['Dugway Proving Ground']],
]);

kept('not bases: a height in feet, a word after "Camp", the neonatal abstinence score', [
  ['VET. HT 5 FT 9 IN, WT 82 KG', ['5', 'FT', '9']],
  ['army vet, NAS score 4 overnight', ['NAS', 'score']],
]);

family('places: a prison by its kind, and by the system and its town after a word of custody', [
  ['44 YOM CORRECTIONAL OFFICER AT LOVELOCK STATE PRISON, CP AT WORK', ['LOVELOCK STATE PRISON']],
  ['paroled 2 wks ago from SCI Graterford, staying w/ aunt', ['SCI Graterford']],
  ['Pt is inmate at Coyote Ridge Correctional Center, 2 guards at bedside', ['Coyote Ridge Correctional Center']],
]);

kept('not prisons: the letters of a disease and a drug', [
  ['hx CRC s/p colectomy, on Norco prn', ['CRC', 'Norco']],
]);

family('places: an employer in capitals after a verb of working, with "&" in its name', [
  ['PT DRIVES FOR SANDOVAL TIRE & LUBE, NO CDL ISSUES', ['SANDOVAL TIRE & LUBE']],
]);

kept('not employers: a kind of work after "THE" and a verb of working in capitals, a brand in brackets', [
  ['PT IS RETIRED FROM THE TANNERY, LIVES WITH SON', ['TANNERY']],
  ['WANTS TO GO BACK TO WORK AT THE GLASS PLANT SOON', ['GLASS']],
  ['Scooter company (Bird) incident report filed', ['Bird']],
  ['Retired from the Casting Plant (die cast) in 2011', ['die', 'cast']],
]);

family('places: a workplace named in brackets after what it is, and a business its owner runs', [
  ['HUSBAND WORKS AT A MAQUILADORA (DELPHI), SON IN SCHOOL', ['DELPHI']],
  ['SOC: PT OWNS MESA VERDE CROP DUSTING AT THE CORTEZ AIRPORT', ['MESA VERDE CROP DUSTING']],
  ['she owns Rio Abajo Feed & Seed, works 6 days a week', ['Rio Abajo Feed & Seed']],
]);

kept('not businesses: what a person owns that is no firm', [
  ['PT OWNS GUNS, STORED IN SAFE PER WIFE', ['GUNS']],
  ['PT OWNS SEVERAL HORSES, FEEDS THEM DAILY', ['SEVERAL', 'HORSES']],
  ['owns Two dogs, neighbour feeding them', ['Two']],
]);

family('places: a rural business named by its kind, capitalised, with a brand letter or a name', [
  ['pt milks at Double K Dairy outside Dalhart, 4 am shift', ['Double K Dairy']],
  ['son runs Kowalczyk Welding out of the barn', ['Kowalczyk Welding']],
  ['pt milks at a dairy - Lazy J Dairy outside Friona, 4 am shift', ['Lazy J Dairy']],
]);

kept('not businesses: the work itself capitalised', [
  ['Occupational hx: Heavy Welding 30 yrs, Dairy farming before', ['Dairy']],
]);

family('places: two places joined by "of", a side of town, a bridge after "the"', [
  ['works housekeeping at Lodge of the Four Seasons, lives in Osage Beach', ['Lodge of the Four Seasons']],
  ['LIVES IN THE NORTHSIDE OF SAN ANGELO WITH DTR', ['NORTHSIDE', 'SAN ANGELO']],
  ['lives on the west side of Tucson near Ajo Way', ['Tucson']],
  ['crosses each morning at the Stanton bridge for work', ['Stanton bridge']],
]);

kept('not a side of town: a side of the body', [
  ['lesion on the west side of the chest wall', ['west', 'chest']],
]);

family('places: a highway of two routes, a street after "under" and other words of where', [
  ['ROLLOVER ON US 62/180 BTWN HOBBS & CARLSBAD', ['US 62/180']],
  ['found sleeping under Tropicana Ave overpass', ['Tropicana Ave']],
  ['ON US 5/20 PREVIA NOTED', []],
  ['walked along Kietzke Ln to the bus stop', ['Kietzke Ln']],
]);

family('dates: saints\' days and Spanish feasts of one day', [
  ['wants to be home for el día de la Virgen, makes tamales', ['día de la Virgen']],
  ['baptism on St Anthony\'s day, grandmother worried', ['St Anthony\'s day']],
  ['procession for the feast of St. Rocco, family all there', ['feast of St. Rocco']],
  ['HOPES TO BE HOME FOR NOCHEBUENA', ['NOCHEBUENA']],
]);

kept("not dates: a hospital named for a saint before its day programme", [
  ["goes to St Luke's day surgery Monday", ['day', 'surgery']],
]);

family('names: a surname after a military rank written without its period', [
  ['CHAPLAIN FROM THE BASE, CAPT OYELARAN, VISITED', ['OYELARAN']],
  ['PFC Tafoya from his unit at bedside', ['Tafoya']],
  ['CHAPLAIN FROM THE ARMORY, CAPT HALE, VISITED AT 1400', ['HALE']],
]);

family('identifiers: a trauma alias in quotes', [
  ['PT ON NO-INFO STATUS, ALIAS LISTED AS "ZEBRA, NINE". MOTHER CALLED', ['ZEBRA, NINE']],
  ['registered under alias "Trauma Quebec" until ID confirmed', ['Trauma Quebec']],
]);

family('places: rural trades, funeral homes and campgrounds named by their kind', [
  ['underground 22 yrs, Kessler Coal then the Bear Run mine', ['Kessler Coal']],
  ['Funeral preference: Halvorsen Mortuary in Ephraim', ['Halvorsen Mortuary']],
  ['Daughter is staying at the Cody KOA until discharge', ['Cody KOA']],
  ['brought in by coworkers from the Dorsey feedlot outside Dodge City', ['Dorsey feedlot']],
  ['Pt works 3rd shift at the FedEx hub, employer notified', ['FedEx hub']],
  ['responded to the Blue Beacon truck stop at I-70 exit 184', ['Blue Beacon truck stop']],
]);

family("places: a town's ambulance, a home in the country by its town, a position by latitude and longitude", [
  ['arrived by Opportunity volunteer amb after fall from haystack', ['Opportunity']],
  ['Agency: Challis Ambulance   Run # 2019-0412', ['Challis']],
  ['went back to the ranch at Jordan to check cows, 3 hrs each way', ['Jordan']],
  ['Scene flight, LZ coordinates 45.3318 N, 108.9021 W, hay field', ['45.3318 N, 108.9021 W']],
  ['GPS 46.21, -104.55 per dispatch', ['46.21, -104.55']],
]);

kept('not places: an ambulance of no town, a home at a holiday, two readings', [
  ['arrived via ground amb from home, VSS', ['ground']],
  ['wants to be home at Christmas with grandkids', ['home']],
  ['ABG pH 7.352, 7.401 after bicarb', ['7', '352', '401']],
  ['call 555.0147 W for ride', []],
]);

family('places: a tribe by its government, a church after "through", a corner after "near", a highway with its direction', [
  ['Pt enrolled Cheyenne River Sioux Tribe, lives near Eagle Butte', ['Cheyenne River Sioux Tribe']],
  ['Gila River Indian Community member, son at bedside', ['Gila River Indian Community']],
  ['got groceries through the Second Missionary Baptist pantry', ['Second Missionary Baptist']],
  ['assaulted at the apartment near 31st and Harvard', ['31st and Harvard']],
  ['LOCATION OF CALL: HWY 24 E, 2 MI PAST THE GRAIN BINS', ['HWY 24 E']],
  ['retired CF&I steelworker, union pension', ['CF&I']],
  ["Pastor Lund from Our Savior's visited", ["Our Savior's"]],
]);

kept('not plates: a diet and a transfer', [
  ['GI- REG DIET\nPLAN- TX TO FLOOR IN AM', ['TX', 'FLOOR']],
]);

family('identifiers: a plate after "reg", a prior authorisation key, a login, an alien number, a police beat, a mission', [
  ['towed; KY reg 4471 TM per trooper', ['4471 TM']],
  ['PA submitted via CoverMyMeds key Q8ZT2RWA today', ['Q8ZT2RWA']],
  ['- User kpatel7 (scheduling) viewed results 3 times', ['kpatel7']],
  ['A-number A 211 093 448 on file with caseworker', ['A 211 093 448']],
  ['CPD on scene, Beat 1124, Ofc Nowak took report', ['1124']],
  ['FLIGHT NOTE  Mission 19-2231   from Cody', ['19-2231']],
  ['his brand is the "Rocking R Bar" per wife', ['Rocking R Bar']],
]);

family('places: a bar where a sentence is about drinking, a fire station by its number, a race by its town', [
  ['PT DRINKS "A 12 PACK A DAY" AT HOME AND AT THE BULLPEN.', ['BULLPEN']],
  ['states he drank at the Lamplighter most nights before admission', ['Lamplighter']],
  ['retired Omaha firefighter (Station 22), wife at bedside', ['Station 22']],
  ['pt ran the Fargo marathon in May, no cardiac hx', ['Fargo']],
  ['SCHOOL NURSE RECORD\nP.S. 41 Soundview, Bronx\n03/02/2023', ['Bronx']],
]);

kept('not bars: a lodge, a holiday', [
  ['WIFE STATES PT HAD "A FEW BEERS" AT THE LODGE.', ['LODGE']],
  ['drinks at the holidays only, per daughter', ['holidays']],
]);

family('places: a school "for the Deaf", an island abbreviated, a parish after "called", a chain before its road', [
  ['both work at the Hartwell School for the Deaf in Hartwell', ['Hartwell School for the Deaf']],
  ['daughter phoned from Staten Is, will come tomorrow', ['Staten Is']],
  ['requests a Maronite priest - called Our Lady of the Cedars', ['Our Lady of the Cedars']],
  ["Dispatched 0610 to Casey's on Hwy 30 for unresponsive male", ["Casey's"]],
]);

kept('not an island: a question after a town', [['Is she from Boston? Is it ok to call', ['Is', 'it']]]);

family("places: a town before its own service's trade, a causeway or a skyway named with 'the'", [
  ['youngest son Liam is a Worcester firefighter, coming after shift', ['Worcester']],
  ['DTR, A PROVIDENCE POLICE OFFICER, AT BEDSIDE', ['PROVIDENCE']],
  ['wife drove across the Causeway from Mandeville at 0200', ['Causeway']],
]);

kept('not towns: a people before a trade', [['she is a Haitian paramedic, works nights', ['Haitian']]]);

family('places: a numbered street in capitals with its direction, a school number after a grade, a subway line by direction or taken from a place', [
  ['LOC: E 116 ST & PARK AVE, OUTSIDE DELI', ['E 116 ST']],
  ['School: 6th grade IS 52, counselor aware', ['IS 52']],
  ['FOUND ON SOUTHBOUND 6 PLATFORM, TRANSIT PD ON SCENE', ['6']],
  ['works in midtown, takes the 7 from Flushing daily', ['7']],
]);

kept('not lines: a dose taken some times a day', [['takes the 2 to 3 times a day with food', ['2', '3']]]);

family("names: a research subject's initials, labelled or in brackets after the subject's number", [
  ['Subject ID: 211-0031\nSubject initials: K-L-M', ['K-L-M']],
  ['Study X-220    Subject 114-009    Initials T.R.   Visit 4', ['T.R']],
  ['week 12 visit -- subject 0412-007 (D.W.B.) seen in clinic', ['D.W.B']],
]);

family('places: New York as its people write it', [
  ['found on 149 St-Grand Concourse station, uptown 5 platform, Bronx', ['149 St-Grand Concourse', 'Bronx']],
  ['Rabbi came from the family shul, Congregation Adas Yisroel, at 2100', ['Congregation Adas Yisroel']],
  ['they live in Fishtown near Nativity B.V.M., nephew drives her', ['Nativity B.V.M']],
  ['Retired FDNY firefighter (Ladder 42), WTC responder', ['Ladder 42']],
  ['wife asks for UFA paperwork, SW consulted', ['UFA']],
  ['longshoreman out of ILA Local 1233, lives in Bayonne', ['ILA Local 1233']],
  ['Lives w/ pt on West 147th in Harlem', ['West 147th']],
  ['Loc: Beach 98 St / Shore Front Pkwy', ['Beach 98 St']],
  ['NYPD Transit District 11 and ESU on scene', ['Transit District 11']],
  ["collapsed at the wake at Kim's Funeral Chapel in Palisades Park", ["Kim's Funeral Chapel"]],
  ['home health aide for Tender Hearts Home Care on Utica Ave', ['Tender Hearts Home Care']],
  ['family asked for Padre Tomas from Our Lady of Pompeii', ['Our Lady of Pompeii']],
  ["last drink after Old New Year's per son", ["Old New Year's"]],
]);

kept('not New York places: a rig, an antigen, a national union, a congregation at the bedside, a street ordinal as a day', [
  ['Engine 22 on scene, pt extricated', ['Engine']],
  ['PSA 9.2, urology to see', ['PSA']],
  ['UAW retiree, good benefits', ['UAW']],
  ['CONGREGATION VISITED, PRAYED WITH FAMILY', ['CONGREGATION', 'VISITED']],
]);

kept("not addresses: a hospital room after a clock time or a triage level", [
  ['2150 To room 3. 2 large bore IV placed', ['room', '3']],
  ['ESI 2, room 14.', ['room', '14']],
  ['TO RM 514 VIA BED W/ MONITOR', ['RM', '514']],
]);

family('places: a room in an address after its street', [['lives at 12 Elm St, Room 4, Lowell', ['Room 4']]]);

family('places and names: a parish with what it is after its name, a mill named before its town, shops and docks by their town, a capitalised town after "lives alone in", a header name after a field', [
  ['Fr. Tran from Our Lady of Lavang Mission on Chef Menteur Hwy anointed pt', ['Our Lady of Lavang Mission']],
  ['attends Holy Rosary Chapel in Chauvin every Sunday', ['Holy Rosary Chapel']],
  ['burned at the digester, Alabama River Kraft mill in Perdue Hill', ['Alabama River Kraft mill']],
  ['carman at the Hattiesburg shops for 30 yrs', ['Hattiesburg shops']],
  ['widowed, lives alone in Coden near her sister', ['Coden']],
  ['RT PROGRESS NOTE\nMICU    Pettaway, Darnell R.    MR# 1188-22-04', ['Pettaway']],
]);

kept('not a business: a person who works somewhere', [['son Brendan works in Lower Manhattan, visits weekends', ['works']]]);

family('places: parishes as a neighbourhood names them, clubs and locals, a ship, a quadrant, a park lot, festivals', [
  ['LIVES ON WATER ST UP FROM OUR LADY OF GOOD HOPE. DTR AT BEDSIDE', ['OUR LADY OF GOOD HOPE']],
  ["Pt's church St. Paul Ev. Lutheran has been called", ['St. Paul Ev. Lutheran']],
  ['GOES TO SS. CYRIL AND METHODIUS, WIFE AT BEDSIDE', ['SS. CYRIL AND METHODIUS']],
  ['works per diem as a union carpenter out of Local 33 when there is work', ['Local 33']],
  ['PT IS A MEMBER OF FREMONT EAGLES AERIE 514, WHO SENT FLOWERS', ['FREMONT EAGLES AERIE 514']],
  ['Pt belongs to Polish Falcons Nest 8 and bowls there', ['Polish Falcons Nest 8']],
  ['Rx sent to Walgreens at 79th and Halsted', ['Walgreens']],
  ['retired from Republic Steel and Wire after 30 yrs', ['Republic Steel and Wire']],
  ['son stationed on the USS Nimitz, Red Cross message sent', ['USS Nimitz']],
  ['lives with daughter off Pine Ridge Rd NW in Rochester', ['Pine Ridge Rd NW']],
  ['found in their trailer at Shady Oaks Mobile Home Park, lot 12, Flint', ['Shady Oaks Mobile Home Park, lot 12']],
  ["SAD TO MISS ST. ANTHONY'S FEAST THIS WEEKEND", ["ST. ANTHONY'S FEAST"]],
  ['Feast of the Assumption - mother asked about the noon mass', ['Feast of the Assumption']],
  ['custody case 2011 GU 00812 in probate', ['2011 GU 00812']],
  ['Was registered as "Doe, Willow" until ID confirmed', ['Doe, Willow']],
]);

kept('not places: an engine answering a call, a status in quotes, a word after a parish', [
  ['Waltham FD Engine 3, interior attack, CO 6%', ['Engine']],
  ['registered under "no information" status per security', ['information']],
  ['was at Our Lady of the Lake after the fall', ['after']],
]);
