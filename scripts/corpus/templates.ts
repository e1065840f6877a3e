/**
 * Report templates: one writer per report type. Each combines the clinical section writers with
 * identifying headers, signatures, contacts and asides, all annotated as they are written.
 *
 * @example
 * const b = new TextBuilder();
 * TEMPLATES.radiology({ rng, b, patient, cast, cond, date, clinician });
 */
import { TextBuilder } from './builder.js';
import { prettyStudy, type Condition } from './conditions.js';
import { addDays, type SimpleDate } from './dates.js';
import * as ids from './identifiers.js';
import type { Cast, Clinician, Patient } from './people.js';
import type { ReportType } from './phi.js';
import { writeAddress, writeClinician, writeDate, writeLabelled, writeLooseDate, writeName, writePhone } from './phi-writers.js';
import type { Rng } from './rng.js';
import * as S from './sections.js';

/** Inputs of a template. @example { rng, b, patient, cast, cond, date, clinician } */
export interface TemplateInput {
  rng: Rng;
  b: TextBuilder;
  patient: Patient;
  cast: Cast;
  cond: Condition;
  date: SimpleDate;
  clinician: Clinician;
}

function sctx(t: TemplateInput): S.SectionContext {
  return S.makeContext(t.rng, t.b, t.cond, t.patient.age, t.patient.person.sex);
}

/** Patient identification block in one of several layouts. */
function patientBlock(t: TemplateInput, extras: { ssn?: boolean; plan?: boolean; account?: boolean; address?: boolean }): void {
  const { b, rng, patient: p } = t;
  const layout = rng.int(0, 2);
  const sep = layout === 2 ? ' | ' : '\n';
  if (layout === 0) { b.t('Patient: '); writeName(b, rng, p.person); }
  else if (layout === 1) { b.t('Name: '); writeName(b, rng, p.person, rng.pick(['last-first', 'upper-last-first'])); }
  else { b.t('PATIENT NAME: '); writeName(b, rng, p.person, 'upper'); }
  b.t(sep);
  b.t(rng.pick(['MRN: ', 'Med Rec #', 'MR#: ', 'Medical Record No. ', 'Hosp No: '])).p('MRN', p.mrn).t(sep);
  b.t(rng.pick(['DOB: ', 'Date of Birth: ', 'D.O.B. '])); writeDate(b, rng, p.dob, rng.pick(['us', 'iso', 'dmy-mon', 'eu', 'us-short', 'long'])); b.t(sep);
  b.t(rng.pick(['Age: ', 'Age/Sex: ']));
  if (p.age > 89) b.p('AGE', String(p.age)); else b.t(String(p.age));
  b.t(` ${p.person.sex}`).t(sep);
  if (extras.ssn) { b.t(rng.pick(['SSN: ', 'SS#: ', 'Social Security No. '])).p('SSN', p.ssn).t(sep); }
  if (extras.address) { b.t('Address: '); writeAddress(b, p.address, true); b.t(sep); b.t(rng.pick(['Home phone: ', 'Tel: ', 'Phone '])); writePhone(b, rng, p.phone, false); b.t(sep); }
  if (extras.plan) { b.t(`Insurance: ${p.planName}, ${rng.pick(['Member ID: ', 'Policy #', 'Subscriber ID '])}`).p('HEALTH_PLAN', p.plan).t(sep); }
  if (extras.account) { b.t(rng.pick(['Acct #: ', 'Account No. ', 'Billing acct: ', 'Visit account: '])).p('ACCOUNT', p.account).t(sep); }
  if (layout === 2) b.t('\n');
}

