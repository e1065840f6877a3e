/**
 * Shapes from stop 50's development work on notes typed all in lower case: what a found place is after it (a works, a
 * hatchery, a cemetery), homes, malls and houses of worship by their kind, chains placed by a street or town, and numbered
 * veterans' posts. Each example is our own, written for this test.
 */
import { describe, expect, it } from 'vitest';
import { lowerKindAfter } from '../../sdk/deid/recognizers/lower-institutions.js';
import { spanishNote } from '../../sdk/deid/spanish-words.js';
import { family, kept } from './shape-helpers.js';

family('what a place found in lower case is, after it', [
  ['dad works 3rd shift at the wapakoneta tube works, home by 7, helps with the baby', ['wapakoneta tube works']],
  ['pt cuts chickens at the lewes poultry hatchery, hands raw, gloves given and lotion', ['lewes poultry hatchery']],
  ['laid off from the kutztown logistics warehouse in march, no insurance since then', ['kutztown logistics warehouse']],
  ['her husband is buried at st. wenceslaus cemetery, she visits him every sunday', ['wenceslaus cemetery']],
  ['he is at the bucks county prison till his hearing, mom asked us to mail the letter', ['bucks county prison']],
]);

family('places in lower case: group and funeral homes, malls and houses of worship by their kind', [
  ['aide from the maple court group home came with him, brought the mar and his inhaler', ['maple court group home']],
  ['family picked kowalczyk & daughters funeral home, release signed by the son at 1400', ['kowalczyk & daughters funeral home']],
  ['she walks laps at the wyomissing mall most mornings with her sister, no falls', ['wyomissing mall']],
  ['the monk from wat lao buddharam temple came to chant, family grateful, pt peaceful', ['buddharam temple']],
]);

family('chains, posts and mosques in lower-case notes', [
  ['she buys her cigs at the marathon on 5th st every morning before the bus comes', ['marathon']],
  ['met her outside the bob evans on route 7, she had not eaten since yesterday', ['bob evans']],
  ['stays away from the legion post 88 bar where he used to drink, 60 days sober', ['legion post 88']],
  ['the imam from masjid ar-rahman called the unit, family wants him to visit at 5', ['masjid ar-rahman']],
]);

kept('not places: kinds of homes, clubs and malls, a verb after a town, and the ankle', [
  ['she was placed in an adult group home last year and likes the staff there fine', ['adult group home']],
  ['goes to her bridge club on tuesdays and church on sundays, sharp, no memory issues', ['bridge club']],
  ['swelling lat mall and med mall r ankle after a twist on the stairs, can bear weight', ['lat mall', 'med mall']],
  ['masjid on friday is where he sees his friends, he has not been for 2 wks now', ['masjid on']],
]);

describe('lowerKindAfter', () => {
  it('ends a place at what it is, with its name words between, and only in a lower-case note', () => {
    const text = 'pt works at the delmarva chick hatchery per wife, ran out of his keppra friday';
    expect(lowerKindAfter(text, text.indexOf(' chick'))).toBe(text.indexOf(' per'));
    expect(lowerKindAfter('Pt works at the Delmarva chick hatchery per wife. He ran out of his Keppra Friday.', 24)).toBe(-1);
    const verb = 'lives in dover works nights at the port, no pcp, uses the ed for everything';
    expect(lowerKindAfter(verb, verb.indexOf(' works'))).toBe(-1);
  });
});

kept('not streets or names in capitals: readings, measures and what a relative did', [
  ['VS: BP 132/84 HR 88 RR 18 SPO2 97 BGL 212 ON ARRIVAL, PT ALERT AND TALKING', ['97 BGL 212']],
  ['12 LEAD: PR 172 QRS 88 QTC 452, NSR, NO STE. TRANSMITTED TO RECEIVING', ['172 QRS 88']],
  ['EXAM: 3 CM LAC DORSAL HAND, BLEEDING CONTROLLED WITH PRESSURE DRESSING', ['3 CM LAC DORSAL']],
  ['GAVE 1 L NS EN ROUTE WIDE OPEN, BP IMPROVED TO 104/62 ON ARRIVAL AT ED', ['1 L NS EN ROUTE']],
  ['DISP 0212 / ENRT 0214 / ONSC 0229 / TRANS 0247 / ARR 0305. CREW OF TWO', ['DISP', 'ENRT', 'ONSC']],
  ['INTUBATED 2ND ATTEMPT, ETCO2 36 WITH GOOD WAVEFORM, AGONAL RESPS BEFORE', ['ETCO']],
  ['PER PT, HUSBAND STRUCK HER TWICE WITH A BELT; SISTER DROVE HER IN TONIGHT', ['STRUCK', 'DROVE']],
  ['en route with grandma riding up front and mother holding the baby on her lap', ['riding', 'holding']],
]);

