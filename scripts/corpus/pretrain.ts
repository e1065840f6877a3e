/**
 * PHI-free clinical prose for pretraining the tiny embedded model: the same clinical material as
 * the reports, with no names, dates, identifiers or places ("the patient", relative time only)
 * and ages 89 or under. Documents are separated by one blank line.
 *
 * @example
 * const { text, documents } = generatePretrain(7, 200_000);
 */
import { TextBuilder } from './builder.js';
import { CONDITIONS, prettyStudy, type Condition } from './conditions.js';
import { Rng } from './rng.js';
import * as S from './sections.js';

/** Result of a pretraining-text build. @example generatePretrain(1, 10_000).bytes */
export interface PretrainText {
  text: string;
  documents: number;
  bytes: number;
  kinds: Record<string, number>;
}

function narrative(ctx: S.SectionContext): void {
  const { b, rng, cond } = ctx;
  S.hpi(ctx); b.t('\n'); S.exam(ctx); b.t('\n'); S.labs(ctx); b.t('\n');
  b.t(`${prettyStudy(cond.imaging.study)}: ${rng.pick(cond.imaging.findings)}\n\n`);
  S.assessment(ctx);
}

function radiology(ctx: S.SectionContext): void {
  const { b, rng, cond } = ctx;
  b.t(`${cond.imaging.study}\n\n`);
  S.header(ctx, 'history'); b.t(`${rng.pick(cond.symptoms)}. Evaluate for ${cond.dx.toLowerCase()}.\n\n`);
  S.findings(ctx); b.t('\n'); S.impression(ctx);
}

function pathology(ctx: S.SectionContext, c: Condition): void {
  const p = c.pathology!;
  ctx.b.t(`SPECIMEN: ${p.specimen}\n\nGross description: ${p.gross.join(' ')}\n\nMicroscopic description: ${p.micro.join(' ')}\n\n`);
  S.header(ctx, 'diagnosis'); ctx.b.t(`${p.diagnosis.join(' ')}\n`);
}

function operative(ctx: S.SectionContext, c: Condition): void {
  const p = c.procedure!;
  ctx.b.t(`PROCEDURE: ${p.name}\nINDICATION: ${p.indication}\n\nFINDINGS: ${p.findings.join(' ')}\n\nDESCRIPTION: The patient was brought to the operating room and a time-out was performed. ${p.steps.join(' ')} The patient tolerated the procedure well.\n`);
}

function overview(ctx: S.SectionContext): void {
  const { b, rng, cond } = ctx;
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs[0] ?? '');
  b.t(`${cond.dx} (ICD-10 ${cond.icd}) is managed by ${cond.specialty.toLowerCase()}. `);
  b.t(`Patients typically report ${list(rng.sample(cond.symptoms, 3))}. `);
  b.t(`On examination, ${rng.pick(cond.exam).replace(/^\w/, (c) => c.toLowerCase())} `);
  const labs = Object.entries(cond.labs).map(([k, f]) => `${f === 'H' ? 'raised' : 'low'} ${k.toUpperCase()}`);
  if (labs.length) b.t(`Laboratory work often shows ${list(labs)}. `);
  b.t(`Imaging (${prettyStudy(cond.imaging.study)}) may show: ${rng.pick(cond.imaging.findings).replace(/^\w/, (c) => c.toLowerCase())} `);
  b.t(`Management includes: ${cond.plan.slice(0, 3).join(' ')}`);
  if (cond.meds.length) b.t(` Typical medications: ${cond.meds.slice(0, 3).join('; ')}.`);
  b.t('\n');
}

/**
 * Build about `targetBytes` of UTF-8 text from the seed.
 *
 * @example
 * generatePretrain(7, 1_500_000).documents;
 */
export function generatePretrain(seed: number, targetBytes: number): PretrainText {
  const rng = new Rng(seed * 7919 + 1);
  const docs: string[] = [];
  const kinds: Record<string, number> = {};
  let bytes = 0;
  while (bytes < targetBytes) {
    const cond = rng.pick(CONDITIONS);
    const b = new TextBuilder();
    // Ages capped at 89: older ages are PHI and must not appear in PHI-free text.
    const ctx = S.makeContext(rng, b, cond, cond.elderly ? rng.int(60, 89) : rng.int(22, 80), cond.key === 'breast' ? 'F' : rng.pick(['F', 'M'] as const), true);
    const options = ['narrative', 'radiology', 'overview', ...(cond.pathology ? ['pathology'] : []), ...(cond.procedure ? ['operative'] : [])];
    const kind = rng.pick(options);
    if (kind === 'narrative') narrative(ctx);
    else if (kind === 'radiology') radiology(ctx);
    else if (kind === 'pathology') pathology(ctx, cond);
    else if (kind === 'operative') operative(ctx, cond);
    else overview(ctx);
    const built = b.build();
    if (built.phi.length > 0) throw new Error(`pretrain document ${docs.length}: ${built.phi.length} PHI span(s) written in PHI-free mode`);
    const doc = built.text.trim().replace(/\n{2,}/g, '\n');
    docs.push(doc);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    bytes += Buffer.byteLength(doc, 'utf8') + 2;
  }
  const text = `${docs.join('\n\n')}\n`;
  return { text, documents: docs.length, bytes: Buffer.byteLength(text, 'utf8'), kinds };
}

/** README for data/pretrain. @example pretrainReadme(generatePretrain(7, 1000), 7, 1000) */
export function pretrainReadme(p: PretrainText, seed: number, targetBytes: number): string {
  return `# PHI-free clinical text for pretraining

\`clinical.txt\`: ${p.documents} short clinical documents (${p.bytes} bytes, UTF-8), separated by one blank line
(inside a document there are no blank lines). Written by \`scripts/corpus/pretrain.ts\` from the same clinical
templates as the annotated corpus, with no names, dates, identifiers or places: subjects are "the patient",
times are relative, ages are 89 or under. Intended for pretraining the tiny embedded model (data/models/medtune-tiny).

Document kinds: ${Object.entries(p.kinds).map(([k, v]) => `${k} ${v}`).join(', ')}.

Regenerate: \`npx tsx scripts/corpus/generate.ts --seed ${seed} --pretrain-bytes ${targetBytes} --force\`
(the whole data/ set is regenerated together).
`;
}
