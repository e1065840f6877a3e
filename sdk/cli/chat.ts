/**
 * `medtune chat`: talk to a model (plus optional adapter) in the terminal, with streaming,
 * multi-turn history, `/reset`, `/system`, sampling flags and guardrails on by default. Ctrl-C
 * stops the answer being written, not the program; `/exit` or Ctrl-D quits. With `--prompt` it
 * answers once and exits (`--json`: one JSON object on stdout, for scripts).
 *
 * @example
 * ./bin/medtune chat --model data/models/medtune-tiny --adapter out/adapter --max-new-tokens 64
 * ./bin/medtune chat --model data/models/medtune-tiny --prompt "What is sepsis?" --json
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { GuardrailsConfigInput } from '../safety/guardrails-config.js';
import { resolveGuardrails } from '../safety/guardrails-config.js';
import { GenerationAborted } from '../serve/abortable-model.js';
import { ChatSession, type ChatTurn } from '../serve/chat-session.js';
import { ModelHost } from '../serve/model-host.js';
import { initBackend } from '../runtime/backend.js';
import { GENERATION_FLAGS, GENERATION_FLAGS_HELP, generationOptionsFromFlags, MODEL_FLAGS, MODEL_FLAGS_HELP } from './model-flags.js';

const HELP = `usage: medtune chat --model <dir> [--adapter <dir>] [options]

Chat with a model in the terminal. Commands: /reset (new conversation), /system <text> (set the
system message; '/system' shows it, '/system -' clears it), /history, /help, /exit.
Ctrl-C stops the answer being written; Ctrl-D or /exit quits.

options:
${MODEL_FLAGS_HELP}
  --system <text>             system message
  --prompt <text>             answer this one message and exit (no interactive session)
  --json                      with --prompt: print one JSON object instead of streaming text
  --guardrails <file.json>    guardrail settings (GuardrailsConfig), e.g. {"disclaimer": false}
  --no-guardrails             switch every guardrail off (screening, safety prompt, PHI scrubbing, disclaimer)
${GENERATION_FLAGS_HELP}
  -h, --help                  show this help`;

const COMMANDS_HELP = `/reset           start a new conversation
/system <text>   set the system message ('/system' shows it, '/system -' clears it)
/history         show how many turns the conversation has
/exit            quit (or Ctrl-D); Ctrl-C stops an answer`;

function guardrailsFrom(values: { guardrails?: string; 'no-guardrails'?: boolean }): GuardrailsConfigInput | undefined {
  if (values['no-guardrails'] && values.guardrails) throw new Error('--guardrails and --no-guardrails exclude each other');
  if (values['no-guardrails']) return { inputScreening: false, systemPrompt: false, phiScrub: false, disclaimer: false };
  if (!values.guardrails) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.guardrails, 'utf8'));
  } catch (e) {
    throw new Error(`${values.guardrails}: cannot read guardrail settings as JSON (${(e as Error).message})`);
  }
  resolveGuardrails(raw as GuardrailsConfigInput); // errors name the key
  return raw as GuardrailsConfigInput;
}

function describe(turn: ChatTurn): string {
  const parts = [`finish: ${turn.finishReason}`];
  if (turn.usage) parts.push(`${turn.usage.completionTokens} tokens in ${turn.seconds.toFixed(1)} s`);
  if (turn.applied?.screened) parts.push(`screened: ${turn.applied.screened.action} (${turn.applied.screened.id})`);
  if (turn.applied?.phiSpans) parts.push(`${turn.applied.phiSpans} identifier(s) scrubbed`);
  if (turn.droppedTurns) parts.push(`${turn.droppedTurns} oldest turn(s) dropped to fit the context`);
  return parts.join('; ');
}

/** Run `medtune chat`. @example await run(['--model', 'data/models/medtune-tiny', '--prompt', 'Hi', '--json']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...MODEL_FLAGS,
      system: { type: 'string' },
      prompt: { type: 'string' },
      json: { type: 'boolean', default: false },
      guardrails: { type: 'string' },
      'no-guardrails': { type: 'boolean', default: false },
      ...GENERATION_FLAGS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model) {
    console.error('medtune chat: --model <dir> is required\n\n' + HELP);
    return 2;
  }
  if (values.json && values.prompt === undefined) {
    console.error('medtune chat: --json needs --prompt');
    return 2;
  }
  if (values.template !== undefined && !['chatml', 'alpaca', 'llama2'].includes(values.template)) {
    console.error(`medtune chat: --template: found ${JSON.stringify(values.template)}; expected chatml, alpaca or llama2`);
    return 2;
  }
  if (values.quantize !== undefined && values.quantize !== 'nf4' && values.quantize !== 'int8') {
    console.error(`medtune chat: --quantize: found ${JSON.stringify(values.quantize)}; expected nf4 or int8`);
    return 2;
  }
  let generation;
  let guardrails;
  try {
    generation = generationOptionsFromFlags(values);
    guardrails = guardrailsFrom(values);
  } catch (e) {
    console.error(`medtune chat: ${(e as Error).message}`);
    return 2;
  }

  await initBackend();
  const host = await ModelHost.load({
    model: values.model, adapter: values.adapter,
    template: values.template as 'chatml' | 'alpaca' | 'llama2' | undefined, quantize: values.quantize as 'nf4' | 'int8' | undefined,
  });
  try {
    if (host.templateNotice) console.error(`medtune chat: ${host.templateNotice}`);
    const session = new ChatSession(host.model, { system: values.system, guardrails, generation });
    if (values.prompt !== undefined) return await once(session, host, values.prompt, values.json);
    return await interactive(session, host, guardrails);
  } finally {
    host.dispose();
  }
}

async function once(session: ChatSession, host: ModelHost, prompt: string, json: boolean): Promise<number> {
  const ac = new AbortController();
  const onSigint = () => ac.abort(new GenerationAborted('interrupted'));
  process.on('SIGINT', onSigint);
  try {
    const turn = await session.send(prompt, { signal: ac.signal, onToken: json ? undefined : (t) => process.stdout.write(t) });
    if (json) {
      console.log(JSON.stringify({
        model: host.models[0].id, template: host.model.tokenizer.templateName, text: turn.text, finish_reason: turn.finishReason,
        usage: turn.usage ? { prompt_tokens: turn.usage.promptTokens, completion_tokens: turn.usage.completionTokens } : null,
        guard: turn.applied ?? null, seconds: turn.seconds,
      }));
    } else {
      process.stdout.write('\n');
      console.error(describe(turn));
    }
    return turn.finishReason === 'interrupted' ? 130 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** Which guardrails are on, for the banner. */
