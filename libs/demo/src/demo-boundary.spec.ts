import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * libs/demo (the demo generator and seeders) is never imported by production code: a street's intake, dispatch or
 * statistics must not depend on invented orders. The one exception is the api's composition root, which wires the
 * demo seeder in when the configuration says demo mode. Tests, test helpers and benchmarks may use it.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const COMPOSITION_ROOTS = new Set(['apps/api/src/api.module.ts']);
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"]([^'"]+)['"]/g;

function productionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return productionFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(spec|int-spec|e2e-spec)\.ts$|\.test-helper\.ts$/.test(name) ? [path] : [];
  });
}

const isDemo = (spec: string) => spec === '@app/demo' || spec.startsWith('@app/demo/') || /(^|\/)libs\/demo(\/|$)|^\.\.?\/.*\bdemo\/src\b/.test(spec);

function demoImportsIn(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1]).filter(isDemo);
}

const importsOfDemo = (file: string) => demoImportsIn(readFileSync(file, 'utf8'));

function offenders(): string[] {
  const found: string[] = [];
  for (const file of [...productionFiles(join(ROOT, 'libs')), ...productionFiles(join(ROOT, 'apps'))]) {
    const rel = relative(ROOT, file).split('\\').join('/');
    if (rel.startsWith('libs/demo/') || COMPOSITION_ROOTS.has(rel)) continue;
    for (const spec of importsOfDemo(file)) found.push(`${rel} imports ${spec}`);
  }
  return found;
}

describe('libs/demo stays out of production code', () => {
  test('when a production file (not a test) in libs/ or apps/ imports libs/demo, then this fails naming it', () => {
    expect(offenders()).toEqual([]);
  });

  test('when the rule scans, then it recognises an import of the demo library in each form it is written', () => {
    const forms = [`import { x } from '@app/demo';`, `await import('@app/demo')`, `import { y } from '../../demo/src/generator.js';`, `import 'libs/demo/src/index.js';`];
    for (const form of forms) expect(demoImportsIn(form)).toHaveLength(1);
    expect(demoImportsIn(`import { z } from '@app/reference'; import { w } from './demo-users.js';`)).toEqual([]);
  });

  test('when the composition root wires demo mode, then it is the one place that names the library', () => {
    expect(importsOfDemo(join(ROOT, 'apps/api/src/api.module.ts'))).toEqual(['@app/demo']);
  });
});
