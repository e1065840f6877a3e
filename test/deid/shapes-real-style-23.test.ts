/**
 * Shape families from the twenty-fifth round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a firm by its initials after a verb of working, with periods or an "&"', [
  ['Pt retired 1994, worked at J.I. Case on the line for 31 yrs', ['J.I. Case']],
  ['RETIRED BRAKEMAN FOR THE B&O, WIFE AT BEDSIDE', ['B&O']],
  ['son works at G.E. in Schenectady, will call tonight', ['G.E.']],
]);

kept('not firms: the nation and the VA after a verb of working', [
  ['retired from U.S. Army 1988, SC 70%', ['Army']],
  ['works at the V.A. canteen part time', ['V.A.']],
]);

family('dates: a month and a day after an event that no ratio follows', [
  ['status asthmaticus, intubated in ED 2/10 after 3 days of wheeze', ['2/10']],
  ['auth approved 9/3 x 30 days per the plan', ['9/3']],
  ['Anticoag clinic RN called. First INR 3/8, goal 2-3.', ['3/8']],
]);

kept('not dates: a fraction with a count after it, the first half of a shift', [
  ['took 1/2 x 2 doses overnight', ['1/2']],
  ['first 1/2 of shift pt calm, then agitated', ['1/2']],
]);

family("names: an author's and a typist's initials after the credential's slash, before the date", [
  ['T. Nwosu MD / tn:lb  3/9/02', ['tn', 'lb']],
]);

family('places: streams by their forks, roads by a state code with a hyphen, a route and its town, freeways by number', [
  ['lives alone in a trailer up Laurel Fork past the church', ['Laurel Fork']],
  ['born at home on Right Fork of Clover Creek, midwife attended', ['Right Fork of Clover Creek']],
  ['Dispatched 1412 to WV-16 at Coalwood for a fall', ['WV-16']],
  ['Disp 0210 to 418 KY-15 North, Whitesburg, CO alarm', ['418 KY-15 North']],
  ['Call 2210. Rt 3, Hamlin, trailer behind the store.', ['Rt 3']],
  ['rear-ended on the 99 freeway near the exit', ['99 freeway']],
  ['GPS 38.1422, -81.6021.', ['38.1422, -81.6021']],
]);

kept('not roads or streams: a tumour marker and a cytokine, a surname in capitals after a title', [
  ['CA-125 trending down, IL-6 pending', ['CA-125', 'IL-6']],
]);

family('places: a county jail, a house number before a numbered street with its direction', [
  ['BOOKED INTO CALCASIEU PARISH JAIL LAST NIGHT', ['CALCASIEU PARISH JAIL']],
  ['transferred from Rusk County Detention Center by deputies', ['Rusk County Detention Center']],
  ['PT LIVES W/ DTR 455 E 149 ST APT 3C, BX', ['455 E 149 ST']],
]);

family('names and numbers: a signature with initials and a surname in capitals, a typist and a job after the dates', [
  ['was done.\n\nT. R. McGEE, M.D.\nTRM/lb   D: 8/7/89', ['T. R. McGEE']],
  ['stable for discharge.\n\nA. B. THERIOT, M.D.\nd: 1-24-83   t: 1-26-83   bf', ['bf']],
  ['Dictated: Dr. Oyelaran   DD: 10/09/92   DT: 10/10/92   #44107', ['44107']],
  ['hematemesis, BP 70/palp. Pt identifies self as "Bronco," real name per old chart', ['Bronco']],
]);

kept('not names: a unit letter joined to a number before a credential', [
  ['discharged to apt 5F. HHC RN to visit for insulin teaching', ['HHC']],
]);

family('places: bare streets at a crossing, a city by its short name, a reservation, a boat, parishes of feasts and saints', [
  ['GSW x1, pt states shot near Crenshaw and Slauson around 2300', ['Crenshaw and Slauson']],
  ['works at the liquor store at Vermont and Manchester nights', ['Vermont and Manchester']],
  ['found down at 7th and Wall, BIBA', ['7th and Wall']],
  ['came to NYC in 2019 from Conakry', ['NYC']],
  ['grew up in East L.A., moved to Pico Rivera', ['East L.A.']],
  ['lives with grandmother on the Umatilla Reservation', ['Umatilla Reservation']],
  ['deckhand on the shrimper, the Miss Kim Lan, out of Biloxi', ['Miss Kim Lan']],
  ['came off the supply vessel Bayou Runner by crane basket', ['Bayou Runner']],
  ['wife asks for a priest from Assumption parish', ['Assumption parish']],
  ['son brought the bulletin from St. Joseph the Worker', ['St. Joseph the Worker']],
  ['translated by Father Tran of St. Jude\'s, a family friend', ["St. Jude's"]],
]);

kept('not places: a table with no reservation, a weekday after a boat', [
  ['No Reservation needed for the family room', ['Reservation']],
  ['on the boat Monday morning when he fell', ['Monday']],
]);

family('names: a header of the patient before age and sex, message slips signed after each entry, nicknames in quotes with their comma', [
  ['ED PROVIDER NOTE\n10/02/2021 1422\n\nBoudreaux, Blake  41M  MRN 22-4410', ['Boudreaux, Blake']],
  ['Spoke w/ wife, told to hold Lasix today. KS\n3/22/99 11:05 AM - FOR: nurse', ['KS']],
  ['Walter J. Bostic, M.D.\nWJB:ph', ['WJB:ph']],
  ['known to the shelter staff as "Tex," sleeps at the station', ['Tex']],
]);

kept('not names: a word in quotes with its comma after a relation, in lower case', [['FHx: maternal uncle "loco," hospitalized back home', ['loco']]]);

family('places, names and ages: a Queens house number, a slip signed before an entry in military time, an age at death', [
  ['lives with her son at 104-22 89th Ave, Richmond Hill', ['104-22 89th Ave']],
  ['Moved visit to 5/09. TW\n5/09/07 1600 - SN visit done', ['TW']],
  ["pt's brother Elwood died last spring at 97, pt tearful", ['97']],
]);

kept('not ages: a time of death', [['pt died at 0412 with family at bedside', ['0412']]]);

family('places: a district by its name, a high school in brackets, an island abbreviated in brackets', [
  ['lives alone in the Strip District above the bakery', ['Strip District']],
  ['retired custodian (Central Falls HS), widowed', ['Central Falls HS']],
  ['transferred from the VA (Staten Is.) for CT', ['Staten Is']],
]);

family('places, names and dates: a form field of place, lettered county roads, state roads, interchanges, parishes of Our Mother', [
  ['Address: Possum Trot (mail at general delivery)', ['Possum Trot']],
  ['Usual residence: Difficult, Smith County', ['Difficult']],
  ['School: Prairie Lakes Community High School    Sport: track', ['Prairie Lakes Community High School']],
  ['4 kids. Parish: Seven Dolors. Call husband first', ['Seven Dolors']],
  ['let the cows out onto County Highway KK at night', ['County Highway KK']],
  ['sells sweet corn on State Road 37 in summer', ['State Road 37']],
  ['rollover at the Marquette Interchange, I-43 NB', ['Marquette Interchange']],
  ['Fr. Toma from Mother of God church came', ['Mother of God church']],
  ['Processed by: KLM   Request # 22-118', ['KLM']],
  ['Paul A. Wedeking, M.D.\nPAW:dr', ['PAW:dr']],
  ['Hala Nassar, M.D.      D/T 02/12/01/02/13/01', ['02/12/01', '02/13/01']],
]);

kept('not places: a field that names no place, a pastor in a church field', [
  ['Address: Unknown, pt homeless', ['Unknown']],
  ['Church: Pastor Ruth of the Nazarene', ['Pastor']],
]);

family('places: a scene by its field, piers and inlets, parishes of titles and saints with theirs, workplaces in brackets after a contractor', [
  ['Location: Sandpiper Shores Condominium, 3100 S Atlantic Ave', ['Sandpiper Shores Condominium']],
  ['boat returned to the Boynton Inlet dock, diver on deck', ['Boynton Inlet']],
  ['fell from the Naples Pier railing, bystander CPR', ['Naples Pier']],
  ['Fr. Gagnon from Prince of Peace came at 1800', ['Prince of Peace']],
  ['misses her friends from St. Andrew the Apostle', ['St. Andrew the Apostle']],
  ['contractor (Northern Sound Response Services) arranging his flight', ['Northern Sound Response Services']],
  ['trucking company (Kettle Falls Freight Lines) called', ['Kettle Falls Freight Lines']],
  ['transported by Sisters Fire ambulance to the ED', ['Sisters']],
]);

kept("not places: a hospital's own location, a trade in brackets, a brand after a company", [
  ['Location: Breast Unit, 2nd floor', ['Breast', 'Unit']],
  ['works as a civilian contractor (HVAC) at the base', ['HVAC']],
  ['insurance company (Blue Cross) denied the claim', ['Blue', 'Cross']],
  ['PT SPEAKS WITH FISH PIER MANAGER', ['FISH', 'PIER']],
]);

family("dates: a holiday with its year cut short", [["Pt's wife died Easter '91, lives alone since", ["Easter '91"]]]);

family('places: a trailer court abbreviated, with its lot', [['Called to Pine Hollow Trailer Ct lot 7 for a fall', ['Pine Hollow Trailer Ct lot 7']]]);

family('names and ages: a nickname in quotes in brackets after a name or beside one, an in-law with age and brackets', [
  ['91 y.o. female Odile Thibodeaux ("Sugar" to family), CHB', ['Sugar']],
  ['his cousins (Wade Ladner and "Peanut") pulled him out', ['Peanut']],
  ['mother-in-law Tran Thi Lan, 93 (COHb 22%, confused)', ['93']],
]);

kept('not names: a word in quotes in brackets after an everyday word', [['Diagnosis ("Fracture") confirmed by CT', ['Fracture']]]);

family("places: Our Lady's parishes by her title", [
  ['the funeral mass is at Our Lady Star of the Sea on Friday', ['Our Lady Star of the Sea']],
  ['PT PARISHIONER AT OUR LADY QUEEN OF PEACE, WIFE AT BEDSIDE', ['OUR LADY QUEEN OF PEACE']],
]);

family('places: a street numbered in words crossing a named one', [['takes the bus, transfers at Fourth & Alder.', ['Fourth & Alder']]]);

kept('not streets: ordinals in words joined by "and"', [['the Fifth and Final round of chemo', ['Fifth', 'Final']]]);

family('places: a parish with "parish" after its name in lower case', [['a lifelong member of St. Hedwig parish, wants communion', ['St. Hedwig parish']]]);
