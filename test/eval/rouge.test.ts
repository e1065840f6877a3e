import { describe, expect, it } from 'vitest';
import { lcsLength, porterStem, rouge, rougeTokenize } from '../../sdk/eval/index.js';

// Expected values: google-research/rouge, rouge/rouge_scorer_test.py ("ground truth" scores there
// come from manual runs of the official ROUGE-1.5.5 perl script). The two lines below are the
// first two lines of rouge/testdata/target.txt and rouge/testdata/prediction.txt (Apache-2.0).
const TARGETS = [
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L",
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN",
];
const PREDICTIONS = [
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi",
  'n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB\'wH\'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD',
];

describe('ROUGE (rouge-score semantics)', () => {
  it('matches rouge_scorer_test.py small cases', () => {
    // testRouge1
    const r1 = rouge('testing one two', 'testing').rouge1;
    expect(r1.precision).toBeCloseTo(1, 10);
    expect(r1.recall).toBeCloseTo(1 / 3, 10);
    expect(r1.fmeasure).toBeCloseTo(1 / 2, 10);
    // testRouge2
    const r2 = rouge('testing one two', 'testing one').rouge2;
    expect([r2.precision, r2.recall, r2.fmeasure].map((x) => +x.toFixed(10))).toEqual([1, 0.5, +(2 / 3).toFixed(10)]);
    // testRougeLConsecutive / testRougeLNonConsecutive
    for (const pred of ['testing one', 'testing two']) {
      const l = rouge('testing one two', pred).rougeL;
      expect(l.precision).toBeCloseTo(1, 10);
      expect(l.recall).toBeCloseTo(2 / 3, 10);
      expect(l.fmeasure).toBeCloseTo(4 / 5, 10);
    }
    // testRougeEmpty
    const e = rouge('testing one two', '');
    for (const k of ['rouge1', 'rouge2', 'rougeL'] as const) expect(e[k]).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('matches ROUGE-1.5.5 values without stemming (testRouge{1,2,L}AgainstRouge155)', () => {
    const expected = [
      { r1: [0.40741, 0.6875, 0.51163], r2: [0.30769, 0.53333, 0.39024], rl: [0.40741, 0.6875, 0.51163] },
      { r1: [0.40476, 0.65385, 0.5], r2: [0.29268, 0.48, 0.36364], rl: [0.40476, 0.65385, 0.5] },
    ];
    TARGETS.forEach((t, i) => {
      const s = rouge(t, PREDICTIONS[i]);
      const got = (x: { recall: number; precision: number; fmeasure: number }) => [x.recall, x.precision, x.fmeasure];
      got(s.rouge1).forEach((v, j) => expect(v).toBeCloseTo(expected[i].r1[j], 5));
      got(s.rouge2).forEach((v, j) => expect(v).toBeCloseTo(expected[i].r2[j], 5));
      got(s.rougeL).forEach((v, j) => expect(v).toBeCloseTo(expected[i].rl[j], 5));
    });
  });

  it('matches ROUGE-1.5.5 values with the Porter stemmer (testRouge{1,2}AgainstRouge155WithStemming)', () => {
    const s0 = rouge(TARGETS[0], PREDICTIONS[0], { stem: true });
    expect([s0.rouge1.recall, s0.rouge1.precision, s0.rouge1.fmeasure].map((x) => +x.toFixed(5))).toEqual([0.40741, 0.6875, 0.51163]);
    const s1 = rouge(TARGETS[1], PREDICTIONS[1], { stem: true });
    expect([s1.rouge1.recall, s1.rouge1.precision, s1.rouge1.fmeasure].map((x) => +x.toFixed(5))).toEqual([0.42857, 0.69231, 0.52941]);
    expect([s1.rouge2.recall, s1.rouge2.precision, s1.rouge2.fmeasure].map((x) => +x.toFixed(5))).toEqual([0.29268, 0.48, 0.36364]);
  });

  it('tokenises like rouge-score and computes LCS (testLcsTable)', () => {
    expect(rougeTokenize("It's 5 O'Clock!")).toEqual(['it', 's', '5', 'o', 'clock']);
    expect(lcsLength(['1', '2', '3', '4', '5'], ['2', '5', '3', '4'])).toBe(3);
    expect(lcsLength(['1', '2'], ['8', '9'])).toBe(0);
  });

  it('stems classic Porter examples', () => {
    // Examples from Porter (1980) and NLTK's PorterStemmer docstrings.
    const cases: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
      motoring: 'motor', sing: 'sing', conflated: 'conflat', hopping: 'hop', filing: 'file', happy: 'happi',
      relational: 'relat', conditional: 'condit', generalization: 'gener', hopeful: 'hope', goodness: 'good',
      adjustment: 'adjust', meetings: 'meet', dies: 'die', enjoy: 'enjoy',
    };
    for (const [w, s] of Object.entries(cases)) expect(porterStem(w), w).toBe(s);
  });
});
