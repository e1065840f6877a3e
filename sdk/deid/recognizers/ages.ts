/**
 * Ages over 89 are PHI (Safe Harbor aggregates them into "90 or older"); ages up to 89 are kept.
 * Recognized with the usual clinical phrasings: "92-year-old", "92 y/o", "92yo", "aged 92",
 * "Age: 92", "92 years of age", "in her 90s", "ninety-two years old".
 *
 * @example
 * recognizeAges('A 94-year-old woman; her son is 61 years old.'); // one span: "94"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { has, indicesOf, matchAll, matchesOf } from './util.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';

const TENS: Record<string, number> = { ninety: 90, hundred: 100, 'one hundred': 100 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

// Number then an age word: "92-year-old", "92 yo", "92 y/o", "92 years of age", "92yr", "95 años".
// A duration ("x 90 yrs", "90 y ago") is not an age. Sex glued after the age word is the emergency-department shorthand ("94yoF", "92 YOM", "95 YOWF", "96 y female").
const AFTER = /(?<![\d.]|\bx[ \t]?|\bover[ \t])(?<!\bfor[ \t](?=\d{2,3}[ \t]*(?:years?|yrs?)\b))(\d{2,3})(?![ \t]*(?:y|yrs?|years?)[ \t]+ago\b)(?=\s*-?\s*(?:years?|yrs?|y\.?\s?o\.?|y\/o|yo|year-old|yr-old|y|a[ñn]os)(?:[wbh]?[mf]\b|\b)|\s*(?:years?|yrs?)\s+of\s+age)/gi;
// A birthday ordinal is the age itself, suffix included: "her 100th birthday".
const BIRTHDAY = /(?<![\d.])(\d{2,3}(?:st|nd|rd|th)|ninet(?:ieth|y[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:one[ -])?hundredth|hundred[ -](?:and[ -])?(?:first|second|third|fourth|fifth))(?:[ \t]+|-)(?:birthday|bday|b-day)\b/dgi;
// Cue then number: "aged 92", "(yo 93)", "age: 92", "Age 92", "Age at death: 100", "age of 92", "turns 94", "Agnes (also 92)", 'she's "almost 100"'.
const BEFORE = /(?:\b(?:aged?|(?<=\([ \t]*)(?:yo|y\/o)|age\s+of|age\s+at\s+(?:death|admission|diagnosis|dx)\s*:?|age\s*(?:\/\s*(?:sex|gender)|\(\s*(?:yrs?|years)\s*\))?\s*[:|]|age\s+is|(?:her|his)\s+age\s+as|age\s+(?:on|per|at)\s+(?:the\s+)?(?:chart|face\s*sheet|record|application|admission|intake|form)\s*:?|age\s+(?:on|at|as\s+of)\s+[a-z ]{2,30}?:|you(?:'re|\s+are)|i(?:'m|\s+am|\s+was)|(?:he|she)(?:'s|\s+is)|turned|turning|turns|(?:will\s+)?turn|now|lived\s+to|died\s+at|passed(?:\s+away)?\s+at|makes?\s+(?:her|him))|\(\s*also|\b(?:chart|record|records|ID|id|sheet)\s+(?:still\s+)?says)\s*(?:["“]?(?:almost|nearly|going\s+on|about|around|maybe|probably|approximately)\s+)?(\d{2,3})(?!\d|[.:/]\d|\s*%|[sS]\b|[ \t]*[-–][ \t]*\d|[ \t]?units?(?![ \t]*[:#]?[ \t]*\d)|\s*(?:mg|ml|kg|lbs?|pounds?|mmhg|bpm|cm|mm|minutes?|min|hours?|days?|weeks?|months?|percent)\b)/dgi;
// An ordinal after the person's possessive is the age reached: "Son said pt's 90th was a while ago", "her 101st was in June", "celebrated the 103rd"
// (its suffix inside the span: writers mark "HER 100TH" whole); a name's possessive and a greeting too: "Babi's 105th", "Happy 102nd".
const POSSESSIVE_ORDINAL = /\b(?:pt['’]?s|patient['’]s|her|his|my|your|happy|[A-Z][a-z]+['’]s|(?<=celebrat(?:ed|es|ing)[ \t]+)the)[ \t]+(\d{2,3}(?:st|nd|rd|th))\b(?![ \t]*(?:percentile|centile|%|day|dose|cycle|week|admission|visit|time|fall))/dgi;
// "I'm a hundred, I decide", "she's a hundred": the round number in words after the person's own "is".
const A_HUNDRED = /\b(?:i['’]m|i[ \t]+am|(?:he|she)['’]s|(?:he|she)[ \t]+is|turned|turns|turning|going[ \t]+on|really,)[ \t]+(a[ \t]+hundred)(?![ \t-]+(?:and|percent|per|times|dollars|bucks|years?[ \t]+ago)\b|[ \t]*%)/dgi;
// Decades: "in his 90s", "in her late 90's", "nonagenarian" is not an age value. (The span keeps the "s": writers mark "90s".)
const DECADE = /\b(?:in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-)?)((?:9\d|1\d\d)'?s)\b/dgi;
// Age with sex, as in headers and sign-outs: "94M", "(94 F)", "91F on levothyroxine", and with race first as older
// notes write it: "93 WF", "91 WM", "95 BF" (not "BM", a bowel movement, nor "HF", heart failure).
// Lower-case notes write it "96 f from home", "tsion 91f.": a lower-case sex letter needs a word or a comma
// after it, or to be glued to the number after a word.
const WITH_SEX = /(?<![\w.,/+-])(\d{2,3})[ \t]?(?:W|B(?=F))?(?:M|F)(?![\p{L}\d°])|(?<=^|\n|\(|\p{L}[ \t]|[ \t]{2}|\p{L}:[ \t])[ \t]*(\d{2,3})(?:m|f)(?![\p{L}\d°])|(?<![\w.,/+-])(\d{2,3})[ \t]?[mf](?=,|\)|[ \t]+(?:w\/|s\/p|c\/o|(?:from|with|who|pt|presents|here|bib|brought|at|in|on|hx|pmh|admitted|adm|sob|cp|ams|fall|fell|pna|uti|chf|copd|sepsis|hip)\b))/dgu;
// Sex first, as triage lines and lists write it: "M/93", "(M/97)", "TRIAGE: F 90  from home", "O'SHAUGHNESSY, BRIDGET M, F 96".
const SEX_FIRST = /(?<![\p{L}\d.\/-])[MF](?:[ \t]*\/[ \t]*|[ \t]+)(\d{2,3})(?![\d.:\/%°]|,\d|[ \t]*(?:mg|ml|mcg|kg|lbs?|cm|mm|units?|degrees?|deg)\b)/dgu;
// Temperatures are written the same way ("T 101 F"): a temperature label before it rules the age out.
// An age and the sex after a slash, opening a line or after the patient: "94/F with syncope", "pt 96/M". (After a word of
// readings a slash is a ratio, and the sex must close the token: "94/FiO2" is no age.)
const AGE_SLASH_SEX = /(?<=(?:^|\n)[ \t]*|\p{L},[ \t]*\p{Lu}\p{Ll}+[ \t]+|\b(?:pt|patient|a|an|is)[ \t]+|\(|\p{L},[ \t]*|[ \t]{2}|\b(?:rm|room|bed)[ \t]*#?\d{1,4}[a-z]?[ \t]+|\b(?:HPI|hpi|CC|cc|ID|Pt|PT)[ \t]*:[ \t]*)(\d{2,3})[ \t]*\/[ \t]*[MF](?![\p{L}\d])/dgiu;
// Two ages named together: "ages 92 and 95", "both parents (91 and 94)", "grandparents, 93 & 96".
// Sex, a comma and the age in a list of what the writer saw ("seen by me, F, 93, alone"); a person "of" an age ("a woman of 97").
const SEX_COMMA_AGE = /(?<=(?:^|\n|[,(])[ \t]*)[MF],[ \t]*(\d{2,3})(?=[ \t]*[,.;)])|\b(?:[Aa]n?|AN?)[ \t]+(?:woman|man|lady|gentleman|widow|widower|person|patient|veteran|WOMAN|MAN|LADY|GENTLEMAN|WIDOW|WIDOWER)[ \t]+(?:of|OF)[ \t]+(\d{2,3})(?![\d.,]\d|[ \t]*(?:%|mg|ml|kg|lbs?|pounds?|years?[ \t]+(?:service|marriage)))/dgu;
const AGE_PAIR = /\b(?:ages|aged|parents|grandparents|both)[ \t]*[(,:]?[ \t]*(\d{2,3})[ \t]*(?:and|&|,)[ \t]*(\d{2,3})(?![\d.,]\d|[ \t]*(?:%|mg|ml|kg|lbs?|cm|mm|min|hours?|days?|weeks?|months?|times)\b)/dgiu;
const TEMP_BEFORE = /\b(?:t|temp|tmax|tc|tcurrent|temperature|febrile|fever|afebrile|to|of)\s*[:=]?\s*$/i;
// ... or the weather a few words before it: "temp at start 94F", "temp inside felt ~100F", "the forecast high is 110F".
const WEATHER_BEFORE = /\b(?:temps?|temperature|heat|forecast|highs?|lows?|weather|outside|inside|index|wind[ \t]*chill|overnight|thermostat)\b[^\n.;:]{0,16}$/i;
// Relatives whose age notes give beside their name.
const RELATIVE_WORDS = '(?:mother|father|sister|brother)-in-law|wife|husband|husb|spouse|mother|father|mom|dad|sister|brother|aunt|uncle|grandmother|grandfather';
const RELATIVE = `(?:${RELATIVE_WORDS})`;
// An age in parentheses after a person: "Sven (96)", "Quigley, Augustine P (91)", "(Mrs. Ida Pryce, 93)", "his mother (91)", "Leota Faleafaga Sr. (96)", "Lottie (96!)".
// ("resident J.B. (98)": initials; "her mother's (93, advanced COPD)": a relative's, the age first in the brackets.)
const AFTER_PERSON = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]+\.?|(?<=\p{L},?[ \t]+)(?<!\p{L})\p{Lu}\.?|(?<![\p{L}.])(?:\p{Lu}\.){2,3}|\b(?:${RELATIVE}|patient|pt|centenarian|resident|vet|veteran))(?:[ \t]*,[ \t]*|[ \t]*\n?[ \t]*\([ \t]*)(\d{2,3})[ \t]*(?:y\/?o|yrs?)?[ \t]*!?\)|\b${RELATIVE}['’]s[ \t]*\([ \t]*(\d{2,3})(?=[ \t]*[,)])`, 'dgu');
// The same in a list or in lower case: "BAPTISTE, 97, WWII vet", "wife joy (90)", "(retired nun, 98)",
// "Maynard Jr., 92,", "Ramirez Lopez (Chuy), 91,", "Cecilia Oyediran-Marsh, 96.", "mcelhinney, 93, post op".
const PERSON_COMMA = /(?<![\d.])(?:\b\p{L}[\p{L}'’-]+(?:\.|["”]?\))?,[ \t]*|\b(?:[Pp]t|PT|[Pp]atient|PATIENT)[ \t]+|\b\p{Ll}{2,}[ \t]*\([ \t]*|\b\p{Lu}\p{Ll}+[ \t]*\((?=[ \t]*\d{2,3},)|\([\p{Ll} ]{2,30},[ \t]*)(\d{2,3})(?=[ \t]*(?:\)|,[ \t]*\p{L}|\.(?!\d)|[ \t]-[ \t]|[ \t]\([ \t]*\p{Ll}{3,}[ \t]))/dgu;
// A person, then "is" / "was": "Pt is 93, retired machinist", "husband is 92 and lives at home".
// A name may stand between the person word and the verb ("Husband Walt is 92", "my mother Valentina is 91",
// "PT'S HUSBAND ELMER COOK IS 94"), or a name in brackets ("Mom (Florence Little Wolf) is 91"), an adverb after it ("pt is actually 90");
// the person word may stand in the brackets itself ("pokni (his mother) is 96").
const PERSON_IS =
  /(?:\b(?:pt\.?|patient|resident|vet|veteran|husband|wife|spouse|partner|mother|father|mom|mama|momma|dad|mam|mammy|mum|nana|granny|gran|mamaw|papaw|sister|brother|son|daughter|aunt|uncle|grandmother|grandfather|grandma|grandpa|tutu|he|she|who|(?:sisters|brothers|parents|grandparents|twins)(?=[ \t]+(?:are|were)\b))\)?(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}(?:[ \t]*\([^()\n]{2,40}\))?|\p{Lu}\p{Ll}+,|\b(?:mr|mrs|ms|miss)\.?[ \t]+\p{L}[\p{L}'’-]+)(?:'s|'ll[ \t]+be|[ \t]+(?:is|was|are|were|turned|turns|now|will\s+be))[ \t]+["“]?(?:(?:actually|really|now|about)[ \t]+)?(\d{2,3})(?![.,]\d)(?=[ \t]{2}|[ \t]*(?:[,.;)(!?&"“”]|$|\n|and\b|now\b|when\b|on\b|at\b|in\b|as\b|today\b|this\b|next\b|y\/?o\b|yrs?\b|years?\b|w\/|with\b|but\b|per\b|herself\b|himself\b))/dgiu;
// Ages of 90 and over written in words need no cue: notes spell out no vital sign or dose that large,
// so a number word is an age unless a unit or count follows ("Pt Eleuterio Baeza, ninety-three",
// "PAZ, MIGUEL (NOVENTA Y TRES AÑOS)", "a hunnert and one", but not "ninety minutes", "cien por ciento").
const UNIT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
const NUMBER_WORD = String.raw`(?:ninety(?:[\s-]${UNIT_WORD}(?:[\s-]and[\s-]a[\s-]half)?|-[1-9](?!\d)|-some)?|one[\s-]hundred(?:[\s-](?:and[\s-])?(?:${UNIT_WORD}|ten))?|a[\s-]hundred[\s-]and[\s-](?:${UNIT_WORD}|ten)|a[\s-]hunn?[ae]rt(?:[\s-]and[\s-]${UNIT_WORD})?|noventa(?:[\s-]y[\s-](?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento[\s-](?:uno|una|dos|tres|cuatro|cinco)|(?:(?:eyns|tsvey|dray|fir|finf|zeks|zibn|akht|nayn)[\s-]un[\s-])?ninetsik|hundert(?:[\s-]un[\s-](?:eyns|tsvey|dray|fir|finf|zeks|zibn|akht|nayn))?)`;
const NOT_AGE_AFTER = String.raw`(?:percent|per[\s-]?cent|por|%|degrees?|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|wks?|months?|times|mg|ml|cc|milligrams?|pounds?|lbs?|kg|dollars?|bucks|miles?|feet|ft|steps|meters?|yards?|beats|breaths|calories|units?|over|out\s+of|\/|by|x\b|ways|things|people|patients|cases|pages?|mmhg|bpm)`;
const WORDS_ANY = new RegExp(String.raw`(?<![\p{L}-])(${NUMBER_WORD})(?![\p{L}-])(?![\s,]*${NOT_AGE_AFTER})`, 'dgiu');
const WORDS = new RegExp(String.raw`\b(ninety(?:[\s-]${UNIT_WORD})?|(?:one\s+)?hundred(?:\s+and\s+\w+)?)(?=[\s-]+(?:years?[\s-]+old|years?\s+of\s+age|y\.?\s?o\b|y\/o\b|yrs?[\s-]+old))`, 'gi');

// A given name, then the verb and the age closing the phrase (a given name, or a word no English list knows).
// A given name, then the age and a comma opening the problem list: "Lucille 91, CHF exac".
const GIVEN_NAME_AGE = /\b(\p{Lu}\p{Ll}{2,})[ \t]+(9\d|1[01]\d)(?=,[ \t]*\p{L})/dgu;
const NAME_IS = /\b(\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})[ \t]+(?:is|was|turned|turns|IS|WAS|TURNED|TURNS)[ \t]+(\d{2,3})(?![.,]\d)(?=[ \t]{2}|[ \t]*(?:[,.;)]|and\b|now\b|but\b|today\b|$|\n))/dgu;
// "she's 99 - will be 100 in June", "will be 95 next month", "will be 97 the 1st of August", "will be 94 in a few weeks":
// the age to come, dated.
const WILL_BE = /\b(?:will|would|['’]ll|['’]d)[ \t]+be[ \t]+(\d{2,3})(?=[ \t]+(?:on[ \t]+)?the[ \t]+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|fifteenth|twentieth|thirtieth)\b|[ \t]+on[ \t]+(?:christmas|thanksgiving|easter|new[ \t]+year['’]?s|valentine['’]?s|halloween|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[ \t]+(?:in|on|by)[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[ \t]+next[ \t]+(?:week|month|year)\b|[ \t]+in[ \t]+["“]?(?:a[ \t]+(?:few|couple(?:[ \t]+of)?)|two|three|four|\d)[ \t]+(?:days|weeks|months)\b|[ \t]+(?:on|at)[ \t]+(?:her|his)[ \t]+(?:birthday|bday)\b)/dgi;
// "(90 HERSELF)", "(90, DOB 3/3/1936)": an age in brackets that the words after it make an age.
const PAREN_AGE = /\([ \t]*(\d{2,3})(?=[ \t]+(?:herself|himself|too|also|as\s+well)\b|,[ \t]*(?:DOB|dob|d\.o\.b|born|b\.))/dgi;
// "Wife Pham Thi Nga 93 at bs", "PT CRONIN 92  RESTING", "VET HARLESS, ODELL 96.": a relative's or the patient's name, then the age with no verb.
const RELATIVE_NAME_AGE = new RegExp(String.raw`\b(?:${RELATIVE}|pt|patient|vet|veteran)(?:,?[ \t]+\p{Lu}[\p{L}'’-]+){1,3}(?:[ \t]+(?:in|of|from)(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})?[ \t]*,?(?:[ \t]+is)?[ \t]+(\d{2,3})(?![.,]\d)(?=[ \t]{2}|[ \t]*(?:[,.;()]|-(?!\d)|at\b|in\b|is\b|and\b|himself\b|herself\b|y\/?o\b|yrs?\b|$|\n))`, 'dgiu');
// "pt's mother, 91, who lives with them", "mr demir (90) slept": a relative or a titled person, then the age.
const RELATIVE_COMMA = new RegExp(String.raw`\b(?:${RELATIVE}[ \t]*,|(?:mr|mrs|ms|miss|${RELATIVE_WORDS})\.?[ \t]+\p{L}[\p{L}'’-]+[ \t]*[(,])[ \t]*(\d{2,3})(?![.,]\d)(?=[ \t]*[,).])`, 'dgiu');
// "UPDATED ATTG. PT 93.", "pt 99 from yazoo city", "PT IS 98  F/U", "PT 96  S/P FALL", "pt 98 - adls": the patient, then the bare age
// closing the phrase (a decimal or a unit after it makes it a lab or a vital sign).
const PT_AGE = /\b(?:pt|patient|res|resident|client|mom|mother|dad|father|wife|husband|grandmother|grandma|grandfather|grandpa|nan|nana|gm|gf)\.?(?:[ \t]+(?:is|now))?[ \t]+(\d{2,3})(?![.,]\d|[ \t]*(?:%|mg|ml|kg|lbs?|min|sec|s\b(?!\/)))(?=[ \t]{2}|[ \t]*(?:[.;,(]|-(?!\d)|$|\n|from\b|and\b|w\/|with\b|lives\b|who\b|was\b|is\b|today\b|slept\b|so\b|has\b|had\b|in\b|still\b|[mf]\b))/dgi;
// "DOB 5/30/1933 (90)", "DOB 11 Nov 1931  (93)": the age in brackets after a birth date.
const DOB_PAREN = /\b(?:dob|d\.o\.b\.?|born)[ \t:]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ \t-][a-z]{3,9}\.?[ \t-]\d{4})[ \t]*\([ \t]*(\d{2,3})[ \t]*(?:y\/?o|yrs?)?[ \t]*\)/dgi;
// An age in brackets after a verb or a kinship word: "MOTHER ANNIE (IS 93)", "Pearl (daughter, 90)".
const PAREN_IS_OR_KIN = new RegExp(String.raw`\([ \t]*(?:(?:is|was|age|aged)[ \t]+|(?:${RELATIVE_WORDS}|daughter|son|niece|nephew|cousin|friend|neighbou?r|sister-in-law|brother-in-law|mother-in-law|father-in-law)[ \t]*,[ \t]*)(\d{2,3})[ \t]*\)`, 'dgi');
// "At 90 he remains active", "AT 97 HE STILL RUNS", "at 94 I want my hip fixed": an age opening a clause about the person.
const AT_AGE = /\bat[ \t]+(\d{2,3}),?[ \t]+(?:he|she|i|they|we|you|what['’]s)\b(?![ \t]*\/)/dgi;
// A life counted in years: "99 good years", "101 long years", "92 years young", "seen 93 winters", "a hundred good years".
const LIFE_YEARS = /(?<![\d.,])(\d{2,3}|(?<=\ba[ \t]+)hundred)(?=[ \t]+(?:(?:good|long|full|happy|wonderful|blessed|hard|beautiful)[ \t]+years|years[ \t]+young|winters|summers|christmases)\b)/dgi;
// A birthday greeted or a day that is one: "Happy 100, Lucille!", "june 9 -- 98 today!!!", and an age hoped for in quotes or
// after "will": 'asked whether her mom will "reach 100"'.
const GREETED_AGE = /\b(?:happy|HAPPY|Happy)[ \t]+(\d{2,3})(?=[ \t]*[,!])|(?<![\d.,])(\d{2,3})(?=[ \t]+today[ \t]*!)|\b(?:will|would|["“])[ \t]*["“]?reach[ \t]+(\d{2,3})(?!\d|[.,]\d|[ \t]*(?:%|percent|mg|bpm|degrees?|°|f\b|lbs?|kg|ml|units?))/dgu;
// A death at an age: "sister Vada died last month at 99", "passed away at 101 in her sleep", "died in 2019 at 93." (no
// reading follows).
const DIED_AT = /\b(?:died|passed(?:[ \t]+away)?|passing|death|deceased)\b(?:[^.;\n\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,24}?\bat[ \t]+(\d{2,3})(?!\d|[.:\/]\d|[ \t]*(?:%|mg|ml|mmhg|bpm|kg|lbs?|cm|min|mins|minutes|hours?|hrs?|am|pm|o['’]clock|on|with)\b)/dgi;

// The same after a death written short: "sister Velma d. last yr at 90." (lower case: "Vit D. at 95" is a level).
const DIED_SHORT_AT = /(?<![A-Za-z.])d\.[ \t](?:[^.;\n\d]){0,20}?\bat[ \t]+(\d{2,3})(?!\d|[.:\/]\d|[ \t]*(?:%|mg|ml|mmhg|bpm|kg|lbs?|cm|min|mins|minutes|hours?|hrs?|am|pm|on|with)\b)/dg;
// An age with the next one coming: '"93 going on 150 today"', '"94 in three weeks"', "1 month short of 97", "planning a 100th in June".
const AGE_COMING = /(?=\d)(?<=["“]|\b(?:is|be|was|turns?|turning|i['’]m|she['’]s|he['’]s|pt|age)[ \t]+)(\d{2,3})(?=[ \t]+going[ \t]+on\b|[ \t]+in[ \t]+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+few|\d{1,2})[ \t]+(?:days?|weeks?|wks?|months?|mos?)\b)|\b(?:months?|weeks?|days?|mo|wks?)[ \t]+short[ \t]+of[ \t]+(\d{2,3})\b(?![.,]\d)|\b(?:planning|planned|plans?|throwing|hosting|celebrating)[ \t]+(?:a|her|his|the)[ \t]+(1\d\d(?:st|nd|rd|th))\b/dgi;

// An age hoped for or planned: "MAMA WANTS TO MAKE IT TO 95", "not going to make it to 101", "I plan to see 100" (no unit after:
// "make it to 95%" is a saturation).
const HOPED_AGE = /\b(?:(?:make|makes|made|making)[ \t]+it[ \t]+to|(?:plans?|planning|wants?|wanted|hopes?|hoping|going|determined|intends?|like|love)[ \t]+to[ \t]+(?:see|reach|hit|make))[ \t]+(\d{2,3})(?![\d.,]\d|[ \t]*(?:%|mg|ml|kg|lbs?|pounds?|mmhg|bpm|percent|on|sats?|o2)\b|[ \t]*%)/dgi;
// An age in brackets with whose word or when it comes: "(103 per family, DOB ...)", "(90 this yr.)", "(actual 96)".
const PAREN_SOURCE = /\([ \t]*(?:(\d{2,3})[ \t]+(?:per|by)[ \t]+(?:family|chart|pt|patient|son|daughter|dtr|wife|husband|face[ \t]*sheet)\b|(\d{2,3})[ \t]+(?:this|next)[ \t]+(?:yr|year|month|spring|summer|fall|winter)\b|(\d{2,3})[ \t]+(?:in|on|by)[ \t]+(?:(?:a|one|two|three|four|\d)[ \t]+(?:days?|weeks?|months?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\b|(?:actual|actually|really|exact)[ \t:]+(\d{2,3})[ \t]*\))/dgi;
// The ordinal after a birthday that names it: "bday today (12/3) - 100th!".
const BIRTHDAY_ORDINAL = /\b(?:birthday|bday|b-day)\b[^.\n\d]{0,16}(?:\([^()\n]{0,12}\)[^.\n\d]{0,8})?(\d{2,3}(?:st|nd|rd|th))\b/dgi;
// Two ages a family is unsure between, in quotes or after a word of guessing: '"96 or 97"', "she is about 95 or 96".
const EITHER_AGE = /(?:["“]|\b(?:is|was|aged?)[ \t]+(?:about|around|maybe|probably|either)[ \t]+)(\d{2,3})[ \t]+or[ \t]+(\d{2,3})(?:["”]|(?!\d|[.,]\d|%|[ \t]*(?:mg|ml|kg|lbs?|units?|mmhg|bpm)\b))/dg;

// Words for a person before "(97," or ", 97," besides names: roles and relatives.
// (Occupations too: "a retired music teacher, 95, from Upper Arlington".)
const ROLE_WORD = new RegExp(String.raw`^(?:nun|priest|vet|veteran|widow|widower|retired|pt|patient|centenarian|resident|${RELATIVE_WORDS}|grandma|grandpa|gm|gf|teacher|farmer|rancher|miner|logger|fisherman|machinist|carpenter|mechanic|engineer|professor|minister|pastor|homemaker|housewife|seamstress|lawyer|secretary|bookkeeper|trucker|postmaster|mailman|musician|pianist|artist|writer|nurse|physician|doctor)$`);

// Ages from ninety up in the languages patients quote themselves in, every form of which is past eighty-nine: German
// ("ich bin hundertdrei", "neunundneunzig"), French ("quatre-vingt-douze ans"), Czech ("devadesát šest"), Polish
// ("dziewięćdziesiąt sześć"), Bosnian ("devedeset i tri"), Italian ("novantadue"), Portuguese ("noventa e dois"); an age in
// years after its number in those languages too ("97 tuổi", "96 Jahre alt", "92 ans").
const FOREIGN_AGE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?neunzig|hundert(?:und)?(?:eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)?(?=[ \t]+(?:Jahre|jahre)|["”,.!]|[ \t]+(?:Herr|Frau|und)\b)|quatre-vingt-(?:dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize)|cent(?:[ -](?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?(?=[ \t]+ans\b)|devades[áa]t(?:[ \t]+(?:jedna|dva|tři|čtyři|pět|šest|sedm|osm|devět))?|dziewięćdziesiąt(?:[ \t]+(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć))?|devedeset(?:[ \t]+i)?(?:[ \t]+(?:jedan|dva|tri|četiri|pet|šest|sedam|osam|devet))?|novant(?:a(?:due|tré|tre|quattro|cinque|sei|sette|nove)?|uno|otto)|noventa(?:[ \t]+e[ \t]+(?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?(?![ \t]+y\b))(?![\p{L}-])|(?<![\d.,])(9\d|1[01]\d)(?=[ \t]+(?:tuổi|Jahre|ans|anni|lat|let|godina)\b)`,
  'giu',
);
// A roster line, "LAST, First" then the age in the next column, by dot leaders, a bar, a bracket or a column's gap, whatever
// the name recognizers made of the name ("Albright, Walter ...... 101 ... apt 3", "205  MCGRATH, FRANCIS X.      98   bedbound").
const ROSTER_AGE = /(?=9\d|1[01]\d)(?<=(?:^|\n)[ \t]*(?:[\w#-]{1,6}[ \t]*\|?[ \t]*)?\p{Lu}[\p{L}'’-]+,[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?:[ \t]+["“][^"”\n]{1,15}["”])?(?:[ \t]*\.{2,}[ \t]*|[ \t]*\|[ \t]*|[ \t]{2,}|[ \t]*\[[ \t]*))(9\d|1[01]\d)(?=[ \t]*(?:\.{2,}|\||\]|[ \t]{2,}|$|\n))/gdu;
// Two ages of a couple after their names: "Opal & Lester Bray (93 / 95)", "Kimes, Arvel & Velda | 93/91 |", "Walter and Elsie
// Pagenkopf — 94 and 91 —".
const COUPLE_AFTER_NAME = /^[ \t]*[(|—–-][ \t]*(9\d|1[01]\d)[ \t]*(?:\/|and|&)[ \t]*(9\d|1[01]\d)(?=[ \t]*[)|—–-])/d;
/** Safe Harbor removes ages over 89; numbers past 129 are no ages. */
const over89 = (n: number): boolean => n > 89 && n < 130;

