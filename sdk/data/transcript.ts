/**
 * Consultation transcripts inside report text ("DR: ...", "Patient: ...") as dialogue turns, so
 * a report that is really a conversation can feed the `dialogue` instruction task.
 *
 * @example
 * parseTranscript('[Transcript]\nDR: Any fever?\nPT: A little.\nDR: Rest.\nPT: Thanks.');
 * // [{ speaker: 'doctor', text: 'Any fever?' }, { speaker: 'patient', text: 'A little.' }, ...]
 */
import type { Turn } from './records.js';

/** Speaker labels (case-insensitive) and who they are. @example SPEAKER_LABELS.dr; // 'doctor' */
export const SPEAKER_LABELS: Readonly<Record<string, Turn['speaker']>> = {
  dr: 'doctor', 'dr.': 'doctor', doctor: 'doctor', clinician: 'doctor', physician: 'doctor', provider: 'doctor', md: 'doctor',
  pt: 'patient', patient: 'patient',
};

const labelRe = new RegExp(`^\\s*(${Object.keys(SPEAKER_LABELS).map((k) => k.replace('.', '\\.')).join('|')})\\s*:\\s*`, 'i');

/**
 * Turns of a transcript, or undefined when the text is not one (fewer than two turns from
 * each side: a stray "Pt: ..." line in a note is not a conversation). Lines without a label
 * continue the previous turn; lines before the first label (titles) are dropped.
 *
 * @example
 * parseTranscript('Clinician: Hello.\nPatient: Hi.\nClinician: Why today?\nPatient: Cough.')?.length; // 4
 */
export function parseTranscript(text: string): Turn[] | undefined {
  const turns: Turn[] = [];
  for (const line of text.split('\n')) {
    const m = labelRe.exec(line);
    if (m) turns.push({ speaker: SPEAKER_LABELS[m[1].toLowerCase()], text: line.slice(m[0].length).trim() });
    else if (turns.length && line.trim()) turns[turns.length - 1].text += `\n${line.trim()}`;
  }
  const doctor = turns.filter((t) => t.speaker === 'doctor').length;
  return doctor >= 2 && turns.length - doctor >= 2 ? turns : undefined;
}
