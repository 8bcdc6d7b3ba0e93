// Types and rule ids
export * from './roster.types.js';

// Building blocks: dates, shift times, demand, reference data
export { addDays, datesOfMonth, isMondayToFriday, weekdayIndex } from './calendar-dates.js';
export { shiftDurationHours, shiftInterval, isNightShift, coveredHourNumbers, type ShiftInterval } from './shift-timing.js';
export {
  DEFAULT_HOUR_BANDS,
  coverageDemandFromBands,
  defaultCoverageDemand,
  demandAt,
  withOverride,
  type HourBands,
} from './coverage-demand.js';
export * from './reference-data.js';

// The judge
export { checkRoster, uncoveredHours } from './roster-checker.js';
export type { HourShortfall, ShortfallKind } from './coverage-check.js';
export { mergeShortfalls, missingHours, shortfallMessage, type ShortfallRange } from './shortfall-ranges.js';

// Soft rules
export { scoreRoster, type SoftScoreReport, type StaffLoad } from './soft-score.js';
export { hoursTarget, hoursTargetBasis, resolveSoftWeights, type HoursTargetBasis, type HoursTargetMode, type SoftScoreOptions } from './soft-rule-basis.js';

// Generation
export { concludeSolve, generateRoster, type GenerateRosterOptions, type GreedyStart, type RosterGenerationResult, type SolveSummary } from './roster-generator.js';
export { buildRosterModel, type RosterModel, type RosterModelOptions } from './roster-model-builder.js';
export { explainCoverageGaps, precheckCoverage, type CoverageGapReport } from './coverage-gaps.js';
export type { MipProgress, MipStatus } from './highs-runner.js';
export { buildGreedyRoster, type GreedyRosterOptions } from './greedy-roster.js';

// Operations
export {
  applyRosterChange,
  validateRosterChange,
  validateSwap,
  type ChangeValidation,
  type RosterChange,
  type ShiftSwap,
} from './swap-validation.js';
export { rankReplacements, type ReplacementCandidate } from './replacement-ranking.js';

// Attendance and delivered coverage
export { attendanceVerdict, DEFAULT_GRACE_MINUTES, type AttendanceInput, type AttendanceStatus, type AttendanceVerdict } from './attendance.js';
export { deliveredCoverage, type DeliveredCoverage, type DeliveredDay, type Presence } from './delivered-coverage.js';
export { minuteOfDateTime, formatMinute } from './calendar-dates.js';
export { sameAssignment } from './swap-validation.js';
export { bestRoster, figuresAgainstBound, type RosterCandidate, type RosterFigures } from './best-roster.js';
