/**
 * Addresses as Puerto Rico, Mexico and the rest of the Spanish-speaking world write them: a street named after its
 * Spanish word ("Calle Betances #14", "Camino Los Romero", "Avenida de la Paz 210"), a highway by its kilometre ("Carr. 865
 * Km 3.2"), and the barrio, urbanización, sector or colonia a house stands in ("Bo. Candelaria", "Urb. Villa Carolina",
 * "Col. Santa Fe"). Each is a street address or its neighbourhood under Safe Harbor.
 *
 * @example
 * recognizeSpanishAddresses('batteries mailed to Calle Betances #14, Juana Díaz'); // a LOCATION over "Calle Betances #14"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { has, matchesOf } from './util.js';

// A name's words: capitalised, with the particles of Spanish names between them ("de la Paz", "Los Romero").
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|del|la|las|los|y)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+){0,2}`;
// A street by its Spanish word, with its number after it when there is one.
const STREET = new RegExp(String.raw`\b(?:Calle|CALLE|Camino|CAMINO|Callejón|Callejon|Calzada|Paseo|Avenida|AVENIDA|Avda\.)[ \t]+(?:(?:de|del|la|las|los)[ \t]+){0,2}${NAME}(?:[ \t]*(?:#|No\.?|Núm\.?|Num\.?)?[ \t]*\d{1,5}[A-Z]?(?![\d/]))?`, 'gu');
// A highway and its kilometre: "Carr. 865 Km 3.2", "Carretera 2 km 14".
const HIGHWAY_KM = /\b(?:Carr\.|CARR\.|Carretera|CARRETERA)[ \t]*#?[ \t]*\d{1,4}(?:[ \t]*,?[ \t]*(?:Km|KM|km)\.?[ \t]*\d{1,3}(?:\.\d{1,2})?)?/g;
// The barrio, urbanización, sector, parcelas or colonia: "Bo. Candelaria", "Urb. Villa Carolina", "Col. Santa Fe".
const NEIGHBOURHOOD = new RegExp(String.raw`\b(?:Bo\.|BO\.|Barrio|BARRIO|Urb\.|URB\.|Urbanización|Urbanizacion|URBANIZACION|Parcelas|PARCELAS|Sector|SECTOR|Col\.|Colonia|COLONIA|Reparto|Residencial|RESIDENCIAL)[ \t]+${NAME}`, 'gu');

/**
 * Find Spanish-language street addresses and neighbourhoods.
 *
 * @example
 * recognizeSpanishAddresses('Address visited: Carr. 865 Km 3.2, Bo. Candelaria').length; // 2
 */
export function recognizeSpanishAddresses(text: string): Candidate[] {
  // (Cheap test first: most notes hold no Spanish address word.)
  if (!has(/Calle|CALLE|Camino|CAMINO|Callej|Calzada|Paseo|Avenida|AVENIDA|Avda\.|Carr|CARR|Bo\.|BO\.|Barrio|BARRIO|Urb|URB|Parcelas|PARCELAS|Sector|SECTOR|Col\.|Colonia|COLONIA|Reparto|Residencial|RESIDENCIAL/, text)) return [];
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    out.push({ category: 'LOCATION', score: 0.8, start, end, kind: 'street' });
  };
  for (const m of matchesOf(STREET, text)) push(m.index!, m.index! + m[0].replace(/[ \t.]+$/, '').length);
  for (const m of matchesOf(HIGHWAY_KM, text)) push(m.index!, m.index! + m[0].length);
  for (const m of matchesOf(NEIGHBOURHOOD, text)) {
    // ("Sector Chief", "Col. Ret.": a word of rank or of medicine after the word is no neighbourhood.)
    const name = m[0].replace(/^\S+[ \t]+/, '');
    if (isMedicalTerm(name.split(/[ \t]+/)[0].toLowerCase()) || /^(?:Chief|Commander|Ret|Retired|USA|USAF|USMC|MC|Supervisor|Manager)\b/.test(name)) continue;
    push(m.index!, m.index! + m[0].replace(/[ \t.]+$/, '').length);
  }
  return out;
}
