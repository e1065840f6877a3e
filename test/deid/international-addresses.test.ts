import { describe, expect, it } from 'vitest';
import { covered, touched } from './shape-helpers.js';
import { countryAtEnd, isCountry } from '../../sdk/deid/recognizers/countries.js';

describe('street addresses written abroad', () => {
  const cases: [string, string][] = [
    ['Patient lives on Kvernbergs gate 17 with her daughter.', 'Kvernbergs gate 17'],
    ['Referral letter from 812 Vahtra tee 4, Apt. 22, Tartu.', '812 Vahtra tee 4'],
    ['Home address: Sirelõie põik 9\n Apt. 3', 'Sirelõie põik 9'],
    ['Mother lives at Katrineholm and Rúa das Gaivotas 71.', 'Katrineholm and Rúa das Gaivotas 71'],
    ['Sister lives on Vrbanićeva 48 street in the old town.', 'Vrbanićeva 48'],
    ['He lives on the east side of Tomasso Bellucci 1182.', 'Tomasso Bellucci 1182'],
    ['He stays on Kallemo Vikström 63 with a friend.', 'Kallemo Vikström 63'],
    ['Pharmacy is at Zwanenbloem 19 St. near the station.', 'Zwanenbloem 19'],
    ['Forward the records to 3318 4410 Oakhurst Suite 12, Leeds.', '3318 4410 Oakhurst Suite 12'],
    ['Visitors enter on Av Moulay Driss 57 street.', 'Av Moulay Driss 57'],
    ['Records went to 7730 St. Brendan Street Suite 4, Galway, Ireland.', '7730 St. Brendan Street Suite 4, Galway, Ireland'],
    ['Daughter: 1204 Via Tolentino 8 12 Suite 6\nFerrara', '1204 Via Tolentino 8 12 Suite 6\nFerrara'],
    ['Referred from 55 Rue des Tilleuls 8 by her GP.', '55 Rue des Tilleuls 8'],
    ['Brother lives on Cumhuriyet Caddesi 41 in Bursa.', 'Cumhuriyet Caddesi 41'],
    ['Clinic at Ronda de Sant Pere 19, Girona.', 'Ronda de Sant Pere 19, Girona'],
    ['Son: Oranjesingel 7, Nijmegen', 'Oranjesingel 7, Nijmegen'],
  ];
  it('leaves the sentence word before a street name', () => {
    expect(touched('She lives on Cumhuriyet Caddesi 41.', 'lives on')).toEqual([]);
  });
  for (const [text, part] of cases) it(`finds "${part}"`, () => expect(covered(text, part)).toBe(true));
});

describe('street corners', () => {
  it('keeps a corner with abbreviation periods in one span', () => {
    const t = 'Found by EMS at the corner of ul. Lipowa 14 and Marsh Trail.';
    expect(covered(t, 'the corner of ul. Lipowa 14 and Marsh Trail')).toBe(true);
    const u = 'Picked up at the corner of Vasvári út 3. and Kestrel Loop St.';
    expect(covered(u, 'the corner of Vasvári út 3. and Kestrel Loop')).toBe(true);
  });
  it('does not run a corner across a sentence', () => {
    const t = 'Pain at the corner of the mouth. And swelling noted.';
    expect(touched(t, 'swelling')).toEqual([]);
  });
});

describe('address blocks', () => {
  it('follows lower-case towns and countries to the end of the line', () => {
    const t = 'send copies to 81 rua do mirante 5, aljezur, portugal.';
    expect(covered(t, '81 rua do mirante 5, aljezur, portugal')).toBe(true);
    const u = 'address: 22 ul. sadowa 6 apt. 4 stary sącz poland 33340';
    expect(covered(u, '22 ul. sadowa 6 apt. 4 stary sącz poland 33340')).toBe(true);
  });
  it('follows lower-case continuation lines that end in a postcode or a country', () => {
    const t = 'mail to: 14 rue maupas 9 apt. 3\nvevey, vd 18004';
    expect(covered(t, 'vevey, vd 18004')).toBe(true);
  });
  it('follows town lines with particles and a country in brackets', () => {
    const t = '31 Komenského 77\n Suite 4\n Lhota pod Horami\n Czech Republic 40112';
    expect(covered(t, '31 Komenského 77\n Suite 4\n Lhota pod Horami\n Czech Republic 40112')).toBe(true);
    const u = 'Clinic letter: 12 Οδός Ερμού 30, ΛΕΜΕΣΟΣ, Cyprus (Greek) 30521';
    expect(covered(u, '12 Οδός Ερμού 30, ΛΕΜΕΣΟΣ, Cyprus (Greek) 30521')).toBe(true);
  });
  it('reads the increment sign as a Greek delta inside a town', () => {
    const t = '4 Οδός Αθηνών 17\n Apt. 2\n ∆ΑΛΙ\n Cyprus 27001';
    expect(covered(t, '∆ΑΛΙ')).toBe(true);
  });
  it('finds flats and post boxes abroad', () => {
    expect(covered('Lives at Flat 2A, 31 Thornbury Road.', 'Flat 2A')).toBe(true);
    expect(covered('Write to Postbus 2210, Zwolle.', 'Postbus 2210')).toBe(true);
    expect(covered('Apartado 418, Faro', 'Apartado 418')).toBe(true);
  });
  it('leaves "flat" findings', () => {
    expect(touched('JVP flat 3 cm; affect flat 2/2; ECG flat 4 leads.', 'JVP flat 3 cm; affect flat 2/2; ECG flat 4 leads')).toEqual([]);
  });
  it('takes the delivery number written before a box', () => {
    expect(covered('Send to 4410 P.O. Box 93, Nuuk.', '4410 P.O. Box 93')).toBe(true);
    expect(covered('5521 Postbox 17\n Apt. 2\n Sisimiut', '5521 Postbox 17')).toBe(true);
  });
  it('does not take a sentence after a street into the block', () => {
    const t = 'Lives at 4 Rue Cler 12, an hour from here.';
    expect(touched(t, 'hour')).toEqual([]);
    expect(touched(t, 'an')).toEqual([]);
  });
});

