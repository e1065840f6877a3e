/**
 * Shapes from stop 51's development work on outreach logs and title lines: people at the head of a log's bullets by their
 * street names, a street name before the person's own name, and parts of town beside a town on a visit's title line. Each
 * example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('people at the head of a lower-case log\'s bullets', [
  ['outreach 3/3 -- east side\n- pickle + dusty: in the tent under the bridge, both ok, 2 narcan.\n- gave water at the corner.', ['pickle', 'dusty']],
  ['van stop 4/9\n- smitty at the sunoco on main, he looks yellow, sent to er.\n- 20 syringes out, 14 back.', ['smitty']],
  ['street shift\n- peaches: at her spot by the laundromat, wants detox, called the line.\n- cold tonight.', ['peaches']],
  ['foot route 6/2\n- boomer asked about his id, gave the dmv letter.\n- quiet otherwise, 3 kits out.', ['boomer']],
]);

family('people at the head of a log\'s bullets in capitals', [
  ['Van log 2/2\n- Gumdrop hasn\'t been seen in a week, friends worried.\n- Tent count 9.', ['Gumdrop']],
  ['Foot team 7/14\n3. Biscuit stopped by for socks + water only, says he is fine.\n4. Supplies low.', ['Biscuit']],
  ['Drop-in 5/5\n- Pinky (f, 40s) asked for food and a blanket.\n- Showers x4.', ['Pinky']],
  ['Camp walk 1/9\n- Hammer (Lyle Dorsett) - packed his things, going to the mission.\n- 2 tents left.', ['Hammer']],
]);

family('a street name in quotes after a person word', [
  ['old man "Shorty" by the tracks behind the lumber yard, alcohol, no opioids, legs swollen, took socks.', ['Shorty']],
  ['pt "Hawk" (reports name Dennis Crane) seen at the camp, abscess L forearm, sent to ED.', ['Hawk']],
  ['Gina knows him as "Preacher" bc he sings at the church on the corner most Sundays.', ['Preacher']],
]);

family('a relative or a friend by an everyday name before what the person did', [
  ['wants to finish tx bc his buddy biscuit got cured last yr. labs due end of month.', ['biscuit']],
  ['called squad, she went to the ed. her nephew tadpole went with her, will call us tonight.', ['tadpole']],
]);

family('a street name before the person\'s own name', [
  ['Wound check under the bridge. Spud (Gerald Hoyle) let us look at his leg today, cellulitis better.', ['Spud']],
  ['death review\nTurtle = Raymond Ebbers, 44, found 3/2 at the camp.', ['Turtle']],
]);

family('parts of town beside a town on a visit\'s title line, in lower case', [
  ['chw home visit 3/4/21, roseland (chicago)\nms ada pierce, 71, bp 150/90, out of meds since sunday, refills called in.', ['roseland']],
  ['home visit 6/6/19 -- dayton, twin towers\nclient\'s lights back on, fridge working, insulin in it now.', ['twin towers']],
  ['outreach 2/1/2022 old north end (toledo)\nsra ines, 60, sugars high, no glucometer strips, got her some.', ['old north end']],
]);

family('lower-case towns of everyday words after where a relative lives', [
  ['sn visit. lives w/ wife june in money, next to the feed store. son calls nightly, no falls, eating fair.', ['money']],
  ['pt wants her sister dot in antelope, who may come up for christmas, son will drive. bp 138/82 today.', ['antelope']],
]);

family('"last, first" in lower-case headers and lists', [
  ['hospice team 4/3\npt 2: greer, lottie - pps 30, eating less. family coping well.\npt 3: teague, r.l. - new admit 3/30.', ['greer, lottie', 'teague']],
  ['sn visit, med teaching\npruitt, ora mae\nnew rx: eliquis 5 bid, reviewed bleeding precautions with her and dtr today.', ['pruitt, ora mae']],
]);

family('initials in a labelled list of staff, and who wrote or called in a message log', [
  ['Van log - east stop - 7/2/22\nstaff: JQ, vw, Rafael (peer)\nparked at the plaza 1300-1600, 11 contacts, 3 new.', ['JQ', 'vw']],
  ['Phone log - peer line\n9/5 0745 Gumbo from 315-555-0102: 60 days today, wants a chip.\n9/6 1200 Lark: "still here"\n9/7 0900 Marisol: needs a ride to court', ['Gumbo', 'Lark', 'Marisol']],
]);

family('country businesses and assemblies in lower-case notes', [
  ['pt goes to the marble general store every morning for coffee w/ the men, walks w/ cane, no falls this month.', ['marble general store']],
  ['son works at the heber sale barn on thursdays, wife at the tumbling shoals beauty shop, both home by 6.', ['heber sale barn', 'tumbling shoals beauty shop']],
  ['invited to the grief group at sallisaw first assembly, 6/16 6 pm. she will think about it, sister may go.', ['sallisaw first assembly']],
]);

family('towns on the first line of an outreach log in sentence case', [
  ['Olean / Salamanca run\n3/3/2022\ncold, 7 contacts at the lot behind the plaza, 2 new. narcan x6.', ['Olean', 'Salamanca']],
  ['SSP van log - east side stop - 6/11/22\nparked at the usual corner 1300-1600. 14 contacts.', ['east side']],
]);

family('months alone in lower case after til, due, lmp or started, and before last or this year', [
  ['she is banned from the mission til oct, staying w/ her sister now, 40 waters and 10 narcan given.', ['oct']],
  ['last visit 3/12, next due july. mom asked us to send the rx to the pharmacy on main st.', ['july']],
  ['hx: broke L wrist feb last yr on the trampoline, healed well. tdap utd (may last yr).', ['feb', 'may']],
]);

family('holidays as dates in lower case', [
  ['grandson coming down from dayton for valentines, wants to take her to the fish fry at the legion.', ['valentines']],
  ['her boyfriend moved out easter - she says her checks went missing after that, no police report.', ['easter']],
]);

kept('not people or places: a log\'s own lines, roles before a name, and what a note is', [
  ['outreach 3/3\n- water + ice: handed out at the corner, hot day.\n- route: main to 5th then the park.', ['water', 'ice', 'route']],
  ['Clinic list\n1. Cardiology (Dr Lee) asked for the echo report.\n2. Emergency Contact (Mary Ames) says ok.', ['Cardiology', 'Emergency Contact']],
  ['Coworker (Rita Lowe) drove him in after he fell from the ladder at 1400.', ['Coworker']],
  ['prenatal chw visit - hermiston\nfirst visit, 20 wks, no prenatal care yet, wic referral done.', ['prenatal']],
  ['thx, marta -- got the fax, will call the family this pm and set the visit for thurs, bp log attached.', ['thx']],
  ['pt lives in fear of falling again, son checks on her, she stays in bed most of the day now.', ['fear', 'bed']],
  ['present: son Dale, dtr Kim, Fr Tom (chaplain), BSW intern\nfamily agrees with comfort care, DNR signed.', ['son', 'dtr', 'BSW']],
  ['0800 Skin: intact, turned q2h.\n1000 Pain: 3/10 after dilaudid.\n1200 Family: at bedside, updated.', ['Skin', 'Pain', 'Family']],
  ['dtr owns nail salon in town, comes by after 6 most nights to help w/ supper and meds, pt eating ok.', ['owns', 'nail salon']],
  ['Progress note - night shift\nPt resting, VSS, no events. Foley draining clear yellow urine.', ['Progress']],
  ['pt "fine" per her, but tearful, slept poorly, ate 25% of breakfast, no falls.', ['fine']],
  ['4th and 5th fingers buddy taped, splint applied, neurovascularly intact distally, f/u ortho 1 wk.', ['taped']],
  ['her sister reportedly called twice, brother noticed the swelling, friend gets her groceries.', ['reportedly', 'noticed', 'gets']],
  ['pt may need a walker, due may be the fall risk score. started march to the bathroom with help.', ['may need', 'march to']],
  ['she bought valentines cards for the grandkids, mood brighter, ate 75% of lunch today.', ['valentines']],
  ['5) arturo leal dob 2/2/87 - lisinopril, no visit in 14 mo -> 30 days + appt 7/12\n6) next on the list', ['dob']],
]);
