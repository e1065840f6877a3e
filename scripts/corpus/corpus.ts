/**
 * The annotated report corpus: a seeded cast of patients, several reports per patient of every
 * type, plus a few flagged exact and near duplicates. Pure and in-memory, so tests can call it.
 *
 * @example
 * const reports = generateCorpus({ count: 40, patients: 12, seed: 7 });
 * reports[0].phi; // [{ start, end, category }, ...]
 */
import { z } from 'zod';
import { TextBuilder } from './builder.js';
import { CONDITIONS } from './conditions.js';
import { addDays } from './dates.js';
import { buildCast, type Patient } from './people.js';
import { REPORT_TYPES, type GeneratedReport, type PhiSpan, type ReportType } from './phi.js';
import { Rng } from './rng.js';
import { eligible, TEMPLATES } from './templates.js';

/** Generator options. @example CorpusOptionsSchema.parse({ count: 360 }) */
export const CorpusOptionsSchema = z.object({
  // 360 reports over 120 patients: three per patient on average, enough for grouping and surrogate-consistency tests.
  count: z.number().int().min(1).default(360),
  // Defaults to a third of count so patients have several reports each.
  patients: z.number().int().min(1).optional(),
  // Fixed default seed so the committed corpus is reproducible with no arguments.
  seed: z.number().int().default(7),
  // About 2% duplicates: enough for dedup tests without distorting de-identification figures.
  duplicateRate: z.number().min(0).max(0.5).default(0.02),
}).strict();

/** Generator options, parsed. @example const o: CorpusOptions = CorpusOptionsSchema.parse({}); */
export type CorpusOptions = z.infer<typeof CorpusOptionsSchema>;

const OLDER = new Set(['parkinsons', 'hip', 'pacemaker', 'stroke', 'copd', 'colon-ca', 'chf', 'nstemi', 'aki', 'urosepsis', 'gibleed']);
const YOUNGER = ['pneumonia', 'appendicitis', 'cholecystitis', 'pe', 'crohns', 'hypothyroid', 'dm2'];

const pad4 = (n: number) => String(n).padStart(4, '0');

function assignConditions(rng: Rng, patients: Patient[]): void {
  const elderly = CONDITIONS.filter((c) => c.elderly);
  patients.forEach((p, i) => {
    // Round-robin first so every condition (and thus every report type) has patients, then elderly-appropriate picks.
    p.condition = p.age > 89 ? rng.pick(elderly).key : CONDITIONS[i % CONDITIONS.length].key;
    // Keep the cases plausible: the breast case is written for a woman, and diseases of later life
    // (Parkinson's, hip fracture, heart block...) are not given to patients under 50.
    if (p.condition === 'breast' && p.person.sex === 'M') p.condition = 'pe';
    if (p.age < 50 && OLDER.has(p.condition)) p.condition = rng.pick(YOUNGER);
  });
}

/** Ensure each report type has at least one eligible patient. */
function typesFor(patients: Patient[]): Map<ReportType, Patient[]> {
  const out = new Map<ReportType, Patient[]>();
  for (const t of REPORT_TYPES) {
    out.set(t, patients.filter((p) => eligible(t, CONDITIONS.find((c) => c.key === p.condition)!)));
  }
  return out;
}

/**
 * Generate `count` annotated reports (duplicates included in the count).
 *
 * @example
 * generateCorpus({ count: 18, seed: 1 }).map((r) => r.reportType);
 */
export function generateCorpus(options: Partial<CorpusOptions> = {}): GeneratedReport[] {
  const parsed = CorpusOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`generateCorpus: invalid options: ${z.prettifyError(parsed.error)}`);
  const opts = parsed.data;
  const rng = new Rng(opts.seed);
  const nPatients = opts.patients ?? Math.max(1, Math.round(opts.count / 3));
  const cast = buildCast(rng, nPatients);
  assignConditions(rng, cast.patients);
  const byType = typesFor(cast.patients);
  const nDup = Math.floor(opts.count * opts.duplicateRate);
  const nOriginal = opts.count - nDup;
  const load = new Map<string, number>(cast.patients.map((p) => [p.id, 0]));
  const visits = new Map<string, number>();
  const reports: GeneratedReport[] = [];
  for (let i = 0; i < nOriginal; i++) {
    let type = REPORT_TYPES[i % REPORT_TYPES.length];
    let pool = byType.get(type)!;
    if (pool.length === 0) { type = 'progress_note'; pool = cast.patients; }
    // Least-loaded eligible patient first, so reports spread over patients and each has several.
    const min = Math.min(...pool.map((p) => load.get(p.id)!));
    const patient = rng.pick(pool.filter((p) => load.get(p.id) === min));
    load.set(patient.id, min + 1);
    const visit = visits.get(patient.id) ?? 0;
    visits.set(patient.id, visit + 1);
    const cond = CONDITIONS.find((c) => c.key === patient.condition)!;
    const b = new TextBuilder();
    const clinician = rng.chance(0.3) ? patient.pcp : rng.pick(cast.clinicians);
    TEMPLATES[type]({ rng, b, patient, cast, cond, date: addDays(patient.anchor, visit * rng.int(1, 20)), clinician });
    const built = b.build();
    reports.push({ id: '', patientId: patient.id, reportType: type, text: built.text, phi: built.phi, intended: built.intended });
  }
  // Shuffle so types and patients interleave as they would in an export, then number them.
  const ordered = rng.shuffle(reports);
  ordered.forEach((r, i) => { r.id = `rpt-${pad4(i + 1)}`; });
  for (let k = 0; k < nDup; k++) {
    const src = ordered[rng.int(0, nOriginal - 1)];
    const id = `rpt-${pad4(nOriginal + k + 1)}`;
    if (k % 2 === 0) {
      ordered.push({ ...src, id, phi: src.phi.map((s) => ({ ...s })), intended: [...src.intended], duplicateOf: src.id });
    } else {
      ordered.push(nearDuplicate(rng, src, id));
    }
  }
  return ordered;
}

/** A near duplicate: a copy with a header line added and an addendum appended (spans shifted). */
function nearDuplicate(rng: Rng, src: GeneratedReport, id: string): GeneratedReport {
  const prefix = rng.pick(['CORRECTED COPY\n', '*** AMENDED REPORT ***\n', 'Copy for records\n']);
  const suffix = rng.pick(['\nAddendum: reviewed, no change to conclusions.', '\nAddendum: typographical error corrected.', '\n(duplicate sent to referrer)']);
  const phi: PhiSpan[] = src.phi.map((s) => ({ start: s.start + prefix.length, end: s.end + prefix.length, category: s.category }));
  return { id, patientId: src.patientId, reportType: src.reportType, text: `${prefix}${src.text}${suffix}`, phi, intended: [...src.intended], duplicateOf: src.id };
}
