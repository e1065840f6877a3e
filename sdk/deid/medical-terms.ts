/**
 * Clinical vocabulary that must survive de-identification even though it looks like a name or
 * a place. Eponyms that are also common surnames (Wilson, Jones, Bell, Turner) are NOT listed:
 * they are recognized as eponyms only by the noun that follows ("Wilson disease", "Jones
 * fracture"; see EPONYM_HEADS), so "Dr. Kim Wilson" stays a name. Listed here: eponyms (Parkinson's disease, Crohn's, Babinski sign, Whipple procedure, Glasgow Coma
 * Scale, Cushing's, Hodgkin), common drug names (generic and brand) and lab/test names. Tokens
 * here never start a name from dictionary or shape rules alone; only a strong cue (a title such
 * as "Dr.") can make them a name.
 *
 * @example
 * isMedicalTerm('Babinski'); // true
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Eponyms (lower-case surname part) used in diagnoses, signs, procedures, scales and classifications. @example EPONYMS.includes('parkinson'); // true */
export const EPONYMS: readonly string[] = words(`
parkinson lyme hoffmann hoffmann's parkinson's parkinsonism parkinsonian crohn crohn's babinski whipple whipple's glasgow cushing
cushing's cushingoid hodgkin hodgkin's non-hodgkin alzheimer alzheimer's addison addison's hashimoto
hashimoto's huntington huntington's tourette tourette's asperger asperger's kaposi kaposi's raynaud raynaud's
sjogren sjogren's sjögren guillain barre barré guillain-barre guillain-barré meckel meckel's hirschsprung
hirschsprung's kawasaki marfan marfan's ehlers danlos ehlers-danlos klinefelter klinefelter's apgar gleason
mcburney mcburney's rovsing rovsing's kernig brudzinski homan homan's homans trendelenburg romberg phalen
phalen's tinel tinel's lachman mcmurray valsalva heimlich foley swan-ganz hickman groshong nissen roux-en-y
roux billroth hartmann hartmann's bankart monteggia galeazzi lisfranc chopart salter-harris salter schatzker
gustilo frankel ranson ranson's child-pugh pugh meld chads2 cha2ds2-vasc framingham mallory-weiss zenker
zenker's schatzki boerhaave virchow trousseau trousseau's chvostek chvostek's kussmaul cheyne-stokes cheyne
biot korotkoff osler osler's horner horner's wernicke wernicke's korsakoff korsakoff's broca broca's
jacksonian lennox-gastaut lennox gastaut dravet rett creutzfeldt-jakob creutzfeldt jakob binswanger charcot
charcot's charcot-marie-tooth duchenne friedreich friedreich's gehrig epstein-barr epstein barr coombs
ziehl-neelsen ziehl neelsen giemsa papanicolaou pap bethesda breslow bismuth hunt-hess spetzler-martin
blatchford rockall savary-miller bartholin bartholin's skene cowper fallopian eustachian sylvian monro luschka
magendie sylvius purkinje schwann langerhans kupffer leydig sertoli peyer peyer's meissner auerbach brunner
paneth reed-sternberg councilman dohle döhle howell-jolly charcot-leyden curschmann aschoff hassall call-exner
schiller-duval flexner-wintersteiner michaelis-gutmann hirano cowdry stevens-johnson wolff-parkinson-white
wolff brugada mobitz wenckebach prinzmetal takotsubo steell duroziez kerley kerley's westermark fleischner
kartagener churg-strauss henoch-schönlein henoch schonlein schönlein behcet behçet behcet's kaposi's wilms
wilms' burkitt burkitt's waldenstrom waldenström hurthle hürthle sister-mary-joseph crigler-najjar
dubin-johnson budd-chiari budd chiari arnold-chiari dandy-walker willebrand willebrand hippel-lindau
sturge-weber tay-sachs gaucher gaucher's niemann-pick fanconi fanconi's buerger buerger's takayasu kawasaki's
moyamoya tolosa-hunt dupuytren dupuytren's peyronie peyronie's ledderhose osgood-schlatter osgood schlatter
legg-calve-perthes perthes kienbock kienböck scheuermann quervain quervain lasegue lasègue braxton-hicks
pfannenstiel glasgow-blatchford rass cam-icu karnofsky ecog nyha killip mallampati cormack-lehane ishihara
rinne schirmer tzanck nikolsky
schultze tuohy ortolani barlow moro sarnat finnegan bayley kleihauer kleihauer-betke betke leopold leopold's pomeroy
babcock hadlock mogen gomco plastibell coryllos mazzanti zavanelli mcroberts kegel ritgen naegele hegar
paykel bazett fridericia wellens sgarbossa
`);