/** A sentence naming a relative with a contact number. */
function relativeLine(t: TemplateInput): void {
  const { b, rng, patient } = t;
  const r = rng.pick(patient.relatives);
  switch (rng.int(0, 4)) {
    case 0: b.t(`Collateral obtained from ${r.relation}, `); writeName(b, rng, r.person, rng.pick(['full', 'first', 'lower'])); b.t(', who can be reached at '); writePhone(b, rng, r.phone); b.t('.'); break;
    case 1: b.t('Emergency contact: '); writeName(b, rng, r.person, rng.pick(['last-first', 'full', 'upper'])); b.t(` (${r.relation}) tel. `); writePhone(b, rng, r.phone); b.t('.'); break;
    case 2: b.t(`Pt's ${r.relation} `); writeName(b, rng, r.person, 'first'); b.t(' was updated by phone'); b.t(' and agrees with the plan.'); break;
    case 3: b.t(patient.person.sex === 'F' ? 'Mrs. ' : 'Mr. '); b.p('NAME', patient.person.last); b.t(`'s ${r.relation} (`); writeName(b, rng, r.person, rng.pick(['first', 'full'])); b.t(') is the health care proxy; phone: '); writePhone(b, rng, r.phone, false); b.t('.'); break;
    default: b.t(`Lives with ${r.relation} `); writeName(b, rng, r.person, rng.pick(['full', 'first'])); b.t(' in '); b.p('LOCATION', patient.address.city); b.t('.');
  }
}

/** Signature block. */
function signature(t: TemplateInput, c: Clinician, when: SimpleDate): void {
  const { b, rng } = t;
  switch (rng.int(0, 3)) {
    case 0: b.t('Electronically signed by '); writeClinician(b, rng, c); b.t(' on '); writeDate(b, rng, when, rng.pick(['us-time', 'iso-t', 'us'])); b.t('\n'); break;
    case 1: b.t('\n'); b.p('NAME', `${c.person.first} ${c.person.last}`).t(`, ${c.credential}\n${c.specialty}\nNPI: `).p('LICENSE', c.npi).t('\nPager ').p('PHONE', c.pager).t('\n'); break;
    case 2: b.t('-- '); b.p('NAME', `${c.person.first[0]}${c.person.middle[0]}${c.person.last.replace(/[^A-Za-z]/g, '')[0] ?? 'X'}`.toUpperCase()); b.t(' / '); writeDate(b, rng, when, 'us-short'); b.t('\n'); break;
    default: b.t('Attending: '); writeClinician(b, rng, c); b.t(', pager ').p('PHONE', c.pager).t(', ').p('EMAIL', c.email).t('\n');
  }
}

function facilityLine(t: TemplateInput, c = t.clinician): void {
  t.b.p('LOCATION', c.facility.name);
}

function dischargeSummary(t: TemplateInput): void {
  const { b, rng, patient: p } = t;
  const ctx = sctx(t);
  const los = rng.int(2, 9);
  b.t(rng.pick(['DISCHARGE SUMMARY', 'Discharge Summary', 'HOSPITAL DISCHARGE SUMMARY'])).t('\n');
  facilityLine(t); b.t('\n');
  patientBlock(t, { ssn: rng.chance(0.6), plan: rng.chance(0.8), account: rng.chance(0.6), address: rng.chance(0.3) });
  b.t('Admission date: '); writeDate(b, rng, t.date); b.t('   Discharge date: '); writeDate(b, rng, addDays(t.date, los)); b.t('\n');
  b.t('Attending physician: '); writeClinician(b, rng, t.clinician); b.t('\n\n');
  S.complaint(ctx); b.t('\n'); S.hpi(ctx); b.t('\n'); S.pmh(ctx); b.t('\n');
  if (rng.chance(0.5)) { S.meds(ctx); b.t('\n'); }
  S.exam(ctx); b.t('\n'); S.labs(ctx); b.t('\n');
  S.header(ctx, 'course');
  b.t(`${prettyStudy(t.cond.imaging.study)} showed: ${rng.pick(t.cond.imaging.impression)} `);
  b.t('Working diagnosis on hospital day 2: '); b.t(rng.pick(t.cond.assessment)); b.t(' Seen by '); writeClinician(b, rng, rng.pick(t.cast.clinicians)); b.t(` (${rng.pick(['consult', 'consultant', 'specialist'])}) `); writeLooseDate(b, rng, addDays(t.date, 1)); b.t('. ');
  relativeLine(t); S.trap(ctx); b.t('\n\n');
  S.assessment(ctx); b.t('\n');
  S.header(ctx, 'recommendations');
  b.t('Follow up with '); writeClinician(b, rng, p.pcp); b.t(' at '); b.p('LOCATION', p.pcp.facility.name); b.t(' on '); writeDate(b, rng, addDays(t.date, los + rng.int(7, 21))); b.t(', phone '); writePhone(b, rng, p.pcp.facility.phone); b.t('.\n');
  if (t.cond.key === 'dm2' || rng.chance(0.15)) {
    b.t(`Home device: ${rng.pick(['continuous glucose monitor', 'CPAP machine', 'insulin pump', 'home oxygen concentrator'])}, serial `).p('DEVICE', ids.deviceId(rng)).t(' (vendor to collect loaner).\n');
  }
  if (t.cond.key === 'pacemaker') { b.t('Device: dual-chamber pacemaker, serial no. ').p('DEVICE', ids.deviceId(rng)).t('. Remote monitoring via ').p('URL', `https://remote.${p.facility.domain}/device/${rng.digits(6)}`).t('\n'); }
  b.t('\n'); signature(t, t.clinician, addDays(t.date, los));
}

