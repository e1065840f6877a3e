/**
 * Military units, outposts, squadrons, joint bases and ships by hull number (sdk/deid/recognizers/military-units.ts and
 * bases-and-airports.ts). Each example is our own, written for this test.
 */
import { family, kept } from './shape-helpers.js';

family('places: a unit at battalion level or below, an outpost, a squadron, a joint base, a ship with its hull number', [
  ['Unit: B Co, 3-15 IN   Rank: SPC', ['B Co, 3-15 IN']],
  ['OIF vet (3rd Bn, 1st Marines, Fallujah 2004)', ['3rd Bn, 1st Marines']],
  ['Gulf War (USMC, 1st Tank Bn), lives alone', ['1st Tank Bn']],
  ['pt says "Stryker guys, 5-20 IN" deployed twice', ['5-20 IN']],
  ['Flight Surgeon, VAQ-132', ['VAQ-132']],
  ['2 OEF tours, mostly FOB Salerno, route clearance', ['FOB Salerno']],
  ['security forces, Balad AB 2005', ['Balad AB']],
  ['Med board out of JBLM 2016; daughter at JBSA-Lackland', ['JBLM', 'JBSA-Lackland']],
  ['flight deck of USS Forrestal (CV-59) x2 cruises', ['USS Forrestal (CV-59)']],
]);

kept('not places: vital signs, a shock, a range in inches, the father of the baby', [
  ['VS 142/88, HR 96', ['VS']],
  ['VF arrest, shocked VF 200 J x1', ['VF 200']],
  ['PEEP 5; 10-20 IN range on the chart', ['10-20 IN']],
]);

kept('not places: "FOB" on a maternity ward is the father of the baby', [['MOB rooming in, FOB present, bonding well', ['FOB']]]);

family('dates: a Spanish month abbreviation between a day and a year', [['Ingreso: 22 ene 2025   Egreso: 31 ene 2025', ['22 ene 2025', '31 ene 2025']]]);

kept('not names: the headings of a bilingual chart', [['Paciente: ver arriba. Fecha de cita: pendiente. Seguimiento en clínica.', ['Paciente', 'Fecha', 'Seguimiento']]]);

family('names: the writer\'s initials above an electronic signature, author and typist after the transcription date or before "Signed", "LAST,FIRST" in capitals', [
  ['F/u 4 wk.\n\nLPK\n/es/ LEILANI P KEOMAKA, Au.D.', ['LPK']],
  ['Plan reviewed.\n\nPNC\nElectronically signed 11/07/2023 15:55', ['PNC']],
  ['stressor.\nMO/cb   Signed 01/17/2024', ['MO', 'cb']],
  ['dictated 08/02/2023, transcribed 08/03/2023 FA/dmh', ['FA', 'dmh']],
  ['AUTHOR: FENNIMORE,ISOLDE R, PsyD     STATUS: COMPLETED', ['FENNIMORE', 'ISOLDE R']],
]);

kept('not names: a credential above the signature, problems run together with commas', [
  ['Plan as above.\nRN\nElectronically signed 11/07/2023', ['RN']],
  ['PMH: HTN,DM,CHF', ['HTN', 'DM', 'CHF']],
  ['Incoming call from Veteran at (478) 555-0163.', ['Veteran']],
  ['WWII veteran - Army, Puerto Rico National Guard activated', ['Army']],
  ['Falls risk (Morse) 45 - bed alarm on', ['Morse']],
]);

family('places: Spanish-language addresses, a highway by its kilometre, the barrio or urbanización', [
  ['batteries mailed to Calle Betances #14, Juana Díaz', ['Calle Betances #14']],
  ['Address visited: Carr. 865 Km 3.2, Bo. Candelaria, Toa Baja', ['Carr. 865 Km 3.2', 'Bo. Candelaria']],
  ['vive en Urb. Villa Carolina con su hija', ['Urb. Villa Carolina']],
]);

kept('not addresses: a rank after "Sector"', [['Sector Chief notified of the closure', ['Sector']]]);

family('places: where a veteran served, with its year, in a note about service', [
  ['Veteran (39 yo M, Army OIF, Tal Afar 2005) and partner', ['Tal Afar']],
  ['40 yo F, Army (supply sergeant, Camp Taji 2006-07; Fort Hood 2004-2010)', ['Camp Taji', 'Fort Hood']],
]);

kept('not places: a service, a war or a diagnosis before a year', [['Army veteran (Dx 2005, Vietnam 1968, Gulf War 1991)', ['Dx', 'Gulf War']]]);

kept('not names: ranks and the drugs, devices and ECG criteria of VA wards', [
  ['SSG on duty; SFC notified; CPT aware', ['SSG', 'SFC']],
  ['QTc 452 (Bazett) / 438 (Fridericia). No Wellens pattern. Sgarbossa N/A.', ['Bazett', 'Fridericia', 'Wellens', 'Sgarbossa']],
  ['hyperkalemia 5.8 treated with Lokelma 10 g', ['Lokelma']],
  ['Caregiver burden: Zarit 38 (moderate-severe)', ['Zarit']],
]);

family('ids and places: a chart\'s password or code word, an air or naval station by its name', [
  ['Password "seahorse" placed on chart.', ['seahorse']],
  ['Pt agreed to: code word "pineapple" w/ nurses', ['pineapple']],
  ['Father in Coast Guard (Air Station Elizabeth City); may transfer', ['Air Station Elizabeth City']],
]);

kept('not places: the nurses\' station', [['Navy vet; nurses station 4 called at 0200', ['station']]]);

family('places and names: a landing zone or base named by any word in a note about war, a submarine base, a surname before "M.D."', [
  ['Army 1968-1970, 11B, ambush at LZ Buttons', ['LZ Buttons']],
  ['Gulf War (Army, 101st Abn, FOB Cobra in Iraq 1991)', ['FOB Cobra']],
  ['submarines, then Submarine Base New London', ['Submarine Base New London']],
  ['Pt desires early discharge tomorrow AM.\nW. Dent M.D.', ['W. Dent']],
]);

kept('not places: the landing zone\'s state', [['deployed flight crew: LZ secure, pt loaded', ['secure']]]);

family('ids: a record number under its Spanish label', [
  ['No. de expediente 55123', ['55123']],
  ['Historia clínica: 77812-A', ['77812-A']],
  ['Expediente: HVB-00772815', ['HVB-00772815']],
]);

kept('not record numbers: an English record\'s date; not names: everyday Spanish', [
  ['EMERGENCY ROOM RECORD        DATE 6-3-78     TIME IN 1505', ['RECORD']],
  ['Tos y fiebre por dos semanas. Llame si empeora.', ['Tos', 'Llame']],
]);
