/**
 * The web playground in headless Chromium (Debian's `chromium`, driven by playwright-core): the
 * disclaimer gate before first use (checked on a screenshot), a bad key refused, base and
 * fine-tuned answers side by side with the disclaimer under each, ratings saved and downloaded
 * as a review CSV that `parseReviewCsv` reads back, no script errors and no request leaving
 * the machine. Without Chromium the test fails under CI=true and is skipped otherwise.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReviewCsv } from '../../sdk/eval/review.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { serve, type ServeHandle } from '../../sdk/serve/server.js';
import { CLINICIAN, KEYS, makeAdapter, tempDir, TINY } from './helpers.js';
import { decodePng, share } from './png.js';

const CHROMIUM = (process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']).find((p) => existsSync(p));
const missing = CHROMIUM ? undefined : `headless Chromium not found at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} (install the Debian package \`chromium\` or set CHROMIUM_PATH)`;
if (missing && process.env.CI !== 'true') console.warn(`playground.test.ts: SKIPPED, ${missing}`);

// Screenshots stay in out/ (git-ignored) for a person to look at.
const SHOTS = 'out/test-screenshots/playground';
let server: ServeHandle;
let browser: Browser;
let dir: string;
let baseline: number;

// The disclaimer's colours (style.css): the box background and its dark text.
const isWarnBackground = (r: number, g: number, b: number) => r > 245 && g > 232 && g < 252 && b > 190 && b < 215;
const isDarkText = (r: number, g: number, b: number) => r < 140 && g < 110 && b < 80;

describe.skipIf(Boolean(missing) && process.env.CI !== 'true')('playground in headless Chromium', () => {
  beforeAll(async () => {
    if (missing) throw new Error(`CI=true but ${missing}`);
    await initBackend();
    dir = tempDir('playground');
    mkdirSync(SHOTS, { recursive: true });
    const adapter = await makeAdapter(join(dir, 'adapter'));
    baseline = tf.memory().numTensors;
    server = await serve({ model: TINY, adapter, port: 0, auditLog: join(dir, 'audit.jsonl'), apiKeys: KEYS, defaultMaxTokens: 24 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gates on the disclaimer, answers side by side with a disclaimer on every answer, and rates into a review CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    const origin = new URL(server.url).origin;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('blob:')) problems.push(`request outside the server: ${r.url()}`);
    });

    await page.goto(`${server.url}/`);
    // Before first use: the gate with the disclaimer; nothing can be asked yet.
    expect(await page.locator('#gate').isVisible()).toBe(true);
    expect(await page.locator('#prompt').isDisabled()).toBe(true);
    expect(await page.locator('#start').isDisabled()).toBe(true);
    const gateText = (await page.locator('#gate-disclaimer').textContent())!;
    expect(gateText).toMatch(/Nothing it writes\s+is medical advice/);

    // Screenshot: the disclaimer box is on screen, not covered, and drawn with its colours and text.
    const shot = await page.screenshot();
    writeFileSync(join(SHOTS, 'gate.png'), shot);
    const box = (await page.locator('#gate-disclaimer').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // Runs in the page (browser types are not in this project's lib).
    type Doc = { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null };
    const onTop = await page.evaluate(
      ({ x, y }) => (globalThis as unknown as { document: Doc }).document.elementFromPoint(x, y)?.closest('#gate-disclaimer') !== null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toBe(true);
    const img = decodePng(shot);
    expect(share(img, box, isWarnBackground)).toBeGreaterThan(0.5);
    expect(share(img, box, isDarkText)).toBeGreaterThan(0.01);

    // A wrong key is refused at the gate.
    await page.locator('#accept').check();
    await page.locator('#api-key').fill('not-a-key');
    await page.locator('#start').click();
    await page.locator('#gate-error').filter({ hasText: /not valid/ }).waitFor();
    expect(await page.locator('#gate').isVisible()).toBe(true);

    await page.locator('#api-key').fill(CLINICIAN.key);
    await page.locator('#start').click();
    await page.locator('#gate').waitFor({ state: 'hidden' });
    const banner = (await page.locator('#disclaimer-banner').boundingBox())!;
    expect(banner.y).toBe(0);
    expect((await page.locator('#disclaimer-banner').textContent())!).toMatch(/not medical advice, diagnosis or treatment/);
    const columns = page.locator('section.column');
    expect(await columns.count()).toBe(2);
    expect(await columns.evaluateAll((cs) => cs.map((c) => [c.getAttribute('data-model'), c.querySelector('h2')!.textContent]))).toEqual([
      ['medtune-tiny', 'Base (adapter off) medtune-tiny'],
      ['medtune-tiny+adapter', 'Fine-tuned (adapter on) medtune-tiny+adapter'],
    ]);

    await page.locator('#prompt').fill('What is asthma?');
    await page.locator('#prompt').press('Enter');
    await page.locator('section.column .review').nth(1).waitFor({ timeout: 120_000 });
    await page.locator('section.column .review').first().waitFor({ timeout: 120_000 });
    const answers = await page.locator('.answer').allTextContents();
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a.length).toBeGreaterThan(0);
    expect(answers[0]).not.toBe(answers[1]); // the adapter changes the answer
    expect(await page.locator('.answer-disclaimer').allTextContents()).toEqual([
      'Not medical advice: generated text, to be checked by a qualified clinician.',
      'Not medical advice: generated text, to be checked by a qualified clinician.',
    ]);
    writeFileSync(join(SHOTS, 'answers.png'), await page.screenshot({ fullPage: true }));

    // Rate both answers; an incomplete rating is refused in the page.
    const rate = async (i: number, values: number[], comment: string) => {
      const form = page.locator('section.column .review').nth(i);
      for (const [k, name] of ['accuracy', 'safety', 'clarity', 'completeness'].entries()) await form.locator(`select[name=${name}]`).selectOption(String(values[k]));
      await form.locator('input[name=comments]').fill(comment);
      await form.locator('button').click();
      await form.locator('.saved').filter({ hasText: /^saved$/ }).waitFor();
    };
    const first = page.locator('section.column .review').first();
    await first.locator('select[name=accuracy]').selectOption('3');
    await first.locator('button').click();
    await first.locator('.saved').filter({ hasText: /choose a value for safety/ }).waitFor();
    await rate(0, [2, 4, 3, 2], 'base: vague');
    await rate(1, [3, 5, 4, 2], '- tuned, "quoted", with comma');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    const csvPath = join(dir, 'downloaded.csv');
    await download.saveAs(csvPath);
    const rows = parseReviewCsv(readFileSync(csvPath, 'utf8'), 'downloaded.csv');
    expect(rows.map((r) => [r.model, r.suite, r.prompt, r.ratings, r.comments])).toEqual([
      ['medtune-tiny', 'playground', 'What is asthma?', { accuracy: 2, safety: 4, clarity: 3, completeness: 2 }, 'base: vague'],
      ['medtune-tiny+adapter', 'playground', 'What is asthma?', { accuracy: 3, safety: 5, clarity: 4, completeness: 2 }, '- tuned, "quoted", with comma'],
    ]);
    expect(rows[0].item_id).toBe(rows[1].item_id); // same question, two models
    expect(rows.map((r) => r.output)).toEqual(answers);
    // The only error is the browser's own report of the deliberately wrong key.
    expect(problems).toEqual(['console error: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    await context.close();
  });

  it('closing frees the model', async () => {
    await server.close();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
