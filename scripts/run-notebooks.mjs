#!/usr/bin/env node
// Executes notebooks/*.ipynb headless with the tslab kernel (nbclient) and fails on any error cell.
//   node scripts/run-notebooks.mjs [names...]          executed copies go to out/notebooks/
//   node scripts/run-notebooks.mjs --write [names...]  the executed notebooks replace notebooks/*.ipynb
//                                                      (committed with outputs and execution counts)
// Names match by substring ("01", "deploy"). With Jupyter present but the tslab kernel not
// registered, the kernel is registered for the current user (tslab install) and the run goes on.
// Where Jupyter itself is missing this says so and how to install it; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const python = process.env.MEDTUNE_PYTHON ?? '/usr/bin/python3';
const args = process.argv.slice(2);
const write = args.includes('--write');
const only = args.filter((a) => a !== '--write');
const unknown = only.filter((a) => a.startsWith('-'));
if (unknown.length) {
  console.error(`notebooks: unknown option ${unknown[0]}; usage: node scripts/run-notebooks.mjs [--write] [names...]`);
  process.exit(2);
}
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };
const how = 'install with: sudo apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel';

function kernelRegistered() {
  const k = spawnSync(python, ['-c', 'from jupyter_client.kernelspec import KernelSpecManager as K; print("tslab" in K().find_kernel_specs())'], { encoding: 'utf8' });
  return k.stdout.includes('True');
}

/** Why the notebooks cannot run, or undefined when they can (registering the kernel on the way). */
function probe() {
  if (!existsSync(python)) return `${python} not found; ${how}`;
  const r = spawnSync(python, ['-c', 'import nbconvert, nbclient, ipykernel'], { encoding: 'utf8' });
  if (r.status !== 0) return `nbconvert/nbclient/ipykernel missing for ${python}; ${how}`;
  if (kernelRegistered()) return undefined;
  // A user-level step (writes a kernelspec under ~/.local/share/jupyter), so no sudo is needed.
  console.log(`notebooks: the tslab kernel is not registered; registering it: tslab install --user --python=${python}`);
  const tslab = join(root, 'node_modules', '.bin', 'tslab');
  const inst = spawnSync(tslab, ['install', '--user', `--python=${python}`], { env, encoding: 'utf8' });
  if (inst.status === 0 && kernelRegistered()) return undefined;
  const why = (inst.error?.message ?? `${inst.stderr ?? ''}${inst.stdout ?? ''}`).trim().split('\n').slice(-3).join(' ');
  return `the tslab kernel is not registered and "tslab install --python=${python}" failed (${why}); run npm install, then npx tslab install --python=${python}`;
}

const missing = probe();
if (missing) {
  if (process.env.CI === 'true') {
    console.error(`notebooks: cannot run (${missing}); under CI=true a skipped notebook is a failure.`);
    process.exit(1);
  }
  console.warn(`notebooks: SKIPPED, ${missing}.`);
  process.exit(0);
}

const dir = join(root, 'notebooks');
const outDir = join(root, 'out', 'notebooks');
mkdirSync(outDir, { recursive: true });
const notebooks = readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (only.length && notebooks.length === 0) {
  console.error(`notebooks: no notebook in notebooks/ matches ${only.join(', ')}`);
  process.exit(2);
}
// Executes one notebook with nbclient (what nbconvert --execute uses). nbclient takes a cell's
// execution count only from iopub messages, which tslab does not send for cells without a result,
// so the count the kernel returns in its execute_reply is copied onto the cell; per-cell timing
// metadata is not recorded (it would change every committed notebook on every run). The executed
// notebook is written even when a cell fails, so the error can be read in place.
const EXECUTE = `
import sys, nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
src, dst, cwd = sys.argv[1:4]
nb = nbformat.read(src, as_version=4)
failed = []
def counted(cell, cell_index, execute_reply):
    content = execute_reply.get("content", {})
    if content.get("execution_count") is not None:
        cell["execution_count"] = content["execution_count"]
    if content.get("status") == "error":
        failed.append(cell_index)
client = NotebookClient(nb, timeout=900, kernel_name="tslab", record_timing=False,
                        resources={"metadata": {"path": cwd}}, on_cell_executed=counted)
try:
    client.execute()
except CellExecutionError as e:
    # tslab reports errors on stderr with status "error" in the reply, not as an error output.
    sys.stderr.write(f"cell {failed[0] if failed else '?'} failed:\\n{str(e)[-2500:]}\\n")
finally:
    nbformat.write(nb, dst)
sys.exit(1 if failed else 0)
`;

let failed = 0;
for (const nb of notebooks) {
  const started = Date.now();
  const executedPath = join(outDir, nb);
  rmSync(executedPath, { force: true });
  const r = spawnSync(python, ['-c', EXECUTE, join(dir, nb), executedPath, dir], { cwd: dir, env, encoding: 'utf8' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let errors = [];
  if (existsSync(executedPath)) {
    const executed = JSON.parse(readFileSync(executedPath, 'utf8'));
    errors = executed.cells.flatMap((c, i) =>
      (c.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `cell ${i}: ${o.ename}: ${o.evalue}`));
  }
  if (r.status !== 0 || errors.length || !existsSync(executedPath)) {
    failed++;
    console.error(`notebook ${nb}: FAILED after ${secs}s (executed copy, if any: out/notebooks/${nb})`);
    console.error(errors.join('\n') || r.stderr.split('\n').slice(-25).join('\n'));
    continue;
  }
  const mb = (statSync(executedPath).size / 1e6).toFixed(2);
  // Only a notebook that ran cleanly replaces the committed one (a rename: never half-written).
  if (write) renameSync(executedPath, join(dir, nb));
  console.log(`notebook ${nb}: ok (${secs}s, ${mb} MB${write ? ', written to notebooks/' : ''})`);
}
console.log(`notebooks: ${notebooks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
