/**
 * `medtune chat` as a user runs it: one-shot `--prompt --json`, flag errors, an interactive
 * session over piped stdin (commands, SIGINT stopping an answer without ending the program),
 * and a real terminal through tmux (Ctrl-C pressed while an answer streams).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runChat } from '../../sdk/cli/chat.js';
import { EMERGENCY_RESPONSE } from '../../sdk/safety/index.js';
import { inProcess, medtune, tempDir, TINY, waitFor } from './helpers.js';

describe('medtune chat', () => {
  it('--prompt --json answers once with one JSON object; screened prompts get the safe answer', async () => {
    const r = await medtune(['chat', '--model', TINY, '--prompt', 'What is asthma?', '--json', '--max-new-tokens', '6', '--greedy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/has no chat template; using chatml/);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(out).toMatchObject({ model: 'medtune-tiny', template: 'chatml', text: expect.any(String), finish_reason: expect.stringMatching(/^(eos|stop|length)$/) });
    expect(out.usage.completion_tokens).toBeGreaterThan(0);
    expect(out.guard.systemPrompt).toBe(true);
    const s = await medtune(['chat', '--model', TINY, '--prompt', 'I want to end my life', '--json']);
    expect(JSON.parse(s.stdout)).toMatchObject({ text: EMERGENCY_RESPONSE, finish_reason: 'screened', guard: { screened: { action: 'emergency' } } });
  });

  it('refuses bad flag combinations with exit 2, before loading the model', async () => {
    const cases: [string[], RegExp][] = [
      [['--json'], /--json needs --prompt/],
      [['--sample', '--greedy'], /--sample and --greedy exclude each other/],
      [['--no-guardrails', '--guardrails', 'g.json'], /--guardrails and --no-guardrails exclude each other/],
      [['--template', 'vicuna'], /--template: found "vicuna"; expected chatml, alpaca or llama2/],
      [['--temperature', 'hot'], /--temperature: found "hot"; expected a number/],
    ];
    for (const [args, message] of cases) {
      const r = await inProcess(runChat, ['--model', TINY, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect((await inProcess(runChat, ['--model'])).stderr).toMatch(/--model/); // parseArgs strict: a flag without its value
    expect((await medtune(['chat', '--model', TINY, '--bogus'])).code).toBe(1);
  });

  it('interactive over a pipe: commands, multi-turn, SIGINT stops the answer but not the program', async () => {
    const dir = tempDir('chat');
    const g = join(dir, 'guardrails.json');
    writeFileSync(g, JSON.stringify({ phiScrub: false })); // stream token by token
    const child = spawn('./bin/medtune', ['chat', '--model', TINY, '--guardrails', g, '--max-new-tokens', '300', '--min-new-tokens', '300', '--seed', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    try {
      await waitFor(() => stderr.includes('/help for commands'), 'the chat banner', 120);
      child.stdin.write('/system Be brief.\n/system\n/help\n');
      await waitFor(() => stdout.includes('Ctrl-C stops an answer'), 'the command answers', 60);
      const answerStart = stdout.length;
      child.stdin.write('Describe the findings.\n');
      await waitFor(() => stdout.length > answerStart + 20, 'the answer to start streaming', 120);
      child.kill('SIGINT');
      await waitFor(() => stderr.includes('[stopped]'), 'the answer to stop', 60);
      expect(child.exitCode).toBeNull(); // still running
      expect(stdout.length).toBeGreaterThan(answerStart + 20); // the partial answer was shown
      child.stdin.write('/history\n/reset\n/history\n/nope\n/exit\n');
      expect(await exited).toBe(0);
      expect(stdout).toContain('system: Be brief.');
      expect(stdout).toMatch(/\(1 turn\(s\) in the conversation\)[\s\S]*\(new conversation\)[\s\S]*\(0 turn\(s\) in the conversation\)/);
      expect(stdout).toContain('unknown command /nope');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  const tmux = existsSync('/usr/bin/tmux') ? '/usr/bin/tmux' : undefined;
  it.skipIf(!tmux && process.env.CI !== 'true')('in a real terminal (tmux): Ctrl-C stops the streaming answer, the prompt comes back', { timeout: 300_000 }, async () => {
    if (!tmux) throw new Error('CI=true but tmux is not installed');
    const dir = tempDir('chat-tty');
    const g = join(dir, 'guardrails.json');
    writeFileSync(g, JSON.stringify({ phiScrub: false }));
    const session = `medtune-chat-${process.pid}`;
    const t = (...args: string[]) => spawnSync(tmux, args, { encoding: 'utf8' });
    const screen = () => t('capture-pane', '-p', '-t', session, '-S', '-200').stdout ?? '';
    const cmd = `./bin/medtune chat --model ${TINY} --guardrails ${g} --max-new-tokens 300 --min-new-tokens 300 --seed 2; echo "EXIT=$?"; sleep 30`;
    expect(t('new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-c', process.cwd(), cmd).status).toBe(0);
    try {
      // capture-pane trims trailing spaces: the prompt 'you> ' reads 'you>'.
      await waitFor(() => /^you>/m.test(screen()), 'the prompt', 120, 250);
      t('send-keys', '-t', session, 'Describe the findings.', 'Enter');
      await waitFor(() => /assistant> \S+/.test(screen()), 'the streaming answer', 120, 250);
      t('send-keys', '-t', session, 'C-c');
      await waitFor(() => screen().includes('[stopped]'), '[stopped]', 60, 250);
      await waitFor(() => /\[stopped\]\s*\nyou>/.test(screen()), 'the prompt after the stop', 30, 250);
      t('send-keys', '-t', session, '/history', 'Enter');
      await waitFor(() => screen().includes('(1 turn(s) in the conversation)'), '/history', 30, 250);
      t('send-keys', '-t', session, '/exit', 'Enter');
      await waitFor(() => screen().includes('EXIT=0'), 'exit 0', 30, 250);
    } catch (e) {
      throw new Error(`${(e as Error).message}; the terminal showed:\n${screen()}`);
    } finally {
      t('kill-session', '-t', session);
    }
  });
});
