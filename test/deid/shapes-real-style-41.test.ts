/**
 * Shapes from stop 53's development work on lower-case outreach logs of the Pacific Northwest and home-health notes of the
 * Deep South: the day and the town on a log's title line, numbered streets by their direction, corners and blocks,
 * interstates and plates in lower case, codes typed in lower case, congregations and suppliers by their kind, kin words of
 * the South, the rest of a list of people, people heading a log's lines with a dash, a month alone in lower case, and a place
 * of a lower-case note repeated bare. Each example is our own, written
 * for this test.
 */
import { family, kept } from './shape-helpers.js';

// A lower-case note needs enough words to be read as one (lower-case.ts).
const LOWER = 'quiet visit today, pt resting in the recliner, wife at bedside, no new complaints.\n';

family('the day on a log\'s short title line', [
  ['tacoma outreach 2/6 — cold snap, 19F overnight\njo and reggie on the truck, 4 to the mission overflow.', ['2/6']],
  ['everett ssp — casino rd site, 3/5\nstaff: june. exchange 2,300 out, 2,050 back.', ['3/5']],
]);

family('the town leading a log\'s title line, the day beside it', [
  ['salem 2/13\nabe drove maddie to ob, all good. she is not using.', ['salem']],
  ['olympia 4/11 — court day\ncass went w/ chet to his hearing, he cried after.', ['olympia']],
  ['3/9, salem\nmaddie delivered 3/8, baby girl, both doing ok.', ['salem']],
]);

family('numbered streets by their direction, corners and blocks', [
  ['springwater corridor between se 111th and se 122nd: ~30 structures', ['se 111th', 'se 122nd']],
  ['found him back on nw 6th, dry clothes from the hospital, ok.', ['nw 6th']],
  ['evening outreach\n3rd and pine then walked up to the market', ['3rd and pine']],
  ['portland ssp 5/7, 82nd & division\ncy + marisela at the table', ['82nd & division']],
  ['e sprague ave walk (1900 blk to 3100 blk)\nrosie in the doorway again', ['1900 blk', '3100 blk']],
]);

family('interstates, plates and codes typed in lower case', [
  ['couple under the i-705 ramp had a propane heater inside the tent', ['i-705']],
  ['rv 2: no one home. plate wa BNR 6620, a parking ticket on it dated 3/30.', ['BNR 6620']],
  ['applied for liheap w him, app #lh-2209817. standing ride #rr-48291.', ['lh-2209817', 'rr-48291']],
  ['funeral insurance w century funeral home, policy cfh-02288.', ['cfh-02288']],
]);

family('congregations and suppliers named by their kind in a lower-case note', [
  [`${LOWER}turn at the sign for pine grove cme, last house on the dirt road.`, ['pine grove']],
  [`${LOWER}raised cogic at new light cogic in lambert.`, ['new light']],
  [`${LOWER}pump supplies from tuscaloosa home infusion, order placed.`, ['tuscaloosa']],
  [`${LOWER}funeral pre-arranged w pettway funeral service.`, ['pettway']],
]);

family('kin words of the South before a name', [
  [`${LOWER}auntie grace (60s, camp elder) says 2 ods this wk.`, ['grace']],
  [`${LOWER}her mama june couldnt come, has the flu.`, ['june']],
]);

family('the rest of a list of people once half are named', [
  ['team huddle 5/20\npresent: ana, mt, jo, al, bea, sam, kiki, tomas\n\n1. sweeps posted for 5/28.', ['ana', 'al']],
  ['am outreach 3/11 - mt/jo\nsite: upper bench off the trail, 14 tents counted', ['mt']],
]);

family('a month alone in lower case, and holidays as a phone types them', [
  ['started sertraline sept. she thinks it is still december.', ['sept', 'december']],
  ['missed visits in may (3), june (4), july (2) per log', ['june', 'july']],
  ['1/3/25 (busy after new yrs)\nmarcus ODd new yrs eve, 3 narcan. wound clinic 2/14 (vday lol)', ['new yrs', 'new yrs eve', 'vday']],
]);

family('a day, a month and a name on separate lines', [['everett ssp 5/28\njune + ollie on the table\nmarcus came by', ['5/28']]]);

family('a place of a lower-case note found once, repeated bare', [
  [`${LOWER}route: the tideflats then the dome lots\n4 people to the tideflats mission overflow, called ahead.`, ['tideflats']],
]);

family('people heading the lines of a lower-case log with a dash, once two are named', [
  ['everett ssp 5/28\njune + ollie\nmarcus — wk 5, missed 2\nkevin — rna neg\npepper — uti sx, macrobid', ['pepper']],
]);

family('a date after a line that speaks of pain', [['E 2/11 3-11\nFOCUS: CHEST PAIN\nD: 61 YO M ADM 2/10 W/ ANT MI, S/P LYTICS', ['2/10']]]);

kept('not dates, places, codes or people: pages, scores, abbreviations, prefixes, ordinals, isotopes and credentials', [
  ['TRAUMA RECORD  Pg 1/3\nMOI: fall from ladder', ['1/3']],
  ['SEM 2/6, RUE 4/5\nGCS 15, pain 0/10', ['2/6', '4/5']],
  ['PAIN:\n4/10 on movement, 2/10 at rest', ['4/10']],
  ['geri psych - reminiscence group\npt told the group about her first job.', ['geri']],
  [`${LOWER}upper respiratory sx x3d, attended cme on sepsis last wk.`, ['upper respiratory', 'cme']],
  ['lead risk: housing built pre-1978, level 2 mcg/dL.', ['pre-1978']],
  ['the 3rd and final dose given. dining room and 2nd floor lounge are hot.', ['final', 'dining room']],
  ['i-131 therapy planned for the thyroid.', ['i-131']],
  [`${LOWER}pt, wife, dtr and son present for the meeting.`, ['wife', 'dtr', 'son']],
  ['seen by Ana Ruiz, LPN and Tom Hale, MSW today.', ['LPN', 'MSW']],
  ['black stools since about the 24th and lightheadedness when standing.', ['lightheadedness']],
  ['everett ssp 5/28\njune + ollie\nmarcus — wk 5\ntawny — ok\npark ranger — asked us to move the van\nplan — back thurs', ['park ranger', 'plan']],
  ['may need aug for the uti; oct scan next wk; dec BS R base.', ['may', 'aug', 'oct', 'dec']],
]);
