/**
 * Roster generator benchmark: the optimiser (HiGHS MIP) against a greedy round-robin baseline measured in the same
 * run, both judged by the independent checker and scorer.
 *
 *   npx tsx bench/roster-generator.bench.ts [--time-limit <seconds>]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildGreedyRoster,
  checkRoster,
  generateRoster,
  missingHours,
  rosterInputsFromReference,
  scoreRoster,
  uncoveredHours,
  type ReferenceRosterData,
  type RosterContext,
  type Skill,
  type StaffMember,
} from '@app/roster';

import type { BenchResult } from './bench-result.js';

export type { BenchResult };

export interface RosterBenchOptions {
  /** Solver limit per scenario (default 60 s). */
  timeLimitSeconds?: number;
}

const MONTH = '2026-12';

function demoContext(): RosterContext {
  const file = fileURLToPath(new URL('../libs/reference/data/taoranting.json', import.meta.url));
  const data = JSON.parse(readFileSync(file, 'utf8')) as ReferenceRosterData;
  return { month: MONTH, ...rosterInputsFromReference(data) };
}

/**
 * 40 people with the demo team's mix (6 of 16 dispatch, 3 review, 5 intake only, 2 office): 15 dispatch, 8 review,
 * 12 intake, 5 office. One in eight avoids nights (like S10), two have a week of leave (like S04).
 */
export function synthesiseStaff(count = 40): StaffMember[] {
  const mix: { share: number; team: StaffMember['team']; skills: Skill[]; allowedShifts?: string[] }[] = [
    { share: 6 / 16, team: 'seat', skills: ['intake', 'dispatch'] },
    { share: 3 / 16, team: 'seat', skills: ['intake', 'review'] },
    { share: 5 / 16, team: 'seat', skills: ['intake'] },
    { share: 2 / 16, team: 'office', skills: ['statistics', 'ledger'], allowedShifts: ['行政班'] },
  ];
  const counts = mix.map((kind) => Math.floor(kind.share * count));
  for (let index = 0; counts.reduce((a, b) => a + b, 0) < count; index++) counts[index % counts.length] += 1;
  const staff: StaffMember[] = [];
  mix.forEach((kind, kindIndex) => {
    for (let n = 0; n < counts[kindIndex]; n++) {
      const id = `B${String(staff.length + 1).padStart(2, '0')}`;
      staff.push({
        id,
        code: id,
        name: `坐席${staff.length + 1}`,
        team: kind.team,
        skills: [...kind.skills],
        contractHoursPerMonth: 174,
        maxHoursPerMonth: 200,
        leave: [],
        allowedShifts: kind.allowedShifts,
        preferences: kind.team === 'seat' && staff.length % 8 === 7 ? { avoid: ['夜班'] } : undefined,
      });
    }
  });
  staff[2].leave = [{ from: `${MONTH}-10`, to: `${MONTH}-14`, kind: '年假' }];
  staff[20].leave = [{ from: `${MONTH}-21`, to: `${MONTH}-25`, kind: '年假' }];
  return staff;
}

async function measure(name: string, context: RosterContext, timeLimitSeconds: number): Promise<BenchResult> {
  const greedyStarted = performance.now();
  const greedy = buildGreedyRoster(context);
  const greedyMs = performance.now() - greedyStarted;
  const greedyMissing = missingHours(uncoveredHours(context, greedy));

  const result = await generateRoster(context, { timeLimitSeconds });
  const optimiserMs = result.buildMs + result.solveMs;
  return {
    name,
    metrics: {
      status: result.status,
      solveMs: Math.round(result.solveMs),
      buildMs: Math.round(result.buildMs),
      timeLimitS: timeLimitSeconds,
      objective: round(result.objective),
      bestBound: round(result.bestBound),
      gapPct: result.gap === null ? 'n/a' : round(result.gap * 100),
      violations: checkRoster(context, result.roster).length,
      softScore: round(result.softScoreTotal),
      assignments: result.roster.length,
      variables: result.modelSize.variables,
      rows: result.modelSize.rows,
    },
    baseline: {
      name: 'greedy round-robin',
      metrics: {
        solveMs: round(greedyMs),
        violations: checkRoster(context, greedy).length,
        missingSeatHours: greedyMissing.seats,
        missingDispatchHours: greedyMissing.dispatch,
        softScore: round(scoreRoster(context, greedy).total),
        assignments: greedy.length,
      },
    },
    ratio: Math.round((optimiserMs / Math.max(greedyMs, 0.001)) * 10) / 10,
  };
}

export async function run(options: RosterBenchOptions = {}): Promise<BenchResult[]> {
  const timeLimitSeconds = options.timeLimitSeconds ?? 60;
  const demo = demoContext();
  return [
    await measure(`roster ${MONTH}: demo team (${demo.staff.length} staff) × 31 days`, demo, timeLimitSeconds),
    await measure(`roster ${MONTH}: 40 synthesised staff × 31 days`, { ...demo, staff: synthesiseStaff(40) }, timeLimitSeconds),
  ];
}

function round(value: number | null): number | string {
  return value === null ? 'n/a' : Math.round(value * 100) / 100;
}

function printTable(results: BenchResult[]): void {
  for (const result of results) {
    console.log(`\n${result.name}`);
    const rows = Object.keys({ ...result.metrics, ...result.baseline?.metrics }).map((metric) => ({
      metric,
      optimiser: result.metrics[metric] ?? '',
      [result.baseline?.name ?? 'baseline']: result.baseline?.metrics[metric] ?? '',
    }));
    console.table(rows);
    console.log(`time ratio optimiser / baseline: ${result.ratio}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const limitFlag = process.argv.indexOf('--time-limit');
  const timeLimitSeconds = limitFlag > 0 ? Number(process.argv[limitFlag + 1]) : undefined;
  printTable(await run({ timeLimitSeconds }));
}
