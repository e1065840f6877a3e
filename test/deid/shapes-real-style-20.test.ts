/**
 * Shape families from the twenty-second round. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a place found with what it is inside it, and where it is, read as one place', [
  ['lives at Riverside Apartments off 12th St', ['Riverside Apartments off 12th St']],
]);

kept('not names: a unit after a number, a chapel', [
  ['lifting 40 lb at work, denies back pain', ['lb']],
  ['Pt is Catholic. Hope and Faith Chapel on level 2', ['Faith Chapel']],
]);

family('names: the surname after a clergy title, though the surname is a word', [
  ['chaplain to call Msgr. Pope at the parish house', ['Pope']],
  ['Deacon Price from her church visited', ['Price']],
  ['Imam Faith will call the family', ['Faith']],
]);

kept('not names: the clergy word as a noun, and the title itself', [
  ['Family requested an imam. Family at bedside.', ['Family']],
  ['requested imam. Called the mosque on Ford Rd', ['Called']],
  ['Family requested an imam. Imam Yusuf Abdi came', ['Imam']],
]);

family('places: a company by its legal form', [
  ['Great Lakes Castings, Inc.\nAttn: Sandra Veldman', ['Great Lakes Castings']],
  ['employed by Midwest Precision Tool, Inc. as a machinist', ['Midwest Precision Tool']],
  ['TO: RIVERBEND FARMS, INC. RE: work status', ['RIVERBEND FARMS']],
]);

kept('not places or names: an incision in capitals, an office a letter is addressed to', [
  ['ABD SOFT. MIDLINE INC C/D/I', ['MIDLINE']],
  ['Attn: Human Resources / Sandra Veldman', ['Human Resources']],
  ['Attn: Billing Dept', ['Billing']],
]);

family("numbers: a record's or a case's number written like a range", [
  ['RESIDENT: GREENLEE, ARCHIE      ROOM 22      MED REC 83-119', ['83-119']],
  ['Patient: Mrs. Essie Knighten   Case no. 78-214', ['78-214']],
]);

kept('not identifiers: a reference range', [
  ['K 3.9 (ref 3.5-5.0), glucose 104 (ref range 70-110)', ['3.5-5.0', '70-110']],
]);

family('places: a ZIP code after a state written out, a state in its older abbreviation, a state route, a dotted rural route', [
  ['HILLSBORO, KANSAS 67063', ['67063']],
  ['Tulsa Oklahoma 74105', ['74105']],
  ['PUSHMATAHA COUNTY HEALTH DEPT\nANTLERS, OKLA.', ['ANTLERS']],
  ['Pt farms with son Gary off St. Rt. 49 near town', ['St. Rt. 49']],
  ['Address: R.R. 3, Spencer, Indiana', ['R.R. 3']],
  ['walking along Cliff Gookin Blvd near the Sonic when struck', ['Sonic']],
]);

family('dates: the lunar new year with its accent', [
  ['plan: visit after Tết, family focused on holiday', ['Tết']],
]);

family("names: a typist's initials after the signature's slash", [
  ['RTC 1 MO.\nD. WESLEY, PA-C / DM:kj', ['DM', 'kj']],
  ['SAFETY REP NOTIFIED.\nR. ECKSTEIN, MD / TRANS JLM 3/28/89', ['JLM']],
  ['son Willie brings her in.\nJ.T. Hawkins, M.D. / tr ER', ['ER']],
]);

family('places: a business named with its trade after the name', [
  ['Bactrim DS bid x 14d to Delta Drug in Helena', ['Delta Drug']],
  ['no phone in home; nearest phone at Tartt\'s Grocery', ["Tartt's Grocery"]],
  ['furniture shop owner (Bontrager Woodworking)', ['Bontrager Woodworking']],
]);

family('names: dotted initials and a surname after a relation; a name after "interp:"', [
  ['REFILL READY. NEIGHBOR J.B. SWIMMER WILL PICK UP.', ['J.B. SWIMMER']],
  ['dos 6/2/2021\ninterp: tina langidrik (marshallese)', ['tina langidrik']],
]);

family('names: a nickname in quotes after a comma, a role or "everybody else", or inside a name', [
  ['Her husband, "Pug", drove her in', ['Pug']],
  ['Violence interrupter "Slim" came by', ['Slim']],
  ['kids call him tutu man, everybody else "Pops".', ['Pops']],
  ['hunting buddies (Cody Necaise and "Boo" Ladner)', ['Boo']],
]);

kept('not names: what a patient calls everyone', [
  ['Pt calls everyone "baby". Slept well', ['baby']],
  ['calls everybody "darling", pleasant', ['darling']],
]);

family("places: a city's precincts, numbered schools, expressways and subway lines", [
  ['Retired NYPD sgt (1st Pct), lives in Hempstead', ['1st Pct']],
  ['P.S. 48 Joseph R. Drake, Hunts Point', ['P.S. 48 Joseph R. Drake']],
  ['diabetic, on insulin, takes kids to ps 158 every morning', ['ps 158']],
  ['16 y/o 10th grader at Lincoln HS with headache', ['Lincoln HS']],
  ['FOUND WALKING ON THE SHOULDER OF THE THRUWAY.', ['THRUWAY']],
  ['LOC: LONG ISLAND EXPWY EB AT EXIT 40', ['LONG ISLAND EXPWY']],
  ['works on the Upper East Side, long commute on the 7 to the Q', ['7', 'Q']],
  ['brought by NYPD from 168th St station (A/C/1) after', ['A/C/1']],
]);

kept("not places: a ventilator's pressure support, a line or a number in clinical prose", [
  ['weaned to PS 10/5, tolerating well', ['PS 10']],
  ['titrated up to the 4 today, no change', ['4']],
]);

family('places: a station, terminal, armory or preserve after its name; the Bronx with its article', [
  ['HOMELESS ~3 YRS, SLEEPS IN PENN STATION.', ['PENN STATION']],
  ['PICKED UP BY POLICE IN PORT AUTHORITY BUS TERMINAL', ['PORT AUTHORITY BUS TERMINAL']],
  ['was robbed at Franklin Ave Armory last week', ['Franklin Ave Armory']],
  ['67 Y/O RETIRED GARMENT CUTTER FROM THE BRONX.', ['BRONX']],
]);

family('ages: 90 and over in brackets after a verb or a kinship word', [
  ['CIWA 8. MOTHER ANNIE (IS 93) AT BEDSIDE', ['93']],
  ['2 visits by Pearl (daughter, 90) this week', ['90']],
]);

kept("not ages: a reading's earlier value in brackets", [
  ['HR 88 (was 92), BP 118/70', ['92']],
]);

family('names: the dead by their given name, between a word of when and a word of dying', [
  ['It has been a little over a month since Frank died on January 4.', ['Frank']],
  ['she has not slept well after Grace passed in May', ['Grace']],
]);

kept('not names: a relative or an organ that died', [
  ['grieving since Mom died last year', ['Mom']],
]);

kept("not names or places: what the recall preset's wide margin proposed from everyday words", [
  ['PT BACK FROM PACU 1620. DTR SPEAKS SPANISH ONLY', ['SPEAKS', 'SPANISH']],
  ['PMH:\n- HTN\n- CKD\n-OSA\n-CAD', ['OSA']],
  ['dressing change at wound center tues', ['wound center']],
]);

family('names: a trauma alias with the sex, a name after doña', [
  ['Pt remains unidentified - registered as "Unknown Male Tango" until ID', ['Unknown Male Tango']],
  ["adult children; and pt's mother, doña Providencia, at bedside", ['Providencia']],
]);

family("dates and identifiers: Valentine's without its day, a portal username, a radio call sign", [
  ["asks about flying to see grandkids in Killeen for Valentine's - advised no flying", ["Valentine's"]],
  ['message sent to patient via portal (username lpritchard88)', ['lpritchard88']],
  ['ham radio? pt is licensed (call sign KD8RWX)', ['KD8RWX']],
]);
