/**
 * Shapes from stop 48's development work: a club's post after a sentence in capitals, a rural grid house number, and the
 * sets written at stop 48. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a veterans\' post or a union local in capitals, after the sentence\'s own words', [
  ['BINGO AT AMERICAN LEGION POST 111 ON FRIDAYS', ['AMERICAN LEGION POST 111']],
  ['DRINKS AT THE VFW POST 8870 MOST NIGHTS', ['VFW POST 8870']],
  ['UNION CARD STILL IN PLACE. CARPENTERS LOCAL 33 PAYS DUES', ['CARPENTERS LOCAL 33']],
]);

kept('not the sentence: the words before a post in capitals', [
  ['DRINKS AT THE VFW POST 8870 MOST NIGHTS', ['DRINKS']],
  ['UNION CARD STILL IN PLACE. CARPENTERS LOCAL 33 PAYS DUES', ['PLACE']],
]);

family('places: a rural house number with its grid letter', [
  ['Lives alone at N4418 Cty Rd A, wood stove', ['N4418 Cty Rd A']],
  ['dairy farm at W1234 County Road K, long lane', ['W1234 County Road K']],
]);

family('dates: a month alone in lower case or capitals after a word of when, in brackets, or named with another', [
  ['missed jan and feb appts. brother reports pt accusatory', ['jan and feb']],
  ['husband died this past june; dtr states pt never got over it', ['june']],
  ['purging in dorm (oct). s: "i don\'t need to be here"', ['oct']],
  ['3RD STREP THIS SCHOOL YR (OCT, DEC, NOW). TRACKING', ['OCT, DEC']],
  ['A1c 6.1 last visit (Dec), acanthosis noted', ['Dec']],
  ['PAIN IN L HIP SINCE NOVEMBER, WORSE WITH STAIRS', ['NOVEMBER']],
]);

kept('not months: a compound, a scan, a verb and decreased', [
  ['2 research cores (OCT, snap frozen, handed to CRC)', ['OCT']],
  ['(OCT) RNFL thinning both eyes', ['OCT']],
  ['you may be seen; BS dec since am (dec UOP)', ['may', 'dec']],
]);

family('ages: a list of the very old after names, a death written short, the next age coming', [
  ['TARDIFF, Elmer -- 96; guardianship granted to nephew', ['96']],
  ['1) Warren, F (93) -- blizzard crisis managed by phone', ['93']],
  ['Bereaved: Gladys Sanborn, wife, 92', ['92']],
  ['Borghild, 90 since March 30, said little but nodded', ['90']],
  ['father d. at 71 (barn fire), sister Velma d. last yr at 90.', ['90']],
  ['Pt says she is "93 going on 150 today." No c/o pain.', ['93']],
  ['Pt 93 but "94 in three weeks, make sure you bring cake."', ['94']],
  ['Pt was 96, 1 month short of 97.', ['97']],
  ['He says at 96 what\'s the worst that can happen.', ['96']],
  ['Age: 99 (the family is planning a 100th in June)', ['100th']],
]);

kept('not ages: a dose coming, a level written short', [
  ['MED has increased from 60 to 120 in 12 months', ['120']],
  ['Invega Sustenna 156 mg today, then 117 in 1 week.', ['117']],
  ['SpO2 94 in 3 days on RA; HR 95 going on 120', ['94', '95']],
]);

family('places: a numbered street after "on" in capitals keeps to the street', [['PT LIVES ON 4TH ST NW, AUSTIN.', ['4TH ST NW']]]);

kept('not the street: the last letter of "ON"', [['PT LIVES ON 4TH ST NW, AUSTIN.', ['ON']]]);

family('places: outdoor places, places of resort and trucking firms after a word of where, in capitals too; mile markers', [
  ['HEAT ILLNESS. FOUND BY RANGER ON BRIGHT ANGEL TRAIL 1/2 MI BELOW 3-MILE RESTHOUSE.', ['BRIGHT ANGEL TRAIL', '3-MILE RESTHOUSE']],
  ['BITTEN ON HIKE AT SABINO CANYON - LIZARD LATCHED ON', ['SABINO CANYON']],
  ['PT WORKS AS DEALER AT THE GOLDEN SPUR CASINO IN ELKO, CAME FROM WORK.', ['GOLDEN SPUR CASINO']],
  ['ATV ROLLOVER IN SAND DUNES AT LITTLE SAHARA RECREATION AREA NEAR NEPHI.', ['LITTLE SAHARA RECREATION AREA']],
  ['29 YOM LINEMAN FOR HIGH PLAINS ELECTRIC COOP, CONTACTED 7,200 V LINE', ['HIGH PLAINS ELECTRIC COOP']],
  ['TX APPORTIONED PLATE. CARRIER LONE STAR FREIGHTWAYS, DISPATCH NOTIFIED.', ['LONE STAR FREIGHTWAYS']],
  ['US-191 APPROX 4 MI NORTH OF GANADO AT MP 451. PT DRIVER OF F-150', ['MP 451']],
  ['boat collision near the Grand Glaize arm, mile marker 18. Two vessels', ['mile marker 18']],
]);

kept('not places: an event before the place, one everyday word before a firm\'s kind, a joint', [
  ['S/P EX-FIX FROM RAFTING ACCIDENT WESTWATER CANYON', ['RAFTING', 'ACCIDENT']],
  ['PT IS A LINEMAN FOR THE ELECTRIC CO-OP, CONTACTED LINE', ['ELECTRIC']],
  ['R 2ND MP JOINT SWELLING, MP 33 TENDER', ['MP', '33']],
]);

family('names: a dictator\'s capitals before a typist\'s initials after a colon, whatever the capitals spell', [
  ['Dorothy K. Albright, M.D.\nDermatology\n\nDKA:mr', ['DKA', 'mr']],
  ['Mitchell A. Berg, MD\nMAB:cl   Job 5580143', ['MAB', 'cl']],
]);

family('places: a school by its name and what it is, wherever it stands', [
  ['Lincoln County Schools - Vision Screening Referral\n10/24/2017', ['Lincoln County Schools']],
  ['Okmulgee High School - Health Office Note', ['Okmulgee High School']],
  ['Mrs. Pickens (ELA, Whitthorne Middle): inattention 2s and 3s', ['Whitthorne Middle']],
  ['Bienvenu Ngoy, 16M, Capital High School soccer.', ['Capital High School']],
]);

kept('not schools: a level, a risk, a sentence in capitals, a kind of school, a surname', [
  ['Fall Risk High, bed alarm on', ['Fall', 'Risk', 'High']],
  ['MOTHER WANTS SCHOOL NOTE; Sunday School teacher; Medical School interview', ['MOTHER', 'WANTS', 'Sunday', 'Medical']],
  ['Wife Darlene High Elk at bedside', ['Wife']],
]);

family('ages: the very old in a table\'s or a list\'s columns after their names', [
  ['2  | Gossett, Alma | 96 | 1/3 | cough, T 100.6 | Flu A +', ['96']],
  ['Baptiste, Hélène [94] ....... 96.2 / 97.0 / -0.8', ['94']],
  ['Vinson, Iola ......... 107 ... apt 12', ['107']],
  ['- H. M. Gaines, 103 — see chaplain notes', ['103']],
  ['Pt Lorenzo Baca · 99 · Dodge City, KS · 8/8/2025', ['99']],
  ['301A  Abernathy, Lois             93    yes (self)       L deltoid 0915', ['93']],
  ['Res Helena Friesen, 97 as of two days ago', ['97']],
]);

family('ages: age and sex after a column or a room, a label of when, a possessive ordinal, words', [
  ['PT: Whitcombe, Harriet A.   97/F   ACCT GCR-58120', ['97']],
  ['rm 3 97/M CHF — 2 lb up, extra Lasix given', ['97']],
  ['a/p: 97m hfpef, ckd 3, stable', ['97']],
  ['Resident: Leota Hammerschmidt   Age on date of feature: 104', ['104']],
  ["Subject: Babi's 105th — photos + plan", ['105th']],
  ['Happy 102nd to Nonna from all of us!', ['102nd']],
  ['She says she is "ninety-some, old enough."', ['ninety-some']],
  ['resident replied "I\'m going on a hundred" — she turned 100 in April', ['a hundred']],
]);

family('ages: the very old quoting themselves in their own languages', [
  ['told everyone "ich bin hundertdrei Jahre alt, I sing what I like."', ['hundertdrei']],
  ['Told me "Ich bin neunundneunzig, Herr Pastor."', ['neunundneunzig']],
  ['Pt said "je mi devadesát šest, doktore."', ['devadesát šest']],
  ['said in Bosnian she is "devedeset i tri" — daughter translating', ['devedeset i tri']],
  ['Said in Polish "mam dziewięćdziesiąt sześć lat" and laughed', ['dziewięćdziesiąt sześć']],
  ['"J\'ai quatre-vingt-douze ans, je suis pas prête."', ['quatre-vingt-douze']],
  ['12/8/2024 · Trần Văn Bảy · 97 tuổi · home', ['97']],
]);

kept('not ages: readings in a row, pounds, a cent', [['Glucose    96    98    101; lost ninety-some pounds; one cent each', ['96', 'ninety-some', 'cent']]]);

family('ages: a roster line by "LAST, First", a couple\'s two ages, an age to come or on the sheet', [
  ['Albright, Walter ...... 101 ... apt 3', ['101']],
  ['205  MCGRATH, FRANCIS X.      98   bedbound, Hoyer', ['98']],
  ['207 Opal & Lester Bray (93 / 95) — Lester up to BR x3', ['93', '95']],
  ['Walter and Elsie Pagenkopf — 94 and 91 — at Alma Manor, first Monday', ['94', '91']],
  ['Waldrop, Irene 99/F (intake sheet said 98/F; DOB recalculated)', ['99']],
  ['decided: "I\'d like to see 100, so yes."', ['100']],
  ['Daughter Tammy said Mama would be 92 on Easter and wants to make it', ['92']],
  ['face sheet still says 96 — office notified', ['96']],
]);

kept('not ages: a lab\'s table by its test and kind', [['Glucose, Fasting    96    98', ['96', '98']]]);

kept('not names: a role after the patient or a relation, in capitals or lower case', [
  ['MVC. PT DRIVER OF 2006 F-150, RESTRAINED. OTHER DRIVER DECEASED ON SCENE.', ['DRIVER']],
  ['PT NAME PER OFFICER: TREVON ASKEW; pt name confirmed', ['NAME', 'name']],
]);

family('vehicles, places and names: a fleet\'s number after "#", a county\'s field, a writer\'s initials glued to a closing dash', [
  ['charter motorcoach (MCI J4500, fleet #612) carrying a church group', ['612']],
  ['Date: 08-03-2022    County: Cherokee', ['Cherokee']],
  ['fasting, 94 at HS. No coverage needed. —CA', ['CA']],
  ['or go to ED if brisk bleeding. —mg', ['mg']],
]);

kept('not vehicles or initials: a bus route, an order after a spaced dash, the people of a county', [
  ['pt can take Metro bus #4 and rides bus #14 home', ['4', '14']],
  ['Plan: see above. — PRN', ['PRN']],
  ['speaks Cherokee at home', ['Cherokee']],
]);

family('numbers: an extension after a role, a police cruiser\'s number', [
  ['Sylvie Daigle, hospice pharmacy liaison, ext 214.', ['214']],
  ['Officer arrived 1205 (cruiser #C-14), forced back door', ['C-14']],
]);

kept('not initials or extensions: a system\'s lines, wound days', [
  ['GI:npo\nRESP:cta\nBP/HR stable', ['npo', 'cta']],
  ['Wound care x 214 days so far', ['214']],
]);

family('places: a named street after its direction letter, in capitals too', [['CALLED VALLEY RESPITE CENTER (W MADISON ST, PHOENIX) - BED AVAILABLE', ['W MADISON ST']]]);

kept('not streets: a possessive\'s s before a doctor, a sentence\'s words', [["PT'S PCP DR HALE AWARE; DAUGHTER'S ON ADAMS ST", ['PCP', "PT'S"]]]);
