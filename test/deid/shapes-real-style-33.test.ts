/**
 * Shapes from stop 45's development sets (-156 Pacific territories, -157 occupational health): firms by the word ending
 * their name, union locals, rigs, wells and leases, the Pacific's ZIP codes, ages of the very old, initials of relatives and
 * cases, and one list of credentials. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a firm named by its legal form or its trade, a union local', [
  ['insulator, Gulf States Insulation, turnaround at the plant', ['Gulf States Insulation']],
  ['welder, Sims Bayou Fabricators\nFB L eye', ['Sims Bayou Fabricators']],
  ['COAL MINER, TUG FORK COAL CO NO. 2 MINE', ['TUG FORK COAL CO']],
  ['DROVE A SAND TRAILER FOR SANDHILLS LOGISTICS OUT OF KERMIT', ['SANDHILLS LOGISTICS']],
  ['crane operator, Carolina Crane & Rigging', ['Carolina Crane & Rigging']],
  ['cleaning crew (contract sanitation, Prairie Sanitation Services)', ['Prairie Sanitation Services']],
  ['Retired insulator, Heat and Frost Insulators Local 112', ['Heat and Frost Insulators Local 112']],
  ['UMWA LOCAL: LOCAL 6032', ['LOCAL 6032']],
]);

kept('not firms: carbon monoxide, an incision, a worker described', [
  ['GOOD EFFECT. WILL RECHECK CO', ['CO']],
  ['MIDLINE INC HEALING WELL', ['MIDLINE INC']],
  ['44 YEAR OLD PORTUGUESE-SPEAKING CONSTRUCTION WORKER', ['PORTUGUESE-SPEAKING CONSTRUCTION']],
]);

family('places: a rig by its number, a well or pad by its lease name and section numbers, a lease', [
  ['Employer: Dakota Badger Drilling, Rig 41, pad Hovland 24-13H, Dunn County', ['Rig 41', 'Hovland 24-13H']],
  ['Place of injury: Stroud 14-23 2H pad, Martin County', ['Stroud 14-23 2H pad']],
  ['Well: University 7-12 #4H, Andrews County', ['University 7-12 #4H']],
  ['WORKING ON ECTOR RIG NO. 9 IN CRANE COUNTY', ['ECTOR RIG NO. 9']],
  ['well site Kyle Ranch lease\nCC: gassed on workover rig', ['Kyle Ranch lease']],
]);

kept('not wells: a range of days, a score, a dose in a note that is doing well', [['Seen Mon 3-4 days, doing well; GCS 14-15', ['Mon 3-4', 'GCS 14-15']]]);

family("places: the Pacific's ZIP codes after a territory's code or name", [
  ['Navy Hill, Saipan, MP 96950', ['96950']],
  ['Kolonia, Pohnpei FM 96941', ['96941']],
  ['DELAP, MAJURO, MARSHALL ISLANDS 96960', ['96960']],
]);

family('ages over 89: after a relative without a comma, two together, under a label with its unit, before the sex', [
  ['wife 93 has dementia', ['93']],
  ['mother 102 in nursing home', ['102']],
  ['Age (yrs): 95', ['95']],
  ['94/F with syncope', ['94']],
  ['both parents (91 and 94) live with her', ['91', '94']],
  ['ages 92 and 95', ['92', '95']],
]);

kept('not ages: a blood pressure, an oxygen fraction', [['BP 94/60, FiO2 94/F', ['94/60', '94/F']]]);

family('dates: a return, a smear, a diagnosis in a month', [
  ['Will return 3/4. Chaplain pager 7729.', ['3/4']],
  ['Cough resolved. Smear 3/30 neg.', ['3/30']],
  ['uncle on HR for TB dx March.', ['March']],
]);

kept('not dates: stages of a protocol after "return", a range of days after "expected"', [
  ['graduated return-to-play protocol, stages 1-6, 24 h per stage', ['1-6']],
  ['Expected discharge day 6-7 pending renal function', ['6-7']],
]);

family('names: initials of a relative, a child or a case', [
  ['Deaths: children A.J. (14 mo) and K.L. (9 mo)', ['A.J.', 'K.L.']],
  ['Index case: S.L. (case # AS-TB-06-009), smear 3+', ['S.L.']],
  ['Case 3: A.T.O. -- index household', ['A.T.O.']],
]);

family('names: one list of credentials, beside names and signatures', [
  ['dressing per WOCN Wren. Tolerating purees.', ['Wren']],
  ['Char RN CM', ['Char']],
]);

kept('not names: a credential after another, a credential after a signing name, a case number with a credential prefix', [
  ['Carmen Delgado, MA, CCC-SLP', ['MA', 'CCC-SLP']],
  ['Pt ok. P. Sheehan RN BSN', ['BSN']],
  ['Coroner notified, case LPC-18-1022, released', ['case']],
  ['plan home w/ lifeline; lifeline acct LL-20118.  jh lsw', ['lsw']],
]);

family("places: an island, an atoll or a lagoon by name, a village's airport or dispensary, a street's quadrant", [
  ['Origin: Tol island, Chuuk. Came to Guam 2012', ['Tol island']],
  ['ETD 0030 from Rota airport. HA to escort.', ['Rota airport']],
  ["TA'U DISPENSARY -- referral slip", ["TA'U DISPENSARY"]],
  ['CASE FINDING -- UMAN ISLAND, CHUUK LAGOON', ['UMAN ISLAND', 'CHUUK LAGOON']],
  ['Address: 3021 Auburn Way S, #B-12, Auburn 98002', ['3021 Auburn Way S, #B-12']],
]);

kept('not places: an everyday word before an island or an airport', [['flew into the main island from the regional airport', ['main island', 'regional airport']]]);

family('places: an offshore lease block, a vessel after its kind or before "boat"', [
  ['Facility: Eugene Island 330 "C" production platform', ['Eugene Island 330']],
  ['To: Rig medic, High Island A-573 "B"', ['High Island A-573']],
  ['Location: Mississippi Canyon 778, semisubmersible', ['Mississippi Canyon 778']],
  ['Origin: DSV Sea Lancer on location', ['Sea Lancer']],
  ['MEDIC LOG -- JACK-UP RIG GULF ARIES 11', ['GULF ARIES 11']],
  ['BP 138/88 (arrived on Miss Yvonne boat).', ['Miss Yvonne']],
  ['Incident on tank barge CBL 2207 at the dock', ['CBL 2207']],
]);

kept('not vessels: a blood vessel, a boat\'s registration read as a place', [
  ['CT HEAD: SMALL VESSEL ISCHEMIC CHANGES', ['ISCHEMIC CHANGES']],
  ['THE BOAT OUT OF THE WATER', ['OUT OF']],
]);

family('ages over 89: in Yiddish and Spanish words, the number beside them, in brackets with the sex, before "in two weeks"', [
  ['asked her age - answered "zibn un ninetsik", kayn eyn hore', ['zibn un ninetsik']],
  ['Grandson says "she was hundert un tsvey - 102 - and no fuss"', ['hundert un tsvey', '102']],
  ['Doña Carmen tiene noventa y un años.', ['noventa y un']],
  ['Pt Ostrowski, Walter (94/M) - Med B, bed 14', ['94']],
  ['Hi Dr. Chandrasekhar - Dad (96 in two weeks!) has been confused', ['96']],
]);

family('places: a works named with its article and kind, a works by its own word', [
  ['son is a pipefitter at the Allis plant and asks about a lawyer', ['the Allis plant']],
  ['States pt works at the Wolf Lake terminal, ore unloading', ['the Wolf Lake terminal']],
  ['conductor at the Collinwood yard (class I railroad)', ['the Collinwood yard']],
  ['1953 TO 1991, FIRST AT CAMPBELL WORKS, THEN', ['CAMPBELL WORKS']],
]);
