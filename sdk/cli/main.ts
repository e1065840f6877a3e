/**
 * `medtune <command>`: a thin dispatcher. Each command lives in its own file under sdk/cli and
 * exports `run(argv): Promise<number>` (the exit code); modules load lazily so `medtune --help`
 * does not pay for TensorFlow.js.
 *
 * @example
 * await main(['deidentify', '--in', 'notes.jsonl', '--out', 'clean.jsonl']);
 */
export interface Command {
  summary: string;
  load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

export const COMMANDS: Record<string, Command> = {
  prepare: { summary: 'load, clean and split a dataset, save JSONL splits', load: () => import('./prepare.js') },
  deidentify: { summary: 'remove PHI from text/JSONL (mask | tag | surrogate)', load: () => import('./deidentify.js') },
  score: { summary: 'per-token log-probabilities and perplexity', load: () => import('./score.js') },
  generate: { summary: 'stream a completion from a model', load: () => import('./generate.js') },
  train: { summary: 'LoRA/QLoRA fine-tune from a LLaMA-Factory style YAML', load: () => import('./train.js') },
  eval: { summary: 'evaluate a model on perplexity, MCQ, PubMedQA, summaries, red team', load: () => import('./eval.js') },
  chat: { summary: 'chat with a model (+ adapter) in the terminal, guardrails on', load: () => import('./chat.js') },
  serve: { summary: 'OpenAI-compatible API, /diagnose and web playground, with keys and audit log', load: () => import('./serve.js') },
  audit: { summary: "verify a serve audit log's hash chain", load: () => import('./audit.js') },
  export: { summary: 'export to GGUF (llama.cpp, Ollama), a LoRA GGUF, or a merged HF checkpoint', load: () => import('./export.js') },
  handoff: { summary: 'write a LLaMA-Factory folder (data, config, DeepSpeed, run.sh) to train on GPUs', load: () => import('./handoff.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
  return `usage: medtune <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'medtune <command> --help' for a command's options.`;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`medtune: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (e) {
    // Errors are written by our own code without PHI; print the message, not a stack, to users.
    console.error(`medtune ${name}: ${(e as Error).message}`);
    if (process.env.MEDTUNE_DEBUG) console.error((e as Error).stack);
    return 1;
  }
}
