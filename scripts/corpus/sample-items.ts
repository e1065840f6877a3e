/**
 * Content for the format samples (MedQA, PubMedQA, MedDialog, Alpaca, ShareGPT, messages), built
 * from the condition material plus a few hand-written knowledge questions. All written for this
 * project; nothing is taken from the public datasets whose formats they imitate.
 *
 * @example
 * const items = medqaItems(new Rng(7));
 */
import { CONDITIONS, prettyStudy, type Condition } from './conditions.js';
import { formatLab, labValue, LABS, type LabKey } from './labs.js';
import { LETTERS, type Letter } from '../../sdk/data/records.js';
import type { Rng } from './rng.js';

/** One MedQA-style question. @example medqaItems(rng)[0].answer_idx */
export interface MedqaItem {
  question: string;
  options: Record<Letter, string>;
  answer: string;
  answer_idx: Letter;
  meta_info: string;
}

const HANDWRITTEN: { q: string; right: string; wrong: string[]; meta: string }[] = [
  { q: 'A patient started on lisinopril develops a dry, persistent cough. Accumulation of which substance is the most likely cause?', right: 'Bradykinin', wrong: ['Histamine', 'Angiotensin II', 'Aldosterone', 'Leukotriene D4'], meta: 'step1' },
  { q: 'Which electrolyte abnormality is the most immediately dangerous complication of insulin treatment in diabetic ketoacidosis if not monitored?', right: 'Hypokalemia', wrong: ['Hypernatremia', 'Hypercalcemia', 'Hypermagnesemia', 'Hyperphosphatemia'], meta: 'step1' },
  { q: 'A patient on warfarin has an INR of 9.0 and active bleeding. Besides stopping warfarin, which treatment reverses anticoagulation most rapidly?', right: 'Four-factor prothrombin complex concentrate with IV vitamin K', wrong: ['Oral vitamin K alone', 'Protamine sulfate', 'Idarucizumab', 'Desmopressin'], meta: 'step2&3' },
  { q: 'Which drug is the antidote for acetaminophen overdose?', right: 'N-acetylcysteine', wrong: ['Naloxone', 'Flumazenil', 'Fomepizole', 'Atropine'], meta: 'step1' },
  { q: 'Levodopa is given with carbidopa in Parkinson disease mainly to:', right: 'Inhibit peripheral conversion of levodopa to dopamine', wrong: ['Block central dopamine reuptake', 'Inhibit monoamine oxidase B', 'Stimulate dopamine D2 receptors directly', 'Increase levodopa absorption from the gut'], meta: 'step1' },
  { q: 'Which finding on ECG is most characteristic of severe hyperkalemia?', right: 'Peaked T waves with widened QRS', wrong: ['U waves', 'Delta waves', 'Prolonged QT with flat T waves', 'Electrical alternans'], meta: 'step1' },
  { q: 'Which organism is the most common cause of community-acquired pneumonia in adults?', right: 'Streptococcus pneumoniae', wrong: ['Klebsiella pneumoniae', 'Pseudomonas aeruginosa', 'Staphylococcus aureus', 'Legionella pneumophila'], meta: 'step1' },
  { q: 'A patient with heart failure with reduced ejection fraction asks which medication class has been shown to reduce mortality. Which is correct?', right: 'Beta blockers such as carvedilol', wrong: ['Loop diuretics', 'Digoxin', 'Non-dihydropyridine calcium channel blockers', 'Thiazolidinediones'], meta: 'step2&3' },
];

const article = (age: number) => (String(age).startsWith('8') || age === 18 || age === 11 ? 'An' : 'A');

/** MedQA-style items: case vignettes per condition plus hand-written knowledge questions. @example medqaItems(rng).length */
export function medqaItems(rng: Rng): MedqaItem[] {
  const items: MedqaItem[] = [];
  const make = (question: string, right: string, wrong: string[], meta: string) => {
    const opts = rng.shuffle([right, ...rng.sample(wrong, 4)]);
    const idx = opts.indexOf(right);
    const options = Object.fromEntries(LETTERS.map((l, i) => [l, opts[i]])) as MedqaItem['options'];
    items.push({ question, options, answer: right, answer_idx: LETTERS[idx], meta_info: meta });
  };
  for (const c of CONDITIONS) {
    const age = c.elderly ? rng.int(65, 85) : rng.int(25, 64);
    const sex = c.key === 'breast' ? 'woman' : rng.pick(['man', 'woman']);
    const labs = Object.entries(c.labs).map(([k, f]) => formatLab(rng, LABS[k as LabKey], labValue(rng, LABS[k as LabKey], f as 'H' | 'L'), f as 'H' | 'L'));
    const vignette = `${article(age)} ${age}-year-old ${sex} presents with ${rng.sample(c.symptoms, 2).join(' and ')}. ${rng.pick(c.history)} ${rng.sample(c.exam, 2).join(' ')}${labs.length ? ` Laboratory studies show: ${labs.join('; ')}.` : ''} ${rng.pick(c.imaging.findings)}`;
    const others = CONDITIONS.filter((o) => o.key !== c.key);
    make(`${vignette} Which of the following is the most likely diagnosis?`, c.dx, others.map((o) => o.dx), 'step1');
    if (rng.chance(0.5)) make(`${vignette} Which of the following is the most appropriate next step in management?`, c.plan[0], others.map((o) => o.plan[0]), 'step2&3');
  }
  for (const h of HANDWRITTEN) make(h.q, h.right, h.wrong, h.meta);
  return items;
}

