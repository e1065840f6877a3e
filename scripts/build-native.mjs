#!/usr/bin/env node
// Builds medtune's native kernels (native/src/*.c -> native/build/medtune_native.node): a
// Node-API addon over OpenBLAS that the wasm backend uses for its matrix products and fused
// training kernels. Runs as the package's `install` script, so it must never fail the install:
// without a C compiler or OpenBLAS it prints one line saying how to get the fast path and exits 0
// (medtune then runs on plain tfjs-backend-wasm, which is correct but several times slower).
//
// Plain `cc` instead of node-gyp: no Python, no download of Node headers (the pinned npm package
// node-api-headers provides them, and Node-API is ABI-stable, so one build serves Node 18-22).
//
//   node scripts/build-native.mjs            build (quiet on success unless --verbose)
//   CC=clang node scripts/build-native.mjs   another compiler
//   MEDTUNE_NATIVE_CFLAGS="-O3 -mavx2"       replace the default -O3 -march=native (e.g. for a binary
//                                            copied to other machines)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'native', 'src');
const outDir = join(root, 'native', 'build');
const out = join(outDir, 'medtune_native.node');
const verbose = process.argv.includes('--verbose');
const HOW =
  'For the fast path install a C compiler and OpenBLAS (Debian/Ubuntu: apt-get install build-essential libopenblas-dev), then run npm run build:native';

function giveUp(reason) {
  rmSync(out, { force: true });
  console.log(`medtune: native kernels not built (${reason}); training runs on plain wasm, several times slower. ${HOW}.`);
  process.exit(0);
}

function headerDir() {
  const candidates = [];
  try {
    candidates.push(createRequire(import.meta.url)('node-api-headers').include_dir);
  } catch {
    // not installed: try the headers that ship with Node itself
  }
  candidates.push(join(dirname(process.execPath), '..', 'include', 'node'), '/usr/include/node', '/usr/local/include/node');
  return candidates.find((d) => d && existsSync(join(d, 'node_api.h')));
}

const cc = process.env.CC || 'cc';
const probe = spawnSync(cc, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) giveUp(`no C compiler: \`${cc} --version\` failed`);
const include = headerDir();
if (!include) giveUp('Node-API headers not found (node-api-headers package or <node>/include/node)');

const sources = readdirSync(src).filter((f) => f.endsWith('.c')).map((f) => join(src, f));
const cflags = (process.env.MEDTUNE_NATIVE_CFLAGS || '-O3 -march=native').split(/\s+/).filter(Boolean);
mkdirSync(outDir, { recursive: true });
const tmp = `${out}.tmp-${process.pid}`;
const args = [
  ...cflags, '-std=c11', '-ffp-contract=off', '-D_GNU_SOURCE', '-fPIC', '-shared', '-Wall', '-Wextra', '-Wno-unused-parameter',
  `-I${include}`, ...sources, '-o', tmp, '-lopenblas', '-lpthread', '-lm',
];
const build = spawnSync(cc, args, { encoding: 'utf8' });
if (build.error || build.status !== 0) {
  rmSync(tmp, { force: true });
  const log = `${build.stderr ?? ''}${build.stdout ?? ''}`;
  if (verbose) console.error(log);
  const why = /openblas|cannot find -l/i.test(log) ? 'OpenBLAS not found (-lopenblas)' : `${cc} failed: ${log.split('\n').find((l) => /error/.test(l)) ?? 'see --verbose'}`;
  giveUp(why);
}
renameSync(tmp, out);

// Load it once in a child process: a binary that links but cannot load (missing shared library at
// run time) is worse than none, because medtune would report the fallback only at run time.
const check = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(out)}); console.log(JSON.stringify(m.info()))`], { encoding: 'utf8' });
if (check.status !== 0) giveUp(`built but does not load: ${(check.stderr || '').split('\n').find((l) => l.trim()) ?? 'unknown error'}`);
const info = JSON.parse(check.stdout);
console.log(`medtune: native kernels built (${info.blas} ${info.core}, ${out.slice(root.length + 1)})`);
