/**
 * Shape families from the fifth round on real-style notes (data/deid/dev-real-style-5): each
 * example is our own, written for this test in the style of ward, ICU, allied-health and
 * administrative notes.
 */
import { describe, expect, it } from 'vitest';
import { districtsNextToPlaces } from '../../sdk/deid/recognizers/districts.js';
import { scaleScoreAfter } from '../../sdk/deid/medical-terms.js';
import { family, kept } from './shape-helpers.js';

family('ids: a letter prefix before numbered groups, labels without "#", values broken over a line', [
  ['claim # CLM 88-442-1901 denied; medicaid # MA 7720 4418 9', ['CLM 88-442-1901', 'MA 7720 4418 9']],
  ['insurance id: W 4471 2290 01; serial no SN 4X9-22071-B', ['W 4471 2290 01', 'SN 4X9-22071-B']],
  ['ref: ABX/22/0913. Workers comp claim WC26 118 4470.', ['ABX/22/0913', 'WC26 118 4470']],
  ['booking # LASD 6641872, trip # KTS-1188, employee # E-00418827.', ['LASD 6641872', 'KTS-1188', 'E-00418827']],
  ['Accession No.: S26-\n4432 sent; micro M26-ab4471 (sputum)', ['S26-\n4432', 'M26-ab4471']],
  ['Interpreter Quynh (ID INT-0447) for consent', ['INT-0447']],
]);

kept('ids: lower-case words after an id label are prose, not a prefix', [
  ['member id is on card; claim # was denied 4 times; serial no on box', ['is', 'was', 'on', 'box']],
]);

family('names: relation words in shorthand, plural and capitals, and names joined by "and"', [
  ['dtr faith called x2; wife june aware of plan', ['faith', 'june']],
  ['FAMILY (DAUGHTERS HOPE AND CHARITY) CALLED 2300', ['HOPE', 'CHARITY']],
  ['son & dil (mei and kiona) at bs thru eve', ['mei', 'kiona']],
  ['DAUGHTER GRACE AT BEDSIDE', ['GRACE']],
]);

kept('names: verbs and shorthand after relation words stay', [
  ['DTR WILL RETURN 5/16. his wife will call. SON ICU STAFF AWARE. daughters aware and agree.', ['WILL', 'will', 'ICU', 'aware']],
  ['PT FELL AT HOME. daughter in law at bedside.', ['FELL', 'law']],
]);

family('names: dash sign-offs and names before a credential after "by" / "and"', [
  ['works on almond farm. --kl/gm', ['kl', 'gm']],
  ['SW notified. --rt ambrose', ['ambrose']],
  ['BEST # ON FILE. --J. ST. PIERRE RN', ['J. ST. PIERRE']],
  ['HUNG 1310. VERIFIED BY HALE RN AND ADEBAYO RN. NO RXN.', ['HALE', 'ADEBAYO']],
]);

kept('names: a dash opening prose, credentials and pagers in a sign-off', [
  ['pt resting -- will reassess in am', ['will', 'reassess']],
  ['plan -- continue abx. verified by charge RN and primary RN', ['continue', 'charge', 'primary']],
  ['--T. Boateng, RRT  PG 7713. --Anjali Ramanathan, OTR/L', ['RRT', 'PG', 'OTR']],
]);

family('places: numbered and lettered streets in any case, highways, route boxes, the town after them', [
  ['PT LIVED AT 4417 34TH ST UNTIL JUNE', ['4417 34TH ST']],
  ["pt's home at 1207 w 8th st, erie, per EMS; ofc at 136-20 38th ave", ['1207 w 8th st', 'erie', '136-20 38th ave']],
  ['Pt lives at 2704 Avenue O. Dale at 1509 12th ave rd.', ['2704 Avenue O', '1509 12th ave rd']],
  ['dairy farm, 7718 State Route 12, with son; lives Route 4 Box 22', ['7718 State Route 12', 'Route 4 Box 22']],
  ['pt lives E Rosecrans Ave; off union rd', ['E Rosecrans Ave', 'union rd']],
]);

