import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus/corpus.js';
import { hardCaseStats } from '../../scripts/corpus/hard-cases.js';
import { deaValid, npiValid, vinValid } from '../../scripts/corpus/identifiers.js';
import { textToPdf } from '../../scripts/corpus/pdf.js';
import { PHI_CATEGORIES, REPORT_TYPES } from '../../scripts/corpus/phi.js';
import { generatePretrain } from '../../scripts/corpus/pretrain.js';
import { csvField } from '../../scripts/corpus/samples.js';

// 120 reports over 40 patients: big enough that every category and report type occurs, small enough to be instant.
const corpus = generateCorpus({ count: 120, seed: 11 });

describe('corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const again = generateCorpus({ count: 120, seed: 11 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus));
    const other = generateCorpus({ count: 120, seed: 12 });
    expect(other.map((r) => r.text)).not.toEqual(corpus.map((r) => r.text));
  });

  it('writes each span exactly where the generator intended, in range, without overlaps', () => {
    for (const r of corpus) {
      expect(r.phi.length).toBe(r.intended.length);
      let lastEnd = 0;
      r.phi.forEach((s, i) => {
        expect(s.start, `${r.id} span ${i}`).toBeGreaterThanOrEqual(lastEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(r.text.length);
        expect(r.text.slice(s.start, s.end), `${r.id} span ${i} (${s.category})`).toBe(r.intended[i]);
        expect(r.intended[i].trim()).toBe(r.intended[i]);
        lastEnd = s.end;
      });
    }
  });

  it('covers every PHI category and every report type, with several reports per patient', () => {
    const cats = new Set(corpus.flatMap((r) => r.phi.map((s) => s.category)));
    expect([...PHI_CATEGORIES].filter((c) => !cats.has(c))).toEqual([]);
    const types = new Set(corpus.map((r) => r.reportType));
    expect([...REPORT_TYPES].filter((t) => !types.has(t))).toEqual([]);
    const perPatient = new Map<string, number>();
    for (const r of corpus) perPatient.set(r.patientId, (perPatient.get(r.patientId) ?? 0) + 1);
    expect(perPatient.size).toBe(40);
    expect(Math.min(...perPatient.values())).toBeGreaterThanOrEqual(2);
  });

  it('exercises every hard case: name and date shapes, word-names as words, PHI at the boundaries', () => {
    const h = hardCaseStats(corpus);
    expect(Object.entries(h.names).filter(([, v]) => v === 0)).toEqual([]);
    expect(Object.entries(h.dates).filter(([k, v]) => k !== 'other' && v === 0)).toEqual([]);
    expect(h.dates.other).toBe(0);
    expect(h.wordNamesAsWords).toBeGreaterThan(0);
    expect(h.phiAtStart).toBeGreaterThan(0);
    expect(h.phiAtEnd).toBeGreaterThan(0);
  });

  it('uses valid check digits and only annotates ages over 89', () => {
    const values = (cat: string) => corpus.flatMap((r) => r.phi.map((s, i) => (s.category === cat ? r.intended[i] : null))).filter((v): v is string => v !== null);
    const licences = values('LICENSE');
    const deas = licences.filter((v) => /^[A-Z]{2}\d{7}$/.test(v) && /^[ABFGM]/.test(v));
    const npis = licences.filter((v) => /^[12]\d{9}$/.test(v));
    expect(deas.length).toBeGreaterThan(0);
    expect(npis.length).toBeGreaterThan(0);
    expect(deas.filter((v) => !deaValid(v))).toEqual([]);
    expect(npis.filter((v) => !npiValid(v))).toEqual([]);
    const vins = values('VEHICLE').filter((v) => v.length === 17);
    expect(vins.length).toBeGreaterThan(0);
    expect(vins.filter((v) => !vinValid(v))).toEqual([]);
    expect(values('AGE').every((v) => Number(v) > 89)).toBe(true);
  });

  it('checksum validators reject a corrupted digit', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234564')).toBe(false);
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567894')).toBe(false);
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    expect(vinValid('1HGCM82643A004352')).toBe(false);
  });

  it('flags duplicates against existing reports of the same patient', () => {
    const byId = new Map(corpus.map((r) => [r.id, r]));
    const dups = corpus.filter((r) => r.duplicateOf !== undefined);
    expect(dups.length).toBeGreaterThan(0);
    for (const d of dups) {
      const src = byId.get(d.duplicateOf!);
      expect(src, d.id).toBeDefined();
      expect(d.patientId).toBe(src!.patientId);
      expect(d.text.includes(src!.text)).toBe(true);
    }
    expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length);
  });

  it('matches the committed corpus (regenerate with scripts/corpus/generate.ts when it changes)', () => {
    const path = 'data/corpus/reports.jsonl';
    const committed = readFileSync(path, 'utf8').trim().split('\n');
    const fresh = generateCorpus({ count: committed.length, seed: 7 });
    expect(fresh.length).toBe(committed.length);
    fresh.forEach((r, i) => {
      const { intended: _intended, ...record } = r;
      expect(JSON.parse(committed[i]), `line ${i + 1}`).toEqual(record);
    });
  });
});

describe('pretraining text and sample writers', () => {
  it('pretraining text is PHI-free, blank-line separated and deterministic', () => {
    const a = generatePretrain(3, 30_000);
    expect(a.bytes).toBeGreaterThanOrEqual(30_000);
    expect(a.text).toBe(generatePretrain(3, 30_000).text);
    expect(a.text.split('\n\n').length).toBe(a.documents);
    expect(a.text).not.toMatch(/\b(9\d|1[01]\d)(-year-old| y\/o| yo|-yr-old)/);
    expect(a.text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}|@|https?:|MRN/);
  });

  it('writes a PDF that pdf-parse reads back', async () => {
    const text = 'LAB REPORT (sample)\nPotassium: 5.9 mmol/L [3.5–5.1] H\n' + Array.from({ length: 70 }, (_, i) => `line ${i}`).join('\n');
    const parser = new PDFParse({ data: textToPdf(text) });
    const out = await parser.getText();
    await parser.destroy();
    expect(out.text).toContain('LAB REPORT (sample)');
    expect(out.text).toContain('Potassium: 5.9 mmol/L [3.5–5.1] H');
    expect(out.text).toContain('line 69');
  });

  it('quotes CSV fields', () => {
    expect(csvField('a "b"\nc')).toBe('"a ""b""\nc"');
  });
});
