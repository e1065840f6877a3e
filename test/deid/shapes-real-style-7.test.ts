/**
 * Shape families from the seventh round (data/deid/dev-real-style-15 to -19): relatives' names that
 * are everyday words, names a note repeats without their cue, ages written in words, Spanish dates
 * and family words, rural roads, ambulance call signs and partial numbers. Each example is our own,
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { family, kept, removed } from './shape-helpers.js';

family('names: after a family word or a role, though the name is an everyday word', [
  ['wife honor here all day, brought food', ['honor']],
  ['SOCIAL- WIFE JOY AND SONS CASH AND HUNTER PRESENT', ['JOY', 'CASH']],
  ["pt's niece Temperance from Henderson called", ['Temperance']],
  ['Baseline per granddaughter Perla.', ['Perla']],
  ['family: esposa Amparo, hijo Memo en Deming', ['Amparo', 'Memo']],
  ['unable to come.  rn honor took report from me.', ['honor']],
  ['SPOKE W/ ROSE (DTR) AND BILL (SIL) RE: PLAN', ['ROSE', 'BILL']],
  ['twin A (Sunny) on HFOV; twin B (Sky) on SIMV', ['Sunny', 'Sky']],
  ['mob taniqua pumping, FOB tanner visiting', ['taniqua', 'tanner']],
]);

kept('names: what follows a relative or a role when it is no name', [
  ['wife called, son very upset, dtr present, sister cell 555', ['called', 'very', 'present', 'cell']],
  ['Call the 24h nurse line if worse. rn gave report. baby boy doing well', ['line', 'gave', 'boy']],
  ['pt (son) at bs', ['son']],
]);

describe('names: a name the note repeats without its cue', () => {
  it('is found again where no cue is left', () => {
    expect(removed('SON SANJAY AND DIL PRIYA IN  CALL SANJAY CELL 555 0134')).toEqual(['SANJAY', 'PRIYA', 'SANJAY', '555 0134']);
    // (Whether the possessive goes with the name does not matter for privacy.)
    expect(removed("friend dale here, wants him as hcp.  dale's # 563-555-0186").map((s) => s.replace(/'s$/, ''))).toEqual(['dale', 'dale', '563-555-0186']);
  });
});

kept('names: a repeated word opening a sentence or before an eponym noun stays', [
  ['Seen by Dr. Graves. Graves disease is treated. Can eat.', ['disease', 'Can']],
]);

family('ages: in words with no cue, in English, Spanish and dialect', [
  ['Pt Eleuterio Baeza, ninety-three. Crossed at 0830.', ['ninety-three']],
  ['PT PAZ, MIGUEL (NOVENTA Y TRES AÑOS PER FAMILY)', ['NOVENTA Y TRES']],
  ['Pt says she is "a hunnert and one".', ['hunnert and one']],
  ['DOB given as 1931 (95 años)', ['95']],
  ['Veteran is 95, WWII. Vet is 92, lives alone.', ['95', '92']],
  ["PT'S HUSBAND ELMER COOK IS 94 & AT VA CLC", ['94']],
  ['pt is actually 90 as of today; he will turn 97 on the 22nd', ['90', '97']],
  ['VET HARLESS, ODELL 96. PROVIDER:', ['96']],
  ["pt's sister Lottie (96!) at bs; father Leota Faleafaga Sr. (96) lives in Apia", ['96', '(96)']],
  ['Pt Jesus "Chuy" Ramirez (Chuy), 91, from Visalia. Everett Maynard Jr., 92, WWII', ['91', '92']],
  ['res 98. wt stable. Theodora Papadakis, centenarian (101), Apt 3', ['98', '101']],
  ['Per EMS she is "96 and sharp". bro says pt is "about 90, we don\'t know', ['96', '90']],
  ['Pt\'s mother "lived to 102". DOB 2/9/1928 makes her 96. pt is 90 today, bday!', ['102', '96', '90']],
]);

kept('ages: vital signs before a bracketed number stay', [
  ['BP (96) ok; HR is 96 and regular; sats about 94', ['96', '94']],
]);

kept('ages: number words with a unit after them stay', [
  ['walked ninety feet, waited ninety minutes, cien por ciento', ['ninety', 'cien']],
]);

family('dates: Spanish, a range ending in a full date, after a clock time and dash, lower-case months', [
  ['Su cita es el 15 de diciembre a las 9:00', ['15 de diciembre']],
  ['second admission 11/02-11/05/2022 at Walden', ['11/02', '11/05/2022']],
  ['proned 8/10 1600-8/11 1000', ['8/10', '8/11']],
  ['Admit: 8-12   D/C: 8-20', ['8-12', '8-20']],
  ['has not paid rent since aug; not seen since may.', ['aug', 'may']],
  ['PT EVAL  3/8. APPEAL HEARING 2/3', ['3/8', '2/3']],
]);

kept('dates: "may" and "march" as words stay', [
  ['pt may need more since may have been; march in protest', ['may', 'march']],
]);

family('places: towns before "plan-", towns named like a device, rural roads', [
  ['son calls nightly from quincy  plan- ltach screen', ['quincy']],
  ['on way from salem. cxr clear', ['salem']],
  ['FALL AT HOME ON RT 7 - HEMATOMA', ['RT 7']],
  ['MVC rollover on I-10; ranch is on FM 2810', ['I-10', 'FM 2810']],
  ['"FEED THE COWS UP BEECH HOLLOW". they live up right fork', ['BEECH HOLLOW', 'right fork']],
  ['PT FROM ST CLOUD.  2/4 BOTTLES', ['ST CLOUD']],
]);

kept('places: oxygen on "RT" and clinical readings stay', [
  ['pt on RT 2 L NC', ['RT']],
  ['weaned from nitro', ['nitro']],
]);

family('ids: ambulance call signs, last four of an SSN, VA file and service numbers, tracking, account endings', [
  ['El Paso FD Medic M-27; Rescue R-2; medic 6 responded', ['M-27', 'R-2', '6']],
  ['Big Bend Ambulance Unit BB-3; Fire Engine E-31', ['BB-3', 'E-31']],
  ['VET HENSLEY - LAST 4 4471 - 94 YO. Dubois, Rene  L4 2210', ['4471', '2210']],
  ['VA FILE #: C-28 441 907; service no. RA 15 229 881', ['C-28 441 907', 'RA 15 229 881']],
  ['refill mailed, tracking 9400 1000 0000 2284 1103.', ['9400 1000 0000 2284 1103']],
  ['bank acct for spend-down ending 4410', ['4410']],
  ['ems pt care rpt: unit A12 resp; ambulance Christus, unit SF-17 booked', ['A12', 'SF-17']],
  ['called her at home in st. albans, vt 05478, she is on her way', ['05478']],
  ['CALL SANJAY CELL 555 0134', ['555 0134']],
]);

kept('ids: vertebrae, durations and the cells of eponyms stay', [
  ['L4-5 disc; last 4 days pain; rescue breaths x2; Reed-Sternberg cells seen', ['L4', '4', 'Reed', 'cells']],
]);
