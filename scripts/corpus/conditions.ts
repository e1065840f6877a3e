/**
 * Clinical content: conditions with their symptoms, findings, labs, imaging, pathology,
 * procedures and plans. Written for this project from general clinical knowledge; no text is
 * copied from any dataset. Eponyms (Parkinson's disease, Crohn's disease, Murphy's sign) are
 * deliberate: they are clinical language, not PHI.
 *
 * @example
 * const c = CONDITIONS.find((x) => x.key === 'pneumonia');
 */
import type { LabKey } from './labs.js';

/** One condition's clinical material. @example CONDITIONS[0].icd */
export interface Condition {
  key: string;
  dx: string;
  icd: string;
  specialty: string;
  symptoms: string[];
  history: string[];
  exam: string[];
  labs: Partial<Record<LabKey, 'H' | 'L'>>;
  imaging: { study: string; findings: string[]; impression: string[] };
  assessment: string[];
  plan: string[];
  meds: string[];
  procedure?: { name: string; indication: string; steps: string[]; findings: string[]; device?: string };
  pathology?: { specimen: string; gross: string[]; micro: string[]; diagnosis: string[] };
  /** Suitable for patients over 89 (age-related conditions). */
  elderly?: boolean;
}

/** An imaging study name in sentence case with its acronyms kept. @example prettyStudy('MRI BRAIN WITHOUT CONTRAST') === 'MRI brain without contrast' */
export function prettyStudy(study: string): string {
  const lower = study.toLowerCase().replace(/\b(ct|cta|mri|mr|xr|pa|ap|iv|lv|rv)\b/g, (m) => m.toUpperCase());
  return lower[0].toUpperCase() + lower.slice(1);
}

