import { describe, expect, it } from 'vitest';
import { Dataset, splitSections } from '../../sdk/data/index.js';

describe('splitSections', () => {
  it('reads headers on their own line, with and without colons, any case', () => {
    const t = 'HISTORY OF PRESENT ILLNESS:\n62 y/o with cough.\nPhysical Exam\nCrackles at the bases.\nlabs:\nWBC 12.1 x10^9/L (4.0-11.0)\nAssessment:\nPneumonia.\nPLAN\nAmoxicillin.';
    expect(splitSections(t)).toEqual({ history: '62 y/o with cough.', findings: 'Crackles at the bases.', labs: 'WBC 12.1 x10^9/L (4.0-11.0)', impression: 'Pneumonia.', recommendations: 'Amoxicillin.' });
  });
  it('reads inline headers in one paragraph', () => {
    expect(splitSections('INDICATION: Cough. FINDINGS: Clear lungs. No effusion. IMPRESSION: Normal chest.')).toEqual({
      history: 'Cough.', findings: 'Clear lungs. No effusion.', impression: 'Normal chest.',
    });
  });
  it('maps synonyms and markdown headers, joins repeated sections', () => {
    const t = '## Chief Complaint\nChest pain\n**HPI:** Started today.\nPast Medical History: HTN\nDiagnosis - NSTEMI\nRecommendations: cardiology review';
    expect(splitSections(t)).toEqual({ symptoms: 'Chest pain', history: 'Started today.\nHTN', impression: 'NSTEMI', recommendations: 'cardiology review' });
  });
  it('stops a section at an unknown header but not at lab lines', () => {
    const t = 'Findings: Oedema.\nMEDICATIONS: aspirin\nLabs:\nK+: 5.9 mmol/L [3.5–5.1] H\nWBC: 7 x10^9/L';
    expect(splitSections(t)).toEqual({ findings: 'Oedema.', labs: 'K+: 5.9 mmol/L [3.5–5.1] H\nWBC: 7 x10^9/L' });
  });
  it('splits a combined assessment-and-plan block into impression and recommendations', () => {
    const t = 'HPI: fever.\nASSESSMENT & PLAN\nSepsis from pyelonephritis.\n- Ceftriaxone 2 g IV daily.\n# Fluids.\nEmergency contact: on file';
    expect(splitSections(t)).toEqual({ history: 'fever.', impression: 'Sepsis from pyelonephritis.', recommendations: '- Ceftriaxone 2 g IV daily.\n# Fluids.' });
  });
  it('ends a section at an all-caps title line or a known non-section header', () => {
    expect(splitSections('CLINICAL HISTORY\nCough.\nTECHNIQUE\nPA and lateral.\nFINDINGS\nClear.\nHOSPITAL DISCHARGE SUMMARY')).toEqual({ history: 'Cough.', findings: 'Clear.' });
    expect(splitSections('Findings\nClear.\nTechnique\nPA view.')).toEqual({ findings: 'Clear.' });
  });
  it('ends the last section at a sign-off', () => {
    expect(splitSections('Impression: NSTEMI.\n\nYours sincerely,\nDr X')).toEqual({ impression: 'NSTEMI.' });
    expect(splitSections('Plan: aspirin.\n-- J. Doe / 2020')).toEqual({ recommendations: 'aspirin.' });
  });
  it('does not take ordinary words for headers', () => {
    expect(splitSections('The exam was normal. Impression is good overall.')).toEqual({});
  });
  it('Dataset.sections counts reports with each section', () => {
    const ds = Dataset.from([
      { kind: 'report', id: 'a', source: { file: 'm', format: 'txt' }, meta: {}, text: 'FINDINGS: x.\nIMPRESSION: y.' },
      { kind: 'report', id: 'b', source: { file: 'm', format: 'txt' }, meta: {}, text: 'no headers here' },
    ]).sections();
    expect(ds.records[0]).toMatchObject({ sections: { findings: 'x.', impression: 'y.' } });
    expect(ds.lastReport('sections')).toEqual({ reportsWithSection: { findings: 1, impression: 1 }, reportsWithoutSections: 1 });
  });
});
