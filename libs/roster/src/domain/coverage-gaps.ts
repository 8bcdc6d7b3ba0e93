import type { HourShortfall, ShortfallKind } from './coverage-check.js';
import { demandAt } from './coverage-demand.js';
import { solveMip, type MipStatus } from './highs-runner.js';
import { checkRoster, uncoveredHours } from './roster-checker.js';
import { buildRosterModel } from './roster-model-builder.js';
import { allCandidates, buildModelFrame, tailHoursInMonth } from './roster-model-frame.js';
import { coveredHourNumbers } from './shift-timing.js';
import { mergeShortfalls, missingHours, type ShortfallRange } from './shortfall-ranges.js';
import { hardRuleLimits, RosterRule, SoftRule, type Assignment, type RosterContext, type SoftWeights } from './roster.types.js';

/**
 * The relaxed model minimises missing person-hours only: soft rules are switched off so the solver can prove the
 * minimum quickly (its roster is an explanation, not a roster to publish).
 */
const NO_SOFT_RULES = Object.fromEntries(Object.values(SoftRule).map((rule) => [rule, 0])) as SoftWeights;

export interface CoverageGapReport {
  /** Found before solving: in these hours too few people could be there at all. Certain. */
  certainGaps: ShortfallRange[];
  /** Month-level necessary conditions that fail (hours demanded versus hours the team may work). */
  capacityNotes: string[];
  /** The relaxed model's answer: the hours still short in the best roster when coverage may fall short. */
  relaxed: {
    status: MipStatus;
    /**
     * True when the solver proved the relaxed optimum: no roster leaves fewer person-hours short in total (where
     * the gaps fall may still be moved around).
     */
    minimal: boolean;
    solveMs: number;
    gaps: ShortfallRange[];
    missingPersonHours: Record<ShortfallKind, number>;
    /** The relaxed roster (every hard rule kept except coverage; soft rules ignored). */
    roster: Assignment[];
  } | null;
  /** Chinese lines for the supervisor, most certain first. */
  messages: string[];
}

/**
 * Quick necessary conditions, no solver: for each hour, the people who could be on duty at all (some shift they
 * may work covers the hour, no leave, no unavailability, enough rest after last month); and for the month, the
 * hours demanded versus the hours the team may work.
 */
export function precheckCoverage(context: RosterContext): { certainGaps: ShortfallRange[]; capacityNotes: string[] } {
  const frame = buildModelFrame(context, hardRuleLimits(context));
  const firstHour = frame.monthStartMinute / 60;
  const hourCount = frame.dates.length * 24;
  const seats = Array.from({ length: hourCount }, () => new Set<string>());
  const dispatchers = Array.from({ length: hourCount }, () => new Set<string>());
  const addCover = (staffId: string, dispatch: boolean, hours: number[]) => {
    for (const hour of hours) {
      const index = hour - firstHour;
      if (index < 0 || index >= hourCount) continue;
      seats[index].add(staffId);
      if (dispatch) dispatchers[index].add(staffId);
    }
  };
  for (const candidate of allCandidates(frame)) {
    if (candidate.staff.team === 'seat') addCover(candidate.staff.id, candidate.staff.skills.includes('dispatch'), coveredHourNumbers(candidate.interval));
  }
  for (const shifts of frame.tail.values()) {
    for (const shift of shifts) {
      if (shift.staff.team === 'seat') addCover(shift.staff.id, shift.staff.skills.includes('dispatch'), coveredHourNumbers(shift.interval));
    }
  }

  const shortfalls: HourShortfall[] = [];
  let demandSeatHours = 0;
  let demandDispatchHours = 0;
  frame.dates.forEach((date, dateIndex) => {
    for (let hour = 0; hour < 24; hour++) {
      const index = dateIndex * 24 + hour;
      const demand = demandAt(context.demand, date, hour);
      demandSeatHours += demand.seats;
      demandDispatchHours += demand.dispatch;
      for (const [kind, able, required] of [['seats', seats[index], demand.seats], ['dispatch', dispatchers[index], demand.dispatch]] as const) {
        if (able.size < required) {
          shortfalls.push({ kind, date, hour, required, actual: able.size, missing: required - able.size, onDuty: [...able] });
        }
      }
    }
  });

  // Each person can give at most min(max monthly hours, the longest shift they may work on each available day).
  const capacity = (dispatchOnly: boolean) =>
    context.staff
      .filter((person) => person.team === 'seat' && (!dispatchOnly || person.skills.includes('dispatch')))
      .reduce((sum, person) => {
        const staffIndex = context.staff.indexOf(person);
        const byDay = frame.candidates[staffIndex].reduce((hours, sameDay) => hours + Math.max(0, ...sameDay.map((c) => c.monthHours)), 0);
        return sum + Math.min(person.maxHoursPerMonth, byDay + tailHoursInMonth(frame, person));
      }, 0);
  const capacityNotes: string[] = [];
  const seatCapacity = capacity(false);
  const dispatchCapacity = capacity(true);
  if (seatCapacity < demandSeatHours) {
    capacityNotes.push(`本月坐席需求 ${demandSeatHours} 人时，坐席人员最多可排 ${Math.floor(seatCapacity)} 人时，至少缺 ${Math.ceil(demandSeatHours - seatCapacity)} 人时`);
  }
  if (dispatchCapacity < demandDispatchHours) {
    capacityNotes.push(
      `本月派单资质需求 ${demandDispatchHours} 人时，具备派单资质人员最多可排 ${Math.floor(dispatchCapacity)} 人时，至少缺 ${Math.ceil(demandDispatchHours - dispatchCapacity)} 人时`,
    );
  }
  return { certainGaps: mergeShortfalls(shortfalls), capacityNotes };
}