/** Facilities that plausibly hold prior imaging (not care homes). */
function imagingSites(t: TemplateInput) {
  const sites = t.cast.facilities.filter((f) => /Hospital|Medical Center|Imaging/.test(f.name));
  return sites.length > 0 ? sites : t.cast.facilities;
}

function radiology(t: TemplateInput): void {
  const { b, rng } = t;
  const ctx = sctx(t);
  facilityLine(t); b.t(` - Department of ${rng.pick(['Radiology', 'Diagnostic Imaging', 'Medical Imaging'])}\n`);
  b.t(`EXAM: ${t.cond.imaging.study}\n`);
  patientBlock(t, {});
  b.t(rng.pick(['Accession #: ', 'Accession: ', 'ACC NO '])).p('ID', ids.accession(rng)).t('\n');
  b.t('Exam date: '); writeDate(b, rng, t.date, rng.pick(['us-time', 'iso-t', 'dd-mon-yyyy-upper', 'us'])); b.t('\n');
  const ordering = rng.pick(t.cast.clinicians);
  b.t('Ordering: '); writeClinician(b, rng, ordering); b.t('\n\n');
  S.header(ctx, 'history'); b.t(`${rng.pick(t.cond.symptoms)}. r/o ${t.cond.dx.toLowerCase()}.\n\n`);
  S.header(ctx, 'technique'); b.t(rng.pick(['Standard protocol. ', 'Multiplanar images were obtained. ', 'Images acquired per departmental protocol. ']));
  b.t(rng.pick(['No IV contrast.', 'Iohexol 350 100ml IV.', 'DLP 412 mGy*cm.', 'Two views.'])).t('\n\n');
  b.t('COMPARISON: ');
  if (rng.chance(0.6)) { b.t('Prior study dated '); writeDate(b, rng, addDays(t.date, -rng.int(30, 700))); b.t(' at '); b.p('LOCATION', rng.pick(imagingSites(t)).name); b.t('.\n\n'); }
  else b.t('None.\n\n');
  S.findings(ctx); b.t('\n'); S.impression(ctx); b.t('\n');
  if (rng.chance(0.5)) { b.t('Critical result communicated to '); writeClinician(b, rng, ordering); b.t(' by telephone at '); writeDate(b, rng, t.date, 'iso-t'); b.t('; read-back confirmed.\n'); }
  if (rng.chance(0.5)) { b.t('Images available at ').p('URL', `https://pacs.${t.clinician.facility.domain}/viewer?study=${rng.digits(8)}`).t('\n'); }
  if (rng.chance(0.4)) { b.t('Report dictated from workstation ').p('IP', ids.ipAddress(rng, rng.chance(0.3))).t('.\n'); }
  signature(t, t.clinician, t.date);
}

