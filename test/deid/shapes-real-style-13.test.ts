/**
 * Shape families from the fifteenth round (data/deid/dev-real-style-74 and after, and the development
 * sets' remaining misses): staff named after their role with no title (a dietitian, a case manager, a
 * physician assistant, a social worker). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: a colleague after a role word, where the phrase ends with the name', [
  ['pt refusing tube feeds, DIETITIAN MARCH CONSULTED.', ['MARCH']],
  ['DISPO: SNF VS HOME, CM GARDNER FOLLOWING.', ['GARDNER']],
  ['wound check 2/25 with PA Finch; staples out at rehab', ['Finch']],
  ['social worker Patience x6-2041 to see family', ['Patience']],
  ['call from county APS worker Hale (617 555 0143) re placement', ['Hale']],
]);

kept('names: what notes write after a role is no name', [
  ['ONC NURSE NAVIGATOR CALL 9/30: PT DOING WELL. TECH CALL BELL IN REACH.', ['CALL']],
  ['CXR PA AND LATERAL NEG. PA PRESSURES 40/20. PT NEVER MARRIED. HCP FORM ON CHART.', ['PA', 'NEVER', 'FORM']],
]);

family('ages: 90 and over right after a name found anywhere, a nickname in brackets between', [
  ['son lorenzo called, pt (amadeo) 94, fell at home', ['94']],
  ['OT: pt Whitcombe, Adelaide ("Addie") 93.  ADLs min A', ['93']],
  ['res Hortensia Vale (97) back from dtr\'s', ['97']],
  ['hospice calling re benedetto salas 91, actively dying', ['91']],
]);

kept('ages: readings, doses and durations after a name stay', [
  ['seen by Dr Weiss 90 min later; per Ramsey 92/60', ['90', '92']],
  ['Dr. Okafor 95% sure. temp per Ramsey 98.6.', ['95', '98']],
]);

family('ages: a name in capitals before IS, the age on the chart or as given, an ordinal after a possessive', [
  ['AUGUSTINE IS 95  PT\'S SISTER  SHE IS HOH', ['95']],
  ['she gives her age as 93; age per chart: 94', ['93', '94']],
  ['dtr says pt\'s 100th was last spring', ['100']],
]);

kept('ages: a lab in capitals before IS, a percentile after a possessive', [
  ['SODIUM IS 95  K IS 3.1. weight at her 95th percentile', ['95']],
]);

family('phones: a local number that no range writes, and pagers written around their label', [
  ['NURSE COORDINATOR DALE PRUITT 555-0754. will call you; line 555-8157.', ['555-0754', '555-8157']],
  ["wants update from dr okoro ; pg'd 6614, awaiting call back", ['6614']],
  ['Pager for Dr Lindqvist 5519 if sudden vision loss. interpreter (pgr 212)', ['5519', '212']],
  ['pg resident 3317 x2 for icp 24 at 0240', ['3317']],
]);

kept('phones: a clock time after paging stays', [
  ['paged team 1500 re bp. paged 3 times. pg\'d dr hale 0230', ['1500', '0230']],
]);

family('dates: month/day pairs listed together in one month, the days rising', [
  ['seen by pt/ot 4/3, 4/5 and 4/6. amb 40ft w/ rw', ['4/3', '4/5', '4/6']],
  ['fell twice this week (10/8 and 10/10) at home', ['10/8', '10/10']],
]);

kept('dates: full scores listed together stay', [
  ['strength 5/5 and 5/5 bilat, pupils 3/3', ['5/5']],
]);

family('phones: a capital X glued to an extension, and a name before its number with the label in brackets', [
  ['ID CLINIC NURSE ROSA CALLED (X4471).', ['4471']],
  ['numbers: francine 555-0195, walter (work) 555-0103', ['walter', '555-0103']],
]);

family('places and dates: a street with its direction and no number, a concourse, a month-day-year with dashes, a padded date before a clock time', [
  ['SCENE WAS CHENE @ E. GRAND BLVD OUTSIDE THE STORE', ['E. GRAND BLVD']],
  ['CO incident, 1180 Grand Concourse, apt 3B', ['1180 Grand Concourse']],
  ['MICU ADMIT NURSING NOTE Jul-23-2019', ['Jul-23-2019']],
  ['RT VENT CHECK  12/04  0400', ['12/04']],
]);

kept('places: a street word that names no street, in capitals', [
  ['GAIT STEADY. PT ASKED FOR STREET SHOES. NO AVE OR BLVD', ['STREET', 'AVE', 'BLVD']],
]);

family('identifiers: a shield with no hash, an ambulance run number, an officer\'s number with letters', [
  ['EMT Okafor shield 2960 and Medic Brennan shield 10922', ['2960', '10922']],
  ['Harborview Ambulance - run 07-312   7/14/07', ['07-312']],
  ['Campus police Ofc Lindqvist #U-62 at bedside', ['U-62']],
]);

family('places: a named bridge, block of flats, quarry or mine', [
  ['jumper from the Purple People Bridge per 911 caller', ['Purple People Bridge']],
  ['Lives at the Trailside Apartments off 32nd Ave S.', ['Trailside Apartments']],
  ['AFTER DIVING INTO MILLER\'S QUARRY 7/4', ["MILLER'S QUARRY"]],
]);

kept('places: a dental bridge and everyday words before a head word in capitals stay', [
  ['PT HAS UPPER BRIDGE. GOLD MINE OF INFO. the mall was closed', ['UPPER', 'GOLD', 'mall']],
]);

family('places: a county in brackets, a neighbourhood after "lives in the", a street named bare after a home or a shop, a corner', [
  ['lives out by gnaw bone (brown co, IN) off sr 46', ['brown co']],
  ['pt lives in the Fifth Ward, the apts on Lyons across from the church', ['Fifth Ward', 'Lyons']],
  ['Lives at an SRO in the Tenderloin. PCP at the clinic on Downing.', ['Tenderloin', 'Downing']],
  ['lives above the tavern on kinnickinnic; bungalow on 83rd "between Cottage and King Dr."', ['kinnickinnic', '83rd', 'Cottage and King Dr']],
]);

kept('places: what someone lives on, a weekday after church, a region or the army after "in the"', [
  ['lives on disability. at church on Sunday. lives with wife in the US Army. moved to the Midwest', ['disability', 'Sunday', 'US', 'Army', 'Midwest']],
]);

family('names: a log entry\'s writer after its date and time', [
  ['09/03 1015 JK -- Initial assessment. Pt lives alone\n09/04 1500 RB (covering) -- SNF accepted', ['JK', 'RB']],
]);

kept('names: a role after a log entry\'s date and time', [
  ['7/9 1000 SW -- met family. 7/9 1100 RN -- pt resting', ['SW', 'RN']],
]);

family('places: a town that is an everyday word before its county or state code in brackets or after a comma', [
  ['trailer outside shade (athens co) by the river', ['shade']],
  ['PT IS A 71 YO M FROM HAPPY (TX, SWISHER CO)', ['HAPPY']],
  ['pt 80 m from protection, ks -- lives out past the elevator', ['protection']],
]);

kept('places: a truck before its plate\'s state stays', [
  ['in ED lot since admit -- 2009 silverado, WV plate', ['silverado']],
]);

family('dates: a date right after "ladder" or "ambulance" is no unit number', [
  ['pt s/p fall from ladder 9/28 at his camp; came by ambulance 6/11', ['9/28', '6/11']],
]);

family('dates: month-day with a dash dated by the note\'s other dash dates, or by "@" and a clock time', [
  ['HEPARIN STARTED 2-14. DEVELOPED CHB 2-15, PACER PLACED 2-15. 2-16 HYPOTENSION', ['2-15', '2-16']],
  ['NPO/NG 8-3 TO 8-7, DIET ADV 8-8. DTs 8-4 TO 8-6', ['8-3', '8-8', '8-4']],
  ['NOT TPA CANDIDATE (LKW 1-5 @ 2100, FOUND 1-6 @ 0700)', ['1-5', '1-6']],
]);

kept('dates: spinal levels, durations and counts with a dash stay in a note with dash dates', [
  ['seen 2-14. MRI C4-5, L3-4 stenosis. RFA in 3-4 wk. 2-3L NC. tylenol 2-3 tabs. q 2-4h', ['4-5', '3-4', '2-3', '2-4']],
]);

family('places and names: a house on a western grid, a sign-out\'s patient after the bed, a surname no list knows before "aware"', [
  ['emergency card made: home 2418 w 3200 n, cedar city 84721', ['2418 w 3200 n']],
  ['lactate q4.  bed 3 mbeki - vt, amio.  re bed 12 (okwuosa), 34F', ['mbeki', 'okwuosa']],
  ['icd/lvad eval.  gustafsson aware of hr.', ['gustafsson']],
]);

kept('names: how the bed\'s patient is, after the bed', [
  ['bed 3 stable, bed 4 empty, rm 12 comfortable', ['stable', 'empty', 'comfortable']],
]);

family('places: a hotel where the family stays, and a bare street after a business named with "the"', [
  ['staying at the Bluebonnet Inn on Airline Hwy. room 118 at the Sleep Inn', ['Bluebonnet Inn', 'Sleep Inn']],
  ['at the Tenderloin SRO ("the one on Eddy w/ the blue door")', ['Eddy']],
]);

kept('places: a drug or a weekday after "the X on"', [
  ['the patient on Lasix. the ICU on Monday. the nurse on nights', ['Lasix', 'Monday', 'nights']],
]);

family('names: a deputy, detective or officer named after the rank\'s abbreviation', [
  ['at bedside 24/7 (Dep. Stroud 7a-7p, Dep. Finch 7p-7a)', ['Stroud', 'Finch']],
  ["County Sheriff's Office, Dep. R. Twilley, badge 889", ['R. Twilley']],
]);

kept('names: ranks\' abbreviations in capitals are words', [
  ['LT. LEG SWOLLEN. DEP. AFFECT. Det. card in chart', ['LEG', 'AFFECT', 'card']],
]);

family('dates: a month and a two-digit year past any day, "of" before an apostrophe\'s year, "til" and an event before "the Nth", named holidays with their time of day, a dated month/day repeated', [
  ['also Woodhull Aug 89. wife who passed in Feb of \'19', ['Aug 89', "Feb of '19"]],
  ['THEY CAN STAY TIL THE 9TH. MRI THE 12TH NO ABSCESS', ['THE 9TH', 'THE 12TH']],
  ['Fell on ice Xmas morning. sober til this past labor day.', ['Xmas', 'labor day']],
  ['Lines: L IJ TLC 12/23, R radial art 12/23, foley 12/23', ['12/23']],
]);

kept('dates: an ordinal case, shift or bone after an event word, a dose after a month', [
  ['OR tomorrow 1st case. HD TTS 2nd shift. OPEN FX 3RD AND 4TH METACARPALS. Mar 45 mg', ['1st', '2nd', '3RD', '4TH', '45']],
]);

family('names and ages: a nickname in quotes or dotted initials in brackets after a name, "I\'m a hundred", an age before YOWF', [
  ['COMPANY MAN MR THIBODEAUX ("T-BOY") CAME W/ 2 OF PT\'S CREW', ['T-BOY']],
  ['Girlfriend "Nikki" (N.W.) only approved visitor', ['N.W.']],
  ['pt herself declined: "I\'m a hundred, I decide."', ['a hundred']],
  ['PCU NSG: PT 95 YOWF, ADM 8/11 CHF', ['95']],
]);

kept('names and ages: a quote in brackets opening in lower case, "a hundred percent", YOWF itself', [
  ['Son in Las Vegas ("the ninth island") calling nightly. she\'s a hundred percent sure. PT 95 YOWF', ['ninth', 'hundred', 'YOWF']],
]);

family('names: an initial glued after the surname\'s comma, initials before a dictation mark', [
  ['Security aware. Dr. OKAFOR,R and charge RN informed.', ['OKAFOR', 'R']],
  ['cardiac rehab starting 6/27. sk/dict', ['sk']],
]);
