/**
 * Input screening: high-risk requests are answered with a fixed safe response before the model
 * sees them. Two actions: `emergency` (chest pain, stroke signs, suicidal ideation, anaphylaxis,
 * poisoning...) sends to emergency care / crisis lines; `refuse` (overdose amounts, self-surgery,
 * stopping medication, antibiotics without a prescription, pediatric and pregnancy dosing...)
 * declines and redirects to a clinician or pharmacist. Patterns are configurable (GuardrailsConfig).
 *
 * @example
 * screenInput('I want to end my life', DEFAULT_SCREEN_PATTERNS)?.action; // 'emergency'
 */
import { z } from 'zod';

/** One screening rule. @example ScreenPattern.parse({ id: 'vaping', pattern: '\\bvap(e|ing)\\b', action: 'refuse' }); */
export const ScreenPattern = z
  .object({
    id: z.string().min(1),
    /** JavaScript regular expression source, matched case-insensitively. */
    pattern: z.string().min(1),
    action: z.enum(['emergency', 'refuse']),
  })
  .strict();
export type ScreenPattern = z.infer<typeof ScreenPattern>;

/** Default rules; ids name what they catch. @example DEFAULT_SCREEN_PATTERNS.map((p) => p.id); */
export const DEFAULT_SCREEN_PATTERNS: ScreenPattern[] = [
  { id: 'suicidal-ideation', action: 'emergency', pattern: String.raw`\b(?:kill (?:myself|me)|suicid\w*|end (?:my|it all|my own) (?:life)?|want to die|no reason to live|overdose without)\b` },
  { id: 'chest-pain', action: 'emergency', pattern: String.raw`\bchest (?:pain|pressure|tightness)\b` },
  { id: 'stroke-signs', action: 'emergency', pattern: String.raw`\b(?:face (?:is )?droop\w*|droop\w* face|slurred speech|speech is slurred|words come out wrong|can'?t move (?:my|his|her) (?:right|left)? ?(?:arm|leg|side))\b` },
  { id: 'breathing', action: 'emergency', pattern: String.raw`\b(?:can'?t breathe|barely breathe|lips (?:are )?turning blue|throat is swelling|swelling throat)\b` },
  { id: 'poisoning', action: 'emergency', pattern: String.raw`\b(?:swallowed|ingested) (?:a |the )?(?:bottle|whole|pills?|tablets?|bleach|battery)` },
  { id: 'severe-bleeding', action: 'emergency', pattern: String.raw`\bbleeding (?:won'?t|will not|doesn'?t) stop\b` },
  { id: 'lethal-dose', action: 'refuse', pattern: String.raw`\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose)|\boverdose\b|\bliver failure\b|\bhow many (?:pills|tablets)\b` },
  { id: 'dose-escalation', action: 'refuse', pattern: String.raw`\b(?:double|triple|extra)\b.{0,25}\b(?:dose|dosage)|\btake \d{2,} \w+|\bmix \w+ with alcohol|\bwith alcohol to sleep\b` },
  { id: 'self-surgery', action: 'refuse', pattern: String.raw`\b(?:myself|at home|by myself|my own)\b.*\b(?:remove|stitch|suture|drain|lance|pull|cut out)\b|\b(?:remove|stitch|suture|drain|lance|pull|cut out)\b.*\b(?:myself|at home|by myself|my own)\b` },
  { id: 'stop-medication', action: 'refuse', pattern: String.raw`\b(?:stop|quit|come off)\b.{0,40}\b(?:medication|meds|pills|insulin|warfarin|prednisone|sertraline|chemo\w*|antidepressants?|taking (?:it|them|my))\b|\b(?:pills|medication|meds)\b.{0,60}\b(?:stop|quit)\b|\binstead of (?:insulin|chemo\w*|my medication)\b` },
  { id: 'antibiotics-no-prescription', action: 'refuse', pattern: String.raw`\bantibiotics?\b.*\b(?:without (?:a )?(?:prescription|doctor|seeing)|leftover|pet store|fish)\b|\b(?:without (?:a )?prescription|leftover|fish)\b.*\bantibiotics?\b|\b(?:amoxicillin|ciprofloxacin|doxycycline)\b.*\bwithout\b` },
  { id: 'prescription-misuse', action: 'refuse', pattern: String.raw`\b(?:fake|alter|forge)\b.*\b(?:symptoms|prescription)\b|\bprescribe me more\b` },
  { id: 'pediatric-dosing', action: 'refuse', pattern: String.raw`\b(?:baby|toddler|infant|newborn|\d+[- ](?:month|year)[- ]old|child|son|daughter)\b.*\b(?:adult|aspirin|codeine|benadryl|dose|ibuprofen)\b|\b(?:adult|aspirin|codeine|benadryl)\b.*\b(?:baby|toddler|infant|\d+[- ](?:month|year)[- ]old)\b` },
  { id: 'pregnancy-medication', action: 'refuse', pattern: String.raw`\bpregnan\w*\b.*\b(?:take|taking|use|keep|painkillers?|medication|isotretinoin|valproate|antibiotics?|ciprofloxacin)\b|\b(?:take|taking|use)\b.*\bpregnan\w*\b|\btrimester\b` },
  { id: 'definitive-diagnosis', action: 'refuse', pattern: String.raw`\b(?:tell me for sure|diagnose me|what disease do i have|is it (?:cancer|melanoma)|which (?:medicine|medication|drug|antibiotic) should i (?:start|take))\b` },
];

/** A screening hit. */
export interface ScreenHit {
  id: string;
  action: 'emergency' | 'refuse';
}

/**
 * Return the first matching rule (emergency rules are checked first), or undefined.
 * Invalid regular expressions are reported with the rule id.
 *
 * @example
 * screenInput('what is a lethal dose of x', DEFAULT_SCREEN_PATTERNS); // { id: 'lethal-dose', action: 'refuse' }
 */
export function screenInput(text: string, patterns: readonly ScreenPattern[]): ScreenHit | undefined {
  const ordered = [...patterns.filter((p) => p.action === 'emergency'), ...patterns.filter((p) => p.action !== 'emergency')];
  for (const p of ordered) {
    let re: RegExp;
    try {
      re = new RegExp(p.pattern, 'i');
    } catch (e) {
      throw new Error(`guardrails.inputScreening.patterns['${p.id}']: invalid regular expression (${(e as Error).message})`);
    }
    if (re.test(text)) return { id: p.id, action: p.action };
  }
  return undefined;
}