function pathology(t: TemplateInput): void {
  const { b, rng } = t;
  const ctx = sctx(t);
  const path = t.cond.pathology ?? { specimen: 'Tissue biopsy', gross: ['Multiple tan tissue fragments.'], micro: ['See diagnosis.'], diagnosis: ['Benign tissue.'] };
  b.t(rng.pick(['SURGICAL PATHOLOGY REPORT', 'Surgical Pathology Report', 'PATHOLOGY CONSULTATION'])).t('\n');
  facilityLine(t); b.t(', '); b.p('LOCATION', t.clinician.facility.address.city); b.t('\n');
  patientBlock(t, { account: rng.chance(0.4) });
  b.t('Case: ').p('ID', ids.accession(rng)).t('   Specimen ID: ').p('ID', ids.specimenId(rng)).t('\n');
  b.t('Collected: '); writeDate(b, rng, t.date); b.t('  Received: '); writeDate(b, rng, addDays(t.date, rng.int(0, 1)), 'us-time'); b.t('\n');
  b.t('Submitting physician: '); writeClinician(b, rng, rng.pick(t.cast.clinicians)); b.t('\n\n');
  S.header(ctx, 'history'); S.ageWords(ctx); b.t(` ${t.patient.person.sex}; ${t.cond.dx.toLowerCase()} suspected.\n\n`);
  b.t(`SPECIMEN: ${path.specimen}\n\n`);
  b.t(rng.pick(['GROSS DESCRIPTION:\n', 'Gross Description\n', 'Gross: '])).t(`${path.gross.join(' ')} Labeled with the patient's name and `).p('ID', ids.specimenId(rng)).t('.\n\n');
  b.t(rng.pick(['MICROSCOPIC DESCRIPTION:\n', 'Microscopic\n', 'Micro: '])).t(`${path.micro.join(' ')}\n\n`);
  S.header(ctx, 'diagnosis'); path.diagnosis.forEach((d, i) => b.t(`${String.fromCharCode(65 + i)}. ${d}\n`));
  b.t('\n'); if (rng.chance(0.4)) { b.t('Intradepartmental consultation with '); writeClinician(b, rng, rng.pick(t.cast.clinicians)); b.t(' who agrees.\n'); }
  signature(t, t.clinician, addDays(t.date, rng.int(1, 4)));
}

function lab(t: TemplateInput): void {
  const { b, rng } = t;
  const ctx = sctx(t);
  b.t(rng.pick(['LABORATORY REPORT', 'Clinical Laboratory Results', 'CUMULATIVE LAB REPORT'])).t('\n');
  facilityLine(t); b.t(' Laboratory, '); writeAddress(b, t.clinician.facility.address, true); b.t('\nTel '); writePhone(b, rng, t.clinician.facility.phone, false); b.t('  Fax ').p('FAX', t.clinician.facility.fax).t('\n');
  patientBlock(t, { plan: rng.chance(0.6), account: rng.chance(0.5), ssn: rng.chance(0.2) });
  b.t('Specimen: ').p('ID', ids.specimenId(rng)).t(`  ${rng.pick(['Serum', 'Whole blood (EDTA)', 'Plasma, lithium heparin'])}\n`);
  b.t('Collected: '); writeDate(b, rng, t.date, rng.pick(['us-time', 'iso-t'])); b.t('  Reported: '); writeDate(b, rng, t.date, rng.pick(['us-time', 'iso-t', 'dmy-mon'])); b.t('\n');
  b.t('Ordering provider: '); writeClinician(b, rng, t.clinician); b.t(' (NPI ').p('LICENSE', t.clinician.npi).t(')\n\n');
  S.labs(ctx); b.t('\n');
  if (rng.chance(0.5)) { S.header(ctx, 'impression'); b.t(`Results consistent with ${t.cond.dx.toLowerCase()}. ${rng.pick(['Abnormal values flagged.', 'Critical values called to the ward.', 'Please correlate clinically.'])}\n`); }
  b.t('Released by LIS from ').p('IP', ids.ipAddress(rng, rng.chance(0.25))).t('. View online: ').p('URL', `https://results.${t.clinician.facility.domain}/r/${rng.digits(7)}`).t('\n');
}

