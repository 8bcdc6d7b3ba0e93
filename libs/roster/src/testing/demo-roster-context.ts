import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rosterInputsFromReference, type ReferenceRosterData } from '../domain/reference-data.js';
import type { RosterContext } from '../domain/roster.types.js';

/** The demo seat team, shift templates and default demand of the reference data (陶然亭街道), for tests and benches. */
export function readDemoReference(): ReferenceRosterData {
  const file = fileURLToPath(new URL('../../../reference/data/taoranting.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as ReferenceRosterData;
}

export function demoRosterContext(month = '2026-12'): RosterContext {
  return { month, ...rosterInputsFromReference(readDemoReference()) };
}