/** One PubMedQA-style entry in the original shape. @example pubmedqaItems(rng)['90000001'].final_decision */
export interface PubmedqaItem {
  QUESTION: string;
  CONTEXTS: string[];
  LABELS: string[];
  MESHES: string[];
  final_decision: 'yes' | 'no' | 'maybe';
  LONG_ANSWER: string;
}

const STUDIES: { cond: string; question: string; intervention: string; control: string; outcome: string; mesh: string[]; higherIsBetter: boolean }[] = [
  { cond: 'pneumonia', question: 'Does early switch from intravenous to oral antibiotics shorten hospital stay in community-acquired pneumonia?', intervention: 'early oral switch', control: 'continued intravenous therapy', outcome: 'discharge within four days', higherIsBetter: true, mesh: ['Pneumonia', 'Anti-Bacterial Agents', 'Length of Stay', 'Administration, Oral'] },
  { cond: 'chf', question: 'Does a nurse-led telephone follow-up programme reduce readmission after heart failure admission?', intervention: 'nurse-led telephone follow-up', control: 'usual care', outcome: '30-day readmission', higherIsBetter: false, mesh: ['Heart Failure', 'Patient Readmission', 'Telephone', 'Nurse\'s Role'] },
  { cond: 'dm2', question: 'Is a structured group education session associated with lower HbA1c at six months in type 2 diabetes?', intervention: 'group education', control: 'standard advice', outcome: 'HbA1c below 7% at six months', higherIsBetter: true, mesh: ['Diabetes Mellitus, Type 2', 'Glycated Hemoglobin', 'Patient Education as Topic'] },
  { cond: 'copd', question: 'Does pulmonary rehabilitation started within four weeks of an exacerbation improve walking distance in COPD?', intervention: 'early pulmonary rehabilitation', control: 'delayed rehabilitation', outcome: 'a clinically important gain in six-minute walk distance', higherIsBetter: true, mesh: ['Pulmonary Disease, Chronic Obstructive', 'Exercise Therapy', 'Walk Test'] },
  { cond: 'appendicitis', question: 'Is antibiotic-first treatment non-inferior to appendectomy for uncomplicated appendicitis at one year?', intervention: 'antibiotic-first treatment', control: 'appendectomy', outcome: 'treatment success at one year', higherIsBetter: true, mesh: ['Appendicitis', 'Appendectomy', 'Anti-Bacterial Agents'] },
  { cond: 'stroke', question: 'Does admission to a dedicated stroke unit improve functional independence at 90 days?', intervention: 'stroke unit care', control: 'general ward care', outcome: 'functional independence (modified Rankin 0-2) at 90 days', higherIsBetter: true, mesh: ['Stroke', 'Hospital Units', 'Recovery of Function'] },
  { cond: 'aki', question: 'Is withholding ACE inhibitors during acute illness associated with less acute kidney injury?', intervention: 'temporary ACE inhibitor suspension', control: 'continuation', outcome: 'incident acute kidney injury', higherIsBetter: false, mesh: ['Acute Kidney Injury', 'Angiotensin-Converting Enzyme Inhibitors'] },
  { cond: 'hip', question: 'Does surgery within 36 hours reduce mortality after hip fracture in older adults?', intervention: 'surgery within 36 hours', control: 'later surgery', outcome: '30-day mortality', higherIsBetter: false, mesh: ['Hip Fractures', 'Time-to-Treatment', 'Aged, 80 and over', 'Mortality'] },
  { cond: 'pe', question: 'Can selected patients with low-risk pulmonary embolism be treated safely as outpatients?', intervention: 'outpatient management', control: 'inpatient management', outcome: 'a 90-day adverse event', higherIsBetter: false, mesh: ['Pulmonary Embolism', 'Ambulatory Care', 'Anticoagulants'] },
  { cond: 'crohns', question: 'Is smoking cessation associated with fewer flares in Crohn disease?', intervention: 'smoking cessation', control: 'continued smoking', outcome: 'a flare within one year', higherIsBetter: false, mesh: ['Crohn Disease', 'Smoking Cessation', 'Recurrence'] },
  { cond: 'parkinsons', question: 'Does a supervised balance training programme reduce falls in Parkinson disease?', intervention: 'balance training', control: 'usual physiotherapy', outcome: 'one or more falls over six months', higherIsBetter: false, mesh: ['Parkinson Disease', 'Accidental Falls', 'Postural Balance'] },
  { cond: 'gibleed', question: 'Does a restrictive transfusion threshold improve survival in acute upper gastrointestinal bleeding?', intervention: 'restrictive transfusion (Hb 7 g/dL)', control: 'liberal transfusion (Hb 9 g/dL)', outcome: '45-day survival', higherIsBetter: true, mesh: ['Gastrointestinal Hemorrhage', 'Blood Transfusion', 'Survival'] },
];