family('places: districts beside a town, towns after relation words, saints, features and counties', [
  ['FROM SOMERVILLE (UNION SQ). brother in toledo (old west end)', ['SOMERVILLE', 'UNION SQ', 'toledo', 'old west end']],
  ['PT IS FROM EL PASO, SUNSET HEIGHTS. PCP IN DORCHESTER (FIELDS CORNER).', ['EL PASO', 'SUNSET HEIGHTS', 'DORCHESTER', 'FIELDS CORNER']],
  ['dtr in providence aware; sister in Tacoma; son in pune called', ['providence', 'Tacoma', 'pune']],
  ['son (lives St. Cloud); fell at home in St. Johnsbury', ['St. Cloud', 'St. Johnsbury']],
  ['from Chestnut Hill; THEN HOME TO TELEGRAPH HILL; Lives in Ballard, Seattle', ['Chestnut Hill', 'TELEGRAPH HILL', 'Ballard']],
  ['from rural Oneida County; AT HOME IN GALWAY TWP', ['Oneida County', 'GALWAY TWP']],
]);

kept('places: counties, saints and brackets that name nothing', [
  ['in the county jail; same county as before; The County nurse visited', ['county', 'County']],
  ['lives in Quincy (home) with wife; from Boston, then home', ['home', 'then']],
]);

family('dates: "vs" between dates, a 4-digit clock time after, event words', [
  ['plan d/c home 12/30 vs 12/31; stepdown 7/3 vs 7/4', ['12/31', '7/4']],
  ["specimen rec'd 3/3 0410; type & screen exp 3/6; HUNG 1/12 1310", ['3/3', '3/6', '1/12']],
  ['transfer to ltc 2/2. Forms given 3/4.', ['2/2', '3/4']],
]);

kept('dates: settings and doses on either side of "vs" or before a volume stay', [
  ['PSV 10/5 vs 8/5 trial; BP 120/80 vs 110/70; strength 5/5 vs 4/5', ['10/5', '8/5', '110/70', '4/5']],
  ['given 1/2 tab; intake 1/2 1500 ml', ['1/2']],
]);

family('ages 90+: the birthday ordinal whole, "pt N!!", number words after "pt"', [
  ['celebrated 100th birthday Sept 3rd', ['100th']],
  ['pt is 103!! (dob on file); pt ninety two per daughter', ['103', 'ninety two']],
]);

kept('clinical words: scales before a score, countries, vaccines, devices', [
  ['Braden 12, Morse 45. Borg 3/10. Modified Ashworth 1+.', ['Braden', 'Morse', 'Borg', 'Ashworth']],
  ['instructed in Spanish and English; daughter lives in Germany', ['English', 'Germany']],
  ['Pneumovax 9/2018. Uses Rollator. Bronchs q4. 1. Rhabdo: IVF', ['Pneumovax', 'Rollator', 'Bronchs', 'Rhabdo']],
]);

describe('scale eponyms and districts, unit level', () => {
  it('takes a one- or two-digit score after a scale eponym, not a pager', () => {
    expect(scaleScoreAfter('Braden', ' 12, Morse 45')).toBe(true);
    expect(scaleScoreAfter('Borg', ' 3/10')).toBe(true);
    expect(scaleScoreAfter('Hunt', ' 4471')).toBe(false);
    expect(scaleScoreAfter('Smith', ' 12')).toBe(false);
  });
  it('reads a district only beside a found place', () => {
    const text = 'FROM SOMERVILLE (UNION SQ).';
    expect(districtsNextToPlaces(text, [])).toEqual([]);
    const found = districtsNextToPlaces(text, [{ category: 'LOCATION', start: 5, end: 15, score: 0.7 }]);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['UNION SQ']);
  });
});

kept('doses, orders and scores written like a street or a name stay', [
  ['pain 0/10 at rest 6/10 w/ turns. plan rpt hct 3/6 am. npo after mn for TEE 6/7.', ['rest', 'rpt', 'hct', 'TEE']],
  ['K 3.4 -> 40 KCL VIA NGT. Dakota in room 4 (also burned).', ['KCL', 'NGT', 'also', 'burned']],
  ['BIBA from home. Pain 8/10. Pacer wires. Angio 2/4 SFA. NO HOFFMANN. cx from OSH.', ['Pain', 'Pacer', 'Angio', 'HOFFMANN', 'OSH']],
]);