function guardrailSummary(g: GuardrailsConfigInput | undefined): string {
  const r = resolveGuardrails(g);
  const names = { inputScreening: 'input screening', systemPrompt: 'safety prompt', phiScrub: 'PHI scrubbing', disclaimer: 'disclaimer' } as const;
  const on = (Object.keys(names) as (keyof typeof names)[]).filter((k) => r[k].enabled).map((k) => names[k]);
  return on.length === 4 ? 'all guardrails on' : on.length ? `guardrails: ${on.join(', ')} (others off)` : 'guardrails off';
}

async function interactive(session: ChatSession, host: ModelHost, guardrails: GuardrailsConfigInput | undefined): Promise<number> {
  const tty = Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  console.error(
    `medtune chat: ${host.models[0].id}, template ${host.model.tokenizer.templateName}, ${guardrailSummary(guardrails)}. ` +
      `/help for commands; Ctrl-C stops an answer; /exit or Ctrl-D quits.`,
  );
  let current: AbortController | undefined;
  const onInterrupt = () => {
    if (current) current.abort(new GenerationAborted('interrupted'));
    else if (tty) {
      process.stdout.write('\n(Ctrl-C stops an answer; /exit or Ctrl-D quits)\n');
      rl.prompt();
    }
  };
  rl.on('SIGINT', onInterrupt); // a terminal: readline turns Ctrl-C into this event
  process.on('SIGINT', onInterrupt); // a pipe: the signal itself
  rl.setPrompt('you> ');
  if (tty) rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/exit' || line === '/quit') break;
      if (line === '') {
        if (tty) rl.prompt();
        continue;
      }
      if (line.startsWith('/')) {
        command(session, line);
      } else {
        current = new AbortController();
        if (tty) process.stdout.write('assistant> ');
        try {
          const turn = await session.send(line, { signal: current.signal, onToken: (t) => process.stdout.write(t) });
          process.stdout.write('\n');
          console.error(turn.finishReason === 'interrupted' ? '[stopped]' : `[${describe(turn)}]`);
        } catch (e) {
          process.stdout.write('\n');
          console.error(`medtune chat: ${(e as Error).message}`);
        } finally {
          current = undefined;
        }
      }
      if (tty) rl.prompt();
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    rl.close();
  }
  return 0;
}

function command(session: ChatSession, line: string): void {
  const [name, ...rest] = line.split(/\s+/);
  const arg = line.slice(name.length).trim();
  if (name === '/reset') {
    session.reset();
    console.log('(new conversation)');
  } else if (name === '/system') {
    if (!rest.length) console.log(session.system ? `system: ${session.system}` : '(no system message)');
    else if (arg === '-') {
      session.system = undefined;
      console.log('(system message cleared)');
    } else {
      session.system = arg;
      console.log('(system message set)');
    }
  } else if (name === '/history') {
    console.log(`(${session.history.length / 2} turn(s) in the conversation)`);
  } else if (name === '/help') {
    console.log(COMMANDS_HELP);
  } else {
    console.log(`unknown command ${name}; /help lists the commands`);
  }
}