function edNote(t: TemplateInput): void {
  const { b, rng, patient: p } = t;
  const ctx = sctx(t);
  b.t(rng.pick(['EMERGENCY DEPARTMENT NOTE', 'ED Provider Note', 'Emergency Dept. Visit'])).t(' - '); facilityLine(t); b.t('\n');
  patientBlock(t, { ssn: rng.chance(0.5), address: rng.chance(0.5), plan: rng.chance(0.5) });
  b.t('Arrival: '); writeDate(b, rng, t.date, rng.pick(['us-time', 'iso-t'])); b.t(` via ${rng.pick(['EMS', 'private vehicle', 'walk-in'])}\n`);
  if (rng.chance(0.5)) { b.t("ID verified: driver's licence ").p('LICENSE', p.licence).t('\n'); }
  b.t('\n'); S.complaint(ctx); b.t('\n'); S.hpi(ctx);
  if (rng.chance(0.5)) {
    b.t(`Of note, pt was the ${rng.pick(['restrained driver', 'passenger', 'pedestrian struck by'])} ${rng.pick(['a sedan', 'an SUV', 'a pickup truck'])} `);
    b.t('(plate ').p('VEHICLE', ids.plate(rng));
    if (rng.chance(0.6)) b.t(', VIN ').p('VEHICLE', ids.vin(rng));
    b.t(') in a low-speed collision earlier today; police report number ').p('ID', `${rng.int(21, 24)}-${rng.digits(6)}`).t('.\n');
  }
  else if (rng.chance(0.7)) { b.t("Pt's car (plate ").p('VEHICLE', ids.plate(rng)).t(') left in the ambulance bay; security notified.\n'); }
  b.t('\n'); S.exam(ctx); b.t('\n'); S.labs(ctx); b.t('\n');
  S.assessment(ctx); b.t('\n');
  relativeLine(t); b.t(' '); if (rng.chance(0.5)) { b.t('Pt contact: '); writePhone(b, rng, p.phone); b.t(', '); b.p('EMAIL', p.email); b.t('.'); }
  const disposition = rng.pick(['admitted to medicine', 'admitted to ICU', 'discharged home', 'transferred to ']);
  b.t(`\nDisposition: ${disposition}`);
  if (disposition.endsWith('to ')) b.p('LOCATION', rng.pick(t.cast.facilities).name);
  b.t('.\n'); signature(t, t.clinician, t.date);
}

