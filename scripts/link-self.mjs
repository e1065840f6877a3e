#!/usr/bin/env node
// Notebooks `import ... from "medtune"`. tslab resolves bare names through node_modules only (it
// does not follow a package's self-reference via "exports"), so link node_modules/medtune to this
// package once. Idempotent; never replaces a real installed package of that name.
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const link = join(root, 'node_modules', 'medtune');
let exists = false;
try {
  lstatSync(link);
  exists = true;
} catch {
  // missing: create it below
}
if (!exists) {
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  symlinkSync('..', link, 'dir');
  console.log('linked node_modules/medtune -> . (for notebooks)');
}