/** PubMedQA-style items with results drawn from the seed and a decision that follows them. @example pubmedqaItems(rng, 20) */
export function pubmedqaItems(rng: Rng, n: number): Record<string, PubmedqaItem> {
  const out: Record<string, PubmedqaItem> = {};
  for (let i = 0; i < n; i++) {
    const s = STUDIES[i % STUDIES.length];
    const size = rng.int(60, 900);
    const a = rng.float(8, 40, 1);
    // benefit: a clear improvement (yes); none: no difference (no); trend: an improvement short of significance (maybe).
    const effect = rng.pick(['benefit', 'none', 'trend'] as const);
    const better = (x: number, k: number) => (s.higherIsBetter ? Math.min(95, x * (1 + k)) : x * (1 - k));
    const b2 = Number((effect === 'none' ? a + rng.float(-1.5, 1.5, 1) : better(a, effect === 'benefit' ? rng.float(0.25, 0.45, 2) : rng.float(0.05, 0.15, 2))).toFixed(1));
    const p = effect === 'benefit' ? rng.float(0.001, 0.04, 3) : effect === 'none' ? rng.float(0.3, 0.9, 2) : rng.float(0.06, 0.12, 2);
    const decision = effect === 'benefit' ? 'yes' : effect === 'none' ? 'no' : 'maybe';
    const design = rng.pick(['a randomized controlled trial', 'a retrospective cohort study', 'a prospective observational study', 'a pragmatic cluster-randomized trial']);
    const contexts = [
      `It is unclear whether ${s.intervention} improves outcomes compared with ${s.control}. We assessed its effect on the proportion of patients with ${s.outcome}.`,
      `In ${design} at ${rng.int(2, 14)} centres, ${size} adults were allocated to ${s.intervention} (n=${Math.round(size / 2)}) or ${s.control} (n=${size - Math.round(size / 2)}). The primary outcome was ${s.outcome}.`,
      `The primary outcome occurred in ${b2}% with ${s.intervention} versus ${a}% with ${s.control} (p=${p}). ${decision === 'maybe' ? 'The confidence interval was wide and included no difference.' : decision === 'yes' ? 'The effect was consistent across prespecified subgroups.' : 'No subgroup showed a difference.'}`,
    ];
    const cap = (x: string) => x[0].toUpperCase() + x.slice(1);
    const long = decision === 'yes'
      ? `Yes. ${cap(s.intervention)} was associated with a better rate of ${s.outcome} than ${s.control} (${b2}% vs ${a}%, p=${p}).`
      : decision === 'no'
        ? `No. The rate of ${s.outcome} did not differ between groups (${b2}% vs ${a}%, p=${p}).`
        : `Maybe. There was a trend in favour of ${s.intervention} (${b2}% vs ${a}%) that did not reach significance (p=${p}); a larger study is needed.`;
    out[String(90_000_001 + i)] = { QUESTION: s.question, CONTEXTS: contexts, LABELS: ['BACKGROUND', 'METHODS', 'RESULTS'], MESHES: s.mesh, final_decision: decision, LONG_ANSWER: long };
  }
  return out;
}

/** A MedDialog-style conversation. @example meddialogItems(rng, 20)[0].utterances */
export interface MeddialogItem {
  id: string;
  description: string;
  utterances: string[];
}

