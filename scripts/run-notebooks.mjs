#!/usr/bin/env node
// Executes every notebooks/*.ipynb headless with the tslab kernel (nbconvert) and fails on any
// error cell. Executed copies go to out/notebooks/ so the committed notebooks stay clean.
// Where Jupyter is missing this says so and how to install it; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const python = process.env.MEDTUNE_PYTHON ?? '/usr/bin/python3';
const only = process.argv.slice(2);
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };

function probe() {
  if (!existsSync(python)) return `${python} not found`;
  const r = spawnSync(python, ['-c', 'import nbconvert, nbclient, ipykernel'], { encoding: 'utf8' });
  if (r.status !== 0) return `nbconvert/nbclient/ipykernel missing for ${python}`;
  const k = spawnSync(python, ['-c', 'from jupyter_client.kernelspec import KernelSpecManager as K; print("tslab" in K().find_kernel_specs())'], { encoding: 'utf8' });
  if (!k.stdout.includes('True')) return 'the tslab kernel is not registered';
  return undefined;
}

const missing = probe();
if (missing) {
  const how =
    'install with: sudo apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel && npx tslab install --python=/usr/bin/python3';
  if (process.env.CI === 'true') {
    console.error(`notebooks: cannot run (${missing}); under CI=true a skipped notebook is a failure. ${how}`);
    process.exit(1);
  }
  console.warn(`notebooks: SKIPPED, ${missing}. ${how}`);
  process.exit(0);
}

const dir = join(root, 'notebooks');
const outDir = join(root, 'out', 'notebooks');
mkdirSync(outDir, { recursive: true });
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const nb of notebooks) {
  const started = Date.now();
  const r = spawnSync(
    python,
    ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=tslab',
      '--ExecutePreprocessor.timeout=900', '--output-dir', outDir, join(dir, nb)],
    { cwd: dir, env, encoding: 'utf8' },
  );
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let errors = [];
  if (r.status === 0) {
    const executed = JSON.parse(readFileSync(join(outDir, nb), 'utf8'));
    errors = executed.cells.flatMap((c, i) =>
      (c.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `cell ${i}: ${o.ename}: ${o.evalue}`));
  }
  if (r.status !== 0 || errors.length) {
    failed++;
    console.error(`notebook ${nb}: FAILED after ${secs}s`);
    console.error(errors.join('\n') || r.stderr.split('\n').slice(-25).join('\n'));
  } else {
    console.log(`notebook ${nb}: ok (${secs}s)`);
  }
}
console.log(`notebooks: ${notebooks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