/** Common drugs, generic and brand, lower-case. @example DRUGS.includes('metformin'); // true */
export const DRUGS: readonly string[] = words(`
acetaminophen paracetamol ibuprofen naproxen aspirin tylenol advil motrin aleve celebrex celecoxib
metoprolol lopressor toprol atenolol carvedilol coreg propranolol labetalol lisinopril zestril prinivil enalapril
ramipril losartan cozaar valsartan diovan amlodipine norvasc nifedipine diltiazem cardizem verapamil
hydrochlorothiazide hctz chlorthalidone furosemide lasix bumetanide bumex torsemide spironolactone aldactone
warfarin coumadin jantoven heparin enoxaparin lovenox apixaban eliquis rivaroxaban xarelto dabigatran pradaxa
clopidogrel plavix ticagrelor brilinta prasugrel effient atorvastatin lipitor simvastatin zocor rosuvastatin
crestor pravastatin ezetimibe zetia metformin glucophage glipizide glyburide glimepiride sitagliptin januvia
empagliflozin jardiance dapagliflozin farxiga liraglutide victoza semaglutide ozempic wegovy dulaglutide
trulicity insulin glargine lantus levemir detemir humalog lispro novolog aspart humulin novolin tresiba
levothyroxine synthroid methimazole propylthiouracil prednisone prednisolone methylprednisolone solu-medrol
medrol dexamethasone decadron hydrocortisone fludrocortisone budesonide fluticasone flovent advair symbicort
albuterol proventil ventolin ipratropium atrovent tiotropium spiriva montelukast singulair cetirizine zyrtec
loratadine claritin fexofenadine allegra diphenhydramine benadryl hydroxyzine atarax famotidine pepcid
omeprazole prilosec pantoprazole protonix esomeprazole nexium lansoprazole ondansetron zofran metoclopramide
reglan promethazine phenergan prochlorperazine compazine docusate colace senna sennosides bisacodyl dulcolax
polyethylene miralax lactulose loperamide imodium amoxicillin augmentin ampicillin penicillin piperacillin
tazobactam zosyn cefazolin ancef ceftriaxone rocephin cefepime cephalexin keflex cefdinir vancomycin
vancocin linezolid zyvox daptomycin azithromycin zithromax zpak clarithromycin erythromycin doxycycline
minocycline ciprofloxacin cipro levofloxacin levaquin moxifloxacin metronidazole flagyl clindamycin
sulfamethoxazole trimethoprim bactrim nitrofurantoin macrobid gentamicin tobramycin meropenem imipenem
ertapenem aztreonam fluconazole diflucan voriconazole micafungin acyclovir valacyclovir valtrex oseltamivir
tamiflu remdesivir paxlovid nirmatrelvir morphine hydromorphone dilaudid oxycodone percocet hydrocodone norco
vicodin fentanyl tramadol ultram codeine methadone buprenorphine suboxone naloxone narcan gabapentin
neurontin pregabalin lyrica duloxetine cymbalta sertraline zoloft fluoxetine prozac citalopram celexa
escitalopram lexapro paroxetine paxil venlafaxine effexor bupropion wellbutrin mirtazapine remeron trazodone
amitriptyline nortriptyline lithium quetiapine seroquel olanzapine zyprexa risperidone risperdal aripiprazole
abilify haloperidol haldol lorazepam ativan diazepam valium alprazolam xanax clonazepam klonopin midazolam
versed zolpidem ambien melatonin donepezil aricept memantine namenda levetiracetam keppra phenytoin dilantin
valproate depakote lamotrigine lamictal carbamazepine tegretol topiramate topamax levodopa carbidopa sinemet
ropinirole pramipexole sumatriptan imitrex tamsulosin flomax finasteride proscar oxybutynin allopurinol
zyloprim colchicine febuxostat methotrexate hydroxychloroquine plaquenil adalimumab humira infliximab
remicade etanercept enbrel rituximab rituxan tamoxifen letrozole anastrozole cisplatin carboplatin paclitaxel
taxol docetaxel doxorubicin cyclophosphamide pembrolizumab keytruda nivolumab opdivo trastuzumab herceptin
bevacizumab avastin digoxin lanoxin amiodarone cordarone nitroglycerin isosorbide hydralazine clonidine
potassium kcl magnesium calcium vitamin cholecalciferol ergocalciferol folic ferrous iron cyanocobalamin
thiamine epinephrine norepinephrine levophed vasopressin dopamine dobutamine propofol diprivan ketamine
etomidate succinylcholine rocuronium vecuronium sugammadex glycopyrrolate neostigmine lidocaine bupivacaine
marcaine tpa alteplase tenecteplase kcentra protamine
`);