describe('military addresses in any case', () => {
  it('finds lower-case APO/FPO/DPO lines and ship names', () => {
    expect(covered('unit 4471 box 802\ndpo ae 09412', 'unit 4471 box 802\ndpo ae 09412')).toBe(true);
    expect(covered('ship to uscgc bertholf\nfpo ap 96671', 'uscgc bertholf\nfpo ap 96671')).toBe(true);
  });
});

describe('postcodes of other countries', () => {
  const cases: [string, string][] = [
    ['Lives in Narvik 8514 with her son.', '8514'],
    ['Moved from Vila Nova de Cerveira 4920-275 last spring.', '4920-275'],
    ['Family is in Mölndal 431 37 for the summer.', '431 37'],
    ['Born in Aarhus C 8000 and raised abroad.', '8000'],
    ['Next of kin:\n Vuković 3\n Croatia 21000', '21000'],
    ['Home: 10 Downing Lane, London SW1A 2AA', 'SW1A 2AA'],
    ['Mailing: 24 Sussex Dr, Ottawa ON K1M 1M4', 'K1M 1M4'],
    ['Postcode: 3512 JE Utrecht', '3512 JE'],
  ];
  for (const [text, part] of cases) it(`finds "${part}"`, () => expect(covered(text, part)).toBe(true));

  const negatives: [string, string][] = [
    ['Pt from Bangor 1500 miles away.', '1500'],
    ['Seen in Boston 2019 for a second opinion.', '2019'],
    ['WBC in total 15000 today.', '15000'],
    ['Italy 1200 km by car.', '1200'],
    ['GCS 11 (E3V3M5), pupils equal.', 'E3V3M5'],
    ['Admitted to Bed 12, Room 4021 at 0300.', '0300'],
    ['Vent: AC 500 x 14, PEEP 5, FiO2 40%.', '500'],
    ['Given 2 x 500 mg at 2200.', '500'],
    ['BP 120/80 in clinic, page 3 of 5.', '120/80'],
  ];
  for (const [text, part] of negatives) it(`leaves "${part}" in "${text}"`, () => expect(touched(text, part)).toEqual([]));
});

describe('street-like phrases that are no address', () => {
  const negatives: [string, string][] = [
    ['Patient is on Keppra 500 bid and Lasix 40 daily.', 'Keppra 500'],
    ['Lives at home with wife; at Stage 3 CKD.', 'Stage 3'],
    ['Transferred from Ward 4 to ICU 2 on Day 3.', 'Day 3'],
    ['Established via an umbilical Hasson port. Two 5 mm ports placed.', 'umbilical'],
    ['Meet me at Gate 12 at 0900.', 'Gate 12'],
    ['Mom and Dad 2 visited.', 'Mom and Dad'],
  ];
  for (const [text, part] of negatives) it(`leaves "${part}"`, () => expect(touched(text, part)).toEqual([]));
});

describe('country names', () => {
  it('knows one- and multi-word countries in any case', () => {
    expect(isCountry('SOUTH AFRICA')).toBe(true);
    expect(isCountry('czech republic')).toBe(true);
    expect(isCountry('south')).toBe(false);
    expect(countryAtEnd('stary sącz, poland')).toBe('poland');
    expect(countryAtEnd('belfast, south africa')).toBe('south africa');
    expect(countryAtEnd('room twelve')).toBeNull();
  });
});
