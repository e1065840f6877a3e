/**
 * Clinical section writers shared by every report template and by the PHI-free pretraining
 * text. They write only clinical language (plus ages, annotated when over 89); identifiers are
 * added by the templates. Header styles vary per report so a section splitter has real work.
 *
 * @example
 * const ctx = makeContext(rng, new TextBuilder(), CONDITIONS[0], 67, 'F');
 * header(ctx, 'hpi'); hpi(ctx);
 */
import { TextBuilder } from './builder.js';
import type { Condition } from './conditions.js';
import { formatLab, labValue, LABS, type LabKey } from './labs.js';
import type { Rng } from './rng.js';

/** What a section writer needs. @example ctx.b.t('text') */
export interface SectionContext {
  rng: Rng;
  b: TextBuilder;
  cond: Condition;
  age: number;
  sex: 'F' | 'M';
  /** 0: "UPPER:" line, 1: "Title" line, 2: "Abbrev: " inline, 3: "UPPER" line without colon. */
  style: 0 | 1 | 2 | 3;
  /** Pretraining text: no PHI at all (ages over 89 never occur there). */
  phiFree: boolean;
  /** Traps already written in this report, so none repeats. */
  usedTraps: Set<string>;
}

/** Build a context with a random header style. @example makeContext(rng, b, cond, 70, 'M') */
export function makeContext(rng: Rng, b: TextBuilder, cond: Condition, age: number, sex: 'F' | 'M', phiFree = false): SectionContext {
  return { rng, b, cond, age, sex, style: rng.pick([0, 1, 2, 3] as const), phiFree, usedTraps: new Set() };
}

const HEADERS = {
  complaint: ['CHIEF COMPLAINT', 'Chief Complaint', 'CC', 'PRESENTING COMPLAINT'],
  hpi: ['HISTORY OF PRESENT ILLNESS', 'History of Present Illness', 'HPI', 'HISTORY'],
  pmh: ['PAST MEDICAL HISTORY', 'Past Medical History', 'PMH', 'PMHX'],
  meds: ['MEDICATIONS', 'Medications', 'Meds', 'CURRENT MEDICATIONS'],
  allergies: ['ALLERGIES', 'Allergies', 'All', 'ALLERGIES'],
  social: ['SOCIAL HISTORY', 'Social History', 'SHx', 'SOCIAL'],
  exam: ['PHYSICAL EXAMINATION', 'Physical Exam', 'PE', 'EXAMINATION'],
  labs: ['LABORATORY DATA', 'Laboratory Results', 'Labs', 'LABS'],
  findings: ['FINDINGS', 'Findings', 'Findings', 'FINDINGS'],
  impression: ['IMPRESSION', 'Impression', 'Impression', 'IMPRESSION'],
  assessment: ['ASSESSMENT AND PLAN', 'Assessment/Plan', 'A/P', 'ASSESSMENT & PLAN'],
  diagnosis: ['DIAGNOSIS', 'Final Diagnosis', 'Dx', 'DIAGNOSES'],
  recommendations: ['RECOMMENDATIONS', 'Recommendations', 'Recs', 'FOLLOW-UP'],
  course: ['HOSPITAL COURSE', 'Hospital Course', 'Course', 'HOSPITAL COURSE'],
  technique: ['TECHNIQUE', 'Technique', 'Technique', 'TECHNIQUE'],
  history: ['CLINICAL HISTORY', 'Clinical History', 'Hx', 'INDICATION'],
} as const;

/** A section name. @example const s: SectionKey = 'labs'; */
export type SectionKey = keyof typeof HEADERS;

/** Write a section header in the report's style. @example header(ctx, 'impression') */
export function header(ctx: SectionContext, key: SectionKey): void {
  const name = HEADERS[key][ctx.style];
  if (ctx.style === 0) ctx.b.t(`${name}:\n`);
  else if (ctx.style === 1) ctx.b.t(`${name}\n`);
  else if (ctx.style === 2) ctx.b.t(`${name}: `);
  else ctx.b.t(`${name}\n`);
}

/** Write the patient's age: ages over 89 are PHI (AGE, the number only); younger ages are not. @example ageWords(ctx) */
export function ageWords(ctx: SectionContext, adjective = false): void {
  const { b, rng, age } = ctx;
  const phi = age > 89 && !ctx.phiFree;
  const n = String(age);
  const num = () => (phi ? b.p('AGE', n) : b.t(n));
  // After an article ('a 92-year-old') the 'aged 92' form would read wrongly, so adjective mode skips it.
  switch (adjective ? rng.pick([0, 1, 3, 4]) : rng.int(0, 4)) {
    case 0: num(); b.t('-year-old'); break;
    case 1: num(); b.t(' y/o'); break;
    case 2: b.t('aged '); num(); break;
    case 3: num(); b.t(' yo'); break;
    default: num(); b.t('-yr-old');
  }
}

