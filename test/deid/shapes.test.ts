import { describe, expect, it } from 'vitest';
import { covered, family, kept, removed } from './shape-helpers.js';

family('dates without a year, month/two-digit year, glued labels, lists, weekday ordinals, partial ISO', [
  ['No BM since 7/22. Plan: TRANS TO GH 7/23 if bed.', ['7/22', '7/23']],
  ['CXR 8/14: improving RLL infiltrate. Extubated 9/30 @ 1400.', ['8/14', '9/30']],
  ['s/p CABG (3/80), AVR 11/97, quit smoking 1/71', ['3/80', '11/97', '1/71']],
  ['D:07/20/83 T:07/21/83 dictated', ['07/20/83', '07/21/83']],
  ['BC drawn 7/22, 23 and 24, all negative', ['7/22', '23', '24']],
  ['Family meeting Tuesday the 14th with the team; repeat on Friday the 2nd.', ['Tuesday the 14th', 'Friday the 2nd']],
  ['Wife died 2018-11 after a long illness; seen last 2021-04.', ['2018-11', '2021-04']],
  ['Wt 61.2 kg (12/4), down from 64 kg (11/20).', ['12/4', '11/20']],
  ['ED PROVIDER NOTE\nSat 11/30 23:14\nCC: fall', ['Sat 11/30']],
  ['appt made for 2/10 9:20 AM with cardiology', ['2/10']],
  ['Phone note 4-22: spoke with wife', ['4-22']],
  ['last seen Feb 14th \'23 and again last July', ["Feb 14th '23", 'last July']],
]);

kept('ratios, doses, fractions, scores and machine settings stay', [
  ['BP 120/80, HR 88. PSV 5/5 trial, then back to A/C 600 x 12, PEEP 5.', ['120/80', '5/5', '600 x 12', 'PEEP 5']],
  ['IVF 1/2NS @ 75. Give 1/2 tab of lorazepam.', ['1/2NS', '1/2 tab']],
  ['Strength 5/5 bilat UE, 4/5 LLE. TOF 2/4. Pain 4/10. 2/6 SEM at LUSB.', ['5/5', '4/5', '2/4', '4/10', '2/6']],
  ['BiPAP 12/5 40% overnight, now on AC 500/16/+5/40%. ABG 7.38/42/98.', ['12/5', '500/16/+5/40', '7.38/42/98']],
  ['sats 100% on 2L, sats now 100%, 1st step mattress, 2nd IV placed.', ['100', '1st step mattress', '2nd']],
  ['Shift 0700-1900; UO 100-1200 cc over the shift.', ['0700-1900', '100-1200']],
]);

family('names in capitals with no cue, "Last,First", titles without a period, relations, initials, credentials', [
  ['SUSAN CALLED FROM WORK, WILL VISIT TONIGHT.', ['SUSAN']],
  ['PT: OROZCO,KYLE   RN: DAN A. FORMAN-LYONS, RRT', ['OROZCO', 'KYLE', 'DAN A. FORMAN-LYONS']],
  ['UPDATED BY DR LALLY AT BEDSIDE.', ['LALLY']],
  ['spoke w/ dr healey and mr nicholson re: plan', ['healey', 'nicholson']],
  ['dtr suzette called. husband milovan in to visit. DAUGHTER PHILOMENA ON PHONE.', ['suzette', 'milovan', 'PHILOMENA']],
  ['Sister Ljiljana and her son Bartholomew at bedside.', ['Ljiljana', 'Bartholomew']],
  ['Note by E. WELSH, RN. Resp: q. lander rrt. Attending ROBERT V. in at 0900.', ['E. WELSH', 'q. lander', 'ROBERT V.']],
  ['sbt done, tolerated well. lander rrt', ['lander']],
  ['Patient Aurelio Bianchi remains on the vent. Pham Thi Lan (94 F) is alert.', ['Aurelio Bianchi', 'Pham Thi Lan']],
  ['Next of kin: Wojciechowski, Stanisław (son).', ['Wojciechowski, Stanisław']],
  ['Will try again tomorrow. -KR', ['KR']],
]);

