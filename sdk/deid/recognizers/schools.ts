/**
 * Colleges and schools that place a student or a graduate, and employers written as acronyms before a trade: "Sophomore
 * at Duke", "student at Marist College", "NURSING STUDENT (CSI)", "19 yo m, UVM sophomore", "retired IBM engineer". A
 * school names the town a young patient lives in as an employer names an adult's.
 *
 * @example
 * recognizeSchools('Sophomore at Duke, lives in dorm'); // a LOCATION over "Duke"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS, PEOPLE_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { has, matchesOf } from './util.js';

// The words of studying. "senior" and "junior" are also ages and ranks, so they count only before "at" or "of" and a name.
const STUDY_WORDS = 'student sophomore freshman junior senior grad undergrad alum alumna alumnus graduate grader enrolled attends attended studies studying studied'.split(' ');
// In lower case, capitalised or in capitals, as written (no "i" flag: it would let a capital letter match any letter).
const STUDY = `(?:${STUDY_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|')})`;
// The words of studying anywhere in a note, as whole words (the scans below try every capitalised word).
const STUDY_TEST = new RegExp(String.raw`\b(?:${STUDY_WORDS.join('|')})\b`, 'i');
// A word of a name: capitalised, or a saint's or mount's dotted title ("St. Olaf"); a stop after any other word ends the
// sentence ("at Laramie High. Father called").
const WORD = String.raw`(?:(?:St|Mt|Ft|ST|MT|FT)\.|\p{Lu}[\p{L}&'’-]*)`;
// A name after the word of studying: capitalised words with "of" or "at" inside ("University of Vermont", "Texas at
// Austin"), or capitals.
const STUDY_AT = new RegExp(
  String.raw`\b${STUDY}[ \t]+(?:at|of|from|AT|OF|FROM)[ \t]+(?:the[ \t]+|THE[ \t]+)?(${WORD}(?:[ \t]+(?:(?:of|at|the)[ \t]+)?${WORD}){0,3})`,
  'dgu',
);
// In a note written in lower case, one word after "student at" or "professor at" that ends its clause is the school:
// "college student at temple)", "former professor at tufts, lives in medford".
const STUDY_AT_LOWER = /\b(?:student|sophomore|freshman|junior|senior|grad|professor|prof|lecturer|instructor|faculty|teaches|taught)[ \t]+at[ \t]+([a-z][a-z&'’-]{2,})(?=[ \t]*(?:[),;\n]|\.(?:[ \t]|$)|$))/dgu;
// Where a student or a teacher is, not which school: "student at home", "senior at night".
const NOT_SCHOOL_PLACE = new Set('home night nights school work college university risk times time rehab church baseline noon lunch present this that there here large heart'.split(' '));

// An acronym before a word of studying or a trade: "UVM sophomore", "IBM engineer", "GE retiree".
// (Not "attending", "enrolled": "TCU attending" is a unit's doctor.)
const ROLE_WORDS = 'student sophomore freshman junior senior grad undergrad alum alumna alumnus graduate employee retiree engineer professor steelworker millworker miner machinist lineman'.split(' ');
const ACRONYM_ROLE = new RegExp(String.raw`\b(\p{Lu}{2,6}|\p{Lu}{1,3}&\p{Lu}{1,3})[ \t]+(?:${ROLE_WORDS.map((w) => `${w}|${w.toUpperCase()}`).join('|')})\b`, 'dgu');
// The roles of work among them, whole words anywhere in a note (the cheap test of ACRONYM_ROLE where no one studies).
const WORK_ROLE_TEST = new RegExp(String.raw`\b(?:${ROLE_WORDS.filter((w) => !STUDY_WORDS.includes(w)).join('|')})\b`, 'i');
// An acronym after "retired" before what the person did there: "retired NDSU ag extension agent", "retired IBM engineer".
const RETIRED_FROM = /\b(?:retired|Retired|RETIRED)[ \t]+(\p{Lu}{2,6})(?=[ \t]+\p{Ll})/dgu;
// An acronym in brackets after a word of studying: "NURSING STUDENT (CSI)".
const ROLE_PAREN = new RegExp(String.raw`\b${STUDY}[ \t]*\([ \t]*(\p{Lu}{2,6})[ \t]*\)`, 'dgu');

// A school or a town named before a student's field and year: "27 yo Tufts dental student", "BC grad student", "UConn
// student", "UMass Boston student", "a Governor's Academy senior".
// (A field of study may stand between: "UM forestry grad student", "a Duke history major".)
const FIELDS = 'forestry geology history chemistry biology physics mathematics math economics english psychology philosophy political computer journalism education agriculture architecture anthropology sociology nutrition kinesiology accounting finance marketing film theater theatre dance design statistics linguistics wildlife fisheries ecology geography';
const NAMED_STUDENT = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}'’]*[ \t]+){0,2}\p{Lu}[\p{L}'’]*)[ \t]+(?:(?:${FIELDS.split(' ').join('|')})[ \t]+)?(?:(?:dental|law|med|medical|nursing|grad|graduate|pharmacy|engineering|art|music|business|divinity|doctoral|phd|premed|pre-med)[ \t]+)?(?:student|senior|junior|sophomore|freshman|grad|undergrad|major)\b`, 'dgu');
// A university by its place, where the note speaks of study, sport or teaching: "Men's basketball, University of Kansas",
// "This 22-year-old University of Montana geology student". (Not its hospital: "University of Iowa Hospitals".)
const UNIVERSITY_OF = /\b(?:University|UNIVERSITY)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}(?![\p{L}'’-])(?![ \t]+(?:Hospitals?|Medical|Health|Clinics?|Children|Cancer|Physicians|School[ \t]+of[ \t]+Medicine|HOSPITALS?|MEDICAL|HEALTH|CLINICS?))/gu;
const CAMPUS_TALK = /\b(?:team|athlet\w*|coach|varsity|professor|faculty|campus|dorm|emeritus|scholarship|tuition|semester)\b/i;
// A town or an employer between "retired" and a trade: "retired Boston firefighter", "retired Polaroid chemist",
// "retired Boston school custodian".
const RETIRED_TRADE = /\b(?:retired|former)[ \t]+((?:\p{Lu}[\p{L}'’]*[ \t]+){0,1}\p{Lu}[\p{L}'’]*)[ \t]+(?:(?:school|city|town|public|fire|police|transit|postal|water)[ \t]+)?(?:firefighter|fireman|cop|police(?:man|woman)?|officer|detective|teacher|custodian|janitor|chemist|engineer|machinist|mechanic|electrician|plumber|carpenter|lineman|longshoreman|letter[ \t]+carrier|mail[ \t]+carrier|bus[ \t]+driver|driver|clerk|secretary|librarian|principal|professor|nurse|worker|employee)\b/dgu;
// A town before a trade of its own service, after "a": "oldest Kevin is a Boston firefighter", "SON WILLIAM JR., A BOSTON
// FIREFIGHTER". Capitals too; the town a gazetteer's.
const TOWN_SERVICE_TRADE = /\b(?:a|an|A|AN)[ \t]+(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*)?)[ \t]+(?:firefighter|fireman|cop|police[ \t]+officer|policeman|patrolman|paramedic|emt|bus[ \t]+driver|school[ \t]+teacher|public[ \t]+school[ \t]+teacher|sanitation[ \t]+worker|FIREFIGHTER|FIREMAN|COP|POLICE[ \t]+OFFICER|POLICEMAN|PATROLMAN|PARAMEDIC|EMT|BUS[ \t]+DRIVER|SCHOOL[ \t]+TEACHER)\b/dgu;
// Words before "student" or a trade that name a people, a field, a kind of student or a government, not a school or an
// employer.
const NOT_SCHOOL_WORD = /^(?:the|a|an|pt|patient|his|her|their|our|is|was|as|foreign|exchange|international|former|new|old|high|college|university|medical|nursing|dental|law|pharmacy|graduate|grad|full|part|time|good|honor|honors|straight|transfer|visiting|boarding|day|night|online|univ|student|senior|junior|retired|city|town|state|county|school|public|fire|police)$/i;

// Degrees, licences, programmes, units and services that stand before "student" or a trade without naming a school or an
// employer.
const NOT_SCHOOL = new Set('enl ell esol umwa cpa usaf usn usmc usa usps army navy pgy tcu nccu msicu bmt imc pcu dnp msn bsn adn lpn lvn cna emt np pa md do rn phd mba mph ms ma ba bs jd psyd dds dmd pharmd ot pt slp rt rrt crna aprn fnp ccrn med hs ged rotc jrotc esl iep sped ap ib stem nclex usmle gre sat act'.split(' '));
// The last word of a school's name in a line of capitals, where every word is capitalised.
const SCHOOL_KIND = /(?:COLLEGE|UNIVERSITY|UNIV|ACADEMY|INSTITUTE|SCHOOL|HIGH|HS|SEMINARY|CC)$/;

/** An acronym no vocabulary holds as a word, an abbreviation of charting, or a degree. */
function schoolAcronym(word: string): boolean {
  const w = word.toLowerCase();
  return !NOT_SCHOOL.has(w) && !/cu$/.test(w) && !isMedicalTerm(w) && !(vocabulary().flags(w) & (F.ABBREV | F.CLINICAL | F.COMMON | F.ENGLISH | F.UPPER));
}

