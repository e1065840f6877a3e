/**
 * Shapes from stop 47's development work: the parties of a claim named after their labels, and the sets written at stop 47.
 * Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: the parties of a claim after their labels, "LAST, First" in either case', [
  ['1. Employee: WALKER, Easton          2. Employer: Pascagoula Marine Ways', ['WALKER, Easton']],
  ['Employee: CHURCH, WENDELL R.   Emp ID QX-118204   DOB 02/11/1961', ['CHURCH, WENDELL R.']],
  ['Claimant: MARSH, Lorenzo   Carrier: Gulf Mutual', ['MARSH, Lorenzo']],
]);

kept('not names: what an exposure or a claim form says of the worker', [
  ['Employee: Hep B series complete 2009, anti-HBs 48', ['Hep B']],
  ['Employee: Maintenance dept, second shift', ['Maintenance']],
]);

family('vehicles: a quoted plate a witness saw, a vessel\'s and a hull\'s numbers', [
  ['driver fled in a gray pickup (partial NH plate "4RT-2") per bystander', ['4RT-2']],
  ['Security video shows partial plate "JKW 7" on the sedan', ['JKW 7']],
  ['Crewman on the scalloper, vessel no. USCG 588120, hauled out', ['USCG 588120']],
  ['Skiff on the ramp, hull no. ME 7713 AC, owner notified', ['ME 7713 AC']],
]);

kept('not vehicles: tags and plates of the body and the chart', [
  ['Skin tags "x3" removed; plate "ORIF" hardware intact', ['x3', 'ORIF']],
]);

family('vehicles: a boat named in quotes after its kind or its length, a registration\'s closing letters', [
  ['his airboat (FL reg FL 4410 TW, "Gator Belle") hit a stump', ['Gator Belle']],
  ['rented a 46-ft "Lazy Heron" houseboat, hull no. ZRT46119B525, boat ramp fall', ['Lazy Heron']],
  ['Sled (Arctic Cat ZR 600, WI reg 44170 RT) went through the ice', ['44170 RT']],
]);

kept('not boats: a fall\'s height before a quotation', [['fell 10 ft, "I just slipped" per pt, near the boat ramp', ['I', 'just', 'slipped']]]);

family('names: a signer\'s own initials after the name and its credential', [
  ['Lindsey Vanderhoof, Paramedic LV', ['LV']],
  ['T. Okonkwo, EMT-P, TO', ['TO']],
  ['R. Halvorsen, MD rh/jd', ['rh']],
]);

kept('not initials: letters after a credential that are not the signer\'s', [['Lena Marsh, Paramedic ALS', ['ALS']]]);

family('ages: a death\'s age after its year, an age in brackets on the line after a name, an age before a bracketed remark', [
  ['Widowed; husband Alvin died in 2016 at 94. She still drives to church.', ['94']],
  ['Present: daughter Ruth and husband Clement\n(96), who is hard of hearing.', ['96']],
  ['Resident: Opal Henning, 93 (signed consent herself)', ['93']],
]);

kept('not ages: readings before a bracketed remark, a decimal after "at"', [
  ['Sats 95 (room air), HR 92 (sinus), K 5.1', ['95', '92']],
  ['Infusion stopped at 93.5 mL', ['93']],
]);

family('places on the border and in its parishes: bridges by phrase or number, streets with a direction before "Calle", Mary Queen', [
  ['Contractions began as they crossed the Bridge of the Americas at 0200', ['Bridge of the Americas']],
  ['Plans to go back to Nuevo Laredo via Bridge II tonight', ['Bridge II']],
  ['Mailing address: 2210 E. Calle Jacinto, Douglas, AZ', ['2210 E. Calle Jacinto']],
  ['Parish priest Fr. Tran (Mary Queen of Vietnam) visited', ['Mary Queen of Vietnam']],
  ['Goes to Mass on Sunday at Queen of All Saints with her niece', ['Queen of All Saints']],
]);

kept('not places: a dental bridge, All Saints as the feast', [['Bridge I: cleaned. Old bridge loose.', ['Bridge']]]);

family('phones: an international number dialled from the US with 011', [['sister in Reynosa, 011-52-89-555-0133, speaks Spanish only', ['011-52-89-555-0133']]]);

kept('not an address\'s line: a form\'s next field after the postcode', [['Address on file: 2210 E. Calle Jacinto, Douglas, AZ 85607\nOrdering: per protocol', ['Ordering', 'protocol']]]);

family('places that place a person: a chain with "the" before its town, a parish outside which one stands, a named shelter', [
  ['Buys groceries at the IGA in Paintsville on Fridays', ['IGA', 'Paintsville']],
  ['Her mother sells tamales outside Our Lady of San Juan on Sundays', ['Our Lady of San Juan']],
  ['Northside Haven Shelter has a bed tonight; taxi voucher given', ['Northside Haven Shelter']],
]);

kept('not names: a creed the patient gives', [['pt identifies as "lapsed baptist." talked about work', ['lapsed', 'baptist']]]);

family('names: children listed with bare ages, a name in quotes the patient gives', [
  ['Mother Rhonda, kids Cheyenne 9, Destiny 6, Trinity 3 all seen', ['Destiny', 'Trinity']],
  ['Pt identifies as "Smoke", will not give a last name', ['Smoke']],
]);

kept('not names: a gender the patient gives', [['Pt identifies as female; pronouns she/her', ['female']]]);

family('ages as the very old are written: abbreviated persons with a period, an ordinal year, a coming birthday, a form\'s age', [
  ['Res. is 94 and asks why everyone keeps checking on her', ['94']],
  ['Pt. 97 -- born in Vilnius, came over in 1912', ['97']],
  ['Client 96, former lighthouse keeper, lives alone', ['96']],
  ['"In my 98th year I have taken up the ukulele," she says', ['98th']],
  ['Marguerite Pelletier, 91 y/o (92 in October), lives alone', ['92']],
  ['"I\'ll be 99 on the Fourth," he says', ['99']],
  ['Age on application: 93', ['93']],
  ['Went to the ninetieth-birthday party for a neighbour', ['ninetieth']],
  ['Visits her sister Rose in Chicopee Falls, 94, every Sunday', ['94']],
]);

kept('not ages: readings after an abbreviated person, a son\'s age under 90', [
  ['Pt. 45 min late to session; Res. 94 bpm', ['45', '94']],
  ['her son Paul in Boston, 55, calls weekly', ['55']],
]);

family('ages: a sex and a comma before the age, winters seen, a person "of" an age, two ages a son guesses between', [
  ['Seen by me, F, 94, alone in her room', ['94']],
  ['Resident, 91/F, fell at 0300', ['91']],
  ['He has seen 96 winters on this farm', ['96']],
  ['A woman of 98 who still walks to church', ['98']],
  ['She is about 95 or 96, per her son', ['95', '96']],
]);

kept('not ages: a grade, readings a nurse guesses between', [
  ['Grade F, 95. Sat about 92 or 93 on room air', ['95', '92', '93']],
]);

family('names: Lakota surnames in a header and after a title', [
  ['ED 11/21/2016 0150\nTwo Bulls, Marcus  31 M  MRN 220918\nCame by private vehicle', ['Two Bulls, Marcus']],
  ['Called Dr. Her Many Horses re the Lasix increase, approved', ['Her Many Horses']],
]);

family('vehicles: a locomotive by its road\'s mark and number, a rail car by its number', [
  ['Eastbound coal train, lead locomotive CSX 5520, struck the truck at the crossing', ['CSX 5520']],
  ['Pt was asleep in sleeper car 32117 when it left the rails', ['32117']],
]);

kept('not vehicles: a locomotive\'s power', [['The locomotive 4400 hp diesel was idling', ['4400']]]);

family('places: a numbered road with the way a vehicle went, a county road written "Cty Rd"', [
  ['Rear-ended while westbound US-2 approx 4 mi east of town', ['US-2']],
  ['Was driving US 30 eastbound when the deer hit', ['US 30']],
  ['Lives at 2211 Cty Rd 14 with her son', ['2211 Cty Rd 14']],
]);

family('names and places in directions and letters: a sign-off after thanks for something, a list of kids across a line, a state route and its direction', [
  ['Will be at the office till 4.\n\nThanks for everything,\nTrish\n\n--- reply ---', ['Trish']],
  ['Lives in Lynch. Kids Kaylee 10, Brayden 7,\nHope 3.\nHx: none', ['Hope']],
  ['DIRECTIONS: KY 15 north out of town, left at the church', ['KY 15']],
]);

kept('not names: what thanks are for, a direction in a sentence', [['Thanks for everything, will call back. Walked north to the car.', ['everything', 'call']]]);

family('numbers: a chart number without its sign, a sensor\'s transmitter, a registration after the state', [
  ['OKITKUN, LEO  9 M  CHART S-40117  HOME VILLAGE HOOPER BAY', ['S-40117']],
  ['Dexcom G7, transmitter ID 4KXR2P. Time in range 68%.', ['4KXR2P']],
  ['Sled: Polaris, WI registration 7712 KR, went through the ice', ['7712 KR']],
]);

kept('not chart numbers: a year of the chart', [['Per chart 2019 note, allergy to PCN', ['2019']]]);

kept('not a chart number: a house number after "chart:"', [['Pt address updated in chart: 3380 W Cermak Rd; new cell', ['chart']]]);

family('places: a numbered street by its quarter alone, a town\'s Main before the town', [
  ['Had been at her job at the Sonic on NW 23rd that evening', ['NW 23rd']],
  ['Works at the hardware store on Main in Clarksdale', ['Main']],
]);

kept('not streets: a floor, Main in a sentence', [['Moved to E 2nd floor; on Main in the car line', ['2nd', 'Main']]]);

family('places: a business by its owner and two trades', [['Her late husband ran Guidry\'s Bait and Tackle on the bayou road', ["Guidry's Bait and Tackle"]]]);

family('ages: age and sex after a note\'s label, an ordinal celebrated', [
  ['HPI: 94/F with a fall at home, no LOC', ['94']],
  ['Staff celebrated the 101st with cake and a card', ['101st']],
]);

family('places: a home\'s kind of place after its name', [
  ['Flooded home in Cambridge subdivision, LaPlace, after the storm', ['Cambridge subdivision']],
  ['Lives in Kyle, SD, Crazy Horse housing, with her grandson', ['Crazy Horse housing']],
]);

family('places: a town with its county or parish in brackets after it', [['Evacuee from Grand Chenier (Cameron Parish), arrived by bus', ['Grand Chenier']]]);
