/**
 * A position by latitude and longitude: "position 40°58'N 68°22'W", "41 31.4N 070 40.2W", "lat 41.523 long -70.671". A
 * medevac, a rescue or an offshore injury is charted so, and the pair places someone more closely than a ZIP code.
 *
 * Both halves must be there, each with its hemisphere's letter or after a label, so a lone angle ("flexion 40°") or a
 * blood pressure stays.
 *
 * @example
 * recognizeCoordinates("hoisted at 40°58'N 68°22'W")[0].category; // 'LOCATION'
 */
import type { Candidate } from '../span.js';
import { matchAll } from './util.js';

// One half: degrees, then minutes (and seconds) with their marks or as a decimal, then the hemisphere.
const HALF = (hemispheres: string): string =>
  String.raw`\d{1,3}(?:°[ \t]?\d{1,2}(?:\.\d+)?[′'’]?(?:[ \t]?\d{1,2}(?:\.\d+)?(?:″|"|''))?|°|[ \t-]\d{1,2}(?:\.\d+)?[′'’]?|\.\d{2,6}°?)[ \t]?[${hemispheres}]`;
const PAIR = new RegExp(String.raw`(?<![\d.°])${HALF('NS')}[ \t]*[,/]?[ \t]*${HALF('EW')}(?![\p{L}\d])`, 'gu');
// The same written after labels, with signs for the hemispheres: "lat 41.523 long -70.671", "Lat/Long: 29.10, -90.20".
const LABELLED = /\b(?:lat(?:itude)?)\.?[ \t]*(?:\/[ \t]*lon(?:g(?:itude)?)?\.?)?[ \t]*:?[ \t]*(-?\d{1,2}\.\d{2,6})°?[ \t]*,?[ \t]*(?:lon(?:g(?:itude)?)?\.?[ \t]*:?[ \t]*)?(-?\d{1,3}\.\d{2,6})°?/dgi;

/**
 * Positions by latitude and longitude.
 *
 * @example
 * recognizeCoordinates('lat 41.523 long -70.671').length; // 1
 */
export function recognizeCoordinates(text: string): Candidate[] {
  if (!/[NS][ \t]*[,/]?[ \t]*\d|lat/i.test(text)) return [];
  return [
    ...matchAll(PAIR, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'coordinates' })),
    ...matchAll(LABELLED, text, (m) => ({ category: 'LOCATION', score: 0.8, start: m.indices![1][0], end: m.indices![2][1], kind: 'coordinates' })),
  ];
}
