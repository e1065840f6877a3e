/**
 * Hard-wrapped notes: a break that only wraps a paragraph is read as a space, so a name, place or date split
 * across two lines is found whole; breaks between list items, headings and log entries stay.
 */
import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/deidentifier.js';
import { SetScorer, loadDevSet } from '../../sdk/deid/dev-sets.js';
import { unwrapLines } from '../../sdk/deid/soft-breaks.js';

// Our own paragraph, wrapped at 60 columns the way an old system exports it.
const WRAPPED = [
  'Pt is a 74 yo woman admitted overnight with sepsis, seen by Dr.',
  'Okonkwo-Hale in the ED who started vanc and zosyn. She lives in',
  'Catonsville with her daughter Marisela and her husband Teodoro',
  'who is 93 and uses a walker. Family updated by phone at 2100.',
].join('\n');

describe('unwrapLines', () => {
  it('joins the lines of a wrapped paragraph and keeps the length', () => {
    const out = unwrapLines(WRAPPED);
    expect(out.length).toBe(WRAPPED.length);
    expect(out.split('\n')).toHaveLength(1);
  });

  it('keeps the breaks of lists, headings and log entries', () => {
    const note = [
      'NEURO: alert and oriented x3, follows commands, moves all extremities well',
      'RESP: 2L NC, sats 95-97%, lungs coarse at the bases, strong productive cough',
      'CV: NSR 70s-80s, no ectopy, BP 110s-130s/60s-70s, pedal pulses palpable x2',
      '0800 lasix 40 mg IV given as ordered, good response, 900 ml out by 1000',
      '- family to visit this evening, wife aware of plan for step-down tomorrow',
    ].join('\n');
    expect(unwrapLines(note)).toBe(note);
  });

  it('leaves short notes and notes without full lines untouched', () => {
    const note = 'Wife at bedside.\nDr. Lee aware.\nPlan: cont abx.\nDispo: floor when bed available.';
    expect(unwrapLines(note)).toBe(note);
  });
});

describe('findPhi on a wrapped note', () => {
  it('finds a surname after a title and a town after "lives in" across the wrap', () => {
    const found = findPhi(WRAPPED).map((s) => WRAPPED.slice(s.start, s.end));
    expect(found.join('|')).toContain('Okonkwo-Hale');
    expect(found.join('|')).toContain('Catonsville');
    expect(found.join('|')).toContain('Marisela');
    expect(found.join('|')).toContain('93');
  });
});

/** `text` hard-wrapped at `width` columns: a space at or past the width becomes a newline (same length). */
function wrap(text: string, width: number): string {
  let col = 0;
  let out = '';
  for (const ch of text) {
    if (ch === ' ' && col >= width) {
      out += '\n';
      col = 0;
      continue;
    }
    out += ch;
    col = ch === '\n' ? 0 : col + 1;
  }
  return out;
}

describe('recall on a blind set wrapped at 50 columns', () => {
  it('stays within 0.005 of the unwrapped notes', () => {
    const plain = new SetScorer();
    const wrapped = new SetScorer();
    for (const d of loadDevSet('data/deid/blind-real-style-20').docs) {
      plain.add(d, findPhi(d.text));
      const w = { ...d, text: wrap(d.text, 50) };
      wrapped.add(w, findPhi(w.text));
    }
    const a = plain.summary().required.recall;
    const b = wrapped.summary().required.recall;
    expect(plain.summary().required.gold).toBeGreaterThan(1000);
    expect(b).toBeGreaterThanOrEqual(a - 0.005);
  });
});