/** Lab tests, panels and measurement words that appear capitalized in results tables. @example LABS.includes('hemoglobin'); // true */
export const LABS: readonly string[] = words(`
cbc bmp cmp wbc rbc hgb hct mcv mch mchc rdw plt platelets sodium potassium chloride bicarbonate bun creatinine
glucose calcium magnesium phosphorus albumin protein bilirubin alt ast alp ggt ldh lipase amylase troponin
bnp nt-probnp ck ck-mb crp esr procalcitonin lactate inr pt ptt aptt fibrinogen d-dimer ferritin tsh t3 t4
hba1c a1c ldl hdl triglycerides cholesterol psa cea ca-125 afp urinalysis ua culture gram abg vbg ph pco2 po2
hco3 spo2 sao2 fio2 peep egfr gfr anion gap osmolality ammonia lactic hemoglobin hematocrit neutrophils
lymphocytes monocytes eosinophils basophils bands reticulocyte haptoglobin coombs ana anca rf ccp complement
c3 c4 igg iga igm ige covid-19 sars-cov-2 pcr rsv influenza hiv hcv hbsag rpr vdrl quantiferon tb ekg ecg echo
`);

/**
 * Manufacturers, insurers and health-IT brands that are no person's name ("Medtronic", "Aetna HMO"), and the hospital's own
 * equipment department ("sent to biomed").
 * Brands that are also surnames (Abbott, Braun, Cook) are told apart by the noun after them (EPONYM_HEADS).
 *
 * @example
 * ORGANIZATIONS.includes('medtronic'); // true
 */
export const ORGANIZATIONS: readonly string[] = words(`
medtronic biotronik stryker biomet siemens philips scientific hologic olympus storz fresenius dexcom omnipod
insulet resmed respironics aetna cigna humana anthem unitedhealthcare healthcare bluecross blueshield bcbs tricare
medicare medicaid centene wellcare amerigroup cerner meditech allscripts athenahealth pfizer moderna janssen
biomed
`);

let set: Set<string> | null = null;
let eponyms: Set<string> | null = null;
let organizations: Set<string> | null = null;

/**
 * Is this lower-case word one of the ORGANIZATIONS (read by the gate too, so a word added to the list counts before the
 * vocabulary is rebuilt)?
 *
 * @example
 * isOrganization('biomed'); // true
 */
export function isOrganization(lower: string): boolean {
  organizations ??= new Set(ORGANIZATIONS);
  return organizations.has(lower);
}

/**
 * Is this token (any case, with or without "'s") clinical vocabulary rather than a name?
 *
 * @example
 * isMedicalTerm("Crohn's"); // true
 */
export function isMedicalTerm(token: string): boolean {
  const known = memo.get(token);
  if (known !== undefined) return known;
  const r = medicalTerm(token);
  // Bounded: a long corpus must not grow this cache without limit.
  if (memo.size > 100_000) memo.clear();
  memo.set(token, r);
  return r;
}

