/**
 * The cast of the corpus: patients, relatives, clinicians and facilities, each with the
 * identifiers that reappear across a patient's reports (so surrogate consistency can be tested).
 * Names deliberately include the hard cases: apostrophes, hyphens, multi-word surnames and
 * ordinary English words used as names (Hope, Will, Grant, Young, Black, Love).
 *
 * @example
 * const cast = buildCast(new Rng(7), 120);
 * cast.patients[0].person.first;
 */
import { addDays, randomDate, type SimpleDate } from './dates.js';
import * as ids from './identifiers.js';
import type { Rng } from './rng.js';

/** A person's name parts. @example { first: 'Hope', middle: 'A', last: "O'Brien", sex: 'F' } */
export interface Person {
  first: string;
  middle: string;
  last: string;
  sex: 'F' | 'M';
}

/** A postal address; state is kept as text because states are not PHI. @example addr.city */
export interface Address {
  street: string;
  city: string;
  state: string;
  zip: string;
}

/** A hospital, clinic or care home. @example facility.name === "St. Brigid's Hospital" */
export interface Facility {
  name: string;
  address: Address;
  phone: string;
  fax: string;
  domain: string;
  poBox?: string;
}

/** A clinician with the identifiers that appear on letters and orders. @example clinician.npi */
export interface Clinician {
  person: Person;
  credential: string;
  specialty: string;
  npi: string;
  dea: string;
  pager: string;
  phone: string;
  email: string;
  facility: Facility;
}

/** A relative named in notes. @example { relation: 'daughter', person, phone } */
export interface Relative {
  relation: string;
  person: Person;
  phone: string;
}

/** A synthetic patient and everything identifying about them. @example patient.mrn */
export interface Patient {
  id: string;
  person: Person;
  age: number;
  dob: SimpleDate;
  address: Address;
  phone: string;
  email: string;
  ssn: string;
  mrn: string;
  plan: string;
  planName: string;
  account: string;
  licence: string;
  relatives: Relative[];
  pcp: Clinician;
  facility: Facility;
  /** First encounter; later reports are dated from here. */
  anchor: SimpleDate;
  condition: string;
}

/** Everyone in one corpus run. @example buildCast(rng, 10).clinicians.length */
export interface Cast {
  patients: Patient[];
  clinicians: Clinician[];
  facilities: Facility[];
}

const WORD_FIRST_F = ['Hope', 'April', 'Dawn', 'Joy', 'Rose', 'Faith', 'Grace', 'Summer', 'Iris', 'June'];
const WORD_FIRST_M = ['Will', 'Grant', 'Bill', 'Hunter', 'Art', 'Chase', 'Mark', 'Frank'];
const WORD_LAST = ['Young', 'Black', 'Love', 'Grant', 'Hope', 'White', 'Wood', 'King', 'Bishop', 'Will', 'Rose', 'Brown'];
const HARD_LAST = [
  "O'Brien", "D'Angelo", "O'Connor", "O'Neil", "D'Souza", 'Smith-Jones', 'Garcia-Lopez', 'Nguyen-Tran',
  'McAllister', 'MacDonald', 'van der Berg', 'De la Cruz', 'St. John', 'Ní Bhriain', 'Müller', 'Núñez',
];
const SAINTS = ['Brigid', 'Jude', 'Anne', 'Luke', 'Agnes', 'Columba', 'Vincent', 'Clare', 'Mungo', 'Raphael'];
const TREES = ['Maple Grove', 'Willow Bend', 'Cedar Hill', 'Oak Ridge', 'Birchwood', 'Aspen Court', 'Elm Park', 'Pine Haven'];
const SPECIALTIES = [
  'Internal Medicine', 'Cardiology', 'Pulmonology', 'Gastroenterology', 'General Surgery', 'Radiology',
  'Pathology', 'Emergency Medicine', 'Neurology', 'Nephrology', 'Endocrinology', 'Orthopaedics', 'Family Medicine',
];
const PLANS = ['Blue Cross PPO', 'Medicare Part B', 'Medicaid', 'Aetna HMO', 'UnitedHealthcare Choice', 'Cigna Open Access', 'Tricare'];
const RELATION_SEX: Record<string, 'F' | 'M'> = { wife: 'F', husband: 'M', daughter: 'F', son: 'M', sister: 'F', brother: 'M', niece: 'F', granddaughter: 'F' };
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'partner', 'granddaughter'];

/** A name, mixing common faker names with the hard cases. @example makePerson(rng, 'F') */
export function makePerson(rng: Rng, sex: 'F' | 'M'): Person {
  const f = rng.faker.person;
  const gender = sex === 'F' ? 'female' : 'male';
  const roll = rng.int(0, 99);
  let first = f.firstName(gender);
  let last = f.lastName();
  if (roll < 18) first = rng.pick(sex === 'F' ? WORD_FIRST_F : WORD_FIRST_M);
  if (roll >= 10 && roll < 24) last = rng.pick(WORD_LAST);
  else if (roll >= 24 && roll < 44) last = rng.pick(HARD_LAST);
  const middle = f.firstName(gender);
  return { first, middle, last, sex };
}

function makeAddress(rng: Rng): Address {
  const loc = rng.faker.location;
  const zip = rng.chance(0.3) ? `${rng.digits(5)}-${rng.digits(4)}` : rng.digits(5);
  const street = rng.chance(0.2) ? `${loc.streetAddress(false)}, Apt ${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}` : loc.streetAddress(false);
  return { street, city: loc.city(), state: loc.state({ abbreviated: true }), zip };
}