function letter(t: TemplateInput): void {
  const { b, rng, patient: p } = t;
  const ctx = sctx(t);
  const c = t.clinician;
  const f = c.facility;
  facilityLine(t); b.t('\n');
  if (f.poBox && rng.chance(0.6)) { b.p('LOCATION', f.poBox).t('\n').p('LOCATION', f.address.city).t(`, ${f.address.state} `).p('LOCATION', f.address.zip).t('\n'); }
  else { writeAddress(b, f.address, false); b.t('\n'); }
  b.t('Tel: '); writePhone(b, rng, f.phone); b.t(rng.pick(['  Fax: ', ' | fax ', '\nFacsimile: '])).p('FAX', f.fax).t('\n');
  b.p('URL', rng.pick([`www.${f.domain}`, `https://www.${f.domain}`, `http://${f.domain}/clinics`])).t('\n\n');
  writeDate(b, rng, t.date, rng.pick(['long', 'long-ord', 'us', 'dmy-mon', 'eu'])); b.t('\n\n');
  const to = p.pcp === c ? rng.pick(t.cast.clinicians) : p.pcp;
  writeClinician(b, rng, to); b.t('\n'); b.p('LOCATION', to.facility.name).t('\n'); writeAddress(b, to.facility.address, false); b.t('\n\n');
  b.t('Re: '); writeName(b, rng, p.person, rng.pick(['full', 'upper', 'last-first'])); b.t(', DOB '); writeDate(b, rng, p.dob, rng.pick(['us', 'eu', 'dmy-mon'])); b.t(', ').t(rng.pick(['MRN ', 'Hosp. no. '])).p('MRN', p.mrn).t('\n\n');
  b.t('Dear '); b.t(rng.pick(['Dr. ', 'Dr '])).p('NAME', to.person.last).t(',\n\n');
  b.t(`Thank you for ${rng.pick(['referring', 'asking me to see'])} `); b.t(p.person.sex === 'F' ? rng.pick(['Mrs. ', 'Ms. ']) : 'Mr. '); b.p('NAME', p.person.last); b.t(', a ');
  S.ageWords(ctx, true); b.t(` ${p.person.sex === 'F' ? 'woman' : 'man'}, whom I saw in the ${t.cond.specialty.toLowerCase()} clinic `); writeLooseDate(b, rng, t.date); b.t('.\n\n');
  S.hpi(ctx); b.t('\n'); S.exam(ctx); b.t('\n'); if (rng.chance(0.5)) { S.labs(ctx); b.t('\n'); }
  S.assessment(ctx); b.t('\n');
  b.t('I have arranged to see ').t(p.person.sex === 'F' ? 'her' : 'him').t(' again ');
  writeLooseDate(b, rng, addDays(t.date, rng.int(30, 120))); b.t('. ');
  if (rng.chance(0.5)) { b.t('The patient can be contacted on '); writePhone(b, rng, rng.chance(0.3) ? ids.intlPhone(rng) : p.phone); b.t(' or by email at '); b.p('EMAIL', p.email); b.t('. '); }
  b.t('Please do not hesitate to contact me.\n\n');
  b.t(rng.pick(['Yours sincerely,', 'Kind regards,', 'With best wishes,'])).t('\n\n');
  b.p('NAME', rng.pick([`${c.person.first} ${c.person.last}`, `${c.person.first[0]}. ${c.person.last}`, `Dr ${c.person.first} ${c.person.last}`.slice(3)])).t(`, ${c.credential}\n`);
  b.t(`Consultant, ${t.cond.specialty}\n`).t('Direct line: '); writePhone(b, rng, c.phone); b.t('\nEmail: ').p('EMAIL', c.email).t('\n');
  if (rng.chance(0.5)) { b.t('DEA ').p('LICENSE', c.dea).t('  NPI ').p('LICENSE', c.npi).t('\n'); }
  b.t('cc: '); writeName(b, rng, p.person, 'full'); b.t(', '); writeAddress(b, p.address, true);
}

function dialogue(t: TemplateInput): void {
  const { b, rng, patient: p, cond } = t;
  const ctx = sctx(t);
  const [D, P] = rng.pick([['Doctor', 'Patient'], ['DR', 'PT'], ['Dr', 'Pt'], ['Clinician', 'Patient']] as const);
  const rel = rng.pick(p.relatives);
  b.t(`[Transcript of ${rng.pick(['clinic visit', 'telehealth consultation', 'follow-up call'])}, recorded `); writeDate(b, rng, t.date, rng.pick(['iso-t', 'us-time', 'long'])); b.t(']\n');
  b.t(`${D}: Good ${rng.pick(['morning', 'afternoon'])}, `); b.t(p.person.sex === 'F' ? 'Ms. ' : 'Mr. ').p('NAME', rng.pick([p.person.last, p.person.last.toLowerCase()])); b.t(`. I'm `); b.t('Dr. ').p('NAME', t.clinician.person.last); b.t('. What brings you in today?\n');
  b.t(`${P}: Well, I've had ${rng.pick(cond.symptoms)} since `); writeDate(b, rng, addDays(t.date, -rng.int(3, 20)), rng.pick(['mon-d', 'month-d', 'd-month', 'long-ord', 'us-short'])); b.t(`. My ${rel.relation} `); writeName(b, rng, rel.person, rng.pick(['first', 'lower', 'full'])); b.t(' made me come.\n');
  b.t(`${D}: Any ${rng.pick(cond.symptoms)}?\n`);
  b.t(`${P}: ${rng.pick(['A little, yes.', 'Not really.', 'Only at night.', 'Yes, more than before.'])} There is hope it settles, but it keeps coming back.\n`);
  b.t(`${D}: Can you confirm your date of birth for me?\n${P}: It's `); writeDate(b, rng, p.dob, rng.pick(['long', 'long-ord', 'us', 'mon-d-y'])); b.t('.\n');
  if (p.age > 89) { b.t(`${D}: So you're `); b.p('AGE', String(p.age)); b.t(' now?\n').t(`${P}: That's right, and still going.\n`); }
  b.t(`${D}: And what medicines are you on?\n${P}: ${cond.meds.slice(0, 2).join(', ') || 'Just vitamins.'} and ${rng.pick(['lisinopril 10mg', 'metformin 500mg b.i.d', 'aspirin 81mg'])}.\n`);
  b.t(`${D}: ${rng.pick(cond.exam)} ${rng.pick(['I would like to order some tests.', "Let's check some bloods."])}\n`);
  b.t(`${P}: Will I need to stay in hospital?\n${D}: ${rng.pick(['Probably not.', 'Possibly for a day or two.', "Let's see the results first."])} ${cond.plan[0]}\n`);
  b.t(`${P}: Can you call me on `); writePhone(b, rng, rng.chance(0.25) ? ids.intlPhone(rng) : p.phone); b.t(` with the results? Or email `); b.p('EMAIL', p.email); b.t('.\n');
  b.t(`${D}: Of course. We'll see you `); writeLooseDate(b, rng, addDays(t.date, rng.int(7, 30))); b.t(' at ').p('LOCATION', t.clinician.facility.name).t('.\n');
  b.t(`${P}: Thank you, doctor. I live on `).p('LOCATION', p.address.street).t(' so it is not far.\n');
  b.t(`${D}: Take care. ${rng.pick(["We'll grant you a parking permit for the visit.", 'Bring your medication list.', 'Call if things get worse.'])}`);
}

