/**
 * The words around which notes write names and places, for the vocabulary gate (gate.ts): family and
 * staff words before a name, what follows them instead of a name, credentials after a name, place cues
 * before a town, and words that are never a name. Lists only; the decisions are in gate.ts.
 *
 * @example
 * NAME_BEFORE.has('dtr'); // true
 */

/** Family and household words, plurals and the misspellings notes carry ("neice", "husbnd"), before a relative's name. @example FAMILY_WORDS.has('neice'); // true */
export const FAMILY_WORDS = new Set([
  ...'foc moc wife husband husb husbnd hsb hubby spouse partner fiance fiancee boyfriend girlfriend daughter daughters dtr dtrs dau dauter son sons mother mom mum father dad sister sisters sis brother brothers bro sibling siblings aunt auntie aunty uncle mama momma mamaw papaw granny niece neice nephew cousin grandson grandsons granddaughter granddaughters grandaughter grandchild grandchildren grandkids grandmother grandma gm grandfather grandpa gf stepson stepdaughter stepmother stepfather stepmom stepdad kids children parents sib sibs dil sil mil fil mob fob mgm mgf pgm pgf infant baby gdtr gson son-in-law daughter-in-law mother-in-law father-in-law sister-in-law brother-in-law granddaughter-in-law grandson-in-law friend frend neighbor neighbour roommate caregiver guardian hcp poa proxy'.split(' '),
  // Spanish, as bilingual notes write it ('esposa Amparo', 'hijo Memo', 'NIETO MEMO').
  ...'esposa esposo hijo hija hijos hijas hermano hermana nieto nieta sobrino sobrina abuelo abuela suegra suegro yerno nuera compadre comadre'.split(' '),
]);
/**
 * Staff roles that are also clinical abbreviations ("RT BKA" is a right below-knee amputation, "SLP swallow
 * evaluation", "RT Note"): the word after them is the person's name only where the phrase ends with it
 * ("rt fields, md akintola", "pharm hope.", "slp Wren x4-7718", "md baker aware"). @example ABBREVIATED_STAFF.has('rt'); // true
 */
export const ABBREVIATED_STAFF = new Set('md rt rrt pharm pharmd pta cota slp pca sw cm ot pa chap recorder reader sonographer sho reg spr hca cons attg'.split(' '));
/** Staff roles written before a first name or surname ("rn honor took report", "RN SUMMER (FLOAT)", "np river", "circ hunter", "TECH STERLING", "rt fields", "pharmd baker"). @example STAFF_BEFORE_NAME.has('crna'); // true */
// ("nurse" is left out: "nurse line", "nurse call", "nurse station" are what follow it.)
export const STAFF_BEFORE_NAME = new Set([
  ...'rn np wocn cwocn physio registrar aide sitter interpreter chaplain officer ofc detective deputy coroner caseworker worker circ circulator crna tech asst crew cnm midwife doula volunteer dietitian dietician nutritionist scheduler counselor counsellor liaison navigator coordinator guard rep judge'.split(' '),
  ...ABBREVIATED_STAFF,
]);
/** What closes a phrase after a name: punctuation, the end of the line, a status word, a pager or extension. @example NAME_PHRASE_END.test(', md akintola'); // true */
export const NAME_PHRASE_END = /^(?:[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:aware|notified|paged|called|updated|present|here|discussed|spoke|consented|examined|consulted|following|rounded|visited|applying|requested|reports|states|says|at[ \t]+bs|x[ \t-]?\d|ext\b|pg\b|@))/i;
/** Words after which notes write a person's name in any case ("dtr suzette", "DR LALLY", "husband milovan"). @example NAME_BEFORE.has('dtr'); // true */
export const NAME_BEFORE = new Set([
  ...'dr drs doctor mr mrs ms miss mx prof fr rev sister sr brother nurse rn np sw pt patient md pcp attending fellow resident hospitalist ho intern advocate baby client interpreter interp chaplain priest imam rabbi pastor aide sitter officer ofc detective det deputy trooper tpr sgt caseworker circ circulator crna tech asst crew anesthetist'.split(' '),
  ...FAMILY_WORDS,
  ...STAFF_BEFORE_NAME,
]);
/** What notes write after a relative or a role instead of a name: irregular verbs, contact nouns, adverbs, states ("rn gave report", "wife cell", "son very upset", "dtr present"). @example NOT_NAME_AFTER_RELATIVE.has('cell'); // true */
export const NOT_NAME_AFTER_RELATIVE = new Set('age gave took got told brought made put saw heard knew thought felt kept let set ran sat stood live drove drive went came come left stay boy girl boys girls twins line services station call cell phone rounds number home work house form forms paperwork papers funeral nickname capacity agent stress docs today tonight tomorrow yesterday very more most early late also only just both all too again still never always usually often recently currently previously present here there away aware busy fine bedside pleasant anxious worried overwhelmed angry supportive concerned tearful upset involved available unavailable unable able ok okay well ill sick first last next other another same who which whom whose though as deceased while near hold holds shown found check start read can say help helped wants before after until daily weekly nightly twice prn'.split(' '));
/** Words for what holds a person or for a role, not a person, before a name in brackets ("Emergency Contact (Mary Lee)",
 * "Primary Care (John Ames)", "Coworker (Ray Ames)", "School (Ms Lee)"). @example HOLDER_WORDS.has('contact'); // true */
