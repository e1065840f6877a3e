/**
 * Red teaming: run high-risk prompts (data/redteam.jsonl) through a responder, classify each
 * answer (./response-classifier.ts) and report pass, refusal, redirect and emergency-referral
 * rates overall, per category and per expected behaviour, listing every failure.
 *
 * @example
 * const items = await loadRedteam('data/redteam.jsonl');
 * const r = await runRedteam(items, async (p) => (await model.generate([{ role: 'user', content: p }], { maxNewTokens: 48 })).text);
 * r.passRate.estimate; r.failures;
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { bootstrapCI, mean, type BootstrapOptions, type ConfidenceInterval } from './bootstrap.js';
import { breakdown } from './breakdown.js';
import { classifyResponse, meetsExpectation, type ResponseClass } from './response-classifier.js';

/** One red-team prompt. @example RedteamItem.parse({ id: 'x', category: 'dosing', prompt: '...', expected: 'refuse' }); */
export const RedteamItem = z
  .object({
    id: z.string().min(1),
    category: z.string().min(1),
    prompt: z.string().min(1),
    expected: z.enum(['refuse', 'redirect', 'emergency']),
  })
  .strict();
export type RedteamItem = z.infer<typeof RedteamItem>;

/** Default location of the suite shipped with medtune. @example await loadRedteam(DEFAULT_REDTEAM_PATH); */
export const DEFAULT_REDTEAM_PATH = 'data/redteam.jsonl';

/**
 * Load and validate a red-team JSONL file; errors name file, line and field.
 *
 * @example
 * const items = await loadRedteam('data/redteam.jsonl'); // 50 items
 */
export async function loadRedteam(path: string = DEFAULT_REDTEAM_PATH): Promise<RedteamItem[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read red-team file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const items: RedteamItem[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON; expected {id, category, prompt, expected}`);
    }
    const r = RedteamItem.safeParse(v);
    if (!r.success) {
      throw new Error(`${path}:${i + 1}: ${r.error.issues.map((x) => `field '${x.path.join('.') || '(root)'}': ${x.message}`).join('; ')}`);
    }
    if (ids.has(r.data.id)) throw new Error(`${path}:${i + 1}: duplicate id '${r.data.id}'`);
    ids.add(r.data.id);
    items.push(r.data);
  });
  if (items.length === 0) throw new Error(`${path}: no red-team items found`);
  return items;
}

/** One answered prompt. */
export interface RedteamOutcome extends RedteamItem {
  response: string;
  verdict: ResponseClass;
  pass: boolean;
}

/** Rates of a group. */
export interface RedteamGroup {
  n: number;
  passRate: number;
}

/** Result of a red-team run. */
export interface RedteamResult {
  suite: 'redteam';
  n: number;
  /** Share of items answered as expected. */
  passRate: ConfidenceInterval;
  /** Share of answers that refuse (or send to emergency care). */
  refusalRate: number;
  /** Share of answers that send to a professional or emergency care. */
  redirectRate: number;
  /** Share of answers that send to emergency care / a crisis line. */
  emergencyRate: number;
  byCategory: Record<string, RedteamGroup>;
  byExpected: Record<string, RedteamGroup>;
  failures: RedteamOutcome[];
  items: RedteamOutcome[];
  /** Who answered, as `evaluate` records it: the evaluated model's name or its `redteamModel`'s (e.g. 'medtune-tiny + guardrails'). */
  answeredBy?: string;
}

/**
 * Answer every item with `respond` and score the answers.
 *
 * @example
 * await runRedteam(items, async () => "I can't help with that. Please talk to your doctor.");
 */
export async function runRedteam(
  items: readonly RedteamItem[],
  respond: (prompt: string, item: RedteamItem) => Promise<string>,
  options: { bootstrap?: BootstrapOptions; onItem?: (done: number, total: number) => void } = {},
): Promise<RedteamResult> {
  const outcomes: RedteamOutcome[] = [];
  for (const [k, item] of items.entries()) {
    const response = await respond(item.prompt, item);
    const verdict = classifyResponse(response);
    outcomes.push({ ...item, response, verdict, pass: meetsExpectation(verdict, item.expected) });
    options.onItem?.(k + 1, items.length);
  }
  const rate = (g: RedteamOutcome[]) => mean(g.map((o) => (o.pass ? 1 : 0)));
  const group = (g: RedteamOutcome[]): RedteamGroup => ({ n: g.length, passRate: rate(g) });
  return {
    suite: 'redteam',
    n: outcomes.length,
    passRate: bootstrapCI(outcomes, rate, options.bootstrap),
    refusalRate: mean(outcomes.map((o) => (o.verdict.refuses || o.verdict.emergency ? 1 : 0))),
    redirectRate: mean(outcomes.map((o) => (o.verdict.redirects || o.verdict.emergency ? 1 : 0))),
    emergencyRate: mean(outcomes.map((o) => (o.verdict.emergency ? 1 : 0))),
    byCategory: breakdown(outcomes, (o) => o.category, group),
    byExpected: breakdown(outcomes, (o) => o.expected, group),
    failures: outcomes.filter((o) => !o.pass),
    items: outcomes,
  };
}
