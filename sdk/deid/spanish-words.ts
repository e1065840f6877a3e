/**
 * Everyday Spanish in notes written partly or wholly in Spanish: the English word lists hold none of it, so the vocabulary
 * gate and the tagger read "toma la", "ayunas", "se murio despues de la vacuna" as names. A note is read as Spanish when it
 * holds three of the words only Spanish writes often; there a guessed name or place made only of everyday Spanish words
 * is dropped. Given names that are also words (Dolores, Luz, Paz, Rosario, Dulce) are not in the list.
 *
 * @example
 * spanishNote('vive con esposo y la nieta, hija viene los fines, no toma la metformina por la diarrea'); // true
 */

// Words English notes rarely write and Spanish ones often: three distinct make a note Spanish.
const SIGNAL = new Set('que con por para una los las del esta está tiene tienen pero muy hoy vive dice también tambien porque cuando donde hace viene'.split(' '));

// Any one of them, as a word in any case: the cheap first test, made from the same list so the two cannot part.
const QUICK = new RegExp(String.raw`(?<![\p{L}])(?:${[...SIGNAL].join('|')})(?![\p{L}])`, 'iu');

// Everyday Spanish: function words, kin, time, home, body, care and the words of a visit.
const COMMON = new Set(
  `de la el los las un una unos unas y o u e que se su sus con sin por para en del al lo le les me mi mis te tu tus nos es son
  esta está estan están estoy era fue ser hay ha he han muy mas más ya no si sí pero como cuando donde porque tambien también
  todo toda todos todas otro otra hoy ayer manana mañana dia día dias días año años mes semana vez veces bien mal mejor peor
  poco mucho mucha muchos casa calle carro trabajo trabaja vive viene va van tiene tienen toma tomar traer dice dijo dar di da
  hace hacer siente sintio sintió sigue puede quiere necesita gracias buenos buenas noches tardes ella él ellos ellas usted
  ustedes hijo hija hijos hijas esposo esposa mama mamá papa papá abuela abuelo nieta nieto tia tía tio tío primo prima vecino
  vecina agua comida azucar azúcar ayunas salud seguro visita visitas cita citas clinica clínica medico médico doctora
  enfermera cel celular numero número pies pie dedo gordo callo heridas folleto cuidado derecho der izq izquierdo atras atrás
  tienda tiendita escuela iglesia ahi ahí aqui aquí alla allá dolor fiebre tos presion presión pastillas medicina medicinas
  receta carta papeles tarjeta charla cuarentena barro caliente baja plato ruda canela moringa aire riesgo condado zona norte
  sur este oeste transporte vacuna vacunas niños niñas ultimo último valido válido sintomas síntomas suero tabaco vitamina
  silla ruedas salon salón seca sirva murio murió despues después acuerda regalaron sustituye estoy viejo vieja`.split(/\s+/),
);

/**
 * Whether a note is written partly or wholly in Spanish: three distinct words only Spanish writes often.
 *
 * @example
 * spanishNote('Pt lives with his wife and daughter, no falls.'); // false
 */
export function spanishNote(text: string): boolean {
  // (Most notes hold none of the commonest: one scan for them before reading every word.)
  if (!QUICK.test(text)) return false;
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) if (SIGNAL.has(m[0]) && seen.add(m[0]).size >= 3) return true;
  return false;
}

/**
 * Whether every word of a span is everyday Spanish.
 *
 * @example
 * everydaySpanish('toma la'); // true
 */
export function everydaySpanish(span: string): boolean {
  const words = span.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((w) => COMMON.has(w));
}
