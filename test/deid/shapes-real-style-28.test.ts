/**
 * Shape families from the thirtieth round (workers' compensation files, law offices, regions locals shorten, months named
 * together). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('ids: workers\' compensation claims and dockets', [
  ['Claimant: Dale Voss\nDocket No. ........ 2,114,903\nCarrier: Hartford', ['2,114,903']],
  ['Paid by the WC carrier (Nebraska claim 1,337,402).', ['1,337,402']],
  ['WCC No.:  04 WC 21907\nDear Counsel:', ['04 WC 21907']],
  ['Ruling in Voss v. Platte Valley Feeds, Doc. 311, No. 7702, filed', ['311, No. 7702']],
]);

kept('not ids: an amount claimed, a group that meets', [
  ['Pt says the claim $1,400 was denied; attends group 2-3x/week', ['1,400', '2-3x']],
]);

family('ids: a record number after "MR", a group code, the last four of an SSN after a bracket', [
  ['Voss, Dale | 61 M | DOB 03/02/1958 | MR 552-781', ['552-781']],
  ['Member ID QX-77120458   Group NE-PVF-12', ['NE-PVF-12']],
  ['Donor ID (last 4 SSN): 4327', ['4327']],
]);

kept('not ids: mitral regurgitation graded', [['Echo: MR 2-3+, TR mild', ['2-3+']]]);

family('places: law offices and firms by their trade word or their professional corporation', [
  ['Counsel: Ruth Ann Tjaden, Tjaden Law Office, Sioux City', ['Tjaden Law Office']],
  ['Records requested by Pohlman Law (Norfolk) on 4/2', ['Pohlman Law']],
  ['cc: Marcy Okafor, Okafor & Lindqvist, P.C., claimant counsel', ['Okafor & Lindqvist, P.C.']],
  ['From: Gene Hruska, Plant Safety, Wahoo Millwork   Fax 402-555-0162', ['Wahoo Millwork']],
  ['Surveillance by Prairieland Investigations, 3 days', ['Prairieland Investigations']],
]);

family('places: a region locals shorten, after "the"', [
  ['Summer place on the Vineyard, goes over on the ferry', ['Vineyard']],
  ['Grew up in the U.P., moved south for work', ['U.P.']],
  ['Son lives in the Cities, visits monthly', ['Cities']],
  ['Never lived outside the County except for the service', ['County']],
]);

kept('not places: a thumb, islands of cells', [['Pain in the thumb; islands of tumor cells', ['thumb', 'islands']]]);

family('dates: months named together, a day named from a holiday, a month after a wrapped line', [
  ['Off work in January and February of 2012 per employer', ['January and February']],
  ['Bills unpaid for June, July and August', ['June, July and August']],
  ['Pay stubs for Apr-Jun requested', ['Apr-Jun']],
  ['Relapsed the night before Thanksgiving per wife', ['the night before Thanksgiving']],
  ['plans to visit her sister in\nOctober, discussed fall risk', ['October']],
]);

kept('not dates: "may" and "march" as words', [['Pt may march in place for exercise', ['may', 'march']]]);

family('names: initials after the unread-dictation line, an age in a header row', [
  ['Rolf D. Amsel, M.D.\nDictated but not read. RDA:kt', ['RDA:kt']],
  ['Resident: Opal Mae Kruse   96   Rm 12B', ['Opal Mae Kruse', '96']],
]);

kept('not names: the unread-dictation line itself', [['Dictated but not read. RDA:kt', ['Dictated but not read']]]);

family('names: initials signing telephone orders, critical values, dated entries and lab screens', [
  ['Lasix 40 mg IV now per Dr. Olin. Read back. RKW\n', ['RKW']],
  ['Troponin 2.1 called to 4E at 02:10 by DMS; read back verified.', ['DMS']],
  ['"hold the statin" -- TQ 8/14/03', ['TQ']],
  ['Call log\n11/02/2011 14:40  LMH\nWife called re: ride home', ['LMH']],
  ['Margins free; frozen section concordant. (RG)\n', ['RG']],
  ['Screened by: JWT CT(ASCP)   Reviewed by: pathologist', ['JWT']],
]);

kept('not initials: scans, units and wards where an order line or a log closes', [
  ['Start heparin 5000 units. Read back. OK\nTransfer to floor. (ICU)\n-- CT 6/29/01 stable', ['OK', 'ICU', 'CT']],
  ['DISCHARGE SUMMARY -- ADM 3/2/19 -- DC 3/5/19\nSigned 03/05/2019 16:55 CDT', ['ADM', 'CDT']],
]);

family('places: the street line above a town, state and ZIP; a grid street alone', [
  ['Ms. Verna Holt\nRR 2\nMilford, IA 51351', ['RR 2']],
  ['Clerk of Court\n118 N Main, Beaver, UT 84713', ['118 N Main']],
  ['Lives in a motel room on 900 S, walks to the clinic', ['900 S']],
  ['Found walking in the middle of 700 East at 0200', ['700 East']],
]);

kept('not places: a dose above an address, a load in watts, seconds walked', [
  ['Lisinopril\n20 mg daily\nAmes, IA 50010', ['20 mg daily']],
  ['Cycled at 100 W for 6 min; walked 200 s without rest', ['100 W', '200 s']],
]);

family('places: a labelled employer of several words, with "Bros.", "Co." or "and" inside', [
  ['Employer: Vogt Bros. Hatchery\nDOI: 3/3/99', ['Vogt Bros. Hatchery']],
  ['Employer: Dodge County Highway and Parks Department\nDate of injury: 6/1/04', ['Dodge County Highway and Parks Department']],
  ['Company: Prairieview Insulation, Kearney\nSeen for: L wrist', ['Prairieview Insulation']],
]);

kept('not employers: an insurance company, no employer', [
  ['Insurance Company: Aetna. Employer: none', ['Aetna', 'none']],
]);

family('places and phones: a motel, a mall or a public library by name, a shop on its street after "from", an extension after a credential', [
  ['Was living at the Sahara motel until evicted', ['Sahara motel']],
  ['Reads at the Hibbing Public Library most mornings', ['Hibbing Public Library']],
  ['Call from Raley\'s on Kietzke Lane pharmacy re: refill', ['Raley\'s on Kietzke Lane']],
  ['Donna Pruett, RD, LDN   ext 316', ['316']],
]);

kept('not places: a motel or a mall unnamed; not an extension: extremities', [
  ['Went to the mall, then a motel; ext 2+ edema', ['mall', 'motel', '2+']],
]);

family('names: a given name a test is spelt as, after a relative; names in Vietnamese letters', [
  ['Wife Ana and eldest son present at bedside', ['Ana']],
  ['Resident Đỗ Văn Phúc, 93, moved from the 2nd floor', ['Đỗ Văn Phúc']],
  ['Discussed with pharmacist Trần Bảo this am', ['Trần Bảo']],
]);

kept('not names: the test in capitals after a relative', [['Mother ANA positive, sister with lupus', ['ANA positive']]]);