family('places after lives in / from / moved to / transferred from, in any case; international streets', [
  ['PT LIVING IN ROME WITH HER SON, TRANSFERRED FROM CATONSVILLE.', ['ROME', 'CATONSVILLE']],
  ['lives in catonsville w/ husband; moved to ellicott city last year', ['catonsville', 'ellicott city']],
  ['Daughter called from Quebec City; son lives in Bel Air.', ['Quebec', 'Bel Air']],
  ['Address: 42 Rue Saint-Paul, Apt 3', ['42 Rue Saint-Paul, Apt 3']],
  ['She lives at 86036 Rua do Arenque 1634, Goiânia.', ['86036 Rua do Arenque 1634']],
  ['Send it to 28245 Puruntie 82 Apt. 595', ['28245 Puruntie 82 Apt. 595']],
  ['evicted from her apartment on north ave, now staying in highlandtown', ['north ave', 'highlandtown']],
]);

family('phones, pagers and local numbers', [
  ['Page me: PG 33445, or pager 4471.', ['33445', '4471']],
  ['HCP is son (HOME-410 671-9309).', ['410 671-9309']],
  ['Call daughter at 201/324/1423 or 212- 476- 8356.', ['201/324/1423', '212- 476- 8356']],
  ['Front desk 555-0102, ext x4471.', ['555-0102', '4471']],
  ['Son in Madrid: +34 612 55 01 87; UK mobile 07700 063 966.', ['+34 612 55 01 87', '07700 063 966']],
]);

family('ages 90 and over', [
  ['Pham Thi Lan (94 F), alert.', ['94']],
  ['94 yo woman, afib. 91F on levothyroxine. Brief: 96M w/ COPD.', ['94', '91', '96']],
  ['A ninety-three-year-old man with pneumonia.', ['ninety-three']],
  ['Her husband Sven (96) is at another hospital.', ['96']],
]);

family('identifiers with letters and hyphens, licence plates', [
  ['Image IMG-88231-DERM uploaded; remote monitor MC-44019-XT.', ['IMG-88231-DERM', 'MC-44019-XT']],
  ['Car registered VT 7KX-229, towed.', ['VT 7KX-229']],
  ['interpreter (ID 4471) used', ['4471']],
]);

kept('clinical words that look like names or places stay', [
  ['AM LABS pending. Resp Care aware. HOME meds reconciled. REHAB screen. CARE plan updated.', ['AM', 'LABS', 'Resp', 'Care', 'HOME', 'REHAB', 'CARE']],
  ['Cont to monitor. Neo gtt weaned. Pts family updated.', ['Cont', 'Neo', 'Pts']],
  ['MS. difficult to assess while sedated.', ['MS']],
  ['Quinton catheter R IJ for CVVH; Hickman line flushed.', ['Quinton', 'Hickman']],
  ['Pt is African American. Framingham risk score not used.', ['African', 'American', 'Framingham']],
  ['Hunt Hess 3, Braden score 14, GCS 11; Romberg negative.', ['Hunt', 'Hess', 'Braden', 'Romberg']],
  ['Family hx of Hashimoto thyroiditis and Parkinson\'s disease.', ['Hashimoto', 'Parkinson']],
  ['NSTEMI, TIMI risk score 4. ADHF, NYHA class III-IV.', ['TIMI', 'ADHF', 'III', 'IV']],
]);

describe('presets', () => {
  it('balanced asks for evidence before removing an unknown capitalised word', () => {
    const text = 'Zyxtrel noted on the chart.';
    expect(removed(text, 'recall')).toEqual(['Zyxtrel']);
    expect(removed(text, 'balanced')).toEqual([]);
  });
  it('both presets remove dictionary names and cued names', () => {
    for (const preset of ['recall', 'balanced'] as const) {
      expect(covered('husband milovan in to visit, dtr Philomena called', 'milovan', preset)).toBe(true);
      expect(covered('husband milovan in to visit, dtr Philomena called', 'Philomena', preset)).toBe(true);
    }
  });
});
