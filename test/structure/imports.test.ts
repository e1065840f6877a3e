/**
 * The SDK's layers import downhill only (docs/ARCHITECTURE.md, "Layers"):
 * runtime → model → deid → data → train → eval → safety → serve → cli.
 *
 * Every `import`, `export ... from`, `import()` and `require()` of every file under sdk/ is read
 * with the TypeScript scanner; a file may import its own folder and any lower layer, never a higher
 * one (safety is narrower still, see ONLY). Only the package barrel sdk/index.ts re-exports every layer. A new top-level folder under
 * sdk/ fails here until it is given a place in LAYERS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SDK = resolve(import.meta.dirname, '../../sdk');

/** Lowest first. deid sits below data: `Dataset.deidentify()` uses it, deid needs nothing from data. */
const LAYERS = ['runtime', 'model', 'deid', 'data', 'train', 'eval', 'safety', 'serve', 'cli'] as const;
/** Files allowed to import every layer. */
const BARRELS = new Set(['index.ts']);
/**
 * Layers held to a narrower set than "everything below": guardrails wrap any generating model and
 * scrub PHI, so safety needs the model interface and deid, never evaluation or training.
 */
const ONLY: Partial<Record<(typeof LAYERS)[number], readonly string[]>> = {
  safety: ['runtime', 'model', 'deid'],
};
/**
 * Files of a narrowed layer that are not part of what narrows it: the built-in GRPO rewards score
 * answers with eval's answer parsing and the guardrails' checks, and nothing imports them but
 * the SDK barrel and the CLI, so they may import every layer below safety.
 */
const WIDE = new Set(['safety/rewards.ts']);


function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The layer (top-level folder under sdk/) of an absolute path, or undefined outside any folder. */
function layerOf(file: string): string | undefined {
  const parts = relative(SDK, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Module specifiers a file imports (static, re-exports, dynamic and `typeof import()`). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

interface Violation {
  file: string;
  imports: string;
  why: string;
}

function violations(): Violation[] {
  const out: Violation[] = [];
  for (const file of sourceFiles(SDK)) {
    const rel = relative(SDK, file).split(sep).join('/');
    const from = layerOf(file);
    if (from === undefined) {
      if (!BARRELS.has(rel)) out.push({ file: rel, imports: '', why: 'files directly under sdk/ other than index.ts have no layer' });
      continue;
    }
    const rank = LAYERS.indexOf(from as (typeof LAYERS)[number]);
    if (rank < 0) {
      out.push({ file: rel, imports: '', why: `folder sdk/${from} is not in the layer list (${LAYERS.join(' → ')})` });
      continue;
    }
    for (const spec of importsOf(file)) {
      if (spec === 'medtune' || spec.startsWith('medtune/')) {
        out.push({ file: rel, imports: spec, why: 'the SDK imports its own modules by relative path, never through the package' });
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SDK + sep)) {
        out.push({ file: rel, imports: spec, why: 'imports from outside sdk/' });
        continue;
      }
      const to = layerOf(target);
      if (to === undefined) {
        out.push({ file: rel, imports: spec, why: 'imports the package barrel sdk/index.ts' });
        continue;
      }
      if (to === from) continue;
      const toRank = LAYERS.indexOf(to as (typeof LAYERS)[number]);
      if (toRank < 0 || toRank > rank) out.push({ file: rel, imports: spec, why: `${from} must not import ${to} (a higher layer)` });
      else if (!WIDE.has(rel) && ONLY[from as (typeof LAYERS)[number]]?.includes(to) === false) {
        out.push({ file: rel, imports: spec, why: `${from} may import only ${ONLY[from as (typeof LAYERS)[number]]!.join(', ')}` });
      }
    }
  }
  return out;
}

describe('layering', () => {
  const found = violations().map((v) => ({ edge: `sdk/${v.file}${v.imports ? ` imports ${v.imports}` : ''}`, why: v.why }));

  it('every import under sdk/ goes downhill', () => {
    expect(found.map((v) => `${v.edge}: ${v.why}`)).toEqual([]);
  });


  it('the scanner sees every import form', () => {
    const src = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export * from './c.js';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "let f: typeof import('./f.js');",
      "const g = require('./g.js');",
    ].join('\n');
    const info = ts.preProcessFile(src, true, true);
    expect(info.importedFiles.map((f) => f.fileName).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', './f.js', './g.js']);
  });
});
