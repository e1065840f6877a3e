/**
 * Military units and outposts, which place a service member as a workplace and a town do: a company or troop of a
 * battalion ("B Co, 3-15 IN", "C Trp, 1-10 CAV", "A Co, 1/7 Cav"), a battalion of a regiment ("1st Bn, 12th Inf",
 * "3rd Bn, 1st Marines", "2nd Bn, 75th Ranger Regt", "1st Tank Bn"), a battalion in its short form ("5-20 IN"), a
 * squadron or a construction battalion by its designator ("VAQ-132", "MCB-133"), a forward base or landing zone ("FOB
 * Salerno", "COP Keating", "LZ Buttons"), an air base abroad ("Balad AB"), a joint base's letters ("JBLM",
 * "JBSA-Lackland"), and where a veteran served, with the year, in a note about service ("Tal Afar 2005"). Divisions,
 * brigades and regiments on their own are thousands of people and are left alone.
 *
 * @example
 * recognizeMilitaryUnits('Unit: B Co, 3-15 IN'); // a LOCATION over "B Co, 3-15 IN"
 */
import type { Candidate } from '../span.js';
import { isCountry } from './countries.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { has, matchesOf } from './util.js';

// A battalion's branch after its number, as charts abbreviate it.
const BRANCH = String.raw`(?:IN|INF|CAV|FA|AR|EN|AVN|ADA|SF|BSB|MP|Inf|Infantry|Cav|Cavalry|Marines|FA)`;
// A company, troop or battery of a numbered battalion: "B Co, 3-15 IN", "C Trp, 1-10 CAV", "A Co, 1/7 Cav", "HHC 2-8 IN".
const COMPANY = new RegExp(String.raw`\b(?:[A-HM]|HHC|HHB|HHT|HSC|FSC|Wpns|Weapons)[ \t]+(?:Co|CO|Trp|TRP|Btry|BTRY|Company|Troop|Battery)\.?,?[ \t]+\d{1,2}[-/]\d{1,3}(?:st|nd|rd|th)?[ \t]+${BRANCH}\b`, 'g');
// A battalion or squadron of a numbered regiment: "1st Bn, 12th Inf", "3rd Bn, 1st Marines", "2nd Bn, 75th Ranger Regt".
const BATTALION = /\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Bn|BN|Battalion|Sqdn|Squadron)\.?,?[ \t]+\d{1,3}(?:st|nd|rd|th)[ \t]+(?:(?:Ranger|Marine|Infantry|Cavalry|Armor|Aviation|Special[ \t]+Forces)[ \t]+)?(?:Inf|INF|Infantry|Marines|Cav|CAV|Cavalry|FA|Field[ \t]+Artillery|Armor|Regt|Regiment|Engineers?|Aviation|SFG|Group)\b\.?/g;
// A battalion named by its kind: "1st Tank Bn", "3rd Recon Battalion", "2nd LAR Bn".
const KIND_BATTALION = /\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Tank|Recon|Reconnaissance|LAR|AAV|Amtrac|Combat[ \t]+Engineer|Ranger|Medical|Maintenance|Transportation|Signal|MP|Military[ \t]+Police|Supply|Support)[ \t]+(?:Bn|BN|Battalion)\b/g;
// A battalion's short form in capitals after its number pair: "5-20 IN", "2-8 FA" (not "10-20 IN" of a range in inches).
const SHORT_BATTALION = /(?<![\w/.-])[1-9]-\d{1,3}[ \t]+(?:IN|CAV|FA|AR|EN|AVN|ADA)\b(?![ \t]*(?:\d|range|tall|long|wide|RANGE|TALL|LONG|WIDE))/g;
// A squadron or a construction battalion by its designator: "VAQ-132", "VFA-86", "HMLA-169", "MCB-133", "NMCB 74" (not
// "VS 142", "VF 200", "HS 12": vital signs, a shock and bedtime share the letters).
const DESIGNATOR = /\b(?:VAQ|VFA|VAW|VQ|HSC|HSM|VMFA|VMA|VMGR|HMLA|HMH|HMM|VMM|MCB|NMCB)-\d{1,3}\b|\bN?MCB[ \t]\d{1,3}\b/g;
// A forward base, combat outpost, landing zone or fire base by its name: "FOB Salerno", "COP Keating", "LZ X-Ray",
// "Firebase Ripcord".
const OUTPOST = /\b(?:FOB|COP|COB|LZ|FSB|Firebase|Fire[ \t]+Base)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/dgu;
// An air base abroad by its town: "Balad AB", "Bagram AB" (bases at home are "AFB", see bases-and-airports.ts).
const AIR_BASE = /\b(\p{Lu}\p{Ll}[\p{L}'’-]+[ \t]+AB)\b/dgu;
// A joint base's letters, alone or with its part: "JBLM", "JBSA-Lackland", "JBER".
const JOINT_BASE = /\bJB(?:LM|ER|PHH|MDL|AB|LE|CHS|SA|MHH)(?:-\p{Lu}\p{L}+)?(?![\p{L}])/gu;

// Words of war and service that tell a forward operating base from the father of the baby.
const WAR_TALK = /\b(?:army|marines?|usmc|soldier|deployed|deployments?|deployment|tours?|oif|oef|ond|iraq|afghanistan|vietnam|combat|ied|patrol|convoy|veteran|vet|infantry|battalion)\b/i;

// Where a veteran served, with the year, in a list about service: "(39 yo M, Army OIF, Tal Afar 2005)", "Camp Taji
// 2006-07; Fort Hood 2004-2010".
const SERVED_AT = /(?<=[(,;][ \t]*)(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]+(?:19[4-9]\d|20[0-4]\d)(?:-\d{2,4})?(?=[ \t]*[,;)])/dgu;
// Words before a year that say when or who, not where: services, wars, ranks, months.
const NOT_SERVED_AT = /^(?:Army|Navy|Marines?|USMC|USAF|USN|USCG|Air|Force|Guard|Reserve|Reserves|OIF|OEF|OND|Vietnam|Korea|Gulf|War|WWII|Desert|Storm|Shield|Since|Until|From|In|Dx|DX|Hx|Sx|Rx|Tx|Retired|Ret|Discharged|Separated|Enlisted|Deployed|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)$/;

/** Words that name no outpost after "LZ" or "COP" ("LZ Clear", "COP Meeting"): everyday and clinical words. */
function outpostName(name: string): boolean {
  return name.split(/[ \t]+/).every((w) => {
    const f = vocabulary().flags(w.toLowerCase());
    return !(f & (F.CLINICAL | F.ABBREV)) && (!(f & F.COMMON) || (f & (F.FIRST | F.LAST | F.PLACE)) !== 0);
  });
}

/**
 * Find military units, outposts, squadrons and joint bases.
 *
 * @example
 * recognizeMilitaryUnits('OIF vet (3rd Bn, 1st Marines, Fallujah 2004)').length; // 1
 */
export function recognizeMilitaryUnits(text: string): Candidate[] {
  // (Cheap test first: most notes name no unit.)
  if (!has(/\d(?:st|nd|rd|th)?[ \t]+(?:IN|INF|CAV|FA|AR|EN|AVN|ADA|SF|BSB|MP|Inf|Cav|Marines|Bn|BN|Battalion|Sqdn|Squadron|Tank|Recon|LAR|AAV|Ranger)\b|\b(?:VAQ|VFA|VAW|VQ|HSC|HSM|VMFA|VMA|VMGR|HMLA|HMH|HMM|VMM|N?MCB)[ -]\d|\b(?:FOB|COP|COB|LZ|FSB|Firebase|Fire Base)[ \t]+\p{Lu}|[ \t]AB\b|\bJB[A-Z]|\b(?:OIF|OEF|OND|Vietnam|Korea|Gulf War|Army|Navy|USMC|Marines|Air Force)\b/u, text)) return [];
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    out.push({ category: 'LOCATION', score: 0.9, start, end, kind: 'business' });
  };
  for (const re of [COMPANY, BATTALION, KIND_BATTALION, SHORT_BATTALION, DESIGNATOR, JOINT_BASE]) for (const m of matchesOf(re, text)) push(m.index!, m.index! + m[0].length);
  // ("FOB Marcus Wallace visiting": on a maternity ward the father of the baby, named as a person, is no forward base.)
  const military = has(WAR_TALK, text);
  for (const m of matchesOf(OUTPOST, text)) {
    const fob = /^FOB/.test(m[0]);
    // (In a note about war a base's name may be any word, "LZ Buttons", "FOB Cobra", but not the landing zone's state.)
    const named = military ? !/^(?:clear|secure|hot|cold|open|closed|ready|safe|marked|lit|unsafe)$/i.test(m[1]) && !(vocabulary().flags(m[1].toLowerCase()) & (F.CLINICAL | F.ABBREV)) : outpostName(m[1]);
    if (!named || (fob && (!military || vocabulary().flags(m[1].split(/[ \t]/)[0].toLowerCase()) & F.FIRST))) continue;
    push(m.index!, m.indices![1][1]);
  }
  if (military) for (const m of matchesOf(SERVED_AT, text)) {
    const words = m[1].split(/[ \t]+/);
    // (A town may hold an everyday word, "Tal Afar", but not only everyday words, and none of medicine.)
    const flags = words.map((w) => vocabulary().flags(w.toLowerCase()));
    if (words.some((w) => NOT_SERVED_AT.test(w) || isCountry(w.toLowerCase())) || flags.some((f) => f & (F.CLINICAL | F.ABBREV)) || flags.every((f) => f & F.COMMON && !(f & (F.PLACE | F.FIRST | F.LAST)))) continue;
    push(...(m.indices![1] as [number, number]));
  }
  for (const m of matchesOf(AIR_BASE, text)) if (outpostName(m[1].slice(0, -3))) push(...(m.indices![1] as [number, number]));
  return out;
}
