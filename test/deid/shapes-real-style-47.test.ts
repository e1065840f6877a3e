/**
 * Shapes from stop 59's development work: specialty clinics at ordinary PHI density (pulmonology, rheumatology, infectious
 * disease, hepatology, endocrinology, geriatrics, urology, wound and ostomy care, palliative care), run reports where
 * places carry the PHI, and a refugee and travel clinic. What stays: an everyday word after a role in a sentence written
 * with capitals, a clinic named for what it treats, brands and eponymous scales of the new vocabulary lists. What is
 * found: interpreters by their booking numbers, an alien registration number with its letter, firms of rural trades,
 * towns of the wider world and the surnames of naming traditions the census holds poorly. Each example is our own,
 * written for this test.
 */
import { family, kept } from './shape-helpers.js';

kept('an everyday word after a role, in a sentence written with capitals', [
  ['He is motivated and will join dietitian sessions.', ['sessions']],
  ['Daughter is tired; caregiver burden rechecked with the short Zarit.', ['burden']],
]);

kept('clinics named for what they treat, brands and eponymous scales', [
  ['MEMORY CLINIC - INITIAL EVALUATION\nReferred by PCP for word-finding trouble.', ['MEMORY CLINIC']],
  ['Falls Clinic Assessment\nTUG 16 s, Berg 41/56.', ['Falls Clinic']],
  ['Prep: Suflave split dose. Iron: ferric maltol (Accrufer).', ['Suflave', 'Accrufer']],
  ['Function: Katz ADL 5/6, Lawton IADL 3/8.', ['Katz', 'Lawton']],
]);

family('interpreters by their booking numbers, and an alien registration number', [
  ['Arabic interpreter video, Rami #7713, for the whole visit.', ['Rami', '7713']],
  ['Vietnamese interpreter by phone (Lam, operator #40921) for history.', ['Lam', '40921']],
  ['Preferred interpreters: Naw Paw Say (#KR-04), Thra Kyaw (#KR-11).', ['KR-04', 'KR-11']],
  ['Court date set. EOIR no. A 241-093-778 per the attorney.', ['A 241-093-778']],
]);

family('firms of rural trades, towns of the wider world, surnames the census holds poorly', [
  ['Lineman for Big Prairie Electric Coop, fell from a pole.', ['Big Prairie Electric Coop']],
  ['Caller: HR, Midwest Plating & Finishing, about a chemical splash.', ['Midwest Plating & Finishing']],
  ['Plan Jan 4 to Mar 1: Eastleigh, then Hargeisa and Burao to see grandmother.', ['Hargeisa', 'Burao']],
  ['Ukrainian interpreter requested (Taras Lysenko).', ['Taras Lysenko']],
]);