/** Patient/doctor dialogues from the condition material, PHI-free. @example meddialogItems(rng, 24) */
export function meddialogItems(rng: Rng, n: number): MeddialogItem[] {
  const out: MeddialogItem[] = [];
  for (let i = 0; i < n; i++) {
    const c: Condition = CONDITIONS[i % CONDITIONS.length];
    const [s1, s2] = rng.sample(c.symptoms, 2);
    const days = rng.int(2, 14);
    const utterances = [
      `patient: Hello doctor, I have had ${s1} for ${days} days${s2 ? ` and now ${s2}` : ''}. Should I be worried?`,
      `doctor: Thanks for the details. ${rng.pick(['How old are you, and do you have any long-term conditions?', 'Do you have any other medical problems or take regular medicines?'])}`,
      `patient: I am ${rng.int(25, 80)}. ${rng.pick(['I have high blood pressure.', 'I have diabetes.', 'No other problems.', 'I take aspirin daily.'])} ${rng.pick(c.history)}`,
      `doctor: These symptoms can be caused by ${c.dx.toLowerCase()}, among other things. ${rng.pick(['You should be examined in person.', 'This needs a proper examination and some tests.'])} ${c.plan[0]}`,
      `patient: ${rng.pick(['Is it serious?', 'Do I need to go to the emergency department?', 'What tests will I need?'])}`,
      `doctor: ${rng.pick(['Please seek urgent care if you develop chest pain, severe breathlessness or confusion.', 'If it gets worse or you feel faint, go to the emergency department.'])} Likely tests include ${prettyStudy(c.imaging.study).replace(/^\w/, (x) => x.toLowerCase())}${Object.keys(c.labs).length ? ' and blood tests' : ''}.`,
    ];
    out.push({ id: `md-${String(i + 1).padStart(3, '0')}`, description: `Q. ${s1[0].toUpperCase()}${s1.slice(1)} for ${days} days, what could it be?`, utterances });
  }
  return out;
}

/** An Alpaca instruction triple. @example instructionItems(rng, 30)[0].instruction */
export interface InstructionItem {
  instruction: string;
  input: string;
  output: string;
}

/** Instruction/response pairs from the condition material, PHI-free. @example instructionItems(rng, 30) */
export function instructionItems(rng: Rng, n: number): InstructionItem[] {
  const out: InstructionItem[] = [];
  for (let i = 0; i < n; i++) {
    const c = CONDITIONS[i % CONDITIONS.length];
    switch (i % 4) {
      case 0:
        out.push({ instruction: 'Summarize the key findings of this imaging report in one or two sentences.', input: `${c.imaging.study}\nFINDINGS: ${c.imaging.findings.join(' ')}`, output: c.imaging.impression.join(' ') });
        break;
      case 1: {
        const lines: string[] = [];
        const abnormal: string[] = [];
        for (const k of Object.keys(LABS) as LabKey[]) {
          const f = (c.labs[k] ?? (rng.chance(0.25) ? 'N' : undefined)) as 'H' | 'L' | 'N' | undefined;
          if (!f) continue;
          const v = labValue(rng, LABS[k], f);
          const def: { lo: number; hi: number; dec: number; upperOnly?: boolean } = LABS[k];
          const ref = def.upperOnly ? `<${def.hi.toFixed(def.dec)}` : `${def.lo.toFixed(def.dec)}-${def.hi.toFixed(def.dec)}`;
          lines.push(`${LABS[k].names[0]} ${v.toFixed(LABS[k].dec)} ${LABS[k].unit} (${ref})`.replace('  ', ' '));
          if (f !== 'N') abnormal.push(`${LABS[k].names[0]} ${v.toFixed(LABS[k].dec)} ${LABS[k].unit} (${f === 'H' ? 'high' : 'low'})`.replace('  ', ' '));
        }
        out.push({ instruction: 'List the abnormal laboratory values and say whether each is high or low.', input: lines.join('\n') || 'Sodium 139 mmol/L (135-145)', output: abnormal.length ? abnormal.map((a) => `- ${a}`).join('\n') : 'All listed values are within their reference ranges.' });
        break;
      }
      case 2:
        out.push({ instruction: 'Based on the history and examination, state the most likely diagnosis.', input: `History: ${rng.sample(c.symptoms, 2).join(', ')}. ${c.history.join(' ')}\nExamination: ${c.exam.join(' ')}`, output: `${c.dx}. ${c.assessment[0]}` });
        break;
      default:
        out.push({ instruction: 'Write the management recommendations for this diagnosis.', input: `${c.dx} (ICD-10 ${c.icd}).`, output: c.plan.map((p) => `- ${p}`).join('\n') });
    }
  }
  return out;
}