/** Ages written as the number in the first group of `re` that took part in the match, kept when over 89 and `keep` says so. */
function numberAges(re: RegExp, text: string, score: number, keep: (start: number) => boolean = () => true): Candidate[] {
  return matchAll(re, text, (m) => {
    const i = m.findIndex((x, k) => k > 0 && x !== undefined);
    const g = m.indices![i];
    // ("a hundred good years": the one number word these patterns take.)
    const n = /^hundred$/i.test(m[i]) ? 100 : parseInt(m[i], 10);
    return over89(n) && keep(g[0]) ? { category: 'AGE', score, start: g[0], end: g[1] } : null;
  });
}

function wordsToNumber(w: string): number {
  const parts = w.toLowerCase().split(/[\s-]+/);
  // ("ninety-5": a unit typed as a digit.)
  if (parts[0] === 'ninety') return 90 + (UNITS[parts[1]] ?? (/^[1-9]$/.test(parts[1] ?? '') ? +parts[1] : 0));
  // Spanish and Yiddish: "noventa y tres", "ciento dos", "zibn un ninetsik", "hundert un tsvey".
  // (Yiddish puts the unit first, "zibn un ninetsik"; Spanish and "hundert un tsvey" last.)
  const unit = parts.length < 2 ? 0 : (FOREIGN_UNITS[parts[parts.includes('ninetsik') ? 0 : parts.length - 1]] ?? 0);
  if (parts.includes('noventa') || parts.includes('ninetsik')) return 90 + unit;
  if (/^(?:cien|ciento|hundert)$/.test(parts[0])) return 100 + unit;
  return TENS[w.toLowerCase()] ?? 100;
}
const FOREIGN_UNITS: Record<string, number> = {
  ...{ uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
  ...{ eyns: 1, tsvey: 2, dray: 3, fir: 4, finf: 5, zeks: 6, zibn: 7, akht: 8, nayn: 9 },
};

/** Is the word before the age at `at` a person ("Kalama, 93,", "zoya (97)", "wife (90)"), not a vital sign or lab ("sats (92)", "BP (96)")? */
function personBefore(text: string, at: number): boolean {
  // ("Leota Faleafaga Sr. (96)": the name before a generational suffix.)
  // ("Quigley, Augustine P (91)": the given name before a middle initial.)
  const word = /(\p{L}[\p{L}'’-]*)(?:[ \t]+(?:[JjSs]r|II|III|IV|\p{Lu})\.?)?[ \t,(.!"”)]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase() ?? '';
  // ("his great-grandfather (92)": a relative however many generations back.)
  if (ROLE_WORD.test(word.replace(/^(?:great-)+/, ''))) return true;
  const f = vocabulary().flags(word);
  // A word no list knows counts as a name; lab and vital names are clinical words.
  const unknown = (f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH)) === 0;
  return ((f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0 || unknown || /\p{Lu}{2,}/u.test(text.slice(Math.max(0, at - 12), at))) && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV));
}

// Labels of vital signs, labs, rooms and counts: a number after one is a reading, whatever the note's age.
const READING_BEFORE = /\b(?:hr|pulse|p|sats?|spo2|o2|bp|sbp|dbp|map|rr|t|temp|tmax|glu|gluc|glucose|bs|fsbg|fsbs|fs|bg|cbg|accu-?chek|wt|weight|ht|height|na|k|cl|co2|bun|cr|plt|hgb|hgb|hct|wbc|ldl|hdl|a1c|tsh|ef|fio2|peep|aai|vvi|ddd|doo|voo|paced|pacing|rate|over|above|below|under|rm|room|bed|apt|unit|ste|suite|box|hwy|route|rte|exit|mile|no|x|score|mmse|moca|iq|lbs?|kg)[ \t]*[:=#]?[ \t]*(?:(?:was|is|of|at|to|now|->|up|down)[ \t]+)?$/i;
// Units, decimals, fractions and percentages after a number make it a measure, not an age.
const MEASURE_AFTER = /^(?:[.,]\d|\/|[ \t]*(?:%|°|mg|mcg|ml|cc|kg|lbs?|cm|mm|mmhg|bpm|units?|min|mins|minutes|hrs?|hours|days|weeks|months|sec|degrees?|f\b|percent)|[ \t]*-[ \t]*\d)/i;

// A house number: "98 Granite St".
const STREET_AFTER = /^[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|way|blvd|ct|court|pl|place|ter|terr|terrace|cir|circle|pkwy|hwy)\b/iu;

/**
 * "98 y.o. woman ... 'if I die on the table, I die at 98'", "she is 92 now; 'at 92 I can still ...'": an age
 * the note has stated comes back bare. Other occurrences of the same number are the age again, unless a
 * reading's label is before them or a unit after them.
 */
function repeatedAges(text: string, found: Candidate[]): Candidate[] {
  const values = new Set<string>();
  for (const c of found) {
    const v = text.slice(c.start, c.end);
    if (/^\d{2,3}$/.test(v)) values.add(v);
    else if (c.kind === 'words') values.add(String(wordsToNumber(v.replace(/[\s-]+years?[\s-]+old$/i, ''))));
  }
  const out: Candidate[] = [];
  for (const v of values) {
    if (!over89(+v)) continue;
    for (const start of indicesOf(text, v)) {
      const end = start + v.length;
      if (/[\d./:#<>~-]/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) continue;
      if (found.some((c) => c.start < end && start < c.end)) continue;
      const line = text.slice(Math.max(0, start - 24), start).split('\n').pop()!;
      if (READING_BEFORE.test(line) || MEASURE_AFTER.test(text.slice(end, end + 10)) || STREET_AFTER.test(text.slice(end, end + 30))) continue;
      out.push({ category: 'AGE', score: 0.6, start, end });
    }
  }
  return out;
}

/**
 * Find ages over 89.
 *
 * @example
 * recognizeAges('aged 91')[0]; // { category: 'AGE', start: 5, end: 7, ... }
 */
export function recognizeAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  const words = has(/ninety|ninetieth|hundred|hunn?[ae]rt|noventa|cien|ninetsik|hundert|neunzig|quatre-vingt|\bcent[ -]\p{L}+[ \t]+ans\b|devades|dziewięćdziesi|devedeset|novant/iu, text);
  // Every rule needs a number from 90 to 129 or a number word: one cheap scan settles most notes.
  if (!has(/(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/, text) && !words) return out;
  out.push(...matchAll(AFTER, text, (m) => (over89(+m[1]) ? { category: 'AGE', score: 0.95 } : null)));
  for (const re of [BEFORE, DECADE, AT_AGE, PAREN_AGE, POSSESSIVE_ORDINAL]) out.push(...numberAges(re, text, 0.9));
  out.push(...numberAges(DIED_AT, text, 0.8));
  out.push(...numberAges(DIED_SHORT_AT, text, 0.8));
  // (A lab's table reads the same: "Glucose, Fasting    96" names no one.)
  out.push(
    ...numberAges(ROSTER_AGE, text, 0.75, (s) => {
      const words = /(\p{Lu}[\p{L}'’-]+),[ \t]*(\p{Lu}[\p{L}'’.-]+)/u.exec(text.slice(text.lastIndexOf('\n', s) + 1, s));
      return words !== null && [words[1], words[2]].every((w) => !isMedicalTerm(w.toLowerCase()) && !(vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)));
    }),
  );
  if (has(/neunzig|hundert|quatre-vingt|\bcent\b|devades|dziewięćdziesiąt|devedeset|novant|noventa|\d[ \t]+(?:tuổi|Jahre|ans|anni|lat|let|godina)\b/iu, text)) out.push(...matchAll(FOREIGN_AGE, text, (m) => (m[1] === undefined || over89(+m[1]) ? { category: 'AGE', score: 0.8, kind: 'words' } : null)));
  out.push(...numberAges(AGE_COMING, text, 0.75, (s) => !READING_BEFORE.test(text.slice(Math.max(0, s - 24), s).split('\n').pop()!)));
  out.push(...numberAges(LIFE_YEARS, text, 0.8));
  // ("HR 98 today!" is a reading.)
  out.push(...numberAges(GREETED_AGE, text, 0.8, (st) => !READING_BEFORE.test(text.slice(Math.max(0, st - 24), st).split('\n').pop()!)));
  out.push(...numberAges(HOPED_AGE, text, 0.8));
  out.push(...numberAges(PAREN_SOURCE, text, 0.8));
  out.push(...numberAges(BIRTHDAY_ORDINAL, text, 0.8));
  for (const m of matchesOf(EITHER_AGE, text)) {
    if (over89(+m[1]) && over89(+m[2])) for (const g of [1, 2]) out.push({ category: 'AGE', score: 0.75, start: m.indices![g][0], end: m.indices![g][1] });
  }
  // ("her ninety-ninth birthday": an ordinal in words past eighty-nine.)
  out.push(...matchAll(BIRTHDAY, text, (m) => (/^\d/.test(m[1]) && !over89(parseInt(m[1], 10)) ? null : { category: 'AGE', score: 0.9, start: m.indices![1][0], end: m.indices![1][1] })));
  // "Wiktor is 90 and his carer ...": a given name, then "is" and the age.
  out.push(
    ...matchAll(NAME_IS, text, (m) => {
      const f = vocabulary().flags(m[1].toLowerCase());
      const name = f & VOCAB_FLAGS.FIRST || !(f & (VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.COMMON));
      return over89(+m[2]) && name && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) ? { category: 'AGE', score: 0.75, start: m.indices![2][0], end: m.indices![2][1] } : null;
    }),
  );
  out.push(...numberAges(WILL_BE, text, 0.8));
  out.push(...numberAges(SEX_COMMA_AGE, text, 0.75));
  if (words) out.push(...matchAll(A_HUNDRED, text, (m) => ({ category: 'AGE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'words' })));
  out.push(...numberAges(PT_AGE, text, 0.75));
  out.push(...numberAges(AGE_SLASH_SEX, text, 0.75));
  for (const m of matchesOf(AGE_PAIR, text)) {
    for (const g of [m.indices![1], m.indices![2]]) if (over89(+text.slice(g[0], g[1]))) out.push({ category: 'AGE', score: 0.75, start: g[0], end: g[1] });
  }
  out.push(...numberAges(DOB_PAREN, text, 0.9));
  out.push(...numberAges(RELATIVE_NAME_AGE, text, 0.75));
  out.push(...numberAges(RELATIVE_COMMA, text, 0.75));
  out.push(...matchAll(SEX_FIRST, text, (m) => (over89(+m[1]) && !TEMP_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? { category: 'AGE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] } : null)));
  out.push(
    ...matchAll(WITH_SEX, text, (m) => {
      const g = m.indices![1] ?? m.indices![2] ?? m.indices![3];
      const n = +(m[1] ?? m[2] ?? m[3]);
      if (!over89(n) || TEMP_BEFORE.test(text.slice(Math.max(0, g[0] - 16), g[0])) || (/^\d+[ \t]?F/.test(text.slice(g[0], g[1] + 2)) && WEATHER_BEFORE.test(text.slice(Math.max(0, g[0] - 32), g[0])))) return null;
      return { category: 'AGE', score: 0.85, start: g[0], end: g[1] };
    }),
  );
  // (After a word, and not a reading's: "BP (is 95)", "HR 88 (was 92)".)
  out.push(
    ...numberAges(PAREN_IS_OR_KIN, text, 0.8).filter((a) => {
      const before = text.slice(Math.max(0, a.start - 30), a.start).replace(/\([^()]*$/, '');
      return /\p{L}[ \t]*$/u.test(before) && !READING_BEFORE.test(before);
    }),
  );
  for (const [re, score] of [[PERSON_COMMA, 0.75], [AFTER_PERSON, 0.8]] as const) {
    out.push(
      ...matchAll(re, text, (m) => {
        const g = m.indices![1] ?? m.indices![2];
        const n = +(m[1] ?? m[2]);
        return over89(n) && (m[2] !== undefined || personBefore(text, g[0]) || /(?:\p{Lu}\.){2,3}[ \t]*\([ \t]*$/u.test(text.slice(Math.max(0, g[0] - 12), g[0]))) ? { category: 'AGE', score, start: g[0], end: g[1] } : null;
      }),
    );
  }
  out.push(
    ...matchAll(GIVEN_NAME_AGE, text, (m) => {
      const f = vocabulary().flags(m[1].toLowerCase());
      return f & VOCAB_FLAGS.FIRST && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) ? { category: 'AGE', score: 0.75, start: m.indices![2][0], end: m.indices![2][1] } : null;
    }),
  );
  // The two phrasings below are rare: one cheap scan decides whether to look for them (it must
  // admit every verb PERSON_IS takes: "is", "was", "are", "were", "turned", "'s", "now", "will be", "'ll be").
  if (has(/(?:is|was|are|were|turn(?:ed|s)|'s|now|be|actually|really|about)[ \t]+["“]?(?:about[ \t]+)?(?:9\d|1[0-2]\d)(?!\d)/i, text)) {
    for (const a of numberAges(PERSON_IS, text, 0.8)) {
      out.push(a);
      // "SISTERS ARE 97 AND 99", "she is about 95 or 96": the second of two ages joined by "and" or "or".
      const next = /^[ \t]+(?:and|&|or)[ \t]+(\d{2,3})(?![\d.,]\d)/i.exec(text.slice(a.end, a.end + 12));
      if (next && over89(+next[1])) out.push({ category: 'AGE', score: 0.8, start: a.end + next[0].length - next[1].length, end: a.end + next[0].length });
    }
  }
  if (words) out.push(
    ...matchAll(WORDS_ANY, text, (m) => {
      const g = m.indices![1];
      return { category: 'AGE', score: 0.8, start: g[0], end: g[1], kind: 'words' };
    }),
  );
  // "ninety-five-year-old": the whole compound goes, so no convention leaves its number half written.
  out.push(
    ...matchAll(WORDS, text, (m) => {
      const tail = /^[\s-]+years?[\s-]+old/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      return wordsToNumber(m[1]) > 89 ? { category: 'AGE', score: 0.9, kind: 'words', end: m.index + m[0].length + (tail ? tail[0].length : 0) } : null;
    }),
  );
  if (out.length) out.push(...repeatedAges(text, out));
  return out;
}

// After a person's name: the bare age, with an optional nickname or given name in brackets or quotes between, closing the
// phrase or before a sex letter ("pt (edgardo) 93, fell", "McDonald, Dolores ("Lola") 92.", "Mabel Ng (96)", "KOWALCZYK 93 WF",
// "aurelio fuentes 95, actively dying", "PT ninety one M", a header row's next column "Pt: Earline Pruitt   98   Rm 44", a
// list's dashes "Wooten, Sallie - 94 - bath day", "TARDIFF, Elmer -- 96; guardianship"; a glued initial before brackets "Warren, F (93)";
// a relation between "Gladys Sanborn, wife, 92"; a table's or a list's columns: "| Gossett, Alma | 96 |", "Baptiste, Hélène [94]",
// "Vinson, Iola ......... 107 ... apt 12", "Abernathy, Lois      93    yes (self)", "Lorenzo Baca · 99 ·"), a birthday list's
// ordinal or remark ("Verla Hafen ...... 94th", "Wendell Frei ..... 90 (the big one!)", "Gubler ..... 99 -- one more year"); a
// decimal, a unit or a fraction after it makes it a reading.
const AGE_AFTER_NAME = /^[)"”]?(?:,[ \t]*\p{Lu}\.?(?=[ \t]*\())?(?:,[ \t]*(?:wife|husband|spouse|sister|brother|son|daughter|friend|neighbou?r)(?=[ \t]*,))?(?:[ \t]*(?:\([^()\n]{1,30}\)|["“][^"”\n]{1,20}["”]))?(?:[ \t]*,[ \t]*|[ \t]*[(\[|·][ \t]*|[ \t]*\.{2,}[ \t]*|[ \t]+(?:--|[-–—])[ \t]+|[ \t]+)((?:9\d|1[01]\d)(?:th|st|nd|rd)?)(?![\d.,]\d|[ \t]*(?:%|°|\/|-\d|x\b|mg|mcg|ml|cc|kg|lbs?|cm|mm|min|mins|minutes|sec|hrs?|hours|days|units?|bpm)|[ \t]*-?[ \t]*(?:years?|yrs?|y\.?o\.?|y\/o|yo)\b)(?=[ \t]*(?:[),.;:!?]|$|\n)|[ \t]+(?:since|but)\b|[ \t]*(?:[MFmf]|[WBH][MF]|y\/?o|yrs?)\b|[ \t]{2,}\S|[ \t]*[\]|·]|[ \t]+\.{2,}|[ \t]+(?:--|[-–—])[ \t]|[ \t]+\((?![ \t]*\d)|[ \t]+as[ \t]+of\b)/u;

/**
 * Ages of 90 and over right after a person's name found by any recognizer ("Mabel Ng (96)", "aurelio fuentes 95,",
 * "KOWALCZYK, FAITH ... 93 WF"): the names are known only once every recognizer and the tagger have run.
 *
 * @example
 * agesAfterNames('res Mabel Ng (96) back', [{ category: 'NAME', start: 4, end: 12, score: 0.8 }])[0].start; // 14
 */
export function agesAfterNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.category !== 'NAME' || c.kind === 'facility') continue;
    const couple = COUPLE_AFTER_NAME.exec(text.slice(c.end, c.end + 24));
    if (couple) for (const g of [1, 2]) out.push({ category: 'AGE', score: 0.7, start: c.end + couple.indices![g][0], end: c.end + couple.indices![g][1] });
    const m = AGE_AFTER_NAME.exec(text.slice(c.end, c.end + 48));
    if (!m || !over89(parseInt(m[1], 10))) continue;
    const start = c.end + m[0].length - m[1].length;
    // ("temp 96 f": a reading's label taken for a name is still the label.)
    if (READING_BEFORE.test(text.slice(Math.max(0, start - 24), start).split('\n').pop()!) || TEMP_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // ("772 ul. Narewska 94": a street named for a person, then its house number, inside an address found whole.)
    if (found.some((o) => o.category !== 'NAME' && o.start < start + m[1].length && (start < o.end || (o.start <= c.start && c.end <= o.end)))) continue;
    out.push({ category: 'AGE', score: 0.7, start, end: start + m[1].length });
  }
  return out;
}
