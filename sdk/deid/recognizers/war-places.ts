/**
 * Where veterans served and survivors were held: "Army, 1967-68, Pleiku, Dak To", "1st Cav, An Khe", "LZ Buttons and Song
 * Be", "45th ID, Old Baldy sector", "survived the Bataan Death March", "the ghetto and Auschwitz". Service and trauma
 * histories name these places as plainly as a home town, and most are two short words no gazetteer of towns holds, or
 * words English uses ("Old Baldy", "My Tho").
 *
 * The list is of places named in histories of the wars of the last century (Vietnam, Korea, the Second World War and the
 * camps, the Gulf, Iraq, Afghanistan), matched in title case or capitals; a landing zone or a fire base by its name.
 *
 * @example
 * recognizeWarPlaces('1st Cav, An Khe, 1968')[0].end; // 14
 */
import type { Candidate } from '../span.js';
import { has, matchAll } from './util.js';

// Each name as written in title case; capitals are matched too.
const PLACES = [
  // Vietnam
  'Dak To', 'An Khe', 'My Tho', 'Song Be', 'Chu Lai', 'Khe Sanh', 'Cu Chi', 'Phu Bai', 'Quang Tri', 'Bien Hoa', 'Long Binh',
  'Cam Ranh Bay', 'Cam Ranh', 'Tay Ninh', 'Dong Ha', 'Da Nang', 'Nha Trang', 'Qui Nhon', 'Ban Me Thuot', 'A Shau', 'Ia Drang',
  'Con Thien', 'Lai Khe', 'Duc Pho', 'Vung Tau', 'Can Tho', 'Rach Gia', 'Ben Tre', 'Phu Cat', 'Tan Son Nhut', 'Bong Son',
  'Dau Tieng', 'Hamburger Hill', 'Pleiku', 'Kontum', 'Cholon', 'Hoa Lo', 'Quang Ngai', 'Tuy Hoa', 'Phan Rang', 'Dong Tam',
  // Korea
  'Chosin', 'Pork Chop Hill', 'Old Baldy', 'Heartbreak Ridge', 'Bloody Ridge', 'Kunu-ri', 'Hungnam', 'Pusan', 'Inchon',
  'Chipyong-ni', 'Koje-do', 'Pyoktong', 'Panmunjom',
  // The Second World War and the camps
  'Bataan', 'Corregidor', 'Iwo Jima', 'Okinawa', 'Guadalcanal', 'Tarawa', 'Peleliu', 'Bastogne', 'Anzio', 'Omaha Beach',
  'Utah Beach', 'Huertgen', 'Hürtgen', 'Remagen', 'Dachau', 'Auschwitz', 'Birkenau', 'Buchenwald', 'Bergen-Belsen',
  'Treblinka', 'Sobibor', 'Majdanek', 'Theresienstadt', 'Mauthausen', 'Ravensbrück', 'Ravensbruck', 'Cabanatuan',
  // The Gulf, Iraq and Afghanistan
  'Fallujah', 'Ramadi', 'Haditha', 'Balad', 'Tikrit', 'Baqubah', 'Tal Afar', 'Kandahar', 'Helmand', 'Bagram', 'Kunar',
  'Korengal', 'Marjah', 'Sangin', 'Khost', 'Camp Leatherneck', 'Camp Bastion', 'Camp Arifjan', 'Camp Buehring', 'Khobar Towers',
];
const PLACE = new RegExp(String.raw`(?<![\p{L}'’-])(?:${PLACES.flatMap((p) => [p, p.toUpperCase()]).join('|')})(?![\p{L}'’-])`, 'gu');
// A landing zone or fire base by its name: "LZ Buttons", "FSB Ripcord", "Firebase Mary Ann".
const LANDING_ZONE = /\b(?:LZ|FSB|Firebase|FIREBASE|Fire[ \t]+Base|FIRE[ \t]+BASE)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/dgu;
// Words that name a war or a service, one of which a note about these places carries.
const SERVICE = /\b(?:army|navy|marines?|usmc|air[ \t]+force|vet(?:eran)?s?|war|served|deploy(?:ed|ment)s?|tour|combat|pow|cav|infantry|division|regiment|battalion|company|platoon|survivor|holocaust|camp|ghetto|death[ \t]+march|liberated|oif|oef|ptsd|stressor)\b/i;

/**
 * Places of war and of the camps, named in service and trauma histories.
 *
 * @example
 * recognizeWarPlaces('Army, 1967-68, Pleiku, Dak To').length; // 2
 */
export function recognizeWarPlaces(text: string): Candidate[] {
  if (!has(SERVICE, text)) return [];
  return [
    ...matchAll(PLACE, text, () => ({ category: 'LOCATION', score: 0.85, kind: 'city' })),
    ...matchAll(LANDING_ZONE, text, (m) => ({ category: 'LOCATION', score: 0.7, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' })),
  ];
}