function makeFacility(rng: Rng, i: number): Facility {
  const city = rng.faker.location.city();
  const kinds = [
    () => `St. ${rng.pick(SAINTS)}'s Hospital`,
    () => `${city} General Hospital`,
    () => `${rng.pick(TREES)} Care Home`,
    () => `${rng.faker.person.lastName()} Memorial Medical Center`,
    () => `${city} Community Health Clinic`,
    () => `${rng.pick(['Lakeside', 'Riverside', 'Harborview', 'Northgate', 'Hillcrest'])} ${rng.pick(['Cardiology Associates', 'Family Practice', 'Surgical Group', 'Imaging Center'])}`,
    () => `${rng.pick(TREES)} Nursing and Rehabilitation Center`,
  ];
  const name = kinds[i % kinds.length]();
  const address = makeAddress(rng);
  address.city = city;
  const area = String(rng.int(201, 989));
  const domain = `${name.toLowerCase().replace(/st\. /, 'st').replace(/[^a-z]+/g, '')}.org`;
  return {
    name, address, phone: ids.usPhone(rng, area), fax: ids.usPhone(rng, area), domain,
    poBox: rng.chance(0.5) ? `PO Box ${rng.int(100, 9999)}` : undefined,
  };
}

/** Strip diacritics for email handles (Núñez -> Nunez), as mail systems do. */
function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function makeClinician(rng: Rng, facility: Facility): Clinician {
  const person = makePerson(rng, rng.pick(['F', 'M']));
  const credential = rng.pick(['MD', 'MD', 'DO', 'MBBS', 'NP', 'PA-C', 'MD, PhD', 'FRCP']);
  const handle = ascii(`${person.first[0]}${person.last}`).toLowerCase().replace(/[^a-z]/g, '');
  return {
    person, credential, specialty: rng.pick(SPECIALTIES), npi: ids.npi(rng), dea: ids.deaNumber(rng, person.last),
    pager: rng.digits(4), phone: ids.usPhone(rng), email: `${handle}@${facility.domain}`, facility,
  };
}

/** Build facilities, clinicians and `nPatients` patients. @example buildCast(new Rng(1), 20) */
export function buildCast(rng: Rng, nPatients: number): Cast {
  const facilities = Array.from({ length: 14 }, (_, i) => makeFacility(rng, i));
  const clinicians = Array.from({ length: 40 }, () => makeClinician(rng, rng.pick(facilities)));
  const patients: Patient[] = [];
  for (let i = 0; i < nPatients; i++) {
    const sex = rng.pick(['F', 'M'] as const);
    const person = makePerson(rng, sex);
    // Exactly one patient in five is over 89, so AGE (a PHI category only above 89) is well represented at any size.
    const age = i % 5 === 0 ? rng.int(90, 104) : rng.int(19, 89);
    const anchor = randomDate(rng, 2018, 2024);
    const dob = addDays({ y: anchor.y - age, m: anchor.m, d: anchor.d }, -rng.int(1, 360));
    const handle = ascii(`${person.first}.${person.last}`).toLowerCase().replace(/[^a-z.]/g, '');
    const relatives = Array.from({ length: rng.int(1, 2) }, () => {
      const relation = rng.pick(RELATIONS);
      const relSex = RELATION_SEX[relation] ?? rng.pick(['F', 'M'] as const);
      const relative = makePerson(rng, relSex);
      // Spouses often share the surname, which tests surrogate consistency for a shared last name.
      if ((relation === 'wife' || relation === 'husband' || relation === 'daughter' || relation === 'son') && rng.chance(0.5)) relative.last = person.last;
      return { relation, person: relative, phone: rng.chance(0.15) ? ids.intlPhone(rng) : ids.usPhone(rng) };
    });
    patients.push({
      id: `pt-${String(i + 1).padStart(4, '0')}`,
      person, age, dob, address: makeAddress(rng), phone: ids.usPhone(rng),
      email: `${handle}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me'])}`,
      ssn: ids.ssn(rng, rng.chance(0.7)), mrn: ids.mrn(rng), plan: ids.healthPlanId(rng), planName: rng.pick(PLANS),
      account: ids.accountNumber(rng), licence: ids.driversLicence(rng), relatives,
      pcp: rng.pick(clinicians), facility: rng.pick(facilities), anchor, condition: '',
    });
  }
  return { patients, clinicians, facilities };
}

/** Name rendering styles. @example NAME_STYLES.includes('last-first') */
export const NAME_STYLES = [
  'full', 'full', 'full', 'full-mid', 'last-first', 'upper', 'upper-last-first', 'lower', 'initials-last', 'initials',
] as const;

/** One name rendering style. @example const s: NameStyle = 'upper'; */
export type NameStyle = (typeof NAME_STYLES)[number] | 'first' | 'last';

/** Render a person's name in a style. @example renderName(p, 'initials-last') // 'J. K. Rowe' */
export function renderName(p: Person, style: NameStyle): string {
  switch (style) {
    case 'full': return `${p.first} ${p.last}`;
    case 'full-mid': return `${p.first} ${p.middle[0]}. ${p.last}`;
    case 'last-first': return `${p.last}, ${p.first}`;
    case 'upper': return `${p.first} ${p.last}`.toUpperCase();
    case 'upper-last-first': return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 'lower': return `${p.first} ${p.last}`.toLowerCase();
    case 'initials-last': return `${p.first[0]}. ${p.middle[0]}. ${p.last}`;
    case 'initials': return `${p.first[0]}${p.middle[0]}${p.last.replace(/[^A-Za-zÀ-ÿ]/g, '')[0]}`.toUpperCase();
    case 'first': return p.first;
    case 'last': return p.last;
  }
}