function progressNote(t: TemplateInput): void {
  const { b, rng, patient: p } = t;
  const ctx = sctx(t);
  const day = rng.int(2, 6);
  // Some notes open with the patient's name so PHI sits at offset 0.
  if (rng.chance(0.35)) { writeName(b, rng, p.person, rng.pick(['upper-last-first', 'last-first', 'full'])); b.t(' - '); }
  b.t(`${rng.pick(['PROGRESS NOTE', 'Progress Note', 'Daily Progress Note'])} - Hospital day ${day}\n`);
  b.t('Date: '); writeDate(b, rng, addDays(t.date, day - 1), rng.pick(['us', 'iso', 'eu', 'mon-d-y'])); b.t('  Pt: '); writeName(b, rng, p.person, rng.pick(['last-first', 'full', 'upper-last-first', 'initials'])); b.t('  MRN ').p('MRN', p.mrn).t('\n');
  b.t(`${rng.pick(['Medical ward', 'Step-down unit', 'Telemetry unit', 'ICU'])}, `); facilityLine(t); b.t('\n\n');
  b.t('S: '); if (rng.chance(0.5)) { S.ageWords(ctx, true); b.t(` ${p.person.sex === 'F' ? 'woman' : 'man'}, day ${day}. `); } b.t(rng.pick(['Feels better today.', 'Slept poorly; pain 4/10.', 'Reports less SOB.', 'No new complaints overnight.'])); S.trap(ctx); b.t('\n');
  const finding = rng.pick(t.cond.exam);
  b.t('O: '); if (!S.hasVitals(finding)) b.t(`T ${rng.float(36.4, 37.8, 1).toFixed(1)} HR ${rng.int(60, 104)} BP ${rng.int(104, 160)}/${rng.int(58, 92)} SpO2 ${rng.int(92, 99)}%. `); b.t(finding).t('\n');
  S.labs(ctx);
  if (t.cond.key === 'pacemaker' || t.cond.key === 'nstemi' || rng.chance(0.15)) {
    b.t(`Telemetry: ${rng.pick(['sinus rhythm', 'paced rhythm', 'rate-controlled AFib'])}. Device interrogation: ${rng.pick(['Medtronic', 'Abbott', 'Boston Scientific'])} generator, serial `).p('DEVICE', ids.deviceId(rng)).t('; battery OK.\n');
  }
  b.t('\n'); S.assessment(ctx); b.t('\n'); relativeLine(t); b.t('\n'); signature(t, t.clinician, addDays(t.date, day - 1));
}

