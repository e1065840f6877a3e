/**
 * Vehicles named or numbered in prose rather than after a label: boats by their names ("F/V Northern Dawn", "the dragger
 * Endeavor", 'his airboat (... "Swamp Queen II")'), Coast Guard aircraft by their numbers, and locomotives and rail cars by
 * their road's mark and number ("lead locomotive UP 8417", "sleeper car 32004"), and a truck or a fleet's vehicle by its
 * number after "#" ("fleet #612"). Labelled plates, VINs and hulls are read
 * with the other labelled values in identifiers.ts.
 *
 * @example
 * recognizeNamedVehicles('Crushed between the dock and the F/V Northern Dawn'); // covers "F/V Northern Dawn"
 */
import type { Candidate } from '../span.js';
import { isMedicalTerm } from '../medical-terms.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from './dates.js';
import { has, matchAll } from './util.js';

// Words that open no boat's name after a boat's word: a day or a month (the one list of them, dates.ts; not "May", a name
// boats bear as often, "his boat (May Belle)"), a crew's rank.
const NOT_BOAT_NAME = new Set([...WEEKDAY_WORDS, ...MONTH_WORDS.filter((m) => m !== 'may'), 'captain', 'capt', 'crew', 'owner', 'coast', 'guard']);

/** Boats, aircraft and rail cars identified by name or number in a sentence. */
export function recognizeNamedVehicles(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A Coast Guard aircraft by its number where the note speaks of flying: "USCG MH-60T helicopter (CG 6031)", "CG-2135".
  if (has(/\bCG\b|USCG/, text) && /\b(?:helicopter|helo|aircraft|hoist(?:ed)?|MH-6[05]|HC-1[34]0|air[ \t]+station)\b/i.test(text)) out.push(...matchAll(/\b(?:USCG|CG)[ \t-]?(\d{4})(?![\d.,:\/-])/dg, text, (m) => ({ category: 'VEHICLE', score: 0.75, start: m.index, end: m.indices![1][1] })));
  // A boat's name identifies it as a plate does: "F/V Northern Dawn", "off the F/V ALEUTIAN LADY", "F/V \"MISS ANNABELLE\""
  // (the registry's prefix is written as part of an unquoted name, and the span keeps it),
  // "his boat \"MISS CHARLENE\"",
  // "boat is the \"Lady Theresa II\"", "processor worker on the \"Northern Jaeger\"".
  if (has(/f\/v|m\/v|boat|vessel|trawler|processor|skiff|yacht|pontoon|hull/i, text)) {
    // (A Portuguese or Spanish name keeps its small words: "F/V Nossa Senhora de Fatima".)
    out.push(...matchAll(/\b(?:F\/V|M\/V|S\/V|f\/v)[ \t]+["“]?((?:\p{Lu}[\p{L}'’]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’]*|II|III|IV|(?:de|da|do|dos|das|del|di)(?=[ \t]+\p{Lu})))*)/dgu, text, (m) => ({ category: 'VEHICLE', score: 0.75, start: /["“]/.test(m[0]) ? m.indices![1][0] : m.index, end: m.indices![1][1] })));
    // A boat of a named trade by one capitalised word, or any boat by its name in brackets: "from sailing vessel Kestrel",
    // "the dragger Endeavor", "his boat (Osprey II)". (Not a day, a month or a word of grammar: "the boat Monday".)
    out.push(
      ...matchAll(/\b(?:(?:sailing|fishing|research|cargo|supply|crew|charter|lobster|scallop|clam|fish)[ \t]+(?:vessel|boat|ship)|dragger|scalloper|seiner|longliner|gillnetter|lobster[ \t]+boat)[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:II|III|IV|\p{Lu}\p{Ll}[\p{L}'’-]*))?)|\b(?:boat|vessel|dragger|trawler|skiff)[ \t]*\([ \t]*(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:II|III|IV|\p{Lu}[\p{L}'’-]*)){0,3})[ \t]*\)/dgu, text, (m) => {
        const g = (m.indices![1] ?? m.indices![2]) as [number, number];
        const first = text.slice(g[0], g[1]).split(/[ \t]/)[0].toLowerCase();
        if (FUNCTION_WORDS.has(first) || NOT_BOAT_NAME.has(first) || isMedicalTerm(first)) return null;
        return { category: 'VEHICLE', score: 0.75, start: g[0], end: g[1] };
      }),
    );
    // (Case-sensitive so the name must open with a capital: "fell off boat \"feeling dizzy\"" is a quotation.)
    // ('his airboat (FL reg FL 6217 NP, "Swamp Queen II")', 'a 59-ft "Desert Serenity"': kinds of boat, and a boat's length.)
    out.push(...matchAll(/(?:\b|(?<=[Aa]ir|[Hh]ouse|[Ss]ail|[Ss]peed|[Tt]ow|[Ss]hrimp|[Mm]otor|AIR|HOUSE|SAIL))(?:[Yy]acht|[Pp]ontoon|[Cc]abin[ \t]+cruiser|\d{2,3}[- ]?(?:ft|foot)\b\.?(?=[ \t]+["“])|\d{2,3}['’](?=[ \t]+["“])|[Bb]oat|[Vv]essel|[Tt]rawler|[Pp]rocessor|[Ss]kiff|[Dd]ragger|[Ss]einer|[Ll]ongliner|BOAT|VESSEL|TRAWLER|PROCESSOR|SKIFF)\b[^"“\n.;]{0,24}?["“](\p{Lu}[^"”\n]{1,28}?)["”]/dgu, text, (m) => ({ category: 'VEHICLE', score: 0.75, start: m.indices![1][0], end: m.indices![1][1] })));
  }
  // A locomotive or a rail car by its road's reporting mark and number, or by a number alone after a car's kind: "lead
  // locomotive UP 8417", "locomotive BNSF 7419", "sleeper car 32004", "tank car GATX 204417". (Not "engine 350", a size.)
  if (has(/locomotive|rail[ \t]?car|tank[ \t]+car|sleeper[ \t]+car|box[ \t]?car|hopper[ \t]+car/i, text)) {
    out.push(...matchAll(/\b(?:locomotives?|rail[ \t]?car|tank[ \t]+car|sleeper[ \t]+car|box[ \t]?car|hopper[ \t]+car|LOCOMOTIVE)[ \t]+(?:#|no\.?[ \t]*)?((?:[A-Z]{2,4}[ \t-]?)?\d{3,6})(?!\d|[.,:\/-]\d|%|[ \t]*(?:hp|tons?|lbs?|ft|feet|mph|gal)\b)/dgi, text, (m) => ({ category: 'VEHICLE', score: 0.75, start: m.indices![1][0], end: m.indices![1][1] })));
  }
  // A truck, a police cruiser or a fleet's vehicle by its number after "#", as a plate names a car: "fleet #612", "truck #5512",
  // "cruiser #C-14". (The sign is asked for: "truck 2 days ago". Not a bus: "rides bus #14" is its route.)
  if (has(/(?:truck|tractor|trailer|fleet|cruiser)[ \t]*#/i, text)) out.push(...matchAll(/\b(?:truck|tractor|trailer|fleet|cruiser)[ \t]*#[ \t]*((?:[A-Z]-?)?\d{1,5})(?!\d|[.,:\/-]\d)/dgi, text, (m) => ({ category: 'VEHICLE', score: 0.75, start: m.indices![1][0], end: m.indices![1][1] })));
  return out;
}
