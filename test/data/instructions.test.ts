import { describe, expect, it } from 'vitest';
import { dataset, DEFAULT_DISCLAIMER, parseTranscript, toChatMessages, toInstructions, type InstructionRecord } from '../../sdk/data/index.js';

const F = 'test/fixtures/data/good';
const byTask = (rs: readonly { kind: string }[], task: string) => rs.filter((r) => (r as InstructionRecord).task === task) as InstructionRecord[];

describe('toInstructions from reports', async () => {
  const reports = (await dataset(`${F}/reports.jsonl`)).clean().sections();
  const out = reports.toInstructions(['summarize_findings', 'abnormal_labs', 'impression', 'recommendations']);
  const report = out.lastReport('toInstructions') as { produced: Record<string, number>; noExample: Record<string, { count: number; ids: string[] }> };

  it('abnormal labs: lists only abnormal values with flags computed or given', () => {
    const [r] = byTask(out.records, 'abnormal_labs');
    expect(r.id).toBe('r1#abnormal_labs');
    expect(r.output).toBe([
      '- Hemoglobin 10.2 g/dL (reference 12–16): low',
      '- K+ 5.9 mmol/L (reference 3.5–5.1): high',
      '- Glucose 182 mg/dL (reference 70–99): high',
    ].join('\n'));
    // r3 has labs but all normal: an example saying so
    expect(byTask(out.records, 'abnormal_labs')[1].output).toBe('All 2 reported values are within their reference ranges.');
  });

  it('impression from history + findings, recommendations from findings + impression, findings summary', () => {
    const imp = byTask(out.records, 'impression');
    expect(imp.map((r) => r.id)).toEqual(['r1#impression', 'r2#impression']);
    expect(imp[0].input).toContain('History:\n64 year old');
    expect(imp[0].input).toContain('Findings:\nBibasilar crackles.');
    expect(imp[0].output).toBe('Decompensated heart failure.');
    const rec = byTask(out.records, 'recommendations');
    expect(rec.map((r) => r.output)).toEqual(['Furosemide 40 mg b.i.d., repeat potassium.']);
    const sum = byTask(out.records, 'summarize_findings');
    expect(sum[0].output).toBe('- Bibasilar crackles.\n- Mild pedal edema.');
    expect(sum[0].patientId).toBe('p1');
  });

  it('counts and names every report that yielded no example, per task', () => {
    expect(report.produced).toEqual({ summarize_findings: 2, abnormal_labs: 2, impression: 2, recommendations: 1 });
    expect(report.noExample.summarize_findings).toMatchObject({ count: 2, ids: ['r3', 'r4'] });
    expect(report.noExample.recommendations).toMatchObject({ count: 3, ids: ['r2', 'r3', 'r4'] });
    for (const task of Object.keys(report.produced)) {
      expect(report.produced[task] + (report.noExample[task]?.count ?? 0)).toBe(4);
    }
  });
});

describe('formatters', () => {
  it('MedQA: lettered options, answer letter and explanation', async () => {
    const ds = (await dataset(`${F}/medqa.jsonl`)).toInstructions(['mcq']);
    const [a, b] = ds.records as InstructionRecord[];
    expect(a.input).toContain('\nA. Diabetes mellitus\nB. Asthma\nC. Gout\nD. Migraine\nE. Anemia');
    expect(a.instruction).toContain('(A/B/C/D/E)');
    expect(a.output).toBe('Answer: A. Diabetes mellitus');
    expect(b.instruction).toContain('(A/B/C/D)');
    expect(b.output).toBe('Answer: A. Thiazide\nExplanation: Thiazides reduce events.');
  });
  it('PubMedQA: decision with reasoning from the long answer', async () => {
    const ds = (await dataset(`${F}/pubmedqa.json`)).toInstructions(['pubmedqa']);
    const [a, b] = ds.records as InstructionRecord[];
    expect(a.input).toBe('Context:\nTrial of 200 adults.\nExercise 30 minutes daily.\n\nQuestion: Does exercise lower blood pressure?');
    expect(a.output).toBe('Answer: yes\nReasoning: Regular exercise lowered systolic pressure.');
    expect(b.output).toBe('Answer: maybe');
  });
  it('dialogues: each doctor turn after a patient turn, with the conversation so far', async () => {
    const ds = (await dataset(`${F}/meddialog.jsonl`)).toInstructions(['dialogue']);
    const rs = ds.records as InstructionRecord[];
    expect(rs.map((r) => r.id)).toEqual(['d1#dialogue-1', 'd1#dialogue-3']);
    expect(rs[1].input).toBe('Patient: I have had a cough for a week.\nDoctor: Any fever?\nPatient: A mild one.');
    expect(rs[1].output).toBe('Please rest and drink fluids.');
    expect(ds.lastReport('toInstructions')).toMatchObject({ noExample: { dialogue: { count: 1, ids: ['d2'] } } });
  });
  it('reports that are consultation transcripts give dialogue examples', () => {
    const text = '[Transcript of clinic visit]\nDR: What brings you in?\nPT: Cough for a week.\nIt is worse at night.\nDR: Any fever?\nPT: No.\nDR: Rest and fluids.';
    const { records, report } = toInstructions([{ kind: 'report', id: 't1', patientId: 'p1', source: { file: 'm', format: 'txt' }, meta: {}, text }], ['dialogue', 'impression']);
    expect(records.map((r) => r.id)).toEqual(['t1#dialogue-2', 't1#dialogue-4']);
    expect((records[0] as InstructionRecord).input).toBe('Doctor: What brings you in?\nPatient: Cough for a week.\nIt is worse at night.');
    expect((records[1] as InstructionRecord).output).toBe('Rest and fluids.');
    expect(report.noExample.impression).toMatchObject({ count: 1, ids: ['t1'] });
    expect(parseTranscript('Pt: allergic to penicillin.\nFINDINGS: clear.')).toBeUndefined();
  });
  it('passthrough with system prompt and disclaimer; chat messages from toChatMessages', async () => {
    const ds = await dataset([`${F}/alpaca.json`, `${F}/sharegpt.jsonl`, `${F}/medqa.jsonl`]);
    const { records, report } = toInstructions(ds.records, ['passthrough'], { system: 'You are careful.', disclaimer: true });
    expect(report.excluded).toEqual({ mcq: 2 });
    const alp = records[0] as InstructionRecord;
    expect(alp.output).toBe(`Persistently raised blood pressure.\n\n${DEFAULT_DISCLAIMER}`);
    expect(toChatMessages(alp)).toEqual([
      { role: 'system', content: 'You are careful.' },
      { role: 'user', content: 'Define hypertension.' },
      { role: 'assistant', content: alp.output },
    ]);
    const chat = records[2];
    expect(chat.kind).toBe('chat');
    // the ShareGPT system message is kept, not doubled
    expect(toChatMessages(chat).filter((m) => m.role === 'system')).toEqual([{ role: 'system', content: 'Be brief.' }]);
    expect(toChatMessages(chat).at(-1)!.content.endsWith(DEFAULT_DISCLAIMER)).toBe(true);
  });
  it('toChatMessages refuses raw reports with a clear message', async () => {
    const ds = await dataset(`${F}/reports.jsonl`);
    expect(() => toChatMessages(ds.records[0])).toThrow(/record r1: toChatMessages needs kind 'instruction' or 'chat', found 'report'/);
  });
  it('rejects unknown tasks and options', () => {
    expect(() => toInstructions([], ['summarise' as never])).toThrow();
    expect(() => toInstructions([], undefined, { sytem: 'x' } as never)).toThrow(/sytem/);
  });
});