function operativeNote(t: TemplateInput): void {
  const { b, rng, patient: p } = t;
  const ctx = sctx(t);
  const proc = t.cond.procedure ?? { name: 'Diagnostic laparoscopy', indication: t.cond.dx, steps: ['Port placement and survey of the abdomen.'], findings: ['No abnormality.'] };
  b.t(rng.pick(['OPERATIVE REPORT', 'Operative Note', 'BRIEF OP NOTE / FULL OPERATIVE REPORT'])).t('\n');
  facilityLine(t); b.t('\n');
  patientBlock(t, { account: rng.chance(0.5), ssn: rng.chance(0.25) });
  b.t('Date of surgery: '); writeDate(b, rng, t.date); b.t('\n');
  b.t('Surgeon: '); writeClinician(b, rng, t.clinician); b.t('\nAssistant: '); writeClinician(b, rng, rng.pick(t.cast.clinicians));
  // Catheter-lab procedures run under sedation with little blood loss; abdominal and orthopaedic cases do not.
  const cathLab = t.cond.specialty === 'Cardiology';
  b.t('\nAnesthesia: '); b.t(cathLab ? rng.pick(['Moderate sedation with local lidocaine', 'Local anesthesia with IV midazolam/fentanyl']) : rng.pick(['General endotracheal', 'General with LMA', t.cond.key === 'hip' ? 'Spinal' : 'General endotracheal'])).t(', '); writeClinician(b, rng, rng.pick(t.cast.clinicians)); b.t('\n\n');
  b.t(`PREOPERATIVE DIAGNOSIS: ${proc.indication}\nPOSTOPERATIVE DIAGNOSIS: Same\nPROCEDURE: ${proc.name}\n`);
  b.t(cathLab ? `EBL: minimal  Contrast: ${rng.int(60, 220)}ml iodixanol  Fluoro time: ${rng.float(3, 25, 1)} min\n\n` : `EBL: ${rng.int(5, 400)}ml  Fluids: ${rng.int(500, 2500)}ml crystalloid  Drains: ${rng.pick(['none', '19 Fr Blake'])}\n\n`);
  S.header(ctx, 'findings'); b.t(`${proc.findings.join(' ')}\n\n`);
  b.t(rng.pick(['DESCRIPTION OF PROCEDURE:\n', 'Procedure in detail\n', 'Technique: '])).t('The patient was identified, consent confirmed and a time-out performed. ');
  b.t(`${proc.steps.join(' ')} Counts correct x2.\n\n`);
  if (proc.device) { b.t(`IMPLANTS: ${proc.device}, UDI `).p('DEVICE', ids.deviceId(rng)).t(', lot ').p('DEVICE', `${rng.chars('ABCDEFGHJK', 2)}${rng.digits(5)}`).t('\n'); }
  else b.t('IMPLANTS: none\n');
  b.t('SPECIMENS: ').t(t.cond.pathology ? `${t.cond.pathology.specimen} to pathology, specimen ` : 'none').t('');
  if (t.cond.pathology) b.p('ID', ids.specimenId(rng));
  b.t('\n\n');
  S.header(ctx, 'recommendations');
  b.t(`${rng.pick(t.cond.plan)} Pt will return to clinic in 2 weeks. `);
  const rel = rng.pick(p.relatives);
  b.t(`Family (${rel.relation} `); writeName(b, rng, rel.person, rng.pick(['full', 'first'])); b.t(') updated in the waiting room.\n');
  signature(t, t.clinician, t.date);
}

/** Template per report type. @example TEMPLATES.letter(input) */
export const TEMPLATES: Record<ReportType, (t: TemplateInput) => void> = {
  discharge_summary: dischargeSummary, radiology, pathology, lab, ed_note: edNote, letter, dialogue,
  progress_note: progressNote, operative_note: operativeNote,
};

/** Which conditions each report type needs (pathology needs a specimen, operative notes a procedure). @example eligible('pathology', cond) */
export function eligible(type: ReportType, cond: Condition): boolean {
  if (type === 'pathology') return cond.pathology !== undefined;
  if (type === 'operative_note') return cond.procedure !== undefined;
  return true;
}