const sexWord = (ctx: SectionContext) => ctx.rng.pick(ctx.sex === 'F' ? ['woman', 'female', 'F', 'lady'] : ['man', 'male', 'M', 'gentleman']);

const COMORBID = ['HTN', 'DM2', 'HLD', 'CKD stage 3', 'COPD', 'AFib', 'CAD', 'OSA on CPAP', 'GERD', 'hypothyroidism', 'osteoarthritis', 'BPH', 'depression', 'obesity'];

function comorbidFor(ctx: SectionContext): string[] {
  return ctx.sex === 'F' ? COMORBID.filter((c) => c !== 'BPH') : COMORBID;
}

/** Eponyms and word-names used as ordinary words: text that must NOT be flagged. @example trap(ctx) */
export const TRAPS = [
  'There is hope that mobility will improve with physiotherapy.',
  'Pt will return for wound check in 10 days.',
  'Will follow up on the pending cultures.',
  'Social work will grant a temporary transport voucher.',
  'No signs of Cushing\'s syndrome on exam.',
  'Remote hx of Hodgkin lymphoma treated with ABVD, in remission.',
  'Surgical hx includes a Whipple procedure for a benign pancreatic cyst.',
  'Glasgow Coma Scale 15; power 4/5 in the left hand, 5/5 elsewhere.',
  'Temperature rose to 38.4 C overnight and settled with acetaminophen.',
  'Symptoms are worst at dawn and ease by mid-morning.',
  'No melena or black stools reported.',
  'She describes a love of gardening and wants to get back to it.',
  'Joy in usual activities is preserved; PHQ-9 score 4.',
  'Takes half a tablet (1/2 tab) at night; 3/4 of doses taken per pillbox count.',
  'Babinski sign negative bilaterally; Romberg negative.',
  'Born at term; Apgar score 9 at 5 minutes per old records.',
  'Faith community visits weekly and provides meals.',
  'Concerned about the hospital bill; financial counselling offered.',
  'Appears younger than stated age; young children at home.',
  "No features of Graves' disease or Addison's disease.",
  'Denies Raynaud phenomenon; Homans sign not relied upon.',
  'Mini-Cog 4/5; Montreal Cognitive Assessment 26/30.',
  'Hx of MI in 2015 and CABG in 2016.',
];

/** Append one or two precision traps. @example trap(ctx) */
export function trap(ctx: SectionContext): void {
  const fresh = TRAPS.filter((s) => !ctx.usedTraps.has(s));
  for (const s of ctx.rng.sample(fresh, ctx.rng.int(1, 2))) {
    ctx.usedTraps.add(s);
    ctx.b.t(` ${s}`);
  }
}

/** Chief complaint. @example complaint(ctx) */
export function complaint(ctx: SectionContext): void {
  header(ctx, 'complaint');
  const s = ctx.rng.sample(ctx.cond.symptoms, ctx.rng.int(1, 2)).join(', ');
  ctx.b.t(`${s[0].toUpperCase()}${s.slice(1)}.\n`);
}

/** History of present illness, with abbreviations and comorbidities. @example hpi(ctx) */
export function hpi(ctx: SectionContext): void {
  const { b, rng, cond } = ctx;
  header(ctx, 'hpi');
  const lead = rng.pick(['Pt is a ', 'The patient is a ', 'This is a ', '']);
  b.t(lead);
  ageWords(ctx, lead !== '');
  b.t(` ${sexWord(ctx)} with ${rng.pick(['hx of', 'PMH significant for', 'a history of', 'known'])} ${rng.sample(comorbidFor(ctx), rng.int(1, 4)).join(', ')} `);
  b.t(`who presents with ${rng.sample(cond.symptoms, rng.int(2, 3)).join(', ')} for ${rng.int(1, 10)} ${rng.pick(['days', 'days', 'weeks'])}.`);
  for (const h of rng.sample(cond.history, rng.int(1, cond.history.length))) b.t(` ${h}`);
  if (rng.chance(0.6)) trap(ctx);
  b.t('\n');
}

/** Past medical history list. @example pmh(ctx) */
export function pmh(ctx: SectionContext): void {
  header(ctx, 'pmh');
  const items = ctx.rng.sample(comorbidFor(ctx), ctx.rng.int(2, 5));
  const bullet = ctx.rng.pick(['- ', '* ', '', '• ']);
  if (bullet === '') ctx.b.t(`${items.join('; ')}.\n`);
  else for (const i of items) ctx.b.t(`${bullet}${i}\n`);
}

