/**
 * Shape families from the forty-second round (places in local shorthand, a maker or insurer as an employer, a winery by its
 * kind). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a region or a part of town by "the" and its nickname, a highway by its name', [
  ['wife says he knows he is "on the Cape" but not the year', ['the Cape']],
  ['grew up on the West End near the old mill', ['the West End']],
  ['LIVES ON THE NORTH SIDE W/ DTR', ['THE NORTH SIDE']],
  ['son drove in on the Thruway overnight, here 0600', ['the Thruway']],
  ['came across the Mass Pike in the storm', ['the Mass Pike']],
]);

kept('not places: the sides of a wound or a bed, a cape worn', [
  ['drainage on the south side of the wound bed', ['south', 'side']],
  ['brought the cape she wore to the Halloween party', ['cape']],
]);

family('places: a district by one word, a town by its initials beside a hospital or a street', [
  ['grew up in Garment district, speaks to mother daily', ['Garment']],
  ['seen at St. Luke\'s Hosp in NB prior to transfer', ['NB']],
  ['intubated in FR ER, flown here', ['FR']],
  ['lives w/ sister in JP off Boylston St', ['JP']],
  ['LIVES IN THE FLATBUSH (BROOKLYN) W/ MOTHER', ['FLATBUSH']],
]);

kept('not towns: a unit, a time, a room, a common quarter', [
  ['pt seen in ED then to OR in AM', ['ED', 'OR', 'AM']],
  ['sats 93% in RA ER staff aware', ['RA']],
  ['LIVES IN THE COUNTRY, NO NEIGHBORS', ['COUNTRY']],
]);

family('places: the numbered roads of a trip', [
  ['husband came up Rte 44 to 24 to 195, 2 hrs', ['Rte 44', '24', '195']],
  ['daughter went Rte 7 because of the ice', ['Rte 7']],
  ['they took Route 2 over the mountain', ['Route 2']],
]);

kept('not roads: a range of oxygen, fingers or doses', [
  ['RT 2 to 4 L NC as needed', ['2', '4']],
  ['Rt 2 to 3 fingers numb', ['2', '3']],
  ['took Rt 6 mg dose', ['Rt', '6']],
]);

family('places: a maker or an insurer where someone works, a winery or brewery by its kind', [
  ['wife works at Cigna claims office downtown', ['Cigna']],
  ['retired from Pfizer in Groton after 30 yrs', ['Pfizer']],
  ['son runs Kessler Cellars on the lake road', ['Kessler Cellars']],
  ['tends bar at Ridgeback Brewing most nights', ['Ridgeback Brewing']],
]);

kept('not employers: a public plan, a maker\'s device', [
  ['works on Medicare paperwork w/ SW', ['Medicare']],
  ['Medtronic rep at bedside for interrogation', ['Medtronic']],
]);

family('places: streets crossing at "@" with a direction, a lettered street after a numbered one', [
  ['Incident loc: Kemper Hwy @ E. Walnut Dr, 2 car MVC', ['Kemper Hwy @ E. Walnut Dr']],
  ['stays with an aunt near 19th and K most nights', ['19th and K']],
]);

kept('not streets: ribs numbered beside a side', [
  ['fx of 11th and L 12th ribs on CT', ['L']],
]);

family('vehicles: a fishing vessel with its registry prefix', [
  ['crushed hand aboard F/V Linda Rae II at the fish pier', ['F/V Linda Rae II']],
]);

family('ages: an age hoped for, an age in brackets with whose word or when, a birthday\'s ordinal, two ages in doubt', [
  ['GRANDPA SAYS HE WILL MAKE IT TO 102, NO MATTER WHAT', ['102']],
  ['she told PT "I plan to see 100" and walked the hall', ['100']],
  ['pt (98 per son, no DOB on file) transferred from SNF', ['98']],
  ['(95 next month) family planning a party', ['95']],
  ['Age band 90+ (actual 94) for the registry', ['94']],
  ['party in the dayroom for her bday (4/2) - 101st!', ['101']],
  ['sister unsure, "98 or 99", no papers from the old country', ['98', '99']],
]);

kept('not ages: a saturation hoped for, a reading planned, a decade in words', [
  ['hoping to make it to 95% on 2 L', ['95']],
  ['wants to see 100 on the glucometer before lunch', ['100']],
  ['a widow in her nineties, lives alone', ['nineties']],
]);

family('names: a surname that is also a device after "MR." with its period in capitals', [
  ['GUIDANCE COUNSELOR MR. FOLEY CALLED RE: SCHOOL', ['FOLEY']],
]);

kept('not names: the word after a graded "MR." in an echo report', [
  ['ECHO: MODERATE MR. TRICUSPID VALVE NORMAL', ['TRICUSPID']],
]);

family('names: children listed with their ages after the family word', [
  ['Sons Tigran (6) and Aram (10 months) at home with grandmother', ['Tigran', 'Aram']],
]);

family('IDs: a home\'s door, gate or lockbox code, a caller\'s passcode', [
  ['spare key in lockbox code 8812, agency has it', ['8812']],
  ['Gate code 3390# at the end of the lane', ['3390']],
  ['UPDATE GIVEN AFTER VERIFYING PASSCODE (6620)', ['6620']],
]);

kept('not IDs: a code talked about without its number', [
  ['door code keypad broken, son let us in', ['keypad']],
]);

family('ages: an ordinal or a decade with its suffix, a patient\'s own past age, an age between dashes in a list', [
  ['DAUGHTER PLANNING A PARTY FOR HIS 101ST AT THE LEGION', ['101ST']],
  ['she is in her mid 90s and still sews', ['90s']],
  ['"I drove to church myself until I was 96," she said', ['96']],
  ['Pruitt, Odessa - 97 - shower day, skin intact', ['97']],
]);

kept('not ages: a weight the patient once was, a reading between dashes', [
  ['"I was 95 lbs when I came home"', ['95']],
  ['HR - 96 - regular', ['96']],
]);

family('dates and places: two months joined by a slash, a bank named with "&"', [
  ['boosters (Sept/Oct 2022) both given at the pharmacy', ['Sept/Oct 2022']],
  ['SS check goes to Farmers & Drovers Bank in town', ['Farmers & Drovers Bank']],
]);

family('names and places: a generation after a name with a nickname, a burial association', [
  ['spoke with grandson Walter "Buddy" Harrelson III about the plan', ['Walter "Buddy" Harrelson III']],
  ['prepaid plan with Screven Burial Association since 1971', ['Screven Burial Association']],
]);

family('places: an airfield by its ICAO code where a note speaks of flying, a helipad by its id, a trip\'s stops', [
  ['Rotor launched KOFK 0215, landed on scene 0240', ['KOFK']],
  ['FW held at KJMS for icing, departed 0610', ['KJMS']],
  ['arrived at the county helipad (SD27) 1410', ['SD27']],
  ['fixed wing from TKK via GUM to HNL overnight', ['TKK', 'GUM', 'HNL']],
]);

kept('not airfields: a drug or a respirator in capitals, a code with no flying near', [
  ['KCL 20 mEq PO given, KVO fluids', ['KCL', 'KVO']],
  ['staff in PAPR for the procedure; flight of stairs x1 with PT', ['PAPR']],
]);

family('places: a state or US highway where a route is told, towns joined where a road is closed, a town in brackets with its state', [
  ['Route: SD 34 E to I-29 N, roads dry', ['SD 34 E', 'I-29 N']],
  ['Blizzard: US-2 closed Havre to Chinook, boarding pt', ['US-2', 'Havre', 'Chinook']],
  ['From: Prairie View Hospital (Glasgow, MT) by ground', ['Glasgow']],
]);

kept('not highways: a tidal volume, a chest tube\'s output, a cannula', [
  ['Vent: A/C. VT 450, RR 16', ['VT', '450']],
  ['CT 150, 120, 90 overnight', ['CT', '150']],
  ['on NC 2 L, sats 94%', ['NC']],
]);

family('names: a Plains surname of two words after a given name found alone, or before it and its comma', [
  ['K. Olson RN / Marla Runs Through RT', ['Marla Runs Through']],
  ['Runs Above, Verna 71F admitted overnight', ['Runs Above, Verna']],
]);

family('places: an airfield code where flying is written in capitals', [
  ['FIXED WING IFT\nKGCK to KICT, no events', ['KGCK', 'KICT']],
]);

family('places: a numbered road written "Rd" where someone is placed on it', [
  ['lives 6 mi N of town on Rd 412, gravel', ['Rd 412']],
]);
