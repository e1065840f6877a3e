/**
 * Shapes from stop 54's development work on lower-case street outreach of the desert Southwest, community paramedicine on
 * the Great Plains, Midwest discharge summaries and psychiatric unit notes: numbered streets with their suffix and no word
 * of where, a lower-case town before its state, a house number and street before the town, county roads in directions, a
 * lower-case "last, first" header with a middle initial or a column gap, a ZIP code in a labelled field, participants'
 * codes of capitals and digits, the speakers of a text-message log; and what stays: clients and case managers, languages
 * that are also names, services of medicine, a device maker's saint, a development section, temperatures in the heat, a
 * wound's stage and colour, the days of a hospital stay. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('a numbered street with its suffix, no word of where before it', [
  ['tarp moved. will move to the canal by 7th st after the cleanup, ok.', ['7th st']],
  ['site: encanto park north lot (15th ave side), hours 0800-1300', ['15th ave']],
  ['sleeping at the bus bench 7th st and roosevelt since may, lost her apt', ['7th st']],
]);

family('a lower-case town before its state\'s two letters', [
  ['pt lowell augustin, 68 m, devils lake nd. deaf since birth, asl via tablet.', ['devils lake']],
  ['attempt log\nschwab, reinhold  eureka sd\n12/2 1000 -- no answer at door, truck gone', ['eureka']],
  ['kaylin reinke, 27, 5 wk pp, new salem nd. baby doing well, 4.9 kg.', ['new salem']],
]);

family('a house number and a street with no suffix before the town', [
  ['picc / home iv antibiotic check\n1720 elm, wakeeney.\ndx: l foot osteomyelitis, iv abx day 12', ['1720 elm']],
  ['pt elsie harbaugh, 210 s cherry, syracuse. no pharmacy in the county; we deliver.', ['210 s cherry']],
]);

family('a county road by its number or letters in directions', [
  ['from town: s on rd 19 (gravel) 5 mi past the cemetery, w on rd bb 1 mi, 1st place on the s.', ['rd 19', 'rd bb']],
  ['DIRECTIONS: W ON RD K 2 MI, N ON RD 14 3/4 MI. HOUSE ON E SIDE, DOG.', ['RD K', 'RD 14']],
]);

family('a lower-case "last, first" header with a middle initial or a column gap after it', [
  ['wound care -- venous leg ulcer, unna boot\npfenninger, alois  akron  dob 11/30/1939\nr medial malleolus ulcer 3 x 2 cm', ['pfenninger, alois']],
  ['picc / home iv antibiotic check\nbecker, todd a.  44 m  dob 2/27/1980\ndx: l foot osteomyelitis, iv abx day 12', ['becker, todd a']],
]);

family('a ZIP code in a field whose label names it', [['gender: M   year of birth: 1979   zip of sleeping location: 85009\nsyringes returned: ~120', ['85009']]]);

family('a participant code of capitals, digits and capitals, with no label', [
  ['5/08/24  MA1230DW  HCV Ab REACTIVE (OraQuick, tested 5/6)\n5/09/24  MA1230DW  found at camp, goes by a nickname', ['MA1230DW']],
  ['enrolled 3 new participants:\n - KA0619BJ, M, sleeps by the dam. first time here.', ['KA0619BJ']],
]);

family('the speakers of a text-message log, each on two lines at least', [
  ['text log - work cell\n3/4/24 8:14 roz: they moved me to a bed by the door\n3/4/24 8:20 me: sorry, will ask\n3/4/24 8:22 roz: yes!! finally', ['roz']],
  ['text log - peer phone\n10/2 Lucky: i got my birth certificate!!!\n10/2 Kris: YESSS\n10/2 Lucky: dmv tuesday the 8th?', ['Lucky']],
]);

kept('roles, languages, services and sections that are also names', [
  ['MetroCard given for the visit.\nClient asks about a shelter bed - referred to intake.', ['Client']],
  ['kit delivered, supplies ok.\nJoelle Brannon, RN Case Manager', ['Case']],
  ['NURSE CASE MANAGEMENT LOG\nClaimant seen at the plant clinic.', ['CASE']],
  ['48 yo male. Language: Karen (Sgaw); phone interpreter used for the visit.', ['Karen']],
  ['Pt speaks Mam and some Spanish; Mam interpreter not available tonight.', ['Mam']],
  ['Language: Q\'anjob\'al primary; limited Spanish. Telephone interpreter used.', ["Q'anjob'al"]],
  ['Service: Internal Medicine\nAttending: on file. Admitted for cellulitis.', ['Medicine']],
  ['POD 1 s/p AVR (#23 St. Jude mechanical). CV: AV paced 80, MAP 70s.', ['Jude']],
  ['no bruises, fontanelle soft.\nDev: not sitting unsupported, smiles and coos.', ['Dev']],
  ['restarted metoprolol nightly; hx of inferior mi. labs nd today, recheck in am.', ['mi', 'nd']],
  ['outreach 0530-0900, temp at start 94F, heat warning in effect; temp inside felt ~100F, two empty jugs.', ['94F', '100F']],
  ['wounds: stage 2 sacrum, healing well; wound 25 mm, pink, no drainage noted today.', ['2 sacrum', 'healing', 'pink']],
  ['Blood pressure improved briefly. On the third hospital day she developed ascites; catheter out on the second postoperative day.', ['the third', 'the second']],
  ['text log\n10/2 me: on my way\n10/2 client: ok\n10/2 me: here\n10/2 client: coming out', ['client']],
]);