export const HOLDER_WORDS = new Set('contact care provider physician doctor therapist counselor manager worker coordinator supervisor team unit clinic service services office department dept program agency court officer guardian payee sponsor caller witness referral referred source informant consent proxy poa surrogate rep representative owner landlord employer attorney lawyer judge pharmacy pharmacist dentist insurance plan member primary secondary emergency next kin coworker co-worker parent parents school church university college academy subject participant perfusion specialty select captain skipper mate boss foreman teacher coach mama papa nana granny drug drugs store shop market company inc llc'.split(' '));
/** Months, weekdays and the days around today, which head a log's lines and open clauses, never a person's street name
 * ("- Monday stopped by", "Sept (Mary Lee)"). @example CALENDAR_WORDS.test('Tues'); // true */
export const CALENDAR_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)$/i;
/** Clergy titles and honorifics that are also nouns ("call Msgr. Pope", "requested an imam", "Client: Haji Ibrahim Tufa"): titles only capitalised. @example CLERGY_TITLES.includes('imam'); // true */
export const CLERGY_TITLES: readonly string[] = ['msgr', 'monsignor', 'deacon', 'imam', 'haji'];
/** Titles written with a period ("Dr. Lee"): the only cue words a name may follow across a period ("son. Will f/u" is two sentences). @example TITLE_CUES.has('dr'); // true */
export const TITLE_CUES = new Set([...'dr drs mr mrs ms prof fr rev sr bro tpr det ofc sgt'.split(' '), ...CLERGY_TITLES]);
/** Roles that precede a surname in notes ("md lally aware", "per fellow okafor") but follow one as a credential ("Lee, MD, FACC"). @example ROLE_CUES.has('fellow'); // true */
export const ROLE_CUES = new Set('md pcp attending fellow resident hospitalist'.split(' '));

/** Last words of the place cues, checked before running the cue regexes. @example PLACE_TAIL.has('from'); // true */
export const PLACE_TAIL = new Set('in from to at near of hometown the lives'.split(' '));
/** @example WEAK_PLACE_WORDS.has('near'); // true */
export const WEAK_PLACE_WORDS = new Set('in to near at outside around'.split(' '));
/** Short prepositions before a place written in lower case ("staying w/ partner in highlandtown"). @example WEAK_PLACE_BEFORE.test('staying in '); // true */
export const WEAK_PLACE_BEFORE = /\b(?:in|to|near|at|outside|around)[ \t]+$/i;

