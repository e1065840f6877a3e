/**
 * Shapes from stop 52's development work on street-outreach logs and Appalachian directions: the stops of a loop log, the
 * title line of a log typed in lower case, people at a log's bullets once two are named, staff initials in runs, keys and
 * signatures, streams and a town's own store in directions, and a street named after a place on it. Each example is our own,
 * written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('stops of a loop log', [
  ['0700 civic center park - 2 ppl asleep, ok\n0745 38th & walnut - marcus ok, socks given\n0820 union depot -- nobody', ['civic center park', '38th & walnut', 'union depot']],
  ['0615 cherry creek trail @ colorado blvd - 4 tents\n0650 walmart on prairie -- 2 cars, one family', ['cherry creek trail', 'colorado blvd', 'walmart on prairie']],
]);

family('the title line of an outreach log typed in lower case', [
  ['HARM REDUCTION VAN -- pueblo\nsite: the park lot. Arlo and Bea on the van.', ['pueblo']],
  ['bakersfield - river bed below the bridge\nArlo saw Mack, he is ok, took socks.', ['bakersfield']],
]);

family('people at the heads of a log\'s bullets once two are named', [
  ['Van stop 3/3\n- Lacey: wound ok, redressed\n- Donnie + Peanut - both ok, 20 out\n- Gravy asked for a blanket', ['Peanut', 'Gravy']],
  ['Vax clinic 5/9\n- Sarge, Birdie, Pickles, Lacey + 4 others got hep A.\n- Birdie fainted, fine in 5 min.', ['Sarge', 'Pickles']],
]);

family('a nickname explained by a full name comes back', [
  ['Rooster @ the bridge camp. Duke there too. Duke (Duane Pfeiffer) let us look at his foot.', ['Duke']],
]);

family('staff initials in a key, a run or after a signature', [
  ['PRN log\n3/02 | acetaminophen | DW\n3/05 | held, SBP 88 | RA\n\nInitials key: DW = Dana Whitfield, MA-C; RA = Rosa Alvarez, RN', ['RA']],
  ['4/11/23 1000-1300   kp, rj, peer marcel\ncaltrans posted the 72 hr notice on the fence', ['kp', 'rj']],
  ['referral faxed to the clinic, will call thurs\nlp, gv', ['gv']],
  ['camp census 3/3, walk w/ KD and Rafael\n6 tents, 9 ppl, KD took the count.\n-KD', ['KD']],
]);

family('streams and forks after a word of place, in lower case', [
  ['road up to her place on laurel fork is washed out, will visit by 4wd next wk.', ['laurel fork']],
  ['turn left onto dry branch, 3rd trailer on the right past the church.', ['dry branch']],
]);

family('a town\'s own chain store or post office in directions', [
  ['lives in a camper behind the raven dollar general, no water hookup yet.', ['raven']],
  ['turn at the lackey post office, house is the 2nd on the left.', ['lackey']],
]);

family('a street named after a place on it, in lower case', [
  ['he sleeps in the alcove of the church on 20th and logan most nights.', ['logan']],
  ['rx sent to rite aid on sunset, pickup tomorrow after 2.', ['sunset']],
]);

kept('not places or people: a clinician\'s timed lines, charting pairs, what a place is on, and list heads', [
  ['0800 meds given - tolerated\n0900 pt up to chair - ok\n1000 dressing change - clean, dry', ['meds', 'chair', 'dressing']],
  ['on 2L nc/ra, bp/hr stable overnight, iv/po abx per id', ['nc', 'ra', 'bp', 'hr']],
  ['pharmacy on file. clinic on call tonight. day stays at the senior center on hot days.', ['file', 'call', 'hot']],
  ['MIH VISIT - post-sepsis\npt at home, wife there, walking w/ cane.', ['post']],
  ['Van stop 3/3\n- Wound: clean\n- Pain: 3/10\n- Lacey: ok\n- Donnie: ok', ['Wound', 'Pain']],
  ['new right bundle branch block on ekg, cards aware.', ['bundle branch']],
  ['went to the dollar general for diapers, then the post office and the bank.', ['post office']],
]);