/** Medication list, with unspaced units and sig abbreviations. @example meds(ctx) */
export function meds(ctx: SectionContext): void {
  header(ctx, 'meds');
  const extra = ['lisinopril 10mg daily', 'atorvastatin 40mg qhs', 'metformin 500mg b.i.d.', 'omeprazole 20mg daily', 'lactulose 15ml t.i.d. prn', 'sertraline 50mg daily', 'amlodipine 5mg daily', 'gabapentin 300mg t.i.d.', 'vitamin D3 1000 IU daily', 'oxycodone 5mg q6h prn'];
  const list = [...ctx.cond.meds, ...ctx.rng.sample(extra, ctx.rng.int(1, 3))];
  ctx.b.t(list.map((m, i) => `${i + 1}. ${m}`).join('\n'));
  ctx.b.t('\n');
}

/** Vitals and examination. @example exam(ctx) */
export function exam(ctx: SectionContext): void {
  const { b, rng } = ctx;
  header(ctx, 'exam');
  const chosen = rng.sample(ctx.cond.exam, rng.int(1, ctx.cond.exam.length));
  // Conditions whose exam already states vitals (shock, bradycardia) must not get a second, conflicting set.
  if (!chosen.some(hasVitals)) {
    b.t(`Vitals: T ${rng.float(36.2, 37.9, 1).toFixed(1)} C, HR ${rng.int(58, 104)}, BP ${rng.int(104, 162)}/${rng.int(58, 94)}, RR ${rng.int(12, 22)}, SpO2 ${rng.int(92, 99)}% ${rng.pick(['RA', 'on room air', 'on 2L NC'])}.`);
    b.t(` Wt ${rng.int(48, 118)}kg.`);
  }
  b.t(chosen.map((e, i) => (i === 0 && chosen.some(hasVitals) ? e : ` ${e}`)).join(''));
  b.t('\n');
}

/** True when an exam sentence states vital signs. @example hasVitals('HR 34, regular') === true */
export function hasVitals(sentence: string): boolean {
  return /\b(HR|BP|SpO2|RR) \d|\bT \d/.test(sentence);
}

/** Lab results: the condition's abnormal analytes plus a few normal ones. @example labs(ctx) */
export function labs(ctx: SectionContext): void {
  const { b, rng, cond } = ctx;
  header(ctx, 'labs');
  if (ctx.style === 2) b.t('\n');
  const keys = new Map<LabKey, 'H' | 'L' | 'N'>();
  for (const [k, f] of Object.entries(cond.labs)) keys.set(k as LabKey, f as 'H' | 'L');
  for (const k of rng.sample(['hgb', 'wbc', 'plt', 'na', 'k', 'cr', 'glu', 'alb'] as LabKey[], rng.int(3, 6))) if (!keys.has(k)) keys.set(k, 'N');
  for (const [k, f] of keys) b.t(`${formatLab(rng, LABS[k], labValue(rng, LABS[k], f), f)}\n`);
}

/** Imaging findings section. @example findings(ctx) */
export function findings(ctx: SectionContext): void {
  header(ctx, 'findings');
  const f = ctx.cond.imaging.findings;
  ctx.b.t(ctx.rng.sample(f, ctx.rng.int(Math.min(2, f.length), f.length)).join(ctx.rng.pick([' ', '\n'])));
  ctx.b.t('\n');
}

/** Imaging impression section. @example impression(ctx) */
export function impression(ctx: SectionContext): void {
  header(ctx, 'impression');
  ctx.cond.imaging.impression.forEach((s, i) => ctx.b.t(`${ctx.style === 2 ? '' : `${i + 1}. `}${s}${ctx.style === 2 ? ' ' : '\n'}`));
  if (ctx.style === 2) ctx.b.t('\n');
}

/** Assessment with diagnosis and ICD-10 code. @example assessment(ctx) */
export function assessment(ctx: SectionContext): void {
  const { b, rng, cond } = ctx;
  header(ctx, 'assessment');
  b.t(`${cond.dx} (ICD-10 ${cond.icd}). ${rng.sample(cond.assessment, rng.int(1, cond.assessment.length)).join(' ')}\n`);
  for (const p of cond.plan) b.t(`${rng.pick(['- ', '# ', '* '])}${p}\n`);
}

/** Recommendations / follow-up. @example recommendations(ctx) */
export function recommendations(ctx: SectionContext): void {
  header(ctx, 'recommendations');
  const extra = ['Return precautions reviewed: worsening SOB, chest pain, fever > 38.5 C.', 'Follow up with primary care in 1-2 weeks.', 'Medication reconciliation completed.', 'Pt will return if symptoms recur.'];
  ctx.b.t(ctx.rng.sample([...ctx.cond.plan, ...extra], ctx.rng.int(2, 4)).join('\n'));
  ctx.b.t('\n');
}