/** Everyday destinations that gazetteers also list as towns ("from home", "to rehab", "IN CHURCH"), and the veteran a VA note calls from ("call from Veteran"). @example PLACE_NOUNS.has('rehab'); // true */
export const PLACE_NOUNS = new Set('veteran veterans home rehab church work school store city town post office mobile floor unit bed chair hospital clinic er ed or pacu jail prison shelter court bank market park beach lake camp mall gym field farm harbor harbour center centre village hall house apartment street avenue road highway bridge station airport island mission union university college law laws room'.split(' '));

/** Age, race and sex run together after an age ("95 YOWF", "YOBM"): no name. @example AGE_SEX_RUN.test('yowf'); // true */
export const AGE_SEX_RUN = /^yo[wbh]?[mf]$/i;

/** Regions named by the compass, larger than a state ("moved to the Midwest", "back East"): no Safe Harbor place. @example REGION_WORDS.has('midwest'); // true */
export const REGION_WORDS = new Set('midwest south north east west northeast northwest southeast southwest northern southern eastern western'.split(' '));

/** Modal verbs that are also given names (Will, May, Can): in lower case the verb ("wife may visit", "son will call"). @example MODAL_VERBS.test('will'); // true */
export const MODAL_VERBS = /^(?:may|will|can|could|would|should|might|must)$/;

/** Holidays, which gazetteers also list as towns (Christmas, FL): in lower case a feast, not a town ("since around christmas"). @example HOLIDAY_WORDS.has('xmas'); // true */
export const HOLIDAY_WORDS = new Set('christmas xmas easter thanksgiving halloween hanukkah chanukah kwanzaa passover ramadan diwali'.split(' '));

/** Faiths and churches, some of them also given names or surnames ("Christian", "Baptiste"). @example FAITH_WORDS.has('catholic'); // true */
export const FAITH_WORDS = new Set('christian catholic baptist methodist lutheran presbyterian episcopalian pentecostal evangelical protestant orthodox adventist mormon lds jewish muslim hindu buddhist sikh quaker amish mennonite agnostic atheist'.split(' '));
// "Pt is Christian", "religion: Roman Catholic", "devout Baptist": a faith after a word that introduces one.
const FAITH_BEFORE = /\b(?:is|am|are|was|a|an|devout|practicing|practising|religion|faith|denomination|raised|pt|patient|roman)[ \t]*:?[ \t]*$/i;

/**
 * Is the word at `start`..`end` someone's faith, not a name: a faith word after a word that introduces one, or
 * "Roman" before "Catholic"? Callers that hold the word in lower case already pass it as `w`.
 *
 * @example
 * faithWord('Pt is Christian, requests chaplain', 6, 15); // true
 */
