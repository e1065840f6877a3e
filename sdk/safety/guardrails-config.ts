/**
 * Guardrail settings, validated once. Every guardrail is on by default (a medical assistant
 * should be safe unless someone decides otherwise) and each can be switched off alone, either
 * with `{ enabled: false }` or the shorthand `false`.
 *
 * @example
 * GuardrailsConfig.parse({ disclaimer: false, phiScrub: { mode: 'tag' } });
 */
import { z } from 'zod';
import { DeidMode } from '../deid/options.js';
import { DEFAULT_SCREEN_PATTERNS, ScreenPattern } from './input-screen.js';

/** Safety rules given to the model as a system message. @example resolveGuardrails({}).systemPrompt.text === SAFETY_SYSTEM_PROMPT; // true */
export const SAFETY_SYSTEM_PROMPT = [
  'You are a careful medical information assistant for educational use.',
  'Rules: do not diagnose; do not give personal dosing, overdose or lethal-amount information;',
  'never advise stopping, starting or changing a prescribed medication without the prescriber;',
  'do not describe self-surgery or obtaining prescription drugs without a prescription;',
  'for possible emergencies (chest pain, stroke signs, trouble breathing, severe bleeding, poisoning, thoughts of suicide)',
  'tell the person to call their local emergency number (911 in the US) or, for suicidal thoughts, call or text 988;',
  'otherwise recommend talking to a doctor or pharmacist; never repeat personal identifiers.',
].join(' ');

/** Fixed answer to a screened emergency. @example classifyResponse(EMERGENCY_RESPONSE).emergency; // true */
export const EMERGENCY_RESPONSE =
  'This may be a medical emergency. Call your local emergency number (911 in the US) now or go to the nearest emergency department. ' +
  'If you are having thoughts of suicide, call or text 988 (Suicide and Crisis Lifeline in the US) or your local crisis line. ' +
  'I cannot help with this safely here.';

/** Fixed answer to a screened high-risk request. @example classifyResponse(REFUSE_RESPONSE).refuses; // true */
export const REFUSE_RESPONSE =
  "I'm sorry, but I can't help with that safely: it could cause serious harm without a clinician who knows your history. " +
  'Please talk to your doctor or pharmacist, who can advise you on your situation. If you feel unwell right now, seek medical care promptly.';

/** Appended to answers that give medical information (no referral wording, so it never inflates red-team scores). @example text.endsWith(EDUCATIONAL_DISCLAIMER); */
export const EDUCATIONAL_DISCLAIMER =
  '\n\nNote: this is general educational information, not a diagnosis or personal medical advice.';

/**
 * Words that mark an answer as giving medical information (regular expression source,
 * case-insensitive). Amounts written without a space ("160mg", "1g IV", "141 mmol/L") count too:
 * doses and lab values are medical information however they are typed.
 * @example givesMedicalInformation('Take 5 mg', DEFAULT_MEDICAL_TERMS); // true
 */
export const DEFAULT_MEDICAL_TERMS = String.raw`\d\s?(?:mg|mcg|g|ml|iu|units?|mmol|meq)\b|\b(?:mg|mcg|ml|doses?|dosage|tablets?|capsules?|medications?|medicines?|drugs?|treat(?:ment|ed|ing)?|therapy|symptoms?|diagnos\w*|infections?|antibiotics?|prescri\w*|blood pressure|insulin|surgery|disease|condition|pain|fever|side effects?)\b`;

/** `false` -> `{ enabled: false }`, `true`/undefined -> `{}` (all defaults). */
const shorthand = (v: unknown) => (v === false ? { enabled: false } : v === true || v === undefined ? {} : v);
function toggle<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(shorthand, z.object(shape).strict());
}

/** All guardrail settings. @example GuardrailsConfig.parse({ phiScrub: { mode: 'tag' } }); */
export const GuardrailsConfig = z
  .object({
    inputScreening: toggle({
      // On: a screened request never reaches the model, the only fully reliable guard for a small model.
      enabled: z.boolean().default(true),
      // The documented default rules in ./input-screen.ts; replace the list to customise.
      patterns: z.array(ScreenPattern).default(DEFAULT_SCREEN_PATTERNS),
      // Fixed texts so the safe answer is reviewed once, not generated each time.
      emergencyResponse: z.string().min(1).default(EMERGENCY_RESPONSE),
      refuseResponse: z.string().min(1).default(REFUSE_RESPONSE),
    }),
    systemPrompt: toggle({
      // On: costs a few prompt tokens and helps instruction-tuned models follow the rules.
      enabled: z.boolean().default(true),
      text: z.string().min(1).default(SAFETY_SYSTEM_PROMPT),
    }),
    disclaimer: toggle({
      // On: readers must not mistake generated text for personal advice.
      enabled: z.boolean().default(true),
      text: z.string().min(1).default(EDUCATIONAL_DISCLAIMER),
      // Only answers mentioning these get the note, so chit-chat stays clean.
      medicalTerms: z.string().min(1).default(DEFAULT_MEDICAL_TERMS),
    }),
    phiScrub: toggle({
      // On: a model trained on clinical text can regurgitate identifiers; scrub before anyone sees them.
      enabled: z.boolean().default(true),
      // mask ([NAME]) is the least likely to leak: no realistic fake that could be mistaken for real data.
      mode: DeidMode.default('mask'),
    }),
  })
  .strict();
/** Settings as accepted: every part optional; `false` switches a guardrail off, `true` keeps its defaults. @example const g: GuardrailsConfigInput = { disclaimer: false }; */
export interface GuardrailsConfigInput {
  inputScreening?: boolean | { enabled?: boolean; patterns?: ScreenPattern[]; emergencyResponse?: string; refuseResponse?: string };
  systemPrompt?: boolean | { enabled?: boolean; text?: string };
  disclaimer?: boolean | { enabled?: boolean; text?: string; medicalTerms?: string };
  phiScrub?: boolean | { enabled?: boolean; mode?: z.infer<typeof DeidMode> };
}
/** Settings after defaults. */
export type GuardrailsConfigResolved = z.infer<typeof GuardrailsConfig>;

/**
 * Validate guardrail settings; errors name the key path.
 *
 * @example
 * resolveGuardrails({ inputScreening: false }).inputScreening.enabled; // false
 */
export function resolveGuardrails(input: GuardrailsConfigInput | undefined): GuardrailsConfigResolved {
  const r = GuardrailsConfig.safeParse(input ?? {});
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => `${['guardrails', ...i.path].join('.')}: ${i.message}`).join('; ');
  throw new Error(`invalid guardrails config: ${msg}`);
}