family('places on the title line of a lower-case visit or outreach log, and a town before its state in brackets', [
  ['street outreach 2/11/2021 -- zanesville\nbridge camp: 3 tents, all ok, handed out 12 narcan kits and socks. cold tonight.', ['zanesville']],
  ['chw home visit - upper sandusky\nmrs k not home, left a card in the door. will try again thurs after her dialysis.', ['upper sandusky']],
  ['peer contact, near westside\nmet at the usual spot by the bus shelter, 40 days clean, wants a job at the warehouse.', ['near westside']],
  ['talked w/ her sister (fort wayne in) on speaker, she can take the kids for the weekend if the judge ok. plan: call back tues', ['fort wayne']],
]);

kept('not places: a title line\'s kind and time, a clinic\'s op note', [
  ['harm reduction outreach -- evening shift\nvan parked on the usual block, 22 contacts, syringes out 300 in 180. quiet night.', ['evening shift']],
  ['op note -- phaco/iol od\nuncomplicated, iol in the bag, wound watertight, pt to pacu in good condition, f/u tomorrow.', ['phaco']],
]);

family('surnames of everyday words after a given name', [
  ['3. delphine white buffalo, 79, house 14 west cluster. has wood, water low, left 2 jugs.', ['delphine white buffalo']],
  ['Escorted by CHR Marlon Many Horses to the clinic; daughter following in her car.', ['Marlon Many Horses']],
  ['GRANDSON DUANE RUNNING CROW AT BEDSIDE, WILL STAY THE NIGHT. PT RESTING.', ['DUANE RUNNING CROW']],
  ['Her aunt Rita Walks In Water drove her from Lodge Grass this morning.', ['Rita Walks In Water']],
]);

kept('not surnames: what happened to the person named', [
  ['brother marcus big dog bite to the left calf yesterday, cleaned and dressed, tdap up to date', ['dog bite']],
]);

family('lower-case towns before their state, routes standing alone, and suppliers and congregations by their kind', [
  ['pt dessie mae bolling, 79, coeburn va, up guest river rd. chf, wt up 3 lb since tues, lasix increased.', ['coeburn']],
  ['lives in the old camp houses at jenkins ky, 2 miles past the tipple. grandson stays nights w/ her.', ['jenkins']],
  ['home is off rt 119 past the old company store, gravel drive, dogs loose, call ahead before visit.', ['rt 119']],
  ['wheelchair and commode ordered from cumberland valley dme, delivery thurs per the driver on the phone.', ['cumberland valley dme']],
  ['refills sent to whitesburg drug, granddaughter picks up after work on fridays, pill box filled today.', ['whitesburg drug']],
  ['member of the thornton old regular baptist 50 yrs, elders came to pray and sing at the bedside.', ['thornton old regular baptist']],
]);

kept('not towns, routes or suppliers: charting before a state code, rhythms, years, ultrasound, street drugs', [
  ['npo since mn for cath in am, consent signed, iv 20g l hand, o2 2 lpm nc, sats 95%, resting in bed now.', ['since', 'lpm']],
  ['TELE: SR 70S, NO ECTOPY. SR 80s overnight with one run of SVT, asymptomatic, MD aware, lytes ok.', ['SR 70S', 'SR 80s']],
  ['moved to the US 2009 from guatemala with his uncle, works at a dairy, no pcp before this visit.', ['US 2009']],
  ['recommend foley and repeat US. 2) medical renal disease, follow cr in am, nephro aware of plan.', ['US. 2']],
  ['denies street drug use, no iv drug use, drinks 2-3 beers on weekends, quit smoking 2019, no vaping.', ['street drug']],
]);

kept('not names: everyday Spanish in a note written in Spanish', [
  ['visita 3/2: la sra vive con su esposo y la nieta, no toma la metformina porque le da diarrea, azucar en ayunas 180', ['toma la', 'ayunas']],
  ['llamó la hija, dice que su mamá está mejor hoy, pero tiene dolor en el pie izquierdo, cita el martes con la doctora', ['pie izquierdo', 'dice que']],
]);

describe('spanishNote', () => {
  it('tells a note in Spanish from one in English with a Spanish name in it', () => {
    expect(spanishNote('vive con esposo y la nieta, hija viene los fines, no toma la metformina por la diarrea')).toBe(true);
    expect(spanishNote('Mrs. Maria de la Cruz lives with her daughter in Las Cruces; no falls, walks with a cane.')).toBe(false);
  });
});