export function faithWord(text: string, start: number, end: number, w: string = text.slice(start, end).toLowerCase()): boolean {
  if (w === 'roman') return /^[ \t]+catholic\b/i.test(text.slice(end, end + 12));
  return FAITH_WORDS.has(w) && FAITH_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Peoples, nations and languages that gazetteers also list as towns (Navajo, NM; Cherokee, NC; not Cheyenne, Seminole, Crow, Osage, Pawnee, Apache, Zuni, Chippewa, which notes name as towns and counties more): a town only before "Nation", a county or a state. @example PEOPLE_WORDS.has('navajo'); // true */
export const PEOPLE_WORDS = new Set("navajo diné dine cherokee lakota hopi choctaw chickasaw ojibwe ojibwa cree comanche kiowa shoshone yupik yup'ik inupiaq tlingit haida athabascan koyukon aleut canadian mexican cuban haitian somali hmong k'iche mayan mixteco zapotec quechua punjabi gujarati kriolu kreyol kreyòl q'anjob'al kanjobal akateko chuj ixil q'eqchi' kaqchikel tz'utujil triqui sgaw s'gaw pwo karenni rohingya tigrinya kinyarwanda kirundi oromo pashto dari".split(' '));

/** Words a note calls people by that name no one: the patient, the writer, a group ("client", "me", "staff", "anon").
 * @example NO_ONE.has('client'); // true */
export const NO_ONE = new Set('pt pts patient patients client clients resident residents family kids children others other staff team crew all everyone none nobody unknown unk self me us them him her anon'.split(' '));

/** Peoples and languages that are also given names or surnames (Karen, Mam, Chin): a language only where the note says
 * so ("Language: Karen (Sgaw)", "Karen interpreter", "Hakha Chin", "speaks Mam"). @example NAMED_LANGUAGES.has('karen'); // true */
export const NAMED_LANGUAGES = new Set('karen mam chin kachin'.split(' '));
const LANGUAGE_BEFORE = /(?:\b(?:language|lang|languages|speaks|speaking|speaker|interpreter|translated[ \t]+(?:in|into)|fluent[ \t]+in)[ \t]*:?[ \t]*|\b(?:s['’]?gaw|pwo|hakha|falam|tedim)[ \t]+)$/i;
const LANGUAGE_AFTER = /^(?:[ \t]*\((?:s['’]?gaw|pwo|hakha|falam|mayan)\)|[ \t]+(?:speakers?|speaking|interpreters?|interpretation|language|baptists?|refugees?|community|honorific)\b|-speaking\b|,[ \t]*(?:speaks|baptist)\b)/i;

/**
 * Is the word at `start`..`end` a people or a language by what the note says around it ("Karen (Sgaw)", "Mam interpreter")?
 *
 * @example
 * languageWord('Language: Karen (Sgaw)', 10, 15); // true
 */
export function languageWord(text: string, start: number, end: number): boolean {
  return LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || LANGUAGE_AFTER.test(text.slice(end, end + 24));
}

/** Town names whose clinical reading wins after "from" ("weaned from nitro", "translated from english"). @example CLINICAL_AFTER_FROM.has('nitro'); // true */
export const CLINICAL_AFTER_FROM = new Set('nitro norco english latina'.split(' '));

/** Phrases before a town or city ("lives in", "from", "transferred from", "moved to"). @example PLACE_BEFORE.test('lives in '); // true */
export const PLACE_BEFORE = /(?:\b(?:hospital|rehab|rehabilitation|nursing|center|centre|clinic|manor|facility|snf|ltc|office|church|plant|mill)\s+in|\b(?:st|saint)\.?\s+[a-z]+['’]s\s+in|\b(?:lives?|living|lived|resides?|residing|resident|born|raised|grew\s+up|moved|moving|move|relocated|transferred|transfer|trans|came|coming|comes|returned|returning|return|going|heading|headed|travel(?:l?ed|l?ing)?|trip|flew|fly(?:ing)?|driving|drove|visiting|vacation(?:ing)?|home)\s+(?:here\s+|alone\s+|independently\s+|by\s+(?:himself|herself)\s+|w\/\s*(?:wife|husband|dtr|daughter|son|spouse|family|sister|brother)\s+)?(?:in|from|to|at|near|back\s+to|over\s+to|up\s+to|down\s+to)|\bfrom|\bin\s+(?:the\s+)?(?:town|city|village)\s+of|\bnative\s+of|\bhometown|\blives|\b(?:wife|husband|daughters?|dtrs?|dau|sons?|sisters?|sis|brothers?|bro|niece|nephew|cousin|aunt|uncle|mother|mom|father|dad|parents|grandsons?|granddaughters?|family|dil|sil|friend)(?:\s+(?:who\s+)?(?:lives?|is|are|now|still|also))?\s+in)(?:[ \t]+the)?[ \t]*:?[ \t]*$/i;

/** Where someone lives: after these any capitalised word is taken as the town ("lives in Spangle"); "from" is too broad ("from Tufts Medicare"). @example RESIDES_BEFORE.test('moved to '); // true */
// ("lives alone in", "lives w/ wife in": who with, between the verb and the place.)
export const RESIDES_BEFORE = /\b(?:lives?|living|lived|resides?|residing|moved|relocated)[ \t]+(?:alone[ \t]+|independently[ \t]+|by[ \t]+(?:himself|herself)[ \t]+|w\/[ \t]*(?:wife|husband|dtr|daughter|son|spouse|family|sister|brother)[ \t]+)?(?:in|to|at|near)[ \t]+$/i;

/**
 * Where a home town is named, so strongly that a post-office town which is also an everyday word is the
 * town ("they live out in boring", "went home to climax", "drives in from accident", "30 MI W OF SELLS", "bus ticket to
 * Snowflake"). @example HOME_TOWN_BEFORE.test('lives out in '); // true
 */
export const HOME_TOWN_BEFORE = /\b(?:(?:lives?|living|lived|resides?|residing|moved|relocated)[ \t]+(?:(?:out|up|down|over|back)[ \t]+)?(?:in|to|near)|(?:went|goes|going|go|gone|drove|headed|heading)[ \t]+(?:back[ \t]+)?home[ \t]+to|(?:drives?|driving|drove|driven|coming|comes|came|called|calling|phoned|phoning)[ \t]+(?:(?:in|up|down|over)[ \t]+)?from|\bin[ \t]+from|\bup[ \t]+from|\d+[ \t]*(?:mi|miles?|km)[ \t]+(?:[NSEW]{1,2}|north|south|east|west)[ \t]+of|\b(?:ticket|ride|flight|trip)[ \t]+(?:home[ \t]+)?to)[ \t]+$/i;
/** Last words of HOME_TOWN_BEFORE, checked before running it. @example HOME_TOWN_TAIL.has('from'); // true */
export const HOME_TOWN_TAIL = new Set(['in', 'to', 'near', 'from', 'of']);
/**
 * Where a town is named by its position, in a line written in mixed case: "from Embarrass", "a son in Index", "east of
 * Okay", "past Midnight", "go back to Mystic". A post-office town capitalised mid-sentence there is the town.
 * @example TOWN_BEFORE.test('rollover east of '); // true
 */
export const TOWN_BEFORE = /\b(?:from|in|near|outside|past|(?:back|home|up|down|over)[ \t]+to|(?:north|south|east|west|northeast|northwest|southeast|southwest|[NSEW]{1,2})[ \t]+of)[ \t]+$/i;
/** Last words of TOWN_BEFORE. @example TOWN_TAIL.has('past'); // true */
export const TOWN_TAIL = new Set(['from', 'in', 'near', 'outside', 'past', 'to', 'of']);
/** What follows a word that names a service or a room, not a town ("Transfer Center", "RESCUE SQUAD"). @example SERVICE_AFTER.test(' Center'); // true */
export const SERVICE_AFTER = /^[ \t]+(?:\d|center|centre|unit|desk|office|squad|team|dept|department|services?|line|hospital|clinic|station|room|floor|lab|program|house|home|company|co\b)/i;

/** Words that are never a name however they are written ("V. in at 0900"). @example FUNCTION_WORDS.has('the'); // true */
export const FUNCTION_WORDS = new Set('a an the and or but nor of in on at to by for with from as is was are were be been it its this that these those he she his her him they them their we our you your i me my not no yes if then than so up out off over under into onto per via w about after before during since until around without within between among against upon behind toward towards despite'.split(' '));

/** Headings that open a line with a colon and also happen to be given names ("Will:", "Grace:" are rare; "Plan:" is not a name). @example SECTION_WORDS.has('plan'); // true */
export const SECTION_WORDS = new Set('general vitals name date time age sex dob address phone unit service plan assessment impression note notes history exam social family access events diet skin neuro resp cardiac renal code consult reason summary review dev faith job baby plan'.split(' '));

/** Clock zones a time carries ("16:55 CDT"): letters that sign nothing. @example CLOCK_ZONE.test('cdt'); // true */
export const CLOCK_ZONE = /^(?:est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|utc|gmt)$/;
/** Public health plans by name: an insurer's, never a place or an employer ("Tufts Medicare Preferred", "works for Medicare"). @example PUBLIC_PLAN.test('tricare'); // true */
export const PUBLIC_PLAN = /^(?:medicare|medicaid|medi-cal|tricare|champva)$/;
