/**
 * Shape families from the twenty-seventh round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('dates: a month and day after "date of" and the event dated', [
  ['SOCIAL WORK NOTE\nDate of service: 7/8\nPt seen with mother at bedside', ['7/8']],
  ['Date of injury 3/2, fell from ladder at work', ['3/2']],
]);

kept('not dates: a strength after "of"', [['grip strength of 4/5 bilaterally', ['4/5']]]);

family("places: a town's fire and police services by their whole name, a municipality as employer", [
  ['unit: engine 4 / ossipee fire-rescue\ncalled to the boat launch', ['ossipee fire-rescue']],
  ['brought in by canton fd after a fall on ice', ['canton fd']],
  ['Pt is a volunteer with Lake Shore VFD and plows for the town', ['Lake Shore VFD']],
  ['wife works at city of toledo water dept, will come after shift', ['city of toledo water dept']],
  ['Dept: City of Mesa Public Works -- Streets', ['City of Mesa']],
  ['medically cleared for Polk County Corrections at 1400', ['Polk County Corrections']],
]);

family("places: a city's police or fire department by its letters before its officer or report", [
  ['LMPD officer at bedside, pt under arrest', ['LMPD']],
  ['SPD detail took report # 22-1187', ['SPD']],
  ['chaplain from the cfd (cfd chaplain) sat with wife', ['cfd']],
]);

kept('not departments: a lung disease before a word of a case', [['COPD case management referral placed', ['COPD']]]);

family('places: a high school by a hyphenated name, or the second of two schools', [
  ["Pt's school (Nashoba-Regional HS) counselor called", ['Nashoba-Regional HS']],
  ['kids at Wilson Middle and Central Tech HS; youngest at home', ['Central Tech HS']],
]);

family('places: a firm named by its trade after a word of working, in any capitals', [
  ['PT IS A ROOFER W/ KOWALSKI ROOFING, FELL FROM LADDER', ['KOWALSKI ROOFING']],
  ['HPI: Roughneck with Sandhills Pressure Pumping on a well site W of town', ['Sandhills Pressure Pumping']],
  ['- Duong, Lan -- school bus driver, Valley transportation -- PPD negative', ['Valley transportation']],
  ['Carrier: Prairie Line Freight, terminal on 5th Ave', ['Prairie Line Freight']],
  ['CONSTRUCTION SITE (HARGROVE BROS. BUILDERS / SUB MESA DRYWALL)', ['HARGROVE BROS. BUILDERS', 'MESA DRYWALL']],
  ['HUSBAND -- RETIRED GULF COAST PULP MILLWRIGHT, DIABETIC', ['GULF COAST PULP']],
]);

kept('not firms: a hospital service or a public agency after a word of working', [
  ['works in Environmental Services at the hospital, nights', ['Environmental Services']],
  ['worked with Adult Protective Services on placement', ['Protective Services']],
]);

family('places: a firm in lower case before where it stands, after a word of working', [
  ['he is a machinist at acme tool in chicopee.', ['acme tool', 'chicopee']],
  ['previously worked at hood dairy in charlestown for 20 yrs', ['hood dairy in charlestown']],
]);

kept('not firms: a kind of shop before its town', [['worked at a bakery in Roslindale for years', ['bakery']]]);

family("names: a trooper's surname after his title abbreviated", [
  ['STATE POLICE TPR. WHITE CAME TO SPEAK W/ PT', ['WHITE']],
  ['Tpr. Young at bedside with accident report', ['Young']],
]);

family("places: a congregation named after its church, a port by its town, a krewe, a Greek-letter society, a shop its owner owns", [
  ['NA meets at Church of the Redeemer basement Tues nights', ['Church of the Redeemer']],
  ['To: longshore dispatch / Port of Oakland hiring hall', ['Port of Oakland']],
  ['fell from a float while riding with the Krewe of Tucks', ['Krewe of Tucks']],
  ['sophomore, lives in the Delta Gamma house, pledged in the fall', ['Delta Gamma']],
  ['SOCIAL: OWNS HADDAD MARKET ON ELM ST, WORKS 7 DAYS', ['HADDAD MARKET']],
]);

kept('not societies: a blocker by its Greek letters', [['Alpha Beta blocker started by cardiology', ['Alpha Beta']]]);

family("names: an author's and a typist's initials on the line after the dictation dates or before a document number, a clerk by initials or user name", [
  ['JOHN REARDON, M.D.\n\nD: 3/14/92\nT: 3/16/92\nJR:kls\n\ncc: file', ['JR', 'kls']],
  ['Marta Kowal, MD\nDD 04/02/05 DT 04/03/05 MK/dpw #551903\ncc: chart', ['MK', 'dpw']],
  ['dictated 6/1/2010, transcribed 6/2/2010 by KPL, document 10-0602-1187', ['KPL']],
  ['Printed 9/9/2009 10:14 by jdesouza at workstation 4E-NURS-02', ['jdesouza']],
]);

kept('not clerks: a way of typing or a department after "by"', [
  ['order set printed by pharmacy at 1400 for review', ['pharmacy']],
]);

family("places: a town's firefighter or cop", [
  ['The patient is a 54-year-old Boston firefighter admitted after a fall', ['Boston']],
  ['husband is a lowell cop, works nights', ['lowell']],
]);

kept('not towns: a sex before a firefighter', [['a 35-year-old male firefighter with asthma', ['male']]]);

family('places, names and dates: a business and where it stands with its article, an officer after his abbreviated title, "in may" closing its clause, a crossing by "+"', [
  ['PT WORKS AT THE WAWA ON FRANKFORD AVE, MOM CALLED HIS MANAGER.', ['THE WAWA ON FRANKFORD AVE']],
  ['dtr is a pharmacist at the cvs in media, asking about meds', ['the cvs in media']],
  ['PT IS UNDER PD GUARD (OFC. WATTS ROTATING W/ OTHERS).', ['WATTS']],
  ['she wants to see her son graduate in may. support given', ['may']],
  ['SHOT AT TIOGA + 17TH ST, BROUGHT BY POLICE', ['TIOGA + 17TH ST']],
]);

kept('not months: "may" before a verb', [['pt may be extubated in may be tomorrow', ['may']]]);

family('places: works named before what they are after "at", a workplace after "@" and a word of working', [
  ['Worked 22 yrs at Sparrows refinery loading dock until laid off', ['Sparrows']],
  ['Kayla Brandt 24F -- bartender @ Rusty Nail / Fishtown. cut L hand', ['Rusty Nail']],
  ['barista @ cafe lumen (fremont) -- steam burn R wrist', ['cafe lumen']],
]);

kept('not workplaces: a setting after "@"', [['O2 @ 2L nc, heparin gtt @ 10 units', ['2L']]]);