// Answers per exact token; cleared when a check is registered (the answer depends on it).
const memo = new Map<string, boolean>();

function medicalTerm(token: string): boolean {
  if (!set) set = new Set([...DRUGS, ...LABS, ...ORGANIZATIONS]);
  if (!eponyms) eponyms = new Set(EPONYMS);
  const t = token.toLowerCase();
  const bare = t.replace(/['’]s?$/, '');
  if (set.has(t) || set.has(bare)) return true;
  // The built clinical vocabulary (drugs, abbreviations, devices) holds far more than the lists above.
  if (clinicalCheck?.(bare)) return true;
  // An eponym that is also a surname (Addison, Hartmann, Gleason) blocks a name only in its
  // possessive/eponymous form ("Addison's"); bare, it is decided by the noun that follows.
  if (eponyms.has(t) && (t !== bare || !isPersonName(bare))) return true;
  return eponyms.has(bare) && t !== bare;
}

// Scales charted as the eponym and a score ("Braden 12", "Morse 45", "Borg 3/10", "Ashworth 1+").
// Most are also surnames, so the word alone stays a possible name; the score after it decides
// ("Pain 8/10" opening a sentence is the same shape).
const SCALE_EPONYMS = new Set(
  words(`braden morse borg ashworth berg norton waterlow tinetti barthel karnofsky ranchos rankin hunt fisher killip
apgar gleason breslow clark tanner mallampati katz lawton beck hamilton glasgow richmond wells caprini spetzler hinchey
westley zarit pain barnes finnegan silverman cobb risser beighton waddell tegner lysholm womac oswestry tardieu penn
frisen frisén deauville`),
);

// Scales graded by a letter whose name is also a place or a name: "T10 ASIA A paraplegia".
const LETTER_GRADED = new Set(words(`asia`));

/**
 * Is `word` a scale eponym followed by a score of one or two digits (not a pager or extension), or a letter-graded scale
 * followed by its grade?
 *
 * @example
 * scaleScoreAfter('Braden', ' 12, Morse 45'); // true
 * scaleScoreAfter('Braden', ' 4471'); // false
 * scaleScoreAfter('ASIA', ' A paraplegia'); // true
 */
export function scaleScoreAfter(word: string, after: string): boolean {
  const w = word.toLowerCase();
  if (LETTER_GRADED.has(w)) return /^[ \t]*(?:scale|grade|score|impairment(?:[ \t]+scale)?)?[ \t]*:?[ \t]*[A-E](?![\p{L}\d])/u.test(after);
  // ("Falls risk (Morse) 45": the scale in brackets before its score.)
  return SCALE_EPONYMS.has(w) && /^\)?[ \t]*(?:scores?|scale)?[ \t]*(?:[:=<>≤≥]|of)?[ \t]*\d{1,2}(?:\/\d{1,2})?\+?(?![\d-])/i.test(after);
}

/**
 * Is this lower-case word (possessive or not) an eponym of a sign, test, disease or scale?
 *
 * @example
 * isEponym('romberg'); // true
 */
export function isEponym(word: string): boolean {
  if (!eponyms) eponyms = new Set(EPONYMS);
  return eponyms.has(word) || eponyms.has(word.replace(/['’]s?$/, ''));
}

let personCheck: ((w: string) => boolean) | null = null;
let clinicalCheck: ((w: string) => boolean) | null = null;

/**
 * Register the clinical-vocabulary lookup (set by dictionaries.ts once the vocabulary is loaded).
 *
 * @example
 * setClinicalCheck((w) => clinical.has(w));
 */
export function setClinicalCheck(check: (w: string) => boolean): void {
  clinicalCheck = check;
  memo.clear();
}
function isPersonName(w: string): boolean {
  return personCheck ? personCheck(w) : false;
}

/**
 * Register the name-dictionary lookup (set by dictionaries.ts; kept as a hook so this file has no
 * dependency on the faker data).
 *
 * @example
 * setPersonNameCheck((w) => names.has(w));
 */
export function setPersonNameCheck(check: (w: string) => boolean): void {
  personCheck = check;
  memo.clear();
}

/**
 * Nouns that, right after a capitalized word, make it an eponym ("Jones fracture", "Austin Flint
 * murmur", "Ann Arbor staging") rather than a person, unless a title or label says otherwise.
 * Roman numerals read case-blind, so "VIA" ("IN LEOMINSTER VIA MED FLIGHT") is ruled out by name.
 * The noun must follow after one space: two spaces, a line break, or "plan-" / "plan:" start the next
 * item of a note ("from quincy  plan- ltach screen"), not an eponym; "cell" before a number is a
 * phone ("CALL SANJAY CELL 555 0134").
 *
 * @example
 * EPONYM_HEADS.test(' fracture of the fifth metatarsal'); // true
 */
export const EPONYM_HEADS =
  /^(?:['’]s)?[ \t](?:\d+\s*\+\s*\d+|(?:class\s+)?(?!via\b)[IV]{1,3}[a-c]?\b(?!\.)|disease|dz|syndrome|sign|signs|test|maneuver|manoeuvre|procedure|operation|repair|fundoplication|fracture|palsy|phenomenon|reflex|score|scale|criteria|classification|grade|stage|staging|triad|tetrad|law|node|nodes|cells?(?![ \t]*(?:[#:(]|ph|no\b|num|\+?\d))|bodies|ulcer|esophagus|oesophagus|diverticulum|lymphoma|sarcoma|tumou?r|carcinoma|disorder|anomaly|malformation|contracture|neuroma|cyst|angina|membrane|catheter|tube|drains?|stain|point|incision|position|lesions?|nodules?|spots|rings?|murmur|respiration|breathing|rules?|(?:ankle|knee|foot|c-spine|[Cc][Tt][ \t]+[Hh]ead|head[ \t]+ct)[ \t]+[Rr]ules?|collar|j[ \t]+collar|j(?=[ \t,;.)]|$)|hernia|thyroiditis|encephalopathy|dementia|chorea|ataxia|dystrophy|aneurysm|arteritis|granulomatosis|purpura|block|index|method|formula|equation|rosettes?|coma|pouch|shunt|filter|ligament|duct|canal|space|gland|area|reaction|effect|regimen|protocol|generator|pacemaker|cognitive|defibrillator|icd|crt-d|leads?|pump|stent|valve|implant|prosthesis|monitor|sensor|hmo|ppo|epo|insurance|plan(?![-:])|laboratories|diagnostics|pharmaceuticals?|questionnaires?|inventory|battery|checklist|model|technique)\b/i;

// What follows a surgeon's or maker's name on an instrument, a stitch or a part of the operation ("Bookwalter retractor",
// "Heaney clamps", "Lembert sutures", "Allen stirrups", "Graham patch", "Scarpa's fascia", "Hesselbach's triangle"), and
// a legislator's on a law ("Baker Act", "MARCHMAN ACT").
const INSTRUMENT_AFTER =
  /^(?:['’]s)?[ \t]+(?:retractors?|clamps?|dissectors?|needles?|dilators?|stitch(?:es)?|sutures?|sounds|evacuator|stirrups|mouth[ \t]+gag|gag|patch|fascia|triangle|cerclage|forceps|scissors|trocars?|speculum|rongeur|curettes?|spreader|ligaments?|dissection|technique|closure|anastomosis|ink|act)\b/i;

/**
 * Is `name`, a guess at a person or a place, a surgeon's, maker's or legislator's name, by what follows it (`after`)?
 * One capitalised word counts before an instrument, a stitch, a part of the operation or a law; a guess that took in the
 * law's own word ("Baker Act") counts whatever follows. Such a name is no one in the note.
 *
 * @example
 * makersName('Bookwalter', ' retractor was positioned'); // true
 * makersName('Baker Act', ' hold'); // true
 * makersName('Baker', ' called back'); // false
 */
export function makersName(name: string, after: string): boolean {
  if (/^\p{Lu}[\p{L}'’-]*[ \t]+(?:Act|ACT)$/u.test(name)) return true;
  return /^\p{Lu}[\p{L}'’-]*$/u.test(name) && INSTRUMENT_AFTER.test(after);
}

// What follows a sign or test of the examination, or a view or an angle of the films named after someone: its result
// ("Neer +", "Yergason neg", "Thompson negative", "FABER + R") or its own noun ("Rosenberg view", "Bohler angle", "Haglund
// deformity", "Marcus Gunn pupil", "Segond fx", "Cogan lid twitch", "Apley grind"). A plus before a name or a number joins
// people or opens a phone ("Brigham + Kenna", "Lagos +234"); "line" is a town's boundary too ("near the Dedham line"), and
// "sign" a road's ("turn E at the Siesta Shores sign").
const EXAM_AFTER =
  /^(?:['’]s)?(?:[ \t]*(?:\+(?=[ \t]*(?:[,.;)\n]|$|(?:R|L|bilat\p{L}*|on|at|with)\b))|\(\+\)|\(-\))|[ \t]+(?:neg(?:ative)?|pos(?:itive)?|equivocal|deferred|tight|midline|lateraliz(?:ed|es)|test|maneuver|manoeuvre|reflex|view|angle|deformity|prominence|pupil|fx|lid[ \t]+twitch|grind|brace|splint|collar|questionnaire)\b)/iu;
// Its own noun after a name of up to three words, the rest of the name first ("West Point view", "Royal London Hospital
// test", "Marcus Gunn pupil", "Ramsay Hunt syndrome").
const EXAM_NOUNS = ['test', 'maneuver', 'manoeuvre', 'reflex', 'view', 'pupil', 'syndrome'];
const EXAM_NOUN_AFTER = new RegExp(String.raw`^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:${EXAM_NOUNS.flatMap((w) => [w, w.toUpperCase()]).join('|')})\b`, 'u');

/**
 * Is `name`, a guess at a person or a place of one capitalised word or two joined ("Neer", "Hawkins-Kennedy"), a sign,
 * test or view of the examination by what follows it (`after`)? A name of two or three words ("West Point") needs the
 * sign's, test's or view's own noun after it. Such a name is no one in the note.
 *
 * @example
 * examEponym('Yergason', ' neg, O'Brien neg'); // true
 * examEponym('Rosenberg', ' view: KL grade 2'); // true
 * examEponym('Rosenberg', ' called back'); // false
 */
export function examEponym(name: string, after: string): boolean {
  if (!/^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:[ \t]+\p{Lu}[\p{L}'’]*){0,2}$/u.test(name)) return false;
  return EXAM_NOUN_AFTER.test(after) || (!/[ \t]/.test(name) && EXAM_AFTER.test(after));
}

// A part of the body, then "of": what follows is the anatomist's name ("circle of Willis", "duct of Wirsung").
const OF_ANATOMY =
  /\b(?:ligaments?|veins?|arter(?:y|ies)|circle|ampulla|sphincter|ducts?|tubercle|nodules?|tail|space|triangle|pouch|canal|foramen|fossa|bundle|band|loop|angle|nodes?|line|body|bodies|cells?|organ|glands?|crypts?|islets?|sinus|plexus|tract|nucleus|fissure|layer|membrane|capsule|columns?|recess|process|papilla|valve|ring|ansa|spaces|septum|aqueduct|notch|cusp)[ \t]+of[ \t]+(?:the[ \t]+)?$/i;

/**
 * Is the word at `start` an anatomist's name after a part of the body and "of" ("ligament of Treitz",
 * "vein of Trolard", "ampulla of Vater")? Such a word names no person in the note.
 *
 * @example
 * anatomyOfBefore('the circle of Willis', 14); // true
 */
export function anatomyOfBefore(text: string, start: number): boolean {
  // (Its cheap test first: most words follow no "of", and the scan above tries every word of the slice.)
  let j = start;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j === start || j < 2) return false;
  const word = text.slice(j - 3, j).toLowerCase();
  if (!word.endsWith('of') && word !== 'the') return false;
  return OF_ANATOMY.test(text.slice(Math.max(0, start - 32), start));
}
