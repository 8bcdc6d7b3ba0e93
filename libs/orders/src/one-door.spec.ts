import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One door per aggregate: only `libs/orders` writes the order tables (its `OrderWriter` for other modules). A module
 * that wrote them itself would skip the version check, the timeline, the audit record or the event — the defects
 * this rule was made for. Exceptions are named with their reason.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const ORDER_TABLES = ['work_order', 'order_event', 'order_clock', 'order_unit_counter', 'outbox_message', 'order_number_counter'];
const WRITE = new RegExp(String.raw`\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(${ORDER_TABLES.join('|')})\b`, 'gi');

const ALLOWED: Record<string, string> = {
  // The schema itself.
  'libs/schema/src/migrations': 'migrations create and backfill the tables',
  // Demo history replayed through `decide` and written in bulk: 15,000 actions through one transaction each would
  // make the first start take minutes (see the file's header).
  'libs/demo/src/demo-orders.seeder.ts': 'the demo generator’s bulk path',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name) ? [path] : [];
  });
}

function writesOutsideOrders(): string[] {
  const found: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]) {
    const rel = relative(ROOT, file).split('\\').join('/');
    if (rel.startsWith('libs/orders/') || Object.keys(ALLOWED).some((allowed) => rel.startsWith(allowed))) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(WRITE)) found.push(`${rel}: ${match[0]}`);
  }
  return found;
}

describe('one door for the order tables', () => {
  test('when any lib or app other than libs/orders writes work_order, order_event or order_clock, then this fails naming it', () => {
    expect(writesOutsideOrders()).toEqual([]);
  });

  test('when the rule scans, then it does see writes (it finds the orders lib’s own and the allowed ones)', () => {
    const own = sourceFiles(join(ROOT, 'libs', 'orders', 'src')).some((f) => new RegExp(WRITE.source, 'i').test(readFileSync(f, 'utf8')));
    const seeder = readFileSync(join(ROOT, 'libs/demo/src/demo-orders.seeder.ts'), 'utf8');
    expect(own).toBe(true);
    expect(new RegExp(WRITE.source, 'i').test(seeder)).toBe(true);
  });
});
