/**
 * Places that real notes write without capitals or without a number: streets after "on", "off",
 * "at" in any case ("LIVES ALONE ON HANCOCK ST", "apt on maverick sq", "40 pawtucket blvd"), the town
 * written after a street ("cvs on main st wakefield", "pawtucket blvd, lowell"), districts named by a
 * direction ("in east boston") and neighbourhoods ("Tower Hill neighborhood"); US ZIP codes written
 * alone are in postcodes.ts. The position is the evidence; the words still have to be no clinical
 * vocabulary.
 *
 * @example
 * recognizePlacesInContext('rx sent to cvs on main st wakefield'); // "main st", "wakefield"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { clinicalShorthand, clinicalTerm } from './place-words.js';
import { STATE_ABBR } from './locations.js';
import { typedInLowerCase } from './lower-case.js';
import { DOSE_UNIT, execAll, has, lineAt, matchAll } from './util.js';

const SUFFIX = 'st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|pkwy|parkway|ct|court|pl|place|ter|terr|terrace|hwy|highway|cir|circle|sq|square|row|pike|tpke|turnpike|plaza|wharf|crescent';
// After a number only suffixes no clinical phrase ends with ("2 per dr", "3 mm st" are no streets);
// "dr", "ct", "pl", "cir", "way" only after a house number of three digits or more ("2211 s. shepherd dr").
const NUMBERED_SUFFIX = 'st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|drive|dr|ct|court|pl|place|cir|circle|way|pkwy|parkway|ter|terr|terrace|hwy|highway|sq|square|tpke|turnpike';
const STOP = 'from|into|past|under|along|across|behind|down|up|the|a|an|his|her|their|its|my|our|your|this|that|each|every|one|same|room|home|floor|unit|bed|day|night|way|per|and|or|to|in|at|on|of|off|for|with|by|x|q|cvs|walgreens|walmart|pharmacy';
const WORDS = String.raw`((?:(?!(?:${STOP})\b)[\p{L}][\p{L}'’.-]*[ \t]+){1,3})`;
// After "on", "at", "under" and other words of where, or a pharmacy written before its street ("cvs main st", "walgreens on elm st").
// ("near the bellingham sq stop": "the" may stand between the cue and the street.)
const ON_STREET = new RegExp(String.raw`\b(?:on|off|at|of|to|lives|near|under|past|along|across|behind|onto|cvs|walgreens|walmart|rite[ -]?aid|pharmacy)[ \t]+(?:the[ \t]+)?${WORDS}(${SUFFIX})\b\.?`, 'giu');
/** Suffixes no clinical phrase ends with: the street words need no name evidence ("hotel on commonwealth ave"). */
const PLAIN_SUFFIX = /^(?:ave|avenue|street|road|rd|blvd|boulevard|lane|ln|sq|square|terr|terrace|parkway|pkwy|hwy|highway|turnpike|tpke)$/i;
// (Queens numbers a house by its cross street and its place on the block: "87-14 168th St".)
// (A Wisconsin rural house number carries its grid letter: "N4418 Cty Rd A", "W1234 County Road K".)
const NUMBERED_STREET = new RegExp(String.raw`(?<![\d/.:-])(?:(?<!\p{L})[NSEW](?=\d{3,5}[ \t]))?(?:\d{2,3}-\d{1,3}|\d{1,5}[a-z]?)[ \t]+${WORDS}(${NUMBERED_SUFFIX})\b\.?`, 'giu');
/** Words that open no street name after "on" ("on the way", "on his way home"). */
const NOT_STREET_WORD = new RegExp(`^(?:${STOP})$`, 'i');
const DIRECTION = /\b(?:in|from|to|at|of|near|lives|living)[ \t]+((?:east|west|north|south|northeast|northwest|southeast|southwest|new|upper|lower|fort|port|mount|lake|glen|old)[ \t]+[\p{L}'’-]{3,})(?![\p{L}])/giu;
// Towns named for a saint or a feature after a place cue: "lives St. Cloud", "in St. Johnsbury", "PT FROM ST CLOUD", "from Chestnut Hill", "HOME TO TELEGRAPH HILL";
// an Irish county by its dotted "Co.": "from Co. Mayo".
const SAINT_TOWN = /\b(?:in|from|to|at|near|lives|living|IN|FROM|TO|AT|NEAR|LIVES|LIVING)[ \t]+((?:St|ST|Ste|STE|Saint|SAINT|Mt|MT|Mount|MOUNT|Ft|FT|Fort|FORT)\.?[ \t]+\p{Lu}[\p{L}'’-]{2,}|(?:Co|CO)\.[ \t]+\p{Lu}[\p{L}'’-]{2,})|\b((?:St|ST|Saint|SAINT|Mt|MT|Ft|FT)\.?[ \t]+\p{Lu}[\p{L}'’-]{2,})(?=[ \t]+(?:police|Police|POLICE|PD|fire|Fire|FIRE|FD|EMS|County|COUNTY|city|City|CITY)\b)/gu;
// (The cue regex is case-insensitive, so the noun may be in any case; the loop checks the capital.)
const FEATURE_TOWN = /\b(?:lives?|living|resides?|from|moved[ \t]+to|home[ \t]+to|relocated[ \t]+to|in)[ \t]+(\p{Lu}[\p{L}'’-]+[ \t]+(?:Hill|Hills|Heights|Falls|Springs|Village|Beach|Harbor|Landing|Junction|Valley|Ridge|Creek|Bay|Bluffs?|Mills?|Park))(?![\p{L}])/giu;
// Without a cue, one or two capitalised words and a feature noun name a place anywhere ("Airway Heights",
// "past Nine Mile Falls", "Loon Lake", "(Medical Lake, ph ...)"), the noun in title case or capitals.
const FEATURE_NOUNS = 'heights hill hills falls springs lake landing junction valley ridge creek bluffs mills park land gardens acres addition barrio hole woodlands hollow holler hts cave caverns district interchange'.split(' ');
// In lower case only after a strong cue, where everyday district nouns count too ("in dorset village",
// Appalachian "live up right fork", "sis lives 1 mi up dry branch").
const FEATURE_NOUNS_LOWER = 'heights falls springs lake hill hills landing junction valley ridge creek bluffs mills village beach harbor park land gardens homes acres branch woods oaks meadows estates centre center corner hollow holler fork peak wilderness'.split(' ');
const titleOrCaps = (nouns: string[]): string => nouns.flatMap((n) => [n[0].toUpperCase() + n.slice(1), n.toUpperCase()]).join('|');
// (Appalachian streams by their forks and branches, in title case only: "Marsh Fork", "Ball Branch", "Left Fork of Holly
// River", whose stream after "of" is read with them; "MS ODESSA BRANCH" is a woman; inlets, piers and wharves too:
// "Hillsboro Inlet", "Pompano Beach Pier", "Steamboat Wharf", not "FISH PIER".)
const FEATURE_PLACE = new RegExp(String.raw`(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:${titleOrCaps(FEATURE_NOUNS)}|Fork|Branch|Inlet|Pier|Wharf)(?:[ \t]+of[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:Creek|River|Run|Fork|Branch))?)(?![\p{L}])`, 'gu');
const FEATURE_LOWER = new RegExp(String.raw`\b(?:lives?|living|resides?|from|moved[ \t]+to|home[ \t]+to|in|up|at|near)[ \t]+((?:\p{Ll}[\p{Ll}'’-]+[ \t]+){1,2}(?:${FEATURE_NOUNS_LOWER.join('|')}))(?![\p{L}])`, 'gu');
// A stream or a ridge is where people live and how they give the way there, after any word of place or going: "road to his
// place on pert creek", "1st left onto cub branch", "pigeonroost branch of big ugly creek", "sleeps at his grandmother's on poor
// fork" (a word that names nothing or a clinical word before the noun is no name: "on the creek", "right bundle branch").
const STREAM_LOWER = /\b(?:on|onto|off|of|by|past|above|below|down|across|over|toward|towards)[ \t]+((?:\p{Ll}[\p{Ll}'’-]+[ \t]+){1,2}(?:creek|branch|fork|hollow|holler|ridge|gap|knob|lick))(?![\p{L}])/gu;
// City districts numbered in words: "lives alone in Fifth Ward", "in third ward".
// A side of town named as one word, where someone lives: "in the Eastside", "FROM THE NORTHSIDE", "on the westside of Fresno".
const NAMED_SIDE = /(?=(?:north|south|east|west)side\b)(?<=\b(?:in|from|on|to|at)[ \t]+the[ \t]+)(?:north|south|east|west)side\b/giu;
const WARD_DISTRICT = /\b(?:lives?|living|from|in)[ \t]+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+ward)\b/giu;
// One cheap scan for any of these nouns first: the name scans start at every capital.
const FEATURE_SCAN = new RegExp(`(?:${[...new Set([...FEATURE_NOUNS, ...FEATURE_NOUNS_LOWER, 'ward', 'gap', 'knob', 'lick', 'Fork', 'Branch', 'Inlet', 'Pier', 'Wharf'])].join('|')})\\b`, 'i');
// A house number and a street name with no suffix, then a comma and the town: "906 Wilcrest, Alief", "6118 Renwick, Bellaire".
const BARE_STREET = /(?=\d)(?<=\b(?:at|address|addr\.?|lives|live|living|home|to)[ \t:]+|,[ \t]+)\d{2,6}[ \t]+(\p{Lu}[\p{Ll}'’-]{3,})(?=[ \t]*,[ \t]*\p{L}[\p{L}'’-]+(?:[ \t]*[,.;\n]|$))/gu;
// A race named by its town: "ran the Boston Marathon", "running in the Fargo marathon".
const TOWN_MARATHON = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]+(?:half[ \t]+)?(?:marathon|Marathon|MARATHON)\b)/gdu;
// A tribe by its government's name places a member as a town does: "enrolled Rosebud Sioux Tribe", "SHOSHONE-BANNOCK
// TRIBES", "Turtle Mountain Band of Chippewa", "Gila River Indian Community", "Yakama Reservation".
const TRIBE = /(?<![\p{L}'’-])((?:(?!(?:The|THE|the|Of|OF|of|And|AND)[ \t])\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Tribe|Tribes|TRIBE|TRIBES|Band[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|BAND[ \t]+OF[ \t]+[A-Z'’-]+(?:[ \t]+[A-Z'’-]+)?|Indian[ \t]+Community|INDIAN[ \t]+COMMUNITY|Rancheria|RANCHERIA|(?:Indian[ \t]+)?Reservation|(?:INDIAN[ \t]+)?RESERVATION))(?![\p{L}])/gdu;
// A form's field of place, opening a line or a sentence or after a wide gap: "Address: Gnaw Bone (mail at general delivery)", "Usual
// residence: Competition, Laclede County", "School: Lone Tree Community High School    Sport: wrestling", "County: Cherokee". The value is read
// as written, though its words are everyday ones.
const PLACE_FIELD = /(?=\p{Lu})(?<=(?:^|\n|[ \t]{2}|[.;][ \t]+)[ \t]*(?:Address|ADDRESS|Home[ \t]+address|Residence|RESIDENCE|Usual[ \t]+residence|Place[ \t]+of[ \t]+residence|Hometown|City|CITY|Town|TOWN|County|COUNTY|Parish[ \t]+of[ \t]+residence|School|SCHOOL|Church|CHURCH|Parish|PARISH|Location|LOCATION|Scene|SCENE)[ \t]*:[ \t]*)(\p{Lu}[\p{L}'’.&-]*(?:[ \t]\p{Lu}[\p{L}'’.&-]*){0,5})(?=[ \t]*(?:[,(;\n]|$|[ \t]{2})|\.[ \t]*(?:\n|$|\p{Lu}))/gdu;
// Words of a hospital's own places, which such a field names too ("Location: 4 West Stepdown Unit").
const HOSPITAL_PLACE = /^(?:unit|outpatient|inpatient|ward|clinic|lab|laboratory|department|dept|suite|floor|bay|room|stepdown|step-down|icu|ccu|micu|sicu|picu|nicu|ed|er|or|pacu|radiology|pharmacy|hospital|center|centre|medical)$/i;
// Values of such a field that name no place.
const NO_PLACE_VALUE = /^(?:unknown|none|homeless|n\/a|na|same|see|declined|unable|pending|not|no|private|home|shelter|street|various|undomiciled|other|per|refused|unk|tbd|pastor|rev|reverend|father|fr|dr|mr|mrs|ms|sister|imam|rabbi|pt|patient|room|rm|bed|unit|floor|er|ed|icu|or|bedside|scene|residence|hospital|clinic)$/i;
// A city by its short name, as people say it: "came to NYC", "in East L.A.", "moved back to Philly", "NOLA".
const CITY_SHORT = /(?<![\p{L}\d.])(?:NYC|N\.Y\.C\.|(?:(?:East|South|EAST|SOUTH)[ \t]+)?L\.A\.|Philly|PHILLY|NOLA)(?![\p{L}\d]|\.\p{L})/gu;
// A highway named without a house number after "on", "off", "past": "off Hwy 27", "MVC on Route 3", "ON US 60/84" (two
// routes on one road; the first past 12, since "on CT 10/30" is a scan and its date).
// Also "rt 7", farm-to-market roads ("ranch is on FM 2810") and interstates ("rollover on I-10").
// A town's ambulance too, volunteer or not: "arrived by Kremlin volunteer amb", "via Browning amb", "Salmon Ambulance", "by
// Bend Fire ambulance". A town's firefighter or cop is in its service too: "a 54-year-old Boston firefighter".
const TOWN_SERVICE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]{2,})(?=[ \t]+(?:ems|pd|fd|vfd|p\.d\.|police|fire-rescue|fire[ \t]?fighters?|cops?|fire[ \t]+(?:dept|department|rescue|amb|ambulance|medics?|crew)|(?:volunteer[ \t]+|vol\.?[ \t]+)?(?:amb|ambulance)(?:[ \t]+(?:service|svc))?)\b)/giu;
// Words before a service that are no town: "state police", "city pd", "campus police", "the ems", "35-year-old male firefighter".
const NOT_A_TOWN_BEFORE_SERVICE = /^(?:state|city|county|campus|transit|local|tribal|military|hospital|university|the|by|per|and|called|notified|our|private|airport|park|harbor|federal|capitol|metro|regional|town|village|via|arrived|brought|ground|air|rural|volunteer|fire|rescue|critical|care|transport|transfer|ALS|BLS|ACLS|medic|paramedic|male|female|former|retired|career|wildland|veteran|young|old)$/i;
// Rural people give directions too: "OUT HWY 50 PAST BITHLO", "out KY 15 from Hazard", "down Loop 410", "farm on CR 211", "home
// on TR 606", "lives right on la 1", "resort on us 27": loops, spurs, business routes, county and township roads, and a state's
// own code before the number, after a word of going or being on.
// State codes that are no English word ("on IN 2 hrs", "OK 2 days" are something else); what follows the number must end
// the road's name ("on PA 2 cm H2O" is a setting).
const STATE_ROAD = STATE_ABBR.split('|').filter((c) => !/^(?:IN|OR|ME|HI|OK|DE|ID|OH|CO|MA|MD|PA|DC|PR)$/.test(c)).join('|');
// An interstate written "I-35", "I-85/I-285", in any sentence ("via ground, I-35 north"); not the iodine isotopes
// I-123, I-125 and I-131 of nuclear medicine.
// (Nor an immigration form: "I-94 # 718 4402 613", "I-9 form".)
// A US or state highway written with a hyphen, in capitals, in any sentence: "rollover on US-83 southbound", "SR-520 near
// Montlake", "SH-71".
const HIGHWAY_HYPHEN = /(?<![\p{L}\d-])(?:US|SR|SH)-\d{2,4}(?![\d\p{L}]|[.,]\d)/gu;
// A state's own code with a hyphen, after a house number, a comma or a word of going ("Dispatched 0907 to TN-32 at Cosby", "2211
// KY-7 South"), Kansas's and Michigan's by their letter ("ON K-147", "M-28 AT THE CASINO"); not the markers and
// cytokines written the same way ("CA-125", "IL-6").
// (After a comma, or by a single letter, two digits or three: "New York County Criminal Court, 122 Centre St, AR-2" is a
// courtroom, "placed on M-1 hold" a psychiatric hold.)
const STATE_HYPHEN_CODES = STATE_ROAD.split('|').filter((c) => !/^(?:CA|IL)$/.test(c)).join('|');
const STATE_HYPHEN = new RegExp(String.raw`(?<=(?:\b(?:to|on|off|onto|along|via|near|at|from|down|up|out|TO|ON|OFF|ONTO|ALONG|VIA|NEAR|AT|FROM|DOWN|UP|OUT)|\d{1,5}|,)[ \t]+)(?:(?<!,[ \t]+)(?:${STATE_HYPHEN_CODES})-\d{1,3}|(?:${STATE_HYPHEN_CODES}|K|M)-\d{2,3})(?![\d\p{L}]|[.,]\d)(?:[ \t]+(?:North|South|East|West|[NSEW])\b(?![.]\p{L}))?`, 'gu');
// A road and its town after a comma, as a run sheet gives it: "Call 0416. Rt 61, Kincaid, 2nd house past the store".
const ROUTE_TOWN = /\b(?:Route|Rte|Rt\.?|RT|RTE|ROUTE)[ \t]+\d{1,4}[A-Z]?(?=,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]*(?:[,.;\n]|$))/gu;
// A route in directions, by where it goes or what befell it: "Rt 110 north out of Chelsea", "SR 29 north of Springville", "Rt 25
// to Wentworth village", "Rt 30 closed at the bridge", "Rt 39 plowed", "across Rt 655". (Capitalised as roads are: "RT 2 L" is
// oxygen, "SR 72" a rhythm and its rate, and neither is followed by a compass word or a town.)
const ROUTE_GOING = /(?<![\p{L}\d])(?:Route|ROUTE|Rte\.?|RTE|Rt\.?|RT|SR)[ \t]+\d{1,4}[A-Z]?(?![\p{L}\d])(?:(?=[ \t]+(?:north|south|east|west|North|South|East|West|NORTH|SOUTH|EAST|WEST)(?:bound)?\b|[ \t]+(?:to|toward|towards|through|past|into|thru)[ \t]+(?:the[ \t]+)?(?!(?:Dr|Mr|Mrs|Ms)\b)\p{Lu}\p{Ll}|[ \t]+(?:closed|plowed|flooded|washed[ \t]+out|icy)\b)|(?<=\b(?:across|Directions:?|directions:?|DIRECTIONS:?)[ \t]+(?:Route|ROUTE|Rte\.?|RTE|Rt\.?|RT|SR)[ \t]+\d{1,4}[A-Z]?))/gu;
// A rural delivery route before its town: "R.D. 3, Meyersdale", "RFD 2, Box 114, Smithfield", "Address: RR 1, Dalton". Bare "RR"
// and "RD" only after an address's label ("RR 18, Sats 94%" is a breathing rate).
const RURAL_ROUTE = /(?:\b(?:R\.[ \t]?D\.|R\.[ \t]?R\.|R\.F\.D\.|RFD|Rural[ \t]+Route|RURAL[ \t]+ROUTE)|(?<=\b(?:Address|ADDRESS|Addr|ADDR|address|lives[ \t]+(?:on|at))[:.]?[ \t]+)(?:RR|RD))[ \t]*#?\d{1,3}(?=,[ \t]*(?:Box[ \t]+\d+,[ \t]*)?\p{Lu}\p{Ll})/gu;
// A town after a person's name and age in a visit's header, before a dash or a colon: "Lester Pletcher 70 M, Confluence - house on
// Hugart St", "Norma Jean Buchanan, 81, Ulysses - Rt 49 west". Each word of it must be a town the gazetteers hold.
const TOWN_AFTER_AGE = /(?<=\p{Lu}\p{Ll}+,?[ \t]+\d{1,3}[ \t]*(?:[MF]|yo|y\/o)?,[ \t]*)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]+[-–—][ \t]|:[ \t])/dgu;
// A highway named by the word in any sentence: "Directions: Hwy 42 W past the church", "Motorcycle v. guardrail, Hwy 60",
// with its state's code before it ("rollover, SD Hwy 34"), and a state road ("a stand on State Road 5").
// ("HWY 36 W", "Hwy 42 W past the church": a direction after the number is the road's; "Hwy 45 bypass" too.)
const HWY_ANYWHERE = new RegExp(String.raw`\b(?:(?:${STATE_ROAD})[ \t]+)?(?:hwy|highway|(?<=\bstate[ \t]+)road)\.?[ \t]?\d{1,4}[A-Z]?\b(?![ \t]*${DOSE_UNIT}\b)(?:[ \t]+(?:[NSEW]|[NSEW]B|bypass|byp)(?![\p{L}\d]))?`, 'giu');
// A state's or county's fair, named by the state or county: "Iowa State Fair", "Dakota County Fair", "MISSOURI STATE FAIR".
const NAMED_FAIR = /\b(?!(?:THE|AT|OF|TO|IN|FROM|AND|The|At)\b)(?:\p{Lu}[\p{L}'’]+[ \t]+){1,2}(?:State|County|Parish|STATE|COUNTY|PARISH)(?:[ \t]+4-H)?[ \t]+(?:Fair|FAIR)(?:grounds|GROUNDS)?\b/gu;
// An interstate, and its direction where that closes the clause ("to I-29 N, roads dry").
const INTERSTATE = /(?<![\p{L}\d-])I-(?!12[35]\b|131\b)\d{1,3}(?:\/I-\d{1,3})?(?![\d\p{L}]|[.,]\d|[ \t]*(?:#|(?:no\.|number|form|record|card|status|visa)\b))(?:[ \t]+[NSEW]B?(?=[ \t]*(?:[,.;)]|$)))?/gmu;
// "drove down the 101 from Peoria", "traffic on the 10": Southern California names its freeways by number with "the".
// ... and anywhere by its number and the word: "rear-ended on the 60 freeway", "the 405 fwy".
const FREEWAY_NUMBER = /(?=\d)(?<=\bthe[ \t]+)\d{1,3}[ \t]+(?:freeway|fwy|Freeway|FREEWAY|FWY)\b/gu;
// Camps stand under and along freeways named by number: "under the 405 overpass", "under the 99: 6 ppl", "along the 99
// on-ramp", "below the 41 bridge" (not "on the 3:30 boat", "the 4,200 heading").
const FREEWAY_CAMP = /(?=\d)(?<=\b(?:under|along|beside|below|past|near)[ \t]+the[ \t]+)\d{1,3}(?![\d:,.]\d)(?=[ \t]+(?:overpass|underpass|bridge|on-?ramp|off-?ramp|freeway|fwy|interchange|exit)\b|[ \t]*(?:[:,.;)]|$)|[ \t]+(?:at|by|near)\b)/gimu;
const FREEWAY_THE = /(?=\d)(?<=\b(?:drove|driving|drive|came|coming|took|take|taking|traffic|stuck|crash|accident|mvc|rollover|wreck)\b[^.;\n]{0,20}\b(?:on|down|up|off|onto|via|from|along)[ \t]+the[ \t]+)\d{1,3}(?=[ \t]*(?:[.,;)]|[ \t]+(?:from|to|north|south|east|west|[nsew]b|freeway|fwy|at|near|by)\b))/giu;
const HIGHWAY = new RegExp(String.raw`(?<=[ \t])(?<=\b(?:on|off|along|past|near|via|out|down|up|onto|address:?|location|of|left|leaving|crossed|crossing|exited)[ \t]+)(?:(?:(?:state|st\.|us|u\.s\.|county|old|bia|navajo|tribal|forest|rural)[ \t]+)?(?:route|rte|rt\.?|hwy|highway|fm|loop|spur|business|beltway|cr|sr|s\.r\.|co\.?[ \t]*rd|tr|twp[ \t]+rd|township[ \t]+(?:rd|road)|(?<=state[ \t]+)road)[ \t]+\d{1,4}[A-Z]?\b(?![ \t]*${DOSE_UNIT}\b)(?:[ \t]+mile[ \t]+\d{1,3}\b)?|i-\d{1,3}\b(?![.,/]\d)(?:[ \t]+(?:[nsew]b|(?:north|south|east|west)(?:bound)?)\b)?|m-\d{2,3}\b(?![.,/]\d)|interstate[ \t]+\d{1,3}\b|(?:us|u\.s\.|${STATE_ROAD})[ \t-]?\d{1,3}(?:(?<=(?:1[3-9]|[2-9]\d|\d{3}))\/\d{1,3})?(?=[ \t]*(?:[,;:)\n]|\.(?!\d)|$)|[ \t]+(?:in|from|to|past|near|by|at|toward|towards|outside|north|south|east|west|[nsew]b?|exit|mm|mile|between|btwn|and|&|with|about|approx|approximately|just|heading|going|when|while)\b))`, 'giu');
// A mile marker on a road the line names: "SD Hwy 34 approx MM 223", "I-90 mile marker 212" (not millimetres: "mm" in capitals
// or spelt out).
const MILE_MARKER = /\b(?:MM|[Mm]ile[ \t]+[Mm]arker|MILE[ \t]+MARKER)[ \t]*#?[ \t]*\d{1,3}(?:\.\d)?\b(?![ \t]*(?:mm|cm|x)\b)/g;
const ROAD_IN_LINE = /\b(?:hwy|highway|route|rte|interstate|turnpike|i-\d{1,3}|us[ -]?\d{1,3}|sr[ -]?\d{1,3}|[a-z]{2}-\d{1,3})\b/i;
// Counties, parishes and townships are subdivisions smaller than a state: "rural Oneida County", "GALWAY TWP".
// A county's highway by its letters, as Wisconsin and Missouri letter them: "onto County Highway AS", "CTY RD K", "County Road
// JJ" (capitals only).
const LETTERED_COUNTY_ROAD = /\b(?:County|COUNTY|Cty|CTY|Co\.?|CO\.?)[ \t]+(?:Highway|HIGHWAY|Hwy|HWY|Road|ROAD|Rd|RD|Trunk|TRUNK)[ \t]+[A-Z]{1,3}\b(?![.-]?\d)/gu;
// A county's jail or prison is the county's place ("TERREBONNE PARISH JAIL", "Smith County Detention Center").
const COUNTY = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’.-]+[ \t]+)?\p{Lu}[\p{L}'’.-]+)[ \t]+(?:County|COUNTY|Parish|PARISH|Township|TOWNSHIP|Twp\.?|TWP|county|parish)(?:[ \t]+(?:Jail|JAIL|Prison|PRISON|Detention[ \t]+Center|DETENTION[ \t]+CENTER|Correctional[ \t]+(?:Center|Facility)|CORRECTIONAL[ \t]+(?:CENTER|FACILITY)))?(?![\p{L}])/gu;
// A town after a word of where, its county or parish in brackets after it: "from Creole (Cameron Parish)", "in Bullhead (Corson
// County)". The brackets say the word before is a place, whatever else it is.
const TOWN_THEN_COUNTY = /(?<=\b(?:from|in|of|at|near|FROM|IN|OF|AT|NEAR)[ \t]+)\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?=[ \t]*\([ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+)?[ \t]+(?:County|Parish|Co\.|COUNTY|PARISH)[ \t]*\))/gu;
// In a lower-case note, one gazetteer word before "county" or "parish" opening a clause: "employer: hog finishing site,
// mercer county", "(iberia parish)".
const COUNTY_LOWER = /(?<=(?:^|[,:;(])[ \t]*)(\p{Ll}[\p{Ll}'’-]+)[ \t]+(?:county|parish)(?![\p{L}])/gmu;
// Words that name nothing: they may open a match before a place but are never part of it.
const FILLER_WORD = /^(?:the|this|that|our|your|his|her|their|my|both|each|every|another|same|local|neighboring|neighbouring|adjacent|home|other|which|what|in|into|of|from|to|at|for|and|or|lives|living|resides|different|various|varying|similar|several|multiple|equal|unequal)$/i;
const NEIGHBOURHOOD = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,1}\p{Lu}[\p{L}'’-]+)[ \t]+(?:neighbou?rhood|NEIGHBOU?RHOOD)\b/gu;

const UNIT = /^(?:mm|cm|mg|mcg|ml|cc|kg|g|l|units?|u|x|hrs?|min|mins|sec|beats?|bpm|mmhg|meq|mmol)$/;
// "2 mm ST depression", "on monitor ST changes": the ST segment, not a street.
const ST_SEGMENT = /^[ \t]*(?:elevations?|depressions?|segments?|changes?|abnormalit|wave|seg\b|elev|depr|[ev]\b)/i;

// Rural routes, county roads, a bare Broadway, numbered avenues, Colombian "Calle 8 #23-45", public lands.
const ROAD_FORMS = [
  // Public lands by name: "Tonto National Forest", "Cheney State Park", "Lake Meredith National Recreation Area".
  /\b(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:National|State|NATIONAL|STATE)[ \t]+(?:Forest|Park|Monument|Recreation[ \t]+Area|Wildlife[ \t]+Refuge|Seashore|Lakeshore|Grassland|Preserve|FOREST|PARK|MONUMENT|RECREATION[ \t]+AREA|WILDLIFE[ \t]+REFUGE|SEASHORE|LAKESHORE|GRASSLAND|PRESERVE)\b/gu,
  /\b(?:RR|R\.R\.|rural[ \t]+route|HC|star[ \t]+route)[ \t]*#?[ \t]*\d{1,4}[ \t,]*(?:box|bx)[ \t]*#?[ \t]*\d{1,5}\b/giu,
  // "Address: RFD 1, Satartia", "on rr 2 outside mars hill", "wife Edna, RR 2, Wahoo": a rural free delivery route is an
  // address; "RR" is also the respiratory rate, so without its box only after "on", "off", "at" (or between commas before
  // a town, RR_BETWEEN_COMMAS), and with a route's one-digit number.
  // ("Address: R.R. 3, Spencer": the dotted form, or an address's label before it.)
  /\b(?:RFD|R\.F\.D\.|rural[ \t]+route)[ \t]*#?[ \t]*\d{1,3}\b|(?<=\b(?:on|off|at|[Aa]ddress:|ADDRESS:)[ \t]+)(?:rr|RR|R\.R\.)[ \t]*\d(?![\d\/.:-])|(?<![\p{L}.])R\.R\.[ \t]*#?\d{1,2}(?![\d\/.:-])/gu,
  /\b(?:county|cty|co\.?)[ \t]+(?:rd|road|route|rte|hwy|highway)[ \t]+\d{1,4}[A-Z]?\b/giu,
  /(?<![\d.,/])\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?Broadway\b/gu,
  // With a house number, in any case: "4417 34TH ST", "1207 w 8th st", "1509 12th ave rd", Queens "136-20 38th ave".
  /(?<![\d.,/-])\d{1,6}(?:-\d{1,4})?[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:ave|avenue|st|street|rd|road|blvd|pl|place|way|dr|drive|ln|lane|terr|terrace|pkwy|ct|court|cir|circle)\b(?:[ \t]+(?:rd|road|ext|[NSEW]{1,2})\b)?\.?/giu,
  // Without one only in title case or capitals ("W 8th St", "34TH ST"): "2nd st" in lower case is too often prose.
  /(?<![\d.,/])(?:(?<!\p{L})[NSEW]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Pl|Place|Way|Dr|Drive|Ln|Lane|Terr|Terrace|Pkwy|AVE|ST|RD|BLVD)\b\.?/gu,
  // In lower case without a house number only after "on", "at", "off", "near": "hotel on 13th ave s".
  /(?<=\b(?:on|at|off|near)[ \t]+)(?:[nsew]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:ave|avenue|st|street|rd|road|blvd|pl|place|way|dr|drive|ln|lane|terr|terrace|pkwy)\b(?:[ \t]+[nsew]{1,2}\b)?/giu,
  // "lived on avenue L".
  /(?<=\b(?:on|at|off)[ \t]+)(?:[Aa]venue|AVENUE)[ \t]+[A-Z](?![\p{L}\d])/gu,
  // Lettered avenues: "2704 Avenue O", "88 AVENUE J".
  /(?<![\d.,/])\d{1,6}[ \t]+(?:Avenue|Ave\.?|AVENUE|AVE)[ \t]+[A-Z](?![\p{L}\d])/gu,
  // Numbered highways with a house number ("7718 State Route 12", "410 us hwy 59"), or a route box ("Route 4 Box 22").
  /(?<![\d.,/-])\d{1,6}[ \t]+(?:(?:state|us|u\.s\.|county|old|farm[ \t]+to[ \t]+market|fm)[ \t]+)?(?:route|rte|hwy|highway)[ \t]+\d{1,4}[A-Z]?\b|\b(?:route|rte|rt\.?)[ \t]*\d{1,4}[ \t,]*(?:box|bx)[ \t]*#?[ \t]*\d{1,5}\b/giu,
  /\b(?:calle|carrera|cra\.?|cl\.?|avenida|av\.?|diagonal|transversal|tv\.?)[ \t]+\d{1,3}[A-Z]?[ \t]*(?:#|no\.?|n[º°])[ \t]*\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3}\b/giu,
];
// "wife Edna Mae Ostermann, RR 2, Wahoo": a route between commas before a town ("HR 80, RR 2, SAT 90" is a reading).
const RR_BETWEEN_COMMAS = /(?=R)(?<=,[ \t]*)(?:RR|R\.R\.)[ \t]*\d(?=,[ \t]*(\p{Lu}[\p{L}'’-]+))/gu;
// A town named by its direction from here: "outside Hays", "n of Valentine", "south of Tulsa".
// ("the east side of Riverside", "LIVES IN THE EASTSIDE OF RIVERSIDE": the side of a town too.)
const DIRECTION_OF = /\b(?:outside(?:[ \t]+of)?|(?:north|south|east|west|[nsew]|ne|nw|se|sw)[ \t]+of|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|NORTH|SOUTH|EAST|WEST)[ -]?(?:side|SIDE)[ \t]+(?:of|OF)|near)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/gu;

const STREET_WORD = new RegExp(String.raw`\b(?:${SUFFIX})\b`, 'i');
const ROAD_WORD = /\br\.r\.|\b(?:national|state|rr|rfd|r\.f\.d|route|rte|rt|hwy|highway|avenue|ave|hc|county|cty|co\.?|broadway|calle|carrera|cra|cl|avenida|av|diagonal|transversal|tv)\b|\d(?:st|nd|rd|th)\s/i;

type Case = 'lower' | 'caps' | 'title' | 'other';
function caseOf(w: string): Case {
  if (/^[\p{Ll}'’.-]+$/u.test(w)) return 'lower';
  if (/^[\p{Lu}'’.-]+$/u.test(w)) return 'caps';
  if (/^\p{Lu}[\p{Ll}'’.-]+$/u.test(w)) return 'title';
  return 'other';
}

/** Every word a plain street word: same case as the suffix, not clinical, not a function word. */
function streetWords(words: string[], suffix: string, house = false): boolean {
  const v = vocabulary();
  const sc = caseOf(suffix);
  // "on cardiac monitor st": one word at least must be a name, a place or no everyday word ("elm", "hancock").
  const named = house || PLAIN_SUFFIX.test(suffix) || words.some((w) => {
    const f = v.flags(w.replace(/\.$/, '').toLowerCase());
    return (f & (F.PLACE | F.LAST | F.FIRST | F.PROPER)) !== 0 || !(f & F.ENGLISH);
  });
  return named && words.every((w, i) => {
    const c = w.replace(/\.$/, '').toLowerCase();
    // A compass letter leads a street in any case: "E Rosecrans Ave", "w 8th st"; a person's middle initial stands inside
    // one named for them: "Guy R Brewer Blvd".
    if (/^[nsew]$/.test(c) || (i > 0 && i < words.length - 1 && /^\p{Lu}\.?$/u.test(w) && caseOf(words[0]) === 'title')) return true;
    if (NOT_STREET_WORD.test(c) || /\d/.test(c) || UNIT.test(c) || isMedicalTerm(c)) return false;
    if (clinicalShorthand(c)) return false;
    const wc = caseOf(w);
    return wc === sc || (wc === 'title' && sc === 'lower');
  });
}

/** A town after a street: a place name or a word no English list knows. */
function townWord(w: string): boolean {
  const c = w.toLowerCase();
  if (c.length < 3 || NOT_STREET_WORD.test(c)) return false;
  const f = vocabulary().flags(c);
  if (f & (F.CLINICAL | F.ABBREV)) return false;
  return (f & F.PLACE) !== 0 ? !(f & F.COMMON) || (f & F.UPPER) !== 0 : !(f & (F.ENGLISH | F.COMMON));
}

/** Length of a word that names nothing ("IN", "the") opening `phrase`, with its space, when `keep` words stay after it; else 0. */
function fillerLead(phrase: string, keep: number): number {
  const lead = /^(\S+)[ \t]+/.exec(phrase);
  if (!lead || !FILLER_WORD.test(lead[1])) return 0;
  return phrase.slice(lead[0].length).split(/[ \t]+/).length >= keep ? lead[0].length : 0;
}

/** The town written right after a street: "main st wakefield", "pawtucket blvd, lowell", "1207 w 8th st, erie". */
function townAfter(text: string, end: number, out: Candidate[]): void {
  const town = /^[ \t]*,?[ \t]*([\p{L}][\p{L}'’-]+)(?:[ \t]+([\p{L}][\p{L}'’-]+))?/u.exec(text.slice(end, end + 40));
  if (!town || !townWord(town[1])) return;
  const ts = end + town[0].indexOf(town[1]);
  const two = town[2] && townWord(town[2]) && caseOf(town[2]) === caseOf(town[1]);
  out.push({ category: 'LOCATION', score: 0.6, start: ts, end: ts + (two ? town[0].length - town[0].indexOf(town[1]) : town[1].length), kind: 'city' });
}

/**
 * Find streets, towns and districts written in context.
 *
 * @example
 * recognizePlacesInContext('they live at 40 pawtucket blvd, lowell.'); // "40 pawtucket blvd", "lowell"
 */
export function recognizePlacesInContext(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A road, highway or other named way matched whole.
  const street = (re: RegExp, score: number): Candidate[] => matchAll(re, text, () => ({ category: 'LOCATION', score, kind: 'street' }));
  // Cheap scans first: most notes name no street, road or direction.
  const streets = has(STREET_WORD, text);
  for (const re of streets ? [ON_STREET, NUMBERED_STREET] : []) {
    for (const m of execAll(re, text)) {
      const words = m[1].trim().split(/[ \t]+/);
      // A house number of three digits or more is evidence enough for an everyday street word ("10215 beechnut st").
      const house = re === NUMBERED_STREET && /^[NSEW]?\d{3,5}/i.test(m[0]);
      if (re === NUMBERED_STREET && /^(?:dr|ct|pl|cir|circle|way|court|place)$/i.test(m[2]) && !house) continue;
      if (!streetWords(words, m[2], house)) continue;
      // ("TO TRAUMA CENTER. DR SPOKE": a period closing a word before the suffix ends the sentence; "St." and "Mt." abbreviate.)
      if (/[^.]{2,}\.$/.test(words[words.length - 1]) && !/^(?:st|mt|ft|n|s|e|w)\.$/i.test(words[words.length - 1])) continue;
      // "to see dr tomorrow": a suffix that is also a title or an abbreviation needs capitalised street words, but for a
      // note typed in lower case after "on" or "off", before words no English list holds ("new house on eastwood dr"; not "on
      // call dr").
      if (/^(?:dr|ct|pl|way|row)$/.test(m[2]) && caseOf(words[0]) === 'lower' && !house && !(re === ON_STREET && /^(?:on|off)\b/i.test(m[0]) && words.every((w) => !/\.$/.test(w) && !(vocabulary().flags(w) & (F.COMMON | F.ENGLISH))) && typedInLowerCase(text))) continue;
      if (/^st$/i.test(m[2]) && ST_SEGMENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      const start = re === ON_STREET ? m.index + m[0].indexOf(m[1]) : m.index;
      const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
      out.push({ category: 'LOCATION', score: 0.65, start, end, kind: 'street' });
      townAfter(text, end, out);
    }
  }
  if (has(/\b(?:east|west|north|south|northeast|northwest|southeast|southwest|new|upper|lower|fort|port|mount|lake|glen|old)\b/i, text)) for (const m of execAll(DIRECTION, text)) {
    const [dir, place] = m[1].split(/[ \t]+/);
    const f = vocabulary().flags(place.toLowerCase());
    // "east boston" ("Boston" also names a set of criteria, so CLINICAL alone does not rule it out).
    if (!(f & F.PLACE) || f & F.ABBREV || caseOf(dir) !== caseOf(place)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[1].length, kind: 'city' });
  }
  if (has(/neighbou?rhood/i, text)) for (const m of execAll(NEIGHBOURHOOD, text)) {
    const f = vocabulary().flags(m[1].split(/[ \t]+/).pop()!.toLowerCase());
    if (f & (F.CLINICAL | F.ABBREV) && !(f & F.PLACE)) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.index, end: m.index + m[1].length, kind: 'city' });
  }
  if (has(/,[ \t]*R\.?R\.?[ \t]*\d,/, text)) for (const m of execAll(RR_BETWEEN_COMMAS, text)) {
    const f = vocabulary().flags(m[1].toLowerCase());
    if (f & (F.PLACE | F.POSTAL) && !(f & (F.CLINICAL | F.ABBREV))) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'street' });
  }
  if (has(ROAD_WORD, text)) for (const re of ROAD_FORMS) for (const m of execAll(re, text)) {
    const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    out.push({ category: 'LOCATION', score: 0.7, start: m.index, end, kind: 'street' });
    townAfter(text, end, out);
  }
  for (const re of [SAINT_TOWN, FEATURE_TOWN]) for (const m of execAll(re, text)) {
    // ("a St. Louis police sergeant": a saint's town before a town's agency, the second form of SAINT_TOWN.)
    if (m[1] === undefined) m[1] = m[2];
    const head = m[1].split(/[ \t]+/)[0].toLowerCase();
    // The cue regex is case-insensitive; the town must still be written as a name ("in the hill" is not).
    if (re === FEATURE_TOWN && (!/^\p{Lu}/u.test(m[1]) || isMedicalTerm(head) || FILLER_WORD.test(head))) continue;
    // "St. Jude" (a device maker), "St. Mary's" (a hospital): a clinical phrase or a possessive is no town.
    if (vocabulary().flags(m[1].toLowerCase().replace(/\s+/g, ' ')) & (F.PHRASE | F.CLINICAL) || /['’]s$/.test(m[1])) continue;
    const start = m[2] !== undefined ? m.index : m.index + m[0].length - m[1].length;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[1].length, kind: 'city' });
  }
  for (const re of has(FEATURE_SCAN, text) ? [FEATURE_PLACE, FEATURE_LOWER, STREAM_LOWER, WARD_DISTRICT] : []) for (const m of execAll(re, text)) {
    // "MANNY IN WOODS HOLE": a word that names nothing before the place is left out.
    const skip = re === FEATURE_PLACE ? fillerLead(m[1], 2) : 0;
    const words = m[1].slice(skip).replace(/[ \t]+of[ \t].*$/, '').split(/[ \t]+/).slice(0, -1);
    // After "at" or "near" only a place of nature or a town's part: "at grays harbor", not "at the infusion center".
    if (re === FEATURE_LOWER && /^(?:at|near)\b/.test(m[0]) && /(?:center|centre|homes|corner|land)$/.test(m[1])) continue;
    if (words.some((w) => FILLER_WORD.test(w) || clinicalTerm(w))) continue;
    const start = m.index + m[0].length - m[1].length + skip;
    out.push({ category: 'LOCATION', score: 0.6, start, end: m.index + m[0].length, kind: 'city' });
  }
  for (const m of execAll(BARE_STREET, text)) {
    // The name must be no everyday or clinical word ("to 40 Lasix, then").
    const f = vocabulary().flags(m[1].toLowerCase());
    if (f & (F.COMMON | F.CLINICAL | F.ABBREV) || isMedicalTerm(m[1].toLowerCase())) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'street' });
    townAfter(text, m.index + m[0].length, out);
  }
  if (has(/(?:address|residence|town|city|school|church|parish|location|scene)[ \t]*:/i, text)) for (const m of execAll(PLACE_FIELD, text)) {
    const first = m[1].split(/[ \t]+/)[0];
    if (NO_PLACE_VALUE.test(first) || clinicalTerm(first)) continue;
    // ("Location: Breast Unit", "Location: Outpatient": a hospital's own places; "Location: Avalanche": one everyday word.)
    const words = m[1].split(/[ \t]+/);
    const scene = /(?:location|scene)[ \t]*:[ \t]*$/i.test(text.slice(Math.max(0, m.indices![1][0] - 16), m.indices![1][0]));
    if (words.some((w) => HOSPITAL_PLACE.test(w)) || (scene && words.length === 1 && vocabulary().flags(first.toLowerCase()) & F.COMMON && !(vocabulary().flags(first.toLowerCase()) & (F.PLACE | F.POSTAL)))) continue;
    out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  if (has(/NYC|N\.Y\.C|L\.A\.|Philly|PHILLY|NOLA/, text)) out.push(...matchAll(CITY_SHORT, text, () => ({ category: 'LOCATION', score: 0.7, kind: 'city' })));
  if (has(/\b(?:Tribes?|TRIBES?|Band of|BAND OF|Indian Community|INDIAN COMMUNITY|Rancheria|RANCHERIA|Reservation|RESERVATION)\b/, text)) for (const m of execAll(TRIBE, text)) {
    // (A school's or a church's band is music: "the High School Band of Hope".)
    if (m[1].split(/[ \t]+/).some((w) => clinicalTerm(w) || /^(?:high|school|marching|jazz|brass|concert|rock|church)$/i.test(w))) continue;
    // (A reservation is a tribe's only by a name no English word is: "Yakama Reservation", not "No Reservation".)
    const before = m[1].split(/[ \t]+/).slice(0, -1).filter((w) => !/^indian$/i.test(w));
    if (/reservation$/i.test(m[1]) && before.every((w) => vocabulary().flags(w.toLowerCase()) & F.COMMON)) continue;
    out.push({ category: 'LOCATION', score: 0.7, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  if (has(/marathon/i, text)) for (const m of execAll(TOWN_MARATHON, text)) {
    const words = m[1].split(/[ \t]+/);
    if (!words.some((w) => (vocabulary().flags(w.toLowerCase()) & (F.PLACE | F.POSTAL)) !== 0) || words.some((w) => FILLER_WORD.test(w) || isMedicalTerm(w.toLowerCase()))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  if (has(/side\b/i, text)) out.push(...matchAll(NAMED_SIDE, text, () => ({ category: 'LOCATION', score: 0.6, kind: 'city' })));
  if (has(/I-\d/, text)) out.push(...street(INTERSTATE, 0.6));
  if (has(/FAIR/i, text)) out.push(...street(NAMED_FAIR, 0.75));
  if (has(/hwy|highway|state[ \t]+road/i, text)) out.push(...street(HWY_ANYWHERE, 0.75));
  if (has(/MM|[Mm]ile[ \t]+[Mm]arker|MILE[ \t]+MARKER/, text)) {
    for (const m of execAll(MILE_MARKER, text)) {
      if (ROAD_IN_LINE.test(lineAt(text, m.index))) out.push({ category: 'LOCATION', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'street' });
    }
  }
  if (has(/\b(?:US|SR|SH)-\d/, text)) out.push(...street(HIGHWAY_HYPHEN, 0.8));
  if (has(/\b[A-Z]{1,2}-\d/, text)) out.push(...street(STATE_HYPHEN, 0.7));
  if (has(/(?:County|COUNTY|Cty|CTY|Co\.?|CO\.?)[ \t]+(?:Highway|HIGHWAY|Hwy|HWY|Road|ROAD|Rd|RD|Trunk|TRUNK)[ \t]+[A-Z]/, text)) out.push(...street(LETTERED_COUNTY_ROAD, 0.7));
  if (has(/\b(?:Route|Rte|Rt|RTE?|ROUTE)\.?[ \t]+\d{1,4}[A-Z]?,/, text)) out.push(...street(ROUTE_TOWN, 0.7));
  if (has(/\b(?:Route|ROUTE|Rte|RTE|Rt|RT|SR)\.?[ \t]+\d/, text)) out.push(...street(ROUTE_GOING, 0.7));
  for (const m of execAll(TOWN_AFTER_AGE, text)) {
    const words = m[1].toLowerCase().split(/[ \t]+/);
    const town = (w: string): boolean => { const f = vocabulary().flags(w); return (f & (F.PLACE | F.POSTAL)) !== 0 && !(f & (F.CLINICAL | F.ABBREV)) && !isMedicalTerm(w); };
    if (words.every(town)) out.push({ category: 'LOCATION', score: 0.7, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] });
  }
  if (has(/R\.[ \t]?[DR]\.|RFD|R\.F\.D|rural[ \t]+route|\b(?:RR|RD)[ \t]*#?\d/i, text)) out.push(...street(RURAL_ROUTE, 0.75));
  if (has(/\bthe[ \t]+\d/i, text)) out.push(...street(FREEWAY_THE, 0.6), ...street(FREEWAY_NUMBER, 0.7), ...street(FREEWAY_CAMP, 0.6));
  if (has(/route|rte|\brt\b|hwy|highway|u\.s\.[ \t]?\d|\bfm\b|\bi-\d|interstate|\bm-\d|loop|spur|business|beltway|\b(?:cr|co\.?[ \t]*rd|tr|twp|township|[a-z]{2})[ \t-]?\d/i, text)) out.push(...street(HIGHWAY, 0.6));
  if (has(/county|parish|township|twp/i, text)) for (const m of execAll(COUNTY, text)) {
    // "IN GALWAY TWP": a word before the name that names nothing is left out.
    const start = m.index + fillerLead(m[1], 1);
    if (FILLER_WORD.test(text.slice(start, m.index + m[1].length))) continue;
    // ("accepting Orleans parish": in lower case the word only after a gazetteer's town, not "Polish parish", "Called parish".)
    if (/(?:county|parish)$/.test(m[0].replace(/[ \t]+(?:jail|prison|detention[ \t]+center|correctional[ \t]+\w+)$/i, '')) && !(vocabulary().flags(m[1].split(/[ \t]+/).pop()!.toLowerCase()) & F.PLACE)) continue;
    out.push({ category: 'LOCATION', score: 0.65, start, end: m.index + m[0].length, kind: 'city' });
  }
  if (has(/\([ \t]*\p{Lu}[^()\n]{1,30}(?:County|Parish|Co\.|COUNTY|PARISH)[ \t]*\)/u, text)) out.push(...matchAll(TOWN_THEN_COUNTY, text, () => ({ category: 'LOCATION', score: 0.7, kind: 'city' })));
  if (has(/county|parish/, text)) for (const m of execAll(COUNTY_LOWER, text)) {
    const f = vocabulary().flags(m[1]);
    if (!(f & F.PLACE) || f & (F.ABBREV | F.CLINICAL) || FILLER_WORD.test(m[1])) continue;
    out.push({ category: 'LOCATION', score: 0.65, start: m.index, end: m.index + m[0].length, kind: 'city' });
  }
  // A town's own services name the town: "brought by boston ems", "per revere pd report", "Framingham PD officer".
  if (has(/\b(?:ems|pd|fd|vfd|police|fire|amb|ambulance|fire[ \t]?fighters?|cops?)\b/i, text)) for (const m of execAll(TOWN_SERVICE, text)) {
    const f = vocabulary().flags(m[1].toLowerCase());
    // (A town named in a clinical score or sign, "Framingham", "Boston", is the town here; a post office's town written as a
    // name is one too, "Kremlin volunteer amb".)
    const postal = (f & F.POSTAL) !== 0 && /^\p{Lu}/u.test(m[1]);
    if (!(f & F.PLACE || postal) || f & F.ABBREV || NOT_A_TOWN_BEFORE_SERVICE.test(m[1])) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.index, end: m.index + m[1].length, kind: 'city' });
  }
  for (const m of execAll(DIRECTION_OF, text)) {
    const words = m[1].split(/[ \t]+/);
    const gazetteer = words.some((w) => (vocabulary().flags(w.toLowerCase()) & F.PLACE) !== 0);
    // "near" is also anatomy ("tender near Morgagni"): there only a gazetteer town counts.
    if (/^near/i.test(m[0]) ? !gazetteer : !words.every(townWord) && !gazetteer) continue;
    if (words.some((w) => isMedicalTerm(w.toLowerCase()))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + m[1].length, kind: 'city' });
  }
  return out;
}
