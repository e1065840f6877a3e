/**
 * Churches, chapels, temples and mosques named where families say they worship, marry and bury: a named congregation
 * ("New Hope M.B. Church", "LOTTS CREEK OLD REGULAR BAPTIST CHURCH", "Bethel AME Church"), a denomination after its name
 * ("her pastor from Second Baptist"), and a saint's or Our Lady's parish where the sentence is about church ("wedding at
 * st. josaphat", "FR. BOSAK FROM ST. JOHN THE BAPTIST", "walks to Our Lady of Guadalupe for mass"). A parish names the
 * neighbourhood it serves, so it identifies the family's place as a street would.
 *
 * @example
 * recognizeWorshipPlaces('deacon at New Hope M.B. Church'); // one LOCATION: "New Hope M.B. Church"
 */
import type { Candidate } from '../span.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { has, matchAll, matchesOf } from './util.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';

// A word of a congregation's name: capitalised, or lower case where the whole note is ("new hope m.b. church").
const NAME_WORD = String.raw`(?:\p{L}[\p{L}'’.-]*|\d{1,2}(?:st|nd|rd|th))`;
const HOUSE = 'church|chapel|cathedral|basilica|tabernacle|temple|synagogue|shul|mosque|masjid|ministries|kingdom[ \\t]+hall|meeting[ \\t]+house';
// "New Hope M.B. Church", "Church of the Nazarene" aside (no name of its own): one to five words before the house.
// ("Cherry Street Church of Christ", "Redeemed Christian Church of God", "Assembly of God": the house's own "of" name.)
const HOUSE_OF = String.raw`(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:christ|god|the[ \t]+nazarene|nazarene|jesus[ \t]+christ)(?:[ \t]+in[ \t]+christ)?(?![\p{L}]))?`;
// ("Holy Temple Church of God in Christ": a house word may name the next house, so the name runs on to the last one.)
const NAMED_HOUSE = new RegExp(String.raw`((?:${NAME_WORD}[ \t]+){1,5}?)(?:${HOUSE})(?:[ \t]+(?:${HOUSE}))?\b${HOUSE_OF}`, 'dgiu');
// A house whose word comes first: "Masjid An-Nur", "Wat Lao Buddharam", "Gurdwara Sahib of Des Moines", "Temple Beth El".
const HOUSE_FIRST = /\b(?:Masjid|MASJID|Wat|WAT|Gurdwara|GURDWARA|Temple(?=[ \t]+(?:Beth|B'nai|B’nai|Emanu|Israel|Sinai|Shalom|Tifereth|Sholom)\b))[ \t]+((?:[Aa][lnsdrt]-)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/dgu;
// Its cheap test (same flags, so it finds every house word the scan can end in): the scan tries one to five words
// before every word of the note, and most notes name no house of worship.
const HOUSE_WORD = new RegExp(HOUSE, 'iu');
// A congregation named after its church or cathedral: "AA at Church of the Intercession", "CHURCH OF THE HOLY SPIRIT",
// "Cathedral of the Holy Trinity". (Not a
// denomination so named: "Church of the Nazarene", "Church of God", "Church of Jesus Christ of Latter-day Saints".)
const CHURCH_OF = /\b(?:(?:Church|Cathedral|Basilica|Shrine)[ \t]+of(?:[ \t]+the)?[ \t]+(?!(?:Nazarene|God|Christ|Jesus|Latter|Brethren|Scientology|England|Ireland|Scotland)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?|(?:CHURCH|CATHEDRAL|BASILICA|SHRINE)[ \t]+OF(?:[ \t]+THE)?[ \t]+(?!(?:NAZARENE|GOD|CHRIST|JESUS|LATTER|BRETHREN|SCIENTOLOGY|ENGLAND|IRELAND|SCOTLAND)\b)\p{Lu}{2}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}{2}[\p{Lu}'’-]*)?)(?![\p{L}])/gu;
// "Second Baptist", "Ebenezer AME", "St. Paul Lutheran": a name, then its denomination (also after the pastor's name and a
// comma: "his pastor Rev C.L. Gaines, First Baptist on Lind St").
// (Only after a word of place: "Pt is Catholic", "Family identifies as Melkite Catholic" give a faith, not a congregation.)
const DENOMINATIONS = String.raw`(?:Congregational|CONGREGATIONAL|UCC|Unitarian|UNITARIAN|Adventist|ADVENTIST|Nazarene|NAZARENE|Baptist|BAPTIST|Methodist|METHODIST|Lutheran|LUTHERAN|Presbyterian|PRESBYTERIAN|Episcopal|EPISCOPAL|Pentecostal|PENTECOSTAL|AME|A\.M\.E\.|CME|COGIC|Catholic|CATHOLIC|Orthodox|ORTHODOX|Mennonite|MENNONITE|Brethren|BRETHREN|UMC|Christian|CHRISTIAN)`;
const DENOMINATION = new RegExp(String.raw`(?<=(?:\b(?:from|at|of|to|attends?|through|via|near|behind|FROM|AT|OF|TO|ATTENDS?|THROUGH|VIA|NEAR|BEHIND|From|At|Of|To|Attends?|Through|Via|Near|Behind)[ \t]+|\b(?:[Pp]astor|PASTOR|[Rr]ev|REV|[Rr]everend|REVEREND|[Mm]inister|MINISTER|[Pp]riest|PRIEST|[Ee]lder|ELDER)\b[^\n,;]{1,30},[ \t]*|\b(?:church|Church|CHURCH)(?:[ \t]+(?:is|IS))?(?:[ \t]*[,:-][ \t]*|[ \t]+)|\((?=[^)\n]{0,40}\)))(?:the[ \t]+|THE[ \t]+)?)((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}${DENOMINATIONS}(?:[ \t]+(?:of|OF)[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])(?![ \t]+(?:church|chapel|hospital|medical|health|home|hospice|university|college|school|Church|Chapel|Hospital|Medical|Health|Home|Hospice|University|College|School|CHURCH|CHAPEL|HOSPITAL|MEDICAL|HEALTH|HOME|HOSPICE|UNIVERSITY|COLLEGE|SCHOOL)\b)`, 'dgu');
// The same in a note charted in lower case, only where the sentence speaks of church ("pastor jim of first congregational",
// "their church (pittsford congregational)").
const LOWER_DENOMINATION = /(?<=(?:\b(?:from|at|of|to|attends?)[ \t]+|\()(?:the[ \t]+)?)((?:[\p{Ll}][\p{Ll}'’.-]*[ \t]+){1,3}(?:congregational|baptist|methodist|lutheran|presbyterian|episcopal|pentecostal|catholic|unitarian|adventist|nazarene|brethren|mennonite))(?![\p{L}'’-])(?![ \t]+(?:church|chapel|hospital|medical|health|home|hospice|university|college|school)\b)/dgu;
// Its cheap test (same flags; the scan puts a space or tab before the denomination): the scan reads back from every word
// after "from", "at", "of", "to", and most notes name no denomination.
const DENOMINATION_WORD = new RegExp(String.raw`[ \t]${DENOMINATIONS}`, 'u');
// A saint's parish ("st. josaphat", "ST. JOHN THE BAPTIST", "St. Anthony's", two saints' "Sts. Cyril & Methodius") or Our
// Lady's ("Our Lady Star of the Sea", "Our Lady Queen of Peace", "Mary Queen of La Vang"), Our Savior's, Holy and Sacred ones.
// (After a word of place or the start of a phrase: in "Royal St in the Marigny" the "St" is a street's.)
const PARISH = /(?=[sohim])(?<=(?:^|[\n(,;:]|\b(?:from|at|of|to|attends?|parish|is|for|in|the|called|contacted|notified|with|by|near|outside|behind|church|that)[ \t]+)[ \t]*)((?:sts?\.?|ss\.|saints?|ste\.?)[ \t]+\p{L}[\p{L}'’-]+(?:[ \t]+(?:&|and)[ \t]+\p{L}[\p{L}'’-]+|(?<!['’]s)[ \t]+(?!(?:the|of|and)[ \t])\p{L}[\p{L}'’-]+)?(?:[ \t]+(?:of[ \t]+the|the|of)[ \t]+\p{L}[\p{L}'’-]+)?|(?:our[ \t]+lady[ \t]+(?:(?:star|queen|help|gate|mother)[ \t]+)?|mary[ \t]+queen[ \t]+)of[ \t]+(?:the[ \t]+)?\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+)?|our[ \t]+(?:savior|saviour|redeemer|shepherd)(?:['’]s)?(?![\p{L}])|(?:holy|sacred|immaculate)[ \t]+\p{L}[\p{L}'’-]+(?:[ \t]+of[ \t]+\p{L}[\p{L}'’-]+)?)/dgiu;
// Its cheap test (same flags): what the scan's start must be, a saint's word after a space, a line break or a bracket
// ("first" and "1st" are none), Our Lady, or a holy, sacred or immaculate name.
const PARISH_WORD = /(?:^|[\n(,;: \t])(?:sts?\.?|ss\.|saints?|ste\.?)[ \t]+\p{L}|our[ \t]+(?:lady|savior|saviour|redeemer|shepherd)|mary[ \t]+queen|(?:holy|sacred|immaculate)[ \t]+\p{L}/iu;
// Words that name a faith or a virtue, not one congregation.
const FAITH_WORD = /^(?:baptist|methodist|lutheran|presbyterian|episcopal|pentecostal|catholic|orthodox|mennonite|brethren|christian|evangelical|missionary|free|will|freewill|hope|faith|peace|grace|love|unity|interfaith|hospital|transfiguration|resurrection|nativity|annunciation|assumption|ascension|trinity|the|our|their|his|her|a|an)$/i;
// Words before a denomination that name a branch of a faith, not one congregation ("Roman Catholic", "Southern Baptist").
const FAITH_BRANCH = /^(?:roman|greek|russian|ukrainian|coptic|southern|american|national|independent|reformed|united|primitive|conservative|reform|seventh-day|orthodox|evangelical|missionary|the|a|an|our|their|his|her)$/i;
// Saints a parish honours as a pair.
const SAINT_PAIR = /\b(?:cyril[ \t]+(?:and|&)[ \t]+methodius|peter[ \t]+(?:and|&)[ \t]+paul|philip[ \t]+(?:and|&)[ \t]+james|simon[ \t]+(?:and|&)[ \t]+jude|cosmas[ \t]+(?:and|&)[ \t]+damian|joachim[ \t]+(?:and|&)[ \t]+anne?)\b/i;
// The words that make a sentence about church: a saint's name elsewhere is a hospital, a device or a town.
const CHURCH_TALK = /\b(?:church|parish|altar|sodality|parishioners?|mass|communion|pastor|padre|priest|fr\.?|father|deacon|reverend|rev\.?|minister|preacher|congregation|wedding|funeral|feast|baptism|christening|choir|sunday|member|attends|worship|bulletin|rosary|novena|rectory)\b/i;
// A parish named for a mystery or a feast, where the sentence is about church: "a priest from Resurrection parish", "near
// the church - Visitation parish", "mass at Holy Name", "Fr. Gagnon from Prince of Peace".
// (The names first and the words before them looked at after: a scan that opens with a look behind starts at every character.)
const FEAST_PARISH = /(?=[RVAPNTEIHSBCMQGLD])(?<=\b(?:from|at|of|to|attends?|near)[ \t]+|[-–][ \t]*)((?:Resurrection|Visitation|Assumption|Annunciation|Nativity|Ascension|Transfiguration|Epiphany|Incarnation|Presentation|Holy[ \t]+(?:Name|Cross|Family|Trinity|Spirit|Rosary|Redeemer|Innocents|Angels|Ghost)|Sacred[ \t]+Heart|Precious[ \t]+Blood|Blessed[ \t]+Sacrament|Christ[ \t]+the[ \t]+King|Corpus[ \t]+Christi|Mother[ \t]+of[ \t]+(?:God|Sorrows|Perpetual[ \t]+Help)|Prince[ \t]+of[ \t]+Peace|Queen[ \t]+of[ \t]+(?:Peace|Angels|Apostles|Heaven|All[ \t]+Saints|the[ \t]+Universe)|Good[ \t]+Shepherd|(?:Church[ \t]+of[ \t]+the[ \t]+)?Little[ \t]+Flower|Divine[ \t]+(?:Mercy|Savior|Saviour|Word)|Infant[ \t]+Jesus)(?:[ \t]+(?:parish|church|Parish|Church))?)(?![\p{L}])/gdu;
// Saints' names that are devices, scores or hospitals' wards more often than parishes.
const NOT_A_PARISH = /^(?:st\.?|saint)[ \t]+(?:jude|john['’]s[ \t]+wort|louis[ \t]+encephalitis|vitus)\b/i;

/** The clauses around a match (80 characters before it, 60 after), where church talk makes a saint's name a parish. */
function clausesAround(text: string, start: number, length: number): string[] {
  return text.slice(Math.max(0, start - 80), start + length + 60).split(/[.;\n](?=[ \t]|$)/);
}

function cutFunctionWords(words: string): number {
  // "deacon at New Hope", "SDH AFTER FALL AT CHURCH": the name is what follows the last word that names nothing (a
  // function word, a word of church talk, a word ending its sentence); returns how many characters to skip.
  const parts = words.split(/([ \t]+)/);
  let skip = 0;
  let acc = 0;
  for (let i = 0; i < parts.length; i += 2) {
    acc += parts[i].length + (parts[i + 1]?.length ?? 0);
    const w = parts[i];
    if (FUNCTION_WORDS.has(w.toLowerCase()) || CHURCH_TALK.test(w) || /^(?:pt|pt's|patient|family|is|are|attend|attended|attending|joined|visits?|visited)$/i.test(w) || /[.,;:]$/.test(w) && !/^(?:\p{L}\.)+$/u.test(w)) skip = acc;
  }
  return skip;
}

// A congregation named by its own word first or a parish by the Virgin's letters: "Congregation Ohel Yaakov", "Temple
// Beth Shalom", "CONGREGATION OHAV TZEDEK", "near Visitation B.V.M.".
const CONGREGATION = /\b(?:(?:Congregation|CONGREGATION|Kehillat|KEHILLAT)[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]*){1,3}|(?:Temple|TEMPLE)[ \t]+(?:Beth|BETH|Emanu-?[Ee]l|EMANU-?EL|Sinai|SINAI|Israel|ISRAEL|Shalom|SHALOM)(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+B\.[ \t]?V\.[ \t]?M\.?)/gu;

/**
 * Find named congregations, denominations after a name, and parishes in sentences about church.
 *
 * @example
 * recognizeWorshipPlaces('pastor from Second Baptist').length; // 1
 */
export function recognizeWorshipPlaces(text: string): Candidate[] {
  if (!has(/church|chapel|cathedral|basilica|tabernacle|temple|synagogue|shul|mosque|masjid|wat\b|gurdwara|ministries|kingdom|meeting|congregational|ucc\b|unitarian|adventist|nazarene|baptist|methodist|lutheran|presbyterian|episcopal|pentecostal|ame\b|cme\b|cogic|catholic|orthodox|mennonite|brethren|sts?\.?[ \t]|ss\.[ \t]|saint|ste\.?[ \t]|lady|queen|savio|redeemer|shepherd|holy|sacred|immaculate|blessed|congregation|kehillat|b\.[ \t]?v\.[ \t]?m/i, text)) return [];
  const out: Candidate[] = [];
  if (has(/Masjid|MASJID|Wat|WAT|Gurdwara|GURDWARA|Temple/, text)) out.push(...matchAll(HOUSE_FIRST, text, () => ({ category: 'LOCATION', score: 0.7 })));
  if (has(/(?:Church|Cathedral|Basilica|Shrine)[ \t]+of|(?:CHURCH|CATHEDRAL|BASILICA|SHRINE)[ \t]+OF/, text)) out.push(...matchAll(CHURCH_OF, text, () => ({ category: 'LOCATION', score: 0.65 })));
  if (has(HOUSE_WORD, text)) {
    out.push(
      ...matchAll(NAMED_HOUSE, text, (m) => {
        const skip = cutFunctionWords(m[1]);
        const name = m[1].slice(skip).trim();
        // ("the Baptist church", "Hope and Faith Chapel" on level 2: a faith or a virtue names no congregation.)
        if (!name || name.split(/[ \t]+/).every((w) => FAITH_WORD.test(w))) return null;
        // ("visits Sundays after church", "Wednesdays before church": when and in what order, not the congregation's name.)
        if (/(?:^|[ \t])(?:after|before|during|every|each|to|at|from|in|on|for|with|by|until|then)(?:[ \t]|$)/.test(name) || /^(?:sun|mon|tues|wednes|thurs|fri|satur)days?(?:[ \t]|$)/i.test(name)) return null;
        // Lower-case names only where the sentence already speaks of church ("deacon at new hope m.b. church"), not "the
        // big church" or "went to church".
        const lower = !/\p{Lu}/u.test(name);
        const start = m.indices![1][0] + skip;
        if (lower && (name.split(/[ \t]+/).length < 2 || !CHURCH_TALK.test(text.slice(Math.max(0, start - 60), start)))) return null;
        if (!lower && !capsLine(text, m.index) && !/^\p{Lu}/u.test(name)) return null;
        return { category: 'LOCATION', score: 0.65, start, end: m.index + m[0].length };
      }),
    );
  }
  if (has(DENOMINATION_WORD, text)) {
    out.push(
      ...matchAll(DENOMINATION, text, (m) => {
        // (The function words are cut from the name before the denomination, not from its town: "First Presbyterian of Granville".)
        const head = m[1].replace(/[ \t]+(?:of|OF)[ \t]+\S+$/, '');
        // ("Our Redeemer Lutheran": a capitalised "Our" opens the congregation's name.)
        const cut = cutFunctionWords(head);
        const skip = /(?:^|[ \t])Our[ \t]+$/.test(head.slice(0, cut)) ? cut - /Our[ \t]+$/.exec(head.slice(0, cut))![0].length : cut;
        // ("Catholic (Roman Catholic)", "Southern Baptist": a faith, not a congregation.)
        // ("ST. JOHN THE BAPTIST" is a saint's parish, read whole by PARISH.)
        if (skip >= head.length || /[ \t](?:the|THE)[ \t]/.test(head) || head.slice(skip).split(/[ \t]+/).slice(0, -1).every((w) => FAITH_BRANCH.test(w))) return null;
        return { category: 'LOCATION', score: 0.6, start: m.indices![1][0] + skip, end: m.indices![1][1] };
      }),
    );
  }
  if (has(/congregational|baptist|methodist|lutheran|presbyterian|episcopal|pentecostal|catholic|unitarian|adventist|nazarene|brethren|mennonite/, text)) {
    out.push(
      ...matchAll(LOWER_DENOMINATION, text, (m) => {
        const skip = cutFunctionWords(m[1]);
        const start = m.indices![1][0] + skip;
        if (skip >= m[1].length || !CHURCH_TALK.test(text.slice(Math.max(0, start - 60), start))) return null;
        if (m[1].slice(skip).split(/[ \t]+/).slice(0, -1).every((w) => FAITH_BRANCH.test(w) || FAITH_WORD.test(w))) return null;
        return { category: 'LOCATION', score: 0.6, start, end: m.indices![1][1] };
      }),
    );
  }
  if (has(/Congregation|CONGREGATION|Kehillat|KEHILLAT|Temple|TEMPLE|B\.[ \t]?V\.[ \t]?M/, text)) {
    for (const m of matchesOf(CONGREGATION, text)) {
      // (In capitals every word looks like a name: "CONGREGATION VISITED" is the people; the name is no English word.)
      if (m[0] === m[0].toUpperCase() && /^CONGREGATION|^KEHILLAT/.test(m[0]) && m[0].split(/[ \t]+/).slice(1).some((w) => vocabulary().flags(w.toLowerCase()) & (F.COMMON | F.ENGLISH))) continue;
      const start = m.index ?? 0;
      const end = start + m[0].replace(/[ \t]+$/, '').length;
      out.push({ category: 'LOCATION', score: 0.65, start, end });
    }
  }
  if (has(PARISH_WORD, text)) {
    out.push(
      ...matchAll(PARISH, text, (m) => {
        const sentence = clausesAround(text, m.index, m[0].length);
        // (Our Lady and two saints after "SS." name a church wherever they are named: "LIVES UP FROM OUR LADY OF GOOD VOYAGE",
        // "GOES TO SS. PETER AND PAUL".)
        // (A saint with his title names his church too: "her friends from St. Peter the Apostle".)
        // (A saint's possessive is his church after a word of where: "lives two blocks from St. Casimir's".)
        const about =
          /^our[ \t]+lady|^ss\.[ \t]+\p{L}+[ \t]+(?:and|&)[ \t]|[ \t]the[ \t]+(?:apostle|evangelist|baptist|worker|martyr|divine)\b/iu.test(m[1]) ||
          (/^\S+[ \t]+\p{L}+['’]s$/u.test(m[1]) && /\b(?:from|near|behind|outside|by|across)[ \t]+$/i.test(text.slice(Math.max(0, m.indices![1][0] - 12), m.indices![1][0]))) ||
          sentence.some((s) => CHURCH_TALK.test(s.replace(m[0], '')));
        // ("Father Joseph Dinh of St. Jude's": after a priest's name the saint is his parish, not the device.)
        const priestBefore = /\b(?:father|fr\.?|pastor|priest|parish|church|mass)\b[^.;\n]{0,32}$/i.test(text.slice(Math.max(0, m.index - 48), m.indices![1][0]));
        const device = NOT_A_PARISH.exec(m[1]);
        if (!about || (device && !priestBefore)) return null;
        // (Such a saint's name is read alone: "father anselm at st jude told me".)
        if (device) return { category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][0] + device[0].length + (/^['’]s\b/.test(m[1].slice(device[0].length)) ? 2 : 0) };
        // ("Our Lady of Guadalupe for mass", "ST. ANTHONY'S IN FOX POINT": a function word after the name is not part of it.)
        // (Nor a lower-case word after a name in title case: "Our Lady of the Lake after the fall".)
        const tail = /(?:[ \t]+\p{L}+)$/u.exec(m[1]);
        const lowerAfterTitle = tail !== null && /^\p{Ll}/u.test(tail[0].trim()) && !/^(?:parish|church)$/.test(tail[0].trim()) && /^\p{Lu}/u.test(m[1]) && /[ \t]\p{Lu}/u.test(m[1].slice(0, m[1].length - tail[0].length));
        let end = tail && (FUNCTION_WORDS.has(tail[0].trim().toLowerCase()) || lowerAfterTitle) ? m.indices![1][1] - tail[0].length : m.indices![1][1];
        // ("Sts. Peter and Paul": "and" or "&" joins a second saint after "Sts." only; "st. josaphat and reception" ends.)
        const and = /[ \t]+(?:and|&)[ \t]/iu.exec(m[1]);
        // (Saints honoured as a pair name one parish after "St." too: "ST. CYRIL AND METHODIUS".)
        if (and && !/^(?:sts|saints|ss)\b/i.test(m[1]) && !SAINT_PAIR.test(m[1])) end = Math.min(end, m.indices![1][0] + and.index);
        // ("Our Lady of La Vang Mission", "Holy Family Chapel", "St. Matthew Ev. Lutheran", "St. Stanislaus Kostka parish": what
        // the parish is, written after its name, is part of it.)
        const kind = /^\.?[ \t]+(?:(?:Ev\.|Evangelical|EV\.|EVANGELICAL)[ \t]+)?(?:Mission|Church|Chapel|Parish|Shrine|Cathedral|Basilica|Lutheran|Catholic|Episcopal|Orthodox|MISSION|CHURCH|CHAPEL|PARISH|SHRINE|CATHEDRAL|BASILICA|LUTHERAN|CATHOLIC|EPISCOPAL|ORTHODOX|parish|church)(?![\p{L}])/u.exec(text.slice(end, end + 24));
        if (kind && end === m.indices![1][1]) end += kind[0].length;
        return { category: 'LOCATION', score: 0.6, start: m.indices![1][0], end };
      }),
    );
  }
  if (has(/Resurrection|Visitation|Assumption|Annunciation|Nativity|Ascension|Transfiguration|Epiphany|Incarnation|Presentation|Holy|Sacred|Precious|Blessed|Christ|Corpus|Mother of|Prince of|Queen of|Good Shepherd|Little Flower|Divine|Infant/, text)) {
    for (const m of matchesOf(FEAST_PARISH, text)) {
      const sentence = clausesAround(text, m.index ?? 0, m[0].length);
      if (/(?:parish|church)$/i.test(m[1]) || sentence.some((x) => CHURCH_TALK.test(x.replace(m[1], '')))) out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  return out;
}