family('sixth and seventh rounds (dev-real-style-6, -7): initials, relatives in lists, ages beside names, towns after a bare "in"', [
  ['witnessed tl/mb. next check 0200', ['tl', 'mb']],
  ['plan rpt hct 1600.\nAM rn', ['AM']],
  ['Diabetes clinic 11/14.\n\nRT/mk\nD: 11/05/16  T: 11/06/16', ['RT', 'mk']],
  ['DISPO: STEPDOWN WHEN AMIO GTT OFF. -- MB/CR', ['MB', 'CR']],
  ["husband's number on file.\nm. delacroix rn/kb", ['m. delacroix', 'kb']],
  ['Present: husband Reuben, dtrs Clara & June.', ['Clara', 'June']],
  ['Wife Faith and brother-in-law Baker present. Son Bell and dtr-in-law Hunter here.', ['Faith', 'Baker', 'Bell', 'Hunter']],
  ['Husband Walt is 92 and also a pt. my mother Valentina is 91 now. resident is 93.', ['92', '91', '93']],
  ['(turns 94 next summer) with his wife Agnes (also 92). At 90 he remains active.', ['94', '92', '90']],
  ['two kids in Carver w/ ex-wife; daughter (nurse in Limerick)', ['Carver', 'Limerick']],
  ['table saw at work (Pruitt Cabinetry, Airway Heights); farm past Nine Mile Falls; trailer at Loon Lake', ['Airway Heights', 'Nine Mile Falls', 'Loon Lake']],
  ['lives on Birch Ln in nine mile falls; MVC on Route 3; farm off Hwy 27', ['nine mile falls', 'Route 3', 'Hwy 27']],
  ['lives w/ wife pearl in dorchester, savin hill. mz', ['dorchester', 'savin hill']],
]);

kept('sixth and seventh rounds: what must stay', [
  ['in NSR; in Trendelenburg; in ICU; in bed; in May', ['NSR', 'Trendelenburg', 'ICU', 'bed']],
  ['pt on Route to recovery; hwy patrol brought pt', ['Route', 'patrol']],
]);

family('sixth and seventh rounds: dates after an arrow with a clock time, a doctor or a longer s/p; ids in brackets; typists', [
  ['rpt cx 11/19 @ 0300 neg x2 -> 12/2 @ 0300 plan picc out', ['12/2']],
  ['F/U: Dr. Wisniewska 3/24; Dr. Kettleborough 4/4.', ['4/4']],
  ['pt POD 0 s/p lap chole converted to open 8/8. VSS.', ['8/8']],
  ['NOC NOTE NOV 21: UNEVENTFUL.', ['NOV 21']],
  ['NEBO (#47-2291) NOTIFIED; interpreter (lucia, #5518) used; receipt # V-20118', ['47-2291', '5518', 'V-20118']],
  ['docket 1907RO0331; cab driver (medallion 3391); Coroner notified (case 2026-1187)', ['1907RO0331', '3391', '2026-1187']],
  ['I. Solheim / jt   D: 01/14/2015', ['jt']],
  ['A. Penhaligon MD  ck', ['ck']],
]);

kept('sixth and seventh rounds: durations after a doctor stay', [
  ['cardiologist Dr. Feeney 1-2 wks, PCP Dr. Oyelaran.', ['1-2']],
]);

family('eighth round (dev-real-style-8): house numbers before everyday street words, ZIPs in any case, districts, ages beside names', [
  ['family lives 10215 beechnut st, houston 77072. pt goes', ['10215 beechnut st', 'houston', '77072']],
  ['PT LIVES MAGNOLIA PARK, 77011. at 2211 s. shepherd dr, montrose.', ['MAGNOLIA PARK', '77011', '2211 s. shepherd dr', 'montrose']],
  ['Pt lives alone in Fifth Ward; placed at Rosewood Care (Deer Park); ALL LIVE SUGAR LAND', ['Fifth Ward', 'Deer Park', 'SUGAR LAND']],
  ['cousin in spring branch this month; grandson visits from kashmere gardens', ['spring branch', 'kashmere gardens']],
  ["pt 88 yo? no- chart says 93. PT'S WIFE ABEBECH (90 HERSELF)", ['93', '90']],
  ["brother says pt's dad was 101 when he died. pt is 99 & sharp. she will be 100 on the 23rd", ['101', '99', '100']],
  ['Wife Pham Thi Nga 93 at bs. Mr. Oyelaran Adekunle (90, DOB on file). Age: ninety-one', ['93', '90', 'ninety-one']],
  ['TRANSFER NOTE pt haile mariam, tsion 91f. intubated', ['91']],
]);

kept('eighth round: what must stay', [
  ['to see dr tomorrow; 2 per dr; Dr. Park saw pt; sats 92 on 2L; temp 99.1f', ['see', 'per', 'sats', '99.1f']],
]);