/**
 * Says what is missing when the month cannot be covered: the pre-solve checks, then the relaxed model (every hard
 * rule kept except coverage, whose shortfall is what gets minimised), whose remaining gaps are recounted hour by
 * hour by the checker and merged into ranges such as "2026-12-24 00:00–08:00 缺 1 名具备派单资质人员".
 */
export async function explainCoverageGaps(context: RosterContext, options: { timeLimitSeconds?: number } = {}): Promise<CoverageGapReport> {
  const { certainGaps, capacityNotes } = precheckCoverage(context);
  const model = buildRosterModel(context, { weights: NO_SOFT_RULES, coverageSlackPenalty: 1 });
  const outcome = await solveMip(model.lp.toLpText(), { timeLimitSeconds: options.timeLimitSeconds ?? 30 });

  let relaxed: CoverageGapReport['relaxed'] = null;
  let relaxedShortfalls: HourShortfall[] = [];
  if (outcome.values.size > 0) {
    const roster = model.decode(outcome.values);
    const otherViolations = checkRoster(context, roster).filter(
      (violation) => violation.rule !== RosterRule.Coverage && violation.rule !== RosterRule.DispatchCoverage,
    );
    if (otherViolations.length > 0) {
      // The relaxed model must keep every other hard rule; if the checker disagrees, the model has a bug.
      throw new Error(`Relaxed roster breaks hard rules: ${otherViolations.map((v) => v.message).join('; ')}`);
    }
    const shortfalls = uncoveredHours(context, roster);
    relaxedShortfalls = shortfalls;
    relaxed = {
      status: outcome.status,
      minimal: outcome.status === 'optimal',
      solveMs: outcome.solveMs,
      gaps: mergeShortfalls(shortfalls),
      missingPersonHours: missingHours(shortfalls),
      roster,
    };
  }

  // Hours already named by the quick check are not repeated; the relaxed model adds what lies beyond them.
  const beyondCertain = relaxedShortfalls
    .map((item) => ({ ...item, missing: item.missing - certainMissing(certainGaps, item.kind, item.date, item.hour) }))
    .filter((item) => item.missing > 0);
  const messages = [
    ...certainGaps.map((gap) => `${gap.message}（无人可排）`),
    ...capacityNotes,
    ...mergeShortfalls(beyondCertain).map((gap) => `${gap.message}（${relaxed?.minimal ? '缺口总量最少的方案' : '求解时限内找到的最佳方案'}）`),
  ];
  return { certainGaps, capacityNotes, relaxed, messages };
}

function certainMissing(certainGaps: readonly ShortfallRange[], kind: ShortfallKind, date: string, hour: number): number {
  const range = certainGaps.find((gap) => gap.kind === kind && gap.date === date && gap.fromHour <= hour && hour < gap.toHour);
  return range?.missing ?? 0;
}