/** Every condition in the corpus. @example CONDITIONS.length */
export const CONDITIONS: Condition[] = [
  {
    key: 'pneumonia', dx: 'Community-acquired pneumonia, right lower lobe', icd: 'J18.9', specialty: 'Internal Medicine', elderly: true,
    symptoms: ['productive cough with rusty sputum', 'fever to 38.9 C with rigors', 'pleuritic right-sided chest pain', 'SOB on exertion', 'fatigue and poor appetite'],
    history: ['Symptoms began with a sore throat and progressed to cough over several days.', 'Pt reports chills at night and has been sleeping in a recliner because of SOB.', 'No recent travel or sick contacts; received the influenza vaccine this season.'],
    exam: ['Crackles at the right base with bronchial breath sounds.', 'Dullness to percussion over the right lower zone.', 'SpO2 89% on room air, improving to 95% on 2 L nasal cannula.'],
    labs: { wbc: 'H', crp: 'H', lac: 'H' },
    imaging: { study: 'CHEST X-RAY, PA AND LATERAL', findings: ['Dense airspace consolidation in the right lower lobe with air bronchograms.', 'Small right pleural effusion blunting the costophrenic angle.', 'Cardiomediastinal silhouette within normal limits.'], impression: ['Right lower lobe pneumonia with small parapneumonic effusion.', 'Recommend follow-up radiograph in 6-8 weeks to document resolution.'] },
    assessment: ['CAP, CURB-65 score 2, moderate severity.', 'Sepsis physiology resolved after fluids.'],
    plan: ['Ceftriaxone 1g IV daily and azithromycin 500mg PO daily, then step down to oral amoxicillin-clavulanate.', 'Incentive spirometry q1h while awake.', 'Repeat CXR in 6 weeks.'],
    meds: ['ceftriaxone 1g IV q24h', 'azithromycin 500mg PO daily x3 days', 'acetaminophen 650mg q6h prn fever'],
  },
  {
    key: 'chf', dx: 'Acute on chronic heart failure with reduced ejection fraction', icd: 'I50.23', specialty: 'Cardiology', elderly: true,
    symptoms: ['worsening SOB over two weeks', 'three-pillow orthopnea', 'paroxysmal nocturnal dyspnea', 'bilateral leg swelling', 'weight gain of 4 kg'],
    history: ['Known ischemic cardiomyopathy with EF 30% on last echo.', 'Admits to dietary indiscretion with salty food over the holidays.', 'Ran out of furosemide one week ago.'],
    exam: ['JVP elevated to the angle of the jaw.', 'Bibasal crackles to mid-zones; S3 gallop.', 'Pitting edema to the knees bilaterally.'],
    labs: { bnp: 'H', na: 'L', cr: 'H' },
    imaging: { study: 'CHEST RADIOGRAPH, PORTABLE AP', findings: ['Cardiomegaly with cardiothoracic ratio 0.62.', 'Upper lobe venous diversion and bilateral perihilar haziness.', 'Bilateral small pleural effusions; Kerley B lines at the bases.'], impression: ['Findings consistent with pulmonary edema and congestive heart failure.'] },
    assessment: ['ADHF, NYHA class III-IV, warm and wet profile.', 'Hyponatremia likely hypervolemic.'],
    plan: ['Furosemide 40mg IV b.i.d., strict I/O, daily weights.', 'Fluid restriction 1.5 L/day, low-sodium diet.', 'Continue carvedilol 6.25mg b.i.d.; resume sacubitril-valsartan once creatinine stable.', 'Cardiology follow-up in 1-2 weeks.'],
    meds: ['furosemide 40mg IV b.i.d.', 'carvedilol 6.25mg PO b.i.d.', 'spironolactone 25mg daily', 'potassium chloride 20mEq daily'],
  },
  {
    key: 'nstemi', dx: 'Non-ST elevation myocardial infarction', icd: 'I21.4', specialty: 'Cardiology',
    symptoms: ['substernal chest pressure radiating to the left arm', 'diaphoresis', 'nausea', 'chest pain at rest lasting 40 minutes'],
    history: ['Cardiac risk factors include HTN, HLD, DM2 and a 30 pack-year smoking hx.', 'Pain was not relieved by rest and partially relieved by nitroglycerin.', 'Father had an MI at age 52.'],
    exam: ['Diaphoretic, anxious, BP 158/94, HR 102.', 'Heart sounds regular without murmur; lungs clear.', 'No peripheral edema; radial pulses equal.'],
    labs: { trop: 'H', glu: 'H' },
    imaging: { study: 'TRANSTHORACIC ECHOCARDIOGRAM', findings: ['Hypokinesis of the inferior and inferolateral walls.', 'LVEF estimated 45% by Simpson biplane.', 'No significant valvular disease; no pericardial effusion.'], impression: ['Regional wall motion abnormality in the RCA territory with mildly reduced LV function.'] },
    assessment: ['NSTEMI, TIMI risk score 4.', 'ECG with 1 mm ST depression in II, III, aVF.'],
    plan: ['Aspirin 325mg loaded then 81mg daily; ticagrelor 180mg load then 90mg b.i.d.', 'Heparin infusion per ACS protocol.', 'Coronary angiography within 24 hours.', 'High-intensity atorvastatin 80mg nightly.'],
    meds: ['aspirin 81mg daily', 'ticagrelor 90mg b.i.d.', 'atorvastatin 80mg qhs', 'metoprolol tartrate 25mg b.i.d.', 'nitroglycerin 0.4mg SL q5min prn chest pain'],
    procedure: { name: 'Left heart catheterization and percutaneous coronary intervention', indication: 'NSTEMI with ongoing ischemia', steps: ['Right radial access obtained with a 6 Fr sheath under ultrasound guidance.', 'Selective coronary angiography performed.', 'The lesion was predilated and a 3.0 x 18 mm drug-eluting stent deployed at 14 atm.', 'TIMI 3 flow restored; TR band applied.'], findings: ['90% stenosis of the mid right coronary artery.', 'Mild nonobstructive disease in the LAD.'], device: 'drug-eluting stent' },
  },
  {
    key: 'dm2', dx: 'Type 2 diabetes mellitus with hyperglycemia', icd: 'E11.65', specialty: 'Endocrinology',
    symptoms: ['polyuria and polydipsia', 'blurred vision', 'unintentional weight loss', 'tingling in both feet'],
    history: ['DM2 diagnosed several years ago, poorly adherent to metformin due to GI upset.', 'Home glucose readings mostly over 250 mg/dL.', 'Last eye exam more than two years ago.'],
    exam: ['BMI 34; acanthosis nigricans at the neck.', 'Decreased monofilament sensation in both feet.', 'No foot ulcers; pedal pulses palpable.'],
    labs: { glu: 'H', a1c: 'H', hco3: 'L' },
    imaging: { study: 'ULTRASOUND ABDOMEN, LIMITED', findings: ['Diffusely echogenic liver consistent with hepatic steatosis.', 'No focal hepatic lesion; gallbladder unremarkable.'], impression: ['Hepatic steatosis.'] },
    assessment: ['Uncontrolled DM2 with peripheral neuropathy.', 'No evidence of DKA; anion gap 14.'],
    plan: ['Start insulin glargine 10 units qhs and titrate by 2 units every 3 days to fasting glucose 80-130.', 'Switch to metformin ER 1000mg daily with dinner.', 'Add empagliflozin 10mg daily.', 'Referral to ophthalmology and diabetes education.'],
    meds: ['metformin ER 1000mg daily', 'insulin glargine 10 units SC qhs', 'empagliflozin 10mg daily', 'lisinopril 10mg daily'],
  },
  {
    key: 'copd', dx: 'COPD with acute exacerbation', icd: 'J44.1', specialty: 'Pulmonology', elderly: true,
    symptoms: ['increased SOB', 'increased sputum volume and purulence', 'wheezing', 'chest tightness'],
    history: ['Severe COPD, GOLD 3, on home O2 2 L at night.', 'Current smoker, 45 pack-years.', 'Two exacerbations requiring prednisone in the last year.'],
    exam: ['Tripod positioning, accessory muscle use.', 'Diffuse expiratory wheeze with prolonged expiration.', 'SpO2 86% on room air.'],
    labs: { wbc: 'H', hco3: 'H' },
    imaging: { study: 'CT CHEST WITHOUT CONTRAST', findings: ['Severe centrilobular and paraseptal emphysema, upper lobe predominant.', 'Bronchial wall thickening in both lower lobes.', 'A 4 mm solid nodule in the right upper lobe.'], impression: ['Emphysema with bronchitic changes; no consolidation.', '4 mm RUL nodule; follow-up CT in 12 months per Fleischner guidelines.'] },
    assessment: ['AECOPD, likely infective trigger.', 'Acute on chronic hypercapnic respiratory failure, compensated.'],
    plan: ['Prednisone 40mg daily x5 days.', 'Doxycycline 100mg b.i.d. x5 days.', 'Nebulized albuterol/ipratropium q4h and prn.', 'Smoking cessation counselling; nicotine patch 21mg daily.', 'Pulmonary rehab referral.'],
    meds: ['albuterol 2 puffs q4h prn', 'tiotropium 18mcg inhaled daily', 'prednisone 40mg PO daily x5 days', 'doxycycline 100mg b.i.d.'],
  },
  {
    key: 'appendicitis', dx: 'Acute appendicitis', icd: 'K35.80', specialty: 'General Surgery',
    symptoms: ['periumbilical pain migrating to the right lower quadrant', 'anorexia', 'nausea with two episodes of vomiting', 'low-grade fever'],
    history: ['Pain began around the umbilicus the previous evening and localized to the RLQ overnight.', 'No prior abdominal surgery.', 'LMP two weeks ago; urine hCG negative.'],
    exam: ["Tenderness at McBurney's point with guarding.", "Positive Rovsing's sign and psoas sign.", 'Rebound tenderness in the RLQ.'],
    labs: { wbc: 'H', crp: 'H' },
    imaging: { study: 'CT ABDOMEN AND PELVIS WITH IV CONTRAST', findings: ['Dilated appendix measuring 11 mm with wall enhancement and periappendiceal fat stranding.', 'Appendicolith at the base.', 'No free air or abscess.'], impression: ['Acute uncomplicated appendicitis with appendicolith.'] },
    assessment: ['Acute appendicitis, Alvarado score 8.'],
    plan: ['NPO, IV fluids, cefoxitin pre-operatively.', 'Laparoscopic appendectomy today.', 'Discharge on POD 1 if tolerating diet.'],
    meds: ['cefoxitin 2g IV pre-op', 'ondansetron 4mg IV q8h prn nausea', 'oxycodone 5mg PO q4h prn severe pain'],
    procedure: { name: 'Laparoscopic appendectomy', indication: 'Acute appendicitis', steps: ['Pneumoperitoneum established via an umbilical Hasson port.', 'Two 5 mm ports placed under direct vision.', 'The mesoappendix was divided with a vessel-sealing device.', 'The appendix was divided at its base with an endoscopic stapler and removed in a retrieval bag.', 'Fascia at the umbilicus closed with 0 Vicryl; skin with 4-0 Monocryl.'], findings: ['Inflamed, non-perforated appendix with fibrinous exudate.', 'No purulent fluid in the pelvis.'] },
    pathology: { specimen: 'Appendix, appendectomy', gross: ['Received fresh is a vermiform appendix measuring 6.5 cm in length and 1.1 cm in diameter.', 'The serosa is dull and congested with fibrinous exudate.', 'A 0.6 cm fecalith is present in the lumen.'], micro: ['Transmural neutrophilic infiltrate with mucosal ulceration.', 'No perforation identified; no dysplasia or neoplasm.'], diagnosis: ['Acute suppurative appendicitis with fecalith.', 'Negative for neoplasm.'] },
  },
  {
    key: 'cholecystitis', dx: 'Acute calculous cholecystitis', icd: 'K81.0', specialty: 'General Surgery',
    symptoms: ['right upper quadrant pain after fatty meals', 'pain radiating to the right shoulder', 'nausea and vomiting', 'fever'],
    history: ['Recurrent postprandial RUQ pain over the past three months.', 'Current episode has lasted more than 12 hours.'],
    exam: ["Positive Murphy's sign.", 'RUQ tenderness with voluntary guarding.', 'No jaundice.'],
    labs: { wbc: 'H', alt: 'H', bili: 'H' },
    imaging: { study: 'ULTRASOUND RIGHT UPPER QUADRANT', findings: ['Multiple gallstones, the largest 1.8 cm, with a stone impacted in the gallbladder neck.', 'Gallbladder wall thickened to 5 mm with pericholecystic fluid.', 'Sonographic Murphy sign positive.', 'Common bile duct 4 mm.'], impression: ['Acute calculous cholecystitis.'] },
    assessment: ['Acute calculous cholecystitis, Tokyo grade I.'],
    plan: ['IV piperacillin-tazobactam.', 'Laparoscopic cholecystectomy within 72 hours.', 'Low-fat diet after surgery.'],
    meds: ['piperacillin-tazobactam 4.5g IV q8h', 'morphine 2mg IV q3h prn pain'],
    procedure: { name: 'Laparoscopic cholecystectomy', indication: 'Acute calculous cholecystitis', steps: ['Four-port technique.', 'Critical view of safety obtained before clipping.', 'Cystic duct and cystic artery doubly clipped and divided.', 'Gallbladder dissected from the liver bed with electrocautery and removed in a bag.'], findings: ['Distended, edematous gallbladder with omental adhesions.', 'No bile leak at completion.'] },
    pathology: { specimen: 'Gallbladder, cholecystectomy', gross: ['Gallbladder measuring 9.0 x 4.0 x 3.5 cm with a hemorrhagic serosa.', 'Contains multiple yellow faceted calculi from 0.3 to 1.8 cm.', 'Wall thickness up to 0.6 cm.'], micro: ['Mucosal ulceration with transmural edema, hemorrhage and neutrophils.', 'Rokitansky-Aschoff sinuses present.'], diagnosis: ['Acute and chronic calculous cholecystitis.', 'No dysplasia or malignancy identified.'] },
  },
  {
    key: 'stroke', dx: 'Acute ischemic stroke, left MCA territory', icd: 'I63.512', specialty: 'Neurology', elderly: true,
    symptoms: ['sudden right arm and face weakness', 'expressive aphasia', 'right facial droop'],
    history: ['Last known well two hours before arrival.', 'Hx of AFib, not anticoagulated because of prior fall.'],
    exam: ['NIHSS 9: right hemiparesis, aphasia, right facial palsy.', 'Glasgow Coma Scale 14 (E4 V4 M6).', 'Upgoing plantar response on the right (positive Babinski sign).'],
    labs: { glu: 'H', inr: 'H' },
    imaging: { study: 'CT HEAD WITHOUT CONTRAST AND CT ANGIOGRAPHY', findings: ['Loss of gray-white differentiation in the left insular ribbon; ASPECTS 8.', 'Occlusion of the left M2 segment on CTA.', 'No intracranial hemorrhage.'], impression: ['Acute left MCA infarct with M2 occlusion; no hemorrhage.'] },
    assessment: ['Cardioembolic stroke secondary to AFib.'],
    plan: ['IV thrombolysis considered; INR above threshold, proceed to mechanical thrombectomy.', 'Start apixaban 5mg b.i.d. after 7 days if no hemorrhagic transformation.', 'SLP swallow evaluation before oral intake; PT/OT.'],
    meds: ['apixaban 5mg b.i.d. (planned)', 'atorvastatin 80mg qhs', 'labetalol 10mg IV prn SBP > 180'],
  },
  {
    key: 'aki', dx: 'Acute kidney injury on chronic kidney disease stage 3b', icd: 'N17.9', specialty: 'Nephrology', elderly: true,
    symptoms: ['decreased urine output', 'generalized weakness', 'nausea', 'confusion'],
    history: ['Recent diarrheal illness with poor oral intake.', 'Continued lisinopril and ibuprofen during the illness.', 'Baseline creatinine 1.6 mg/dL.'],
    exam: ['Dry mucous membranes, flat neck veins.', 'Orthostatic drop in BP of 22 mmHg.'],
    labs: { cr: 'H', bun: 'H', k: 'H', hco3: 'L' },
    imaging: { study: 'RENAL ULTRASOUND', findings: ['Right kidney 9.8 cm, left kidney 10.1 cm with increased cortical echogenicity.', 'No hydronephrosis or calculi.', 'Bladder decompressed.'], impression: ['Medical renal disease; no obstruction.'] },
    assessment: ['Prerenal AKI with hyperkalemia, ACE inhibitor and NSAID contributing.'],
    plan: ['Hold lisinopril and NSAIDs.', 'IV normal saline at 125 mL/h; recheck BMP in 6 hours.', 'Calcium gluconate, insulin/dextrose and sodium zirconium cyclosilicate for K+ 6.1.', 'Renal dosing of all medications.'],
    meds: ['sodium zirconium cyclosilicate 10g PO t.i.d.', 'normal saline 125ml/h IV'],
  },
  {
    key: 'urosepsis', dx: 'Sepsis due to E. coli urinary tract infection', icd: 'A41.51', specialty: 'Internal Medicine', elderly: true,
    symptoms: ['fever and rigors', 'dysuria and frequency', 'new confusion', 'left flank pain'],
    history: ['Recurrent UTIs; last treated with nitrofurantoin.', 'Family noticed acute confusion since the morning.'],
    exam: ['T 39.4 C, HR 118, BP 88/52.', 'Left costovertebral angle tenderness.', 'Oriented to person only.'],
    labs: { wbc: 'H', lac: 'H', cr: 'H', plt: 'L' },
    imaging: { study: 'CT ABDOMEN AND PELVIS WITHOUT CONTRAST', findings: ['Left perinephric fat stranding without hydronephrosis.', 'No renal or ureteral calculi.'], impression: ['Findings compatible with left pyelonephritis.'] },
    assessment: ['Septic shock from pyelonephritis, qSOFA 3.', 'Urine and blood cultures growing E. coli, pan-sensitive.'],
    plan: ['30 mL/kg crystalloid bolus; norepinephrine to MAP > 65.', 'Ceftriaxone 2g IV daily, narrow per sensitivities; total 10-14 days.', 'Delirium precautions.'],
    meds: ['ceftriaxone 2g IV daily', 'norepinephrine infusion titrated to MAP > 65'],
  },
  {
    key: 'colon-ca', dx: 'Adenocarcinoma of the sigmoid colon', icd: 'C18.7', specialty: 'Gastroenterology',
    symptoms: ['change in bowel habit', 'intermittent rectal bleeding', 'fatigue', 'unintentional weight loss of 6 kg'],
    history: ['Iron deficiency anemia found on routine blood work.', 'No prior screening colonoscopy.', 'Mother had colon cancer in her 60s.'],
    exam: ['Pale conjunctivae.', 'Abdomen soft, non-tender; no palpable mass.', 'Digital rectal exam unremarkable; stool heme-positive.'],
    labs: { hgb: 'L', ferr: 'L', cea: 'H' },
    imaging: { study: 'CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST', findings: ['Circumferential wall thickening of the sigmoid colon over 5 cm with pericolic stranding.', 'Two subcentimeter pericolic lymph nodes.', 'No hepatic or pulmonary metastases.'], impression: ['Sigmoid colon mass consistent with known malignancy; no distant metastatic disease.'] },
    assessment: ['Sigmoid adenocarcinoma, clinical stage cT3 N1 M0.'],
    plan: ['Refer to colorectal surgery for sigmoid colectomy.', 'Discuss at tumor board.', 'Oral iron; transfuse if Hgb < 7.', 'Genetic counselling for Lynch syndrome given family history.'],
    meds: ['ferrous sulfate 325mg PO daily', 'polyethylene glycol 17g daily prn'],
    procedure: { name: 'Laparoscopic sigmoid colectomy with primary anastomosis', indication: 'Sigmoid adenocarcinoma', steps: ['Medial-to-lateral mobilization of the sigmoid colon.', 'High ligation of the inferior mesenteric artery.', 'Specimen extracted through a Pfannenstiel incision with a wound protector.', 'End-to-end stapled colorectal anastomosis; air leak test negative.'], findings: ['Firm mass in the mid sigmoid colon without serosal breach.', 'No peritoneal or liver deposits.'] },
    pathology: { specimen: 'Sigmoid colon, resection', gross: ['Segment of colon 24 cm in length with an ulcerated circumferential mass 4.8 cm in greatest dimension.', 'The mass is 6 cm from the distal margin.', 'Seventeen lymph nodes identified in the mesentery.'], micro: ['Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolorectal tissue.', 'Lymphovascular invasion present; no perineural invasion.', 'Mismatch repair proteins MLH1, PMS2, MSH2 and MSH6 retained.'], diagnosis: ['Invasive adenocarcinoma, moderately differentiated, pT3 pN1b (2/17 lymph nodes).', 'Margins negative.'] },
  },
  {
    key: 'breast', dx: 'Invasive ductal carcinoma of the left breast', icd: 'C50.412', specialty: 'General Surgery',
    symptoms: ['palpable lump in the left breast', 'no nipple discharge', 'no skin changes'],
    history: ['Lump noticed while showering a month ago.', 'No prior breast imaging abnormalities.', 'Family hx of breast cancer in a first-degree relative.'],
    exam: ['2 cm firm, mobile mass in the upper outer quadrant of the left breast.', 'No axillary lymphadenopathy.'],
    labs: {},
    imaging: { study: 'BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND', findings: ['Irregular spiculated mass at 2 o’clock, 6 cm from the nipple, measuring 1.9 cm.', 'Associated fine pleomorphic calcifications.', 'Sonographically a hypoechoic, taller-than-wide mass with posterior shadowing.', 'Normal-appearing left axillary lymph nodes.'], impression: ['BI-RADS 5: highly suggestive of malignancy. Ultrasound-guided core biopsy recommended.'] },
    assessment: ['Left breast cancer, clinical T1c N0.'],
    plan: ['Breast MRI for extent of disease.', 'Lumpectomy with sentinel lymph node biopsy.', 'Medical oncology referral for adjuvant therapy.'],
    meds: [],
    pathology: { specimen: 'Left breast, 2 o’clock, ultrasound-guided core biopsy', gross: ['Four cores of tan-white tissue, 1.2 to 1.6 cm in length, entirely submitted.'], micro: ['Infiltrating nests and cords of tumor cells with moderate nuclear pleomorphism.', 'Nottingham score 6 (tubules 3, nuclei 2, mitoses 1).', 'ER positive (95%), PR positive (70%), HER2 1+ by IHC (negative).'], diagnosis: ['Invasive ductal carcinoma, Nottingham grade 2.', 'ER+/PR+/HER2-negative.'] },
  },
  {
    key: 'hip', dx: 'Displaced intertrochanteric fracture of the right femur', icd: 'S72.141A', specialty: 'Orthopaedics', elderly: true,
    symptoms: ['right hip pain after a fall', 'unable to bear weight'],
    history: ['Mechanical fall at home while reaching for a shelf; no loss of consciousness.', 'Lives alone with a daily carer; walks with a frame.', 'On warfarin for AFib.'],
    exam: ['Right leg shortened and externally rotated.', 'Neurovascularly intact distally.', 'Bruising over the right greater trochanter.'],
    labs: { hgb: 'L', inr: 'H' },
    imaging: { study: 'XR PELVIS AND RIGHT HIP', findings: ['Displaced, comminuted intertrochanteric fracture of the right femur with varus angulation.', 'Diffuse osteopenia.', 'Degenerative change at both hips.'], impression: ['Right intertrochanteric femoral fracture.'] },
    assessment: ['Fragility hip fracture; anticoagulated.'],
    plan: ['Reverse warfarin with vitamin K 5mg IV; target INR < 1.5 for surgery.', 'Fascia iliaca block for analgesia.', 'Cephalomedullary nailing within 36 hours.', 'Orthogeriatric review; DVT prophylaxis post-op.'],
    meds: ['vitamin K 5mg IV once', 'acetaminophen 1g PO q6h', 'enoxaparin 40mg SC daily (post-op)'],
    procedure: { name: 'Cephalomedullary nailing, right femur', indication: 'Intertrochanteric fracture', steps: ['Patient positioned supine on the traction table; closed reduction confirmed on fluoroscopy.', 'Guide wire passed through the tip of the greater trochanter.', 'Proximal femur reamed and a 10 x 170 mm nail inserted.', 'Lag screw placed with tip-apex distance under 20 mm; distal locking screw inserted.'], findings: ['Four-part intertrochanteric fracture, reduced anatomically.'], device: 'cephalomedullary nail' },
  },
  {
    key: 'pe', dx: 'Acute pulmonary embolism', icd: 'I26.99', specialty: 'Pulmonology',
    symptoms: ['sudden pleuritic chest pain', 'SOB', 'palpitations', 'left calf swelling'],
    history: ['Long-haul flight one week earlier.', 'Knee arthroscopy three weeks ago.'],
    exam: ['HR 112, RR 24, SpO2 92% on room air.', 'Left calf 3 cm larger than right; tender.'],
    labs: { ddim: 'H', trop: 'H' },
    imaging: { study: 'CT PULMONARY ANGIOGRAM', findings: ['Filling defects in the right main pulmonary artery extending into lobar branches.', 'Segmental emboli in the left lower lobe.', 'RV/LV ratio 1.1 without septal bowing.'], impression: ['Bilateral pulmonary emboli with mild right heart strain.'] },
    assessment: ['Submassive (intermediate-low risk) PE, sPESI 1.'],
    plan: ['Apixaban 10mg b.i.d. x7 days then 5mg b.i.d.', 'Anticoagulate for at least 3 months; reassess.'],
    meds: ['apixaban 10mg b.i.d. x7 days, then 5mg b.i.d.'],
  },
  {
    key: 'crohns', dx: "Crohn's disease, ileocolonic, with flare", icd: 'K50.80', specialty: 'Gastroenterology',
    symptoms: ['crampy right lower abdominal pain', 'six loose stools a day', 'night sweats', 'oral ulcers'],
    history: ["Crohn's disease for eight years, previously controlled on azathioprine.", 'Stopped medication three months ago.', 'Smoker.'],
    exam: ['Tender RLQ with fullness, no peritonism.', 'Perianal skin tags.'],
    labs: { crp: 'H', alb: 'L', hgb: 'L', plt: 'H' },
    imaging: { study: 'MR ENTEROGRAPHY', findings: ['Mural thickening and hyperenhancement of the terminal ileum over 15 cm.', 'Comb sign and a short stricture with mild upstream dilatation.', 'No abscess or fistula.'], impression: ['Active terminal ileal Crohn disease with a short fibrostenotic component.'] },
    assessment: ["Moderate-to-severe Crohn's flare; Harvey-Bradshaw index 11."],
    plan: ['IV methylprednisolone 40mg daily.', 'Screen for TB and hepatitis B before starting infliximab.', 'Smoking cessation.', 'Stool studies including C. difficile.'],
    meds: ['methylprednisolone 40mg IV daily', 'pantoprazole 40mg daily', 'calcium/vitamin D b.i.d.'],
  },
  {
    key: 'parkinsons', dx: "Parkinson's disease with motor fluctuations", icd: 'G20', specialty: 'Neurology', elderly: true,
    symptoms: ['resting tremor of the right hand', 'slowness of movement', 'shuffling gait', 'freezing at doorways'],
    history: ["Parkinson's disease diagnosed six years ago.", 'Wearing-off two hours before each levodopa dose.', 'One fall in the past month; no injury.'],
    exam: ['Hypomimia, hypophonia.', 'Cogwheel rigidity on the right more than left.', 'Bradykinesia on finger tapping; reduced arm swing.', 'Pull test: three steps backward.'],
    labs: {},
    imaging: { study: 'MRI BRAIN WITHOUT CONTRAST', findings: ['Mild generalized volume loss appropriate for age.', 'Scattered periventricular T2 hyperintensities consistent with chronic small vessel disease.', 'No mass, hemorrhage or acute infarct.'], impression: ['No acute intracranial abnormality; mild small vessel disease.'] },
    assessment: ['Idiopathic PD, Hoehn and Yahr stage 3, with wearing-off.'],
    plan: ['Increase carbidopa/levodopa 25/100mg to five times daily.', 'Add entacapone 200mg with each dose.', 'PT referral for gait and fall prevention.', 'Return to clinic in 3 months.'],
    meds: ['carbidopa/levodopa 25/100mg 1 tab 5 times daily', 'entacapone 200mg with each levodopa dose', 'melatonin 3mg qhs'],
  },
  {
    key: 'gibleed', dx: 'Upper GI bleed from duodenal ulcer', icd: 'K26.4', specialty: 'Gastroenterology', elderly: true,
    symptoms: ['black stools for three days', 'lightheadedness on standing', 'coffee-ground emesis'],
    history: ['Takes naproxen daily for knee osteoarthritis.', 'No prior GI bleeding; no alcohol use.'],
    exam: ['HR 108, BP 96/60; pale.', 'Melena on rectal exam.', 'Epigastric tenderness.'],
    labs: { hgb: 'L', bun: 'H' },
    imaging: { study: 'CT ANGIOGRAPHY ABDOMEN', findings: ['No active contrast extravasation.', 'Duodenal wall thickening in the bulb.'], impression: ['No active bleeding at time of study.'] },
    assessment: ['UGIB, Glasgow-Blatchford score 12.', 'Forrest IIa ulcer at endoscopy.'],
    plan: ['Pantoprazole 80mg IV bolus then 40mg IV b.i.d.', 'Transfuse to Hgb > 7.', 'Stop NSAIDs; test for H. pylori.', 'Repeat EGD in 8 weeks.'],
    meds: ['pantoprazole 40mg IV b.i.d.', 'sucralfate 1g q.i.d.'],
    procedure: { name: 'Esophagogastroduodenoscopy with hemostasis', indication: 'Melena and anemia', steps: ['Scope passed under direct vision to the second part of the duodenum.', 'Epinephrine 1:10,000 injected in four quadrants around the vessel.', 'Two hemostatic clips applied.'], findings: ['1.5 cm duodenal bulb ulcer with a non-bleeding visible vessel.', 'Mild antral gastritis; biopsies taken for H. pylori.'] },
  },
  {
    key: 'hypothyroid', dx: 'Primary hypothyroidism', icd: 'E03.9', specialty: 'Endocrinology',
    symptoms: ['fatigue', 'cold intolerance', 'constipation', 'weight gain', 'dry skin'],
    history: ['Symptoms gradual over six months.', 'Family hx of Hashimoto thyroiditis.'],
    exam: ['Delayed relaxation of ankle reflexes.', 'Non-tender, diffusely enlarged thyroid.', 'HR 56.'],
    labs: { tsh: 'H', na: 'L' },
    imaging: { study: 'ULTRASOUND THYROID', findings: ['Diffusely enlarged, heterogeneous thyroid with increased vascularity.', 'No discrete nodule.'], impression: ['Findings consistent with thyroiditis.'] },
    assessment: ['Hashimoto hypothyroidism.'],
    plan: ['Start levothyroxine 75mcg daily on an empty stomach.', 'Repeat TSH in 6-8 weeks.'],
    meds: ['levothyroxine 75mcg PO daily'],
  },
  {
    key: 'pacemaker', dx: 'Symptomatic complete heart block', icd: 'I44.2', specialty: 'Cardiology', elderly: true,
    symptoms: ['syncope', 'dizziness', 'exercise intolerance'],
    history: ['Two syncopal episodes in a week, one while seated.', 'No medication that slows AV conduction.'],
    exam: ['HR 34, regular; cannon a waves in the JVP.', 'BP 132/60.'],
    labs: { k: 'L' },
    imaging: { study: 'CHEST X-RAY POST PACEMAKER', findings: ['Left pectoral dual-chamber pacemaker with leads in the right atrium and right ventricular apex.', 'No pneumothorax.'], impression: ['Satisfactory lead position; no pneumothorax.'] },
    assessment: ['Complete heart block with syncope; pacemaker indicated.'],
    plan: ['Dual-chamber pacemaker implantation.', 'Device check at 2 weeks; remote monitoring enrolled.', 'Arm precautions for 4 weeks.'],
    meds: ['cefazolin 2g IV pre-op'],
    procedure: { name: 'Dual-chamber permanent pacemaker implantation', indication: 'Complete heart block', steps: ['Left cephalic vein cut-down.', 'Active-fixation leads positioned in the RA appendage and RV septum.', 'Sensing and threshold testing satisfactory.', 'Pulse generator placed in a subcutaneous pocket; layered closure.'], findings: ['RV threshold 0.6 V at 0.4 ms, R wave 11 mV.', 'RA threshold 0.8 V, P wave 3.2 mV.'], device: 'dual-chamber pacemaker' },
  },
];