/** Words of a name after "student at": none clinical, none a function word but the joining "of", "at", "the". */
function schoolName(name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => !/^(?:of|at|the)$/i.test(w));
  return words.every((w) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    return !FUNCTION_WORDS.has(lower) && !isMedicalTerm(lower) && !(vocabulary().flags(lower) & (F.ABBREV | F.CLINICAL));
  });
}

// A community or technical college by its town or region, in any case: "hazard community & technical college", "SOUTHEAST
// COMMUNITY COLLEGE". The kind is found first; the name is up to three words before it, back to a function word or a
// word of going or studying ("pt goes to ...").
const COLLEGE_KIND = /(?<![\p{L}])(?:community|technical|junior)(?:[ \t]+(?:&|and)[ \t]+technical)?[ \t]+college(?![\p{L}])/giu;
const WORDS_BEFORE = /(?:[\p{L}][\p{L}'’.-]*[ \t]+){1,3}$/u;
const NOT_COLLEGE_NAME = new Set('pt pt\'s patient goes go going attends attending attended takes taking enrolled studies studying student students teaches teaching works working worked grad graduate classes class courses local area nearby'.split(' '));

function collegeNameWord(w: string): boolean {
  const lower = w.toLowerCase();
  return !/[.,]$/.test(w) && !FUNCTION_WORDS.has(lower) && !NOT_COLLEGE_NAME.has(lower) && !PEOPLE_WORDS.has(lower);
}

// A school by its name and what it is, in title case or capitals, wherever it stands (a header, a teacher's line, a field
// trip): "Lincoln County Schools - Vision Screening", "Okmulgee High School", "SENT HOME FROM GREASY SCHOOL", "Grove Upper
// Elementary". "High", "Middle" and "Elementary" alone close a name no English list holds ("Whitthorne Middle").
const SCHOOL_NAME_KIND = String.raw`(?:County|City|Public|Community|Area|Independent|COUNTY|CITY|PUBLIC|COMMUNITY|AREA|INDEPENDENT)[ \t](?:Schools|SCHOOLS)|Schools|(?:High|Middle|Elementary|Intermediate|Primary|Junior[ \t]High|Upper[ \t]Elementary|Christian|Catholic|Day)[ \t]School|School|(?:HIGH|MIDDLE|ELEMENTARY|INTERMEDIATE|PRIMARY|JUNIOR[ \t]HIGH|UPPER[ \t]ELEMENTARY)[ \t]SCHOOL|(?:Upper[ \t]|UPPER[ \t])?(?:Elementary|ELEMENTARY)|(?:Middle|High)(?![ \t]\p{Lu})`;
// (One space between the words: a wider gap is a table's column. In capitals only a school's full kind: "FALL RISK HIGH",
// "MOTHER WANTS SCHOOL" are sentences.)
const SCHOOL_NAMED = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}'’.-])((?:(?:St\.|Mt\.|\p{Lu}[\p{L}'’-]*)[ \t]){1,3}?(?:${SCHOOL_NAME_KIND}))(?![\p{L}'’-])`, 'dgu');
// What a school is for, after its kind: "for the Deaf", "of the Arts", "FOR THE BLIND".
const SCHOOL_FOR = /^[ \t]+(?:for|of|FOR|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+)?(?![\p{L}'’-])/u;
// The words of a school's kind, in any case.
const SCHOOL_KIND_WORD = /^(?:county|city|public|community|area|independent|schools?|high|middle|elementary|intermediate|primary|junior|upper|christian|catholic|day)$/i;
// Words that open no school's name: the sentence's own, a relative or a role, a grade, a kind of school.
const SCHOOL_OPENER = /^(?:the|a|an|from|at|to|in|of|sent|home|back|new|old|his|her|their|our|my|no|junior|senior|grade|public|private|nursing|medical|med|law|graduate|grad|summer|sunday|night|day|boarding|charter|trade|high|middle|elementary|attends?|attend|attended|attending|discussed|designated|wife|husband|son|daughter|mother|father|mom|dad|brother|sister|goes|went|started|left|returned|missed|enrolled|graduated|teacher|nurse|counselor|principal|coach|retired|former|brought|wants)$/i;

/**
 * Find schools and acronym employers that place a person.
 *
 * @example
 * recognizeSchools('pt is 19 yo m, UVM sophomore').length; // 1
 */
export function recognizeSchools(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'business' });
  };
  // (Cheap tests first: most notes name no student, no retiree and no trade after an acronym.)
  if (has(/school|elementary|middle|high\b/i, text)) for (const m of matchesOf(SCHOOL_NAMED, text)) {
    const words = m[1].split(/[ \t]+/);
    // (The kind is the run of kind words closing the match: "Lincoln County Schools" from "County".)
    const kindStart = words.findIndex((_, i) => words.slice(i).every((k) => SCHOOL_KIND_WORD.test(k)));
    let first = 0;
    while (first < kindStart && SCHOOL_OPENER.test(words[first])) first++;
    const name = words.slice(first, kindStart);
    if (name.length === 0 || name.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || isMedicalTerm(w.toLowerCase()) || vocabulary().flags(w.toLowerCase()) & (F.CLINICAL | F.ABBREV))) continue;
    // ("Risk High", "Fall Middle": a bare level after everyday words is no school.)
    const bare = !/school|elementary/i.test(words.slice(kindStart).join(' '));
    if (bare && name.every((w) => vocabulary().flags(w.toLowerCase()) & (F.COMMON | F.ENGLISH) && !(vocabulary().flags(w.toLowerCase()) & F.PLACE))) continue;
    const start = m.indices![1][0] + m[1].indexOf(words[first]);
    // ("Hartwell School for the Deaf", "Lakeside School of the Arts": what the school is for belongs to its name.)
    const end = m.indices![1][1];
    const tail = /school$/i.test(m[1]) ? SCHOOL_FOR.exec(text.slice(end, end + 40)) : null;
    push(start, end + (tail ? tail[0].length : 0));
  }
  const studying = has(STUDY_TEST, text);
  const retired = has(/retired|former/i, text);
  if (studying) for (const m of matchesOf(STUDY_AT, text)) {
    const [s, e] = m.indices![1];
    const name = m[1].replace(/['’]+$/, '');
    const single = !/[ \t]/.test(name);
    // In capitals only a school's kind closing the name, or one acronym, tells a name from the sentence.
    if (capsLine(text, m.index ?? 0) && !SCHOOL_KIND.test(name) && !(single && schoolAcronym(name))) continue;
    if (single && /^\p{Lu}+$/u.test(name) ? !schoolAcronym(name) : !schoolName(name)) continue;
    push(s, s + name.length);
  }
  if (studying || has(/\bprof|lecturer|instructor|faculty|teaches|taught/i, text)) for (const m of matchesOf(STUDY_AT_LOWER, text)) {
    const w = m[1];
    if (NOT_SCHOOL_PLACE.has(w) || FUNCTION_WORDS.has(w) || isMedicalTerm(w) || vocabulary().flags(w) & (F.ABBREV | F.CLINICAL)) continue;
    push(...(m.indices![1] as [number, number]));
  }
  // (The frames are strong, so a word of any list but a people's or a field's name counts; a line in capitals tells none.)
  const named = (m: RegExpMatchArray): void => {
    if (capsLine(text, m.index ?? 0)) return;
    let s = m.indices![1][0];
    const e = m.indices![1][1];
    const words = m[1].split(/([ \t]+)/);
    for (let k = 0; k < words.length - 1 && (NOT_SCHOOL_WORD.test(words[k]) || /^[ \t]+$/.test(words[k])); k++) s += words[k].length;
    const name = text.slice(s, e);
    if (!name || name.split(/[ \t]+/).some((w) => NOT_SCHOOL_WORD.test(w) || PEOPLE_WORDS.has(w.toLowerCase()) || NOT_SCHOOL.has(w.toLowerCase()) || (isMedicalTerm(w.toLowerCase()) && !(vocabulary().flags(w.toLowerCase()) & F.PLACE)) || vocabulary().flags(w.toLowerCase()) & F.ABBREV)) return;
    push(s, e);
  };
  if (studying) for (const m of matchesOf(NAMED_STUDENT, text)) named(m);
  if ((studying || has(CAMPUS_TALK, text)) && has(/University|UNIVERSITY/, text)) {
    for (const m of matchesOf(UNIVERSITY_OF, text)) {
      // (A name that runs on into the sentence ends at an everyday word: "University of Kansas Team" keeps "Team".)
      let name = m[0];
      const last = (): string => /\S+$/.exec(name)![0].toLowerCase();
      while (name.split(/[ \t]+/).length > 3 && vocabulary().flags(last()) & F.COMMON && !(vocabulary().flags(last()) & F.PLACE)) name = name.replace(/[ \t]+\S+$/, '');
      push(m.index ?? 0, (m.index ?? 0) + name.length);
    }
  }
  if (retired) for (const m of matchesOf(RETIRED_TRADE, text)) named(m);
  if (has(/firefighter|fireman|\bcop\b|police officer|policeman|patrolman|paramedic|\bemt\b|bus driver|school teacher/i, text)) for (const m of matchesOf(TOWN_SERVICE_TRADE, text)) {
    const words = m[1].toLowerCase().split(/[ \t]+/);
    if (!words.every((w) => (vocabulary().flags(w) & F.PLACE) !== 0 && !(vocabulary().flags(w) & (F.COMMON | F.ABBREV)) && !PEOPLE_WORDS.has(w))) continue;
    push(...(m.indices![1] as [number, number]));
  }
  for (const m of matchesOf(COLLEGE_KIND, text)) {
    const at = m.index ?? 0;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    if (!before) continue;
    const words = [...before[0].matchAll(/[^ \t]+/g)];
    let k = words.length;
    while (k > 0 && collegeNameWord(words[k - 1][0])) k--;
    if (k === words.length) continue;
    push(at - before[0].length + (words[k].index ?? 0), at + m[0].length);
  }
  for (const re of [ACRONYM_ROLE, ROLE_PAREN, RETIRED_FROM]) {
    if (re === RETIRED_FROM ? !retired : !(studying || has(WORK_ROLE_TEST, text))) continue;
    for (const m of matchesOf(re, text)) {
      if (!schoolAcronym(m[1])) continue;
      push(...(m.indices![1] as [number, number]));
    }
  }
  return out;
}
