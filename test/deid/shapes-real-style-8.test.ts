/**
 * Shape families from the eighth round (data/deid/dev-real-style-20 to -22): staff named by their
 * role in the operating room, names and ages opening telegraphic notes, months written alone, Spanish
 * weekdays. Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('names: after an operating-room role, a trailing initial after "Last, First", names no list knows', [
  ['relief circ hunter @ 1030. CRNA Delacroix at bs', ['hunter', 'Delacroix']],
  ['XRAY C-ARM TECH STERLING. ASST ROSALIND PRESENT', ['STERLING']],
  ['PT HALVORSEN, GRETA M TO OR 7 @ 0712 FOR L TKA.', ['HALVORSEN, GRETA M']],
  ['trauma f/u: pt sunil raghunathan s/p fall', ['sunil raghunathan']],
  ['eye clinic  brandão, luís 93m  dx: wet AMD OU.', ['brandão, luís']],
  ['home health aide note - baptiste, rose-marie (99) bathed', ['baptiste, rose-marie', '99']],
]);

kept('names: a sentence after a name and a period is no part of it', [
  ['XRAY TECH STERLING. SURGEON DR FORTUNE AWARE', ['SURGEON']],
  ['scrub sink used; tech support called; crew chief aware', ['sink', 'support', 'chief']],
]);

family('ages: bare after the patient in telegraphic notes', [
  ['PT 96  S/P FALL 7-19  L HIP FX', ['96', '7-19']],
  ['pain 0/10  pt 100 today  cak', ['100']],
  ['OT note - 10/23 - pt 98 - adls max a', ['98']],
  ['Pt 91 was living alone; SOCIAL- HUSB ABEL 95 HIMSELF', ['91', '95']],
]);

kept('ages: readings after the patient stay', [
  ['pt 90 kg, pt 95 on 2L, pt 98.6 F', ['90', '95', '98']],
]);

family('dates: months written alone, Spanish weekdays, day lists with "or"', [
  ['gout flare - last flare Aug. hx UTI Oct. hardware removal planned Sept', ['Aug', 'Oct', 'Sept']],
  ['she is moving to kissimmee end of may; seen in june', ['may', 'june']],
  ['mi mama tiene tos desde el lunes 10. antes del viernes 21', ['lunes 10', 'viernes 21']],
  ['Please move to May 12 or 13. Her phone', ['May 12', '13']],
]);

kept('dates: month abbreviations that are other words stay', [
  ['Dec BS bilat. May need lasix.', ['Dec', 'May']],
]);