family("the patient's name in a header field or before the age and sex, in any origin, order and case", [
  ['PM NOTE 1500-2300 PT (MARIA DE LOS ANGELES ZUNIGA, 97F) ALERT', ['MARIA DE LOS ANGELES ZUNIGA']],
  ['Pt Ogunleye, Babatunde A 97M. Remains DNR/DNI', ['Ogunleye, Babatunde A']],
  ['PT: Do, Quang 93M   their MRN on file', ['Do, Quang']],
  ['Patient: Al-Hashimi, Layla bint Saeed   Age: 90', ['Al-Hashimi, Layla bint Saeed']],
  ['pt santos, evangelina "vangie" 94F adm 8/5; pt haile mariam, tsion 91f. intubated', ['santos, evangelina "vangie"', 'haile mariam, tsion']],
  ['Patient: TRUONG, KIM LIEN  MRN: 5178830', ['TRUONG, KIM LIEN']],
]);

kept('patient lines: sentences before an age and sex stay', [
  ['pt with CHF 94M; PT IS 94F, CONFUSED; pt s/p fall 92M; pt resting 97F; HEAD CT NEG. PT X 94M. FALL RISK', ['CHF', 'IS', 'fall', 'resting', 'FALL']],
]);

family('ninth round (dev-real-style-9): staff named after a role in lower case, a name spelling a lab before an initial', [
  ['pressure injury stage 2 - wound rn delacroix to see. husband slept in', ['delacroix']],
  ['jp amylase sent.\nana p rn', ['ana p']],
  ['given to CM.\nAna P. RN', ['Ana P.']],
]);

kept('ninth round: verbs after a role stay', [
  ['rn aware; md notified; rn to see; ho paged', ['aware', 'notified', 'see', 'paged']],
]);

family('ninth round: clock times before dates, event headers, relatives with ages, titles before lower-case names, typists after a slash', [
  ['EVENTS: PT SELF EXTUBATED @ 0420 4/5, ON 6L NC. Pt died peacefully 1712 3/6 w/ family', ['4/5', '3/6']],
  ['npn 1/10 nights. uneventful. Events 3/6: neuro exam. SSEP 3/6 absent', ['1/10', '3/6']],
  ["Husband asks about pt's mother, 91, who lives with them. mr demir (90) slept well.", ['91', '90']],
  ['neighbor ms. pearl washington checks on her', ['pearl washington']],
  ['Dictated by K. Broussard/jw  D:6/22/26', ['jw']],
  ['PHAM VAN DUC 96M. PRES: sepsis; Plan d/c to Wellesley Hills Skilled Nursing', ['PHAM VAN DUC', 'Wellesley Hills']],
  ['per wife pt lives in FRAMINGHAM at home; dtr called from home in dorset village', ['FRAMINGHAM', 'dorset village']],
]);

kept('ninth round: what must stay', [
  ['Summary 94M pending. Framingham criteria met. Tel (231)555-0160', ['Summary', 'Framingham', 'Tel']],
  ['UO 1200 ml 3/4 strength', ['3/4']],
]);

family('streets with no suffix before a town, lettered avenues without a number, towns no gazetteer lists after "lives in"', [
  ['family address 906 Wilcrest, Alief. dtr at 5602 Bellfort, houston.', ['906 Wilcrest', 'Alief', '5602 Bellfort', 'houston']],
  ['pt worked at the ship channel 40 yrs, lived on avenue L.', ['avenue L']],
  ['pt lives in Spangle w/ husband earl', ['Spangle']],
]);

kept('a capitalised word after "from" that is an organisation, a dose before a comma', [
  ['Auth obtained from Tufts Medicare Preferred. increase to 40 Lasix, then reassess', ['Tufts', 'Lasix']],
]);

family('signers with several credentials, a name closing the note on its own line, "asked to be called"', [
  ['visit 11/8.\np. delacroix rn cwocn', ['p. delacroix']],
  ['plan: snf w/ ot 5x/wk.\njules m., otr/l', ['jules m.']],
  ['PLAN TX FLOOR 5/24.\nFAITH O', ['FAITH O']],
  ['ms marchetti - asked to be called pippa. uo 2.4 l.', ['pippa']],
]);

kept('a closing line that is prose stays', [
  ['Plan as above.\nWill follow', ['Will', 'follow']],
  ['visit 11/8.\np. delacroix rn cwocn', ['cwocn']],
]);

family('numbers after a role and a hash, more feature places, compound compass districts', [
  ['PT SIGNED W/ SPANISH INTERPRETER ARMANDO #11872. interp: hassan nur, staff #40872; bagged w/ security #5573', ['11872', '40872', '5573']],
  ['lives alone in Browne\'s Addition; from Segundo Barrio; MANNY IN WOODS HOLE; PARTY AT CHESTNUT HILL REHAB', ["Browne's Addition", 'Segundo Barrio', 'WOODS HOLE', 'CHESTNUT HILL']],
  ['called Masjid Al-Noor, in Southwest Houston, for the family', ['Southwest Houston']],
]);
