/**
 * Types of the 7×24 roster domain (DESIGN §7). Dates are Beijing wall-clock strings ('YYYY-MM-DD', 'HH:MM');
 * nothing here depends on the process time zone.
 */

export type Skill = 'intake' | 'dispatch' | 'review' | 'statistics' | 'ledger';
export type Team = 'seat' | 'office';

export interface ShiftTemplate {
  code: string;
  name: string;
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM'; '24:00' ends at midnight; an end ≤ start means the shift ends on the next calendar day. */
  end: string;
  /** Skills every person on this shift must hold. */
  skills?: Skill[];
  /** Only on working days of the PRC calendar (行政班). */
  workdaysOnly?: boolean;
  /** Teams that may work this shift; absent = every team. */
  teams?: Team[];
  /** Overrides the derived night flag (derived: the shift overlaps 00:00–06:00). */
  night?: boolean;
}

export interface LeavePeriod {
  /** 'YYYY-MM-DD', inclusive */
  from: string;
  /** 'YYYY-MM-DD', inclusive */
  to: string;
  /** 年假, 病假, 事假… */
  kind: string;
}

/** A time window in which the person cannot work; 'YYYY-MM-DD' (whole day) or 'YYYY-MM-DDTHH:MM'. */
export interface Unavailability {
  from: string;
  /** Exclusive when a time is given; a bare date means the end of that day. */
  to: string;
  reason?: string;
}

export interface StaffPreferences {
  /** Shift codes or names the person would rather not work (soft). */
  avoid?: string[];
  /** Shift codes or names the person prefers; when given, other shifts are mildly penalised (soft). */
  prefer?: string[];
  /** Dates the person would like off (soft). */
  preferDaysOff?: string[];
}

export interface StaffMember {
  /** Stable key used by assignments (the staff code in the demo data). */
  id: string;
  code?: string;
  name: string;
  team: Team;
  skills: Skill[];
  contractHoursPerMonth: number;
  maxHoursPerMonth: number;
  leave?: LeavePeriod[];
  unavailability?: Unavailability[];
  preferences?: StaffPreferences;
  /** Shift codes or names this person may work; absent = every shift open to the team. */
  allowedShifts?: string[];
}

export interface HourDemand {
  seats: number;
  dispatch: number;
}

/** A change of demand on one date, e.g. extra seats on the first day of the heating season. */
export interface CoverageOverride {
  date: string;
  /** 0–23, default 0 */
  fromHour?: number;
  /** 1–24, exclusive, default 24 */
  toHour?: number;
  /** Replaces the weekly seat demand in these hours. */
  seats?: number;
  /** Added after `seats` is applied. */
  extraSeats?: number;
  /** Replaces the dispatch-qualified demand in these hours. */
  dispatch?: number;
  reason?: string;
}

export interface CoverageDemand {
  /** [weekday 0 = Monday … 6 = Sunday][hour 0–23]: seat staff on duty. */
  seatsByHourOfWeek: number[][];
  /** [weekday][hour]: dispatch-qualified seat staff on duty. */
  dispatchByHourOfWeek: number[][];
  overrides?: CoverageOverride[];
}

export interface Assignment {
  staffId: string;
  /** Duty date 'YYYY-MM-DD': the date on which the shift starts. */
  date: string;
  shiftCode: string;
}

export type Roster = readonly Assignment[];

export interface RosterCalendar {
  /** PRC working day (make-up Saturdays count). Default Monday–Friday. */
  isWorkingDay?: (date: string) => boolean;
  /** Statutory holiday, for the holiday-fairness rule. Default: none. */
  isHoliday?: (date: string) => boolean;
}

export interface HardRuleLimits {
  minRestHours: number;
  minRestAfterNightHours: number;
  maxConsecutiveDays: number;
}

/** Everything needed to judge or build the roster of one month. */
export interface RosterContext {
  /** 'YYYY-MM' */
  month: string;
  templates: readonly ShiftTemplate[];
  staff: readonly StaffMember[];
  demand: CoverageDemand;
  calendar?: RosterCalendar;
  /** Last days of the previous month, for rest, consecutive-day and overnight coverage across the boundary. */
  previousAssignments?: Roster;
  limits?: Partial<HardRuleLimits>;
}

/** DESIGN §7: ≥ 11 h between shifts, ≥ 24 h after a night shift, ≤ 6 consecutive working days. */
export const DEFAULT_HARD_RULE_LIMITS: HardRuleLimits = { minRestHours: 11, minRestAfterNightHours: 24, maxConsecutiveDays: 6 };

export function hardRuleLimits(context: Pick<RosterContext, 'limits'>): HardRuleLimits {
  return { ...DEFAULT_HARD_RULE_LIMITS, ...context.limits };
}

export const RosterRule = {
  Coverage: 'coverage',
  DispatchCoverage: 'dispatch_coverage',
  OneShiftPerDay: 'one_shift_per_day',
  MinRest: 'min_rest',
  RestAfterNight: 'rest_after_night',
  MaxConsecutiveDays: 'max_consecutive_days',
  Leave: 'leave',
  Unavailability: 'unavailability',
  MaxHours: 'max_hours',
  Skill: 'skill',
  ShiftNotAllowed: 'shift_not_allowed',
  WorkdaysOnly: 'workdays_only',
  InvalidAssignment: 'invalid_assignment',
} as const;
export type RosterRuleId = (typeof RosterRule)[keyof typeof RosterRule];

export interface RosterViolation {
  rule: RosterRuleId;
  staffId?: string;
  date?: string;
  hour?: number;
  /** Shown to supervisors. */
  message: string;
  details: Record<string, unknown>;
}

export const SoftRule = {
  NightFairness: 'night_fairness',
  WeekendFairness: 'weekend_fairness',
  HolidayFairness: 'holiday_fairness',
  AvoidedShift: 'avoided_shift',
  UnpreferredShift: 'unpreferred_shift',
  PreferredDayOff: 'preferred_day_off',
  IsolatedDayOff: 'isolated_day_off',
  IsolatedWorkDay: 'isolated_work_day',
  HoursBalance: 'hours_balance',
  SurplusSeatHours: 'surplus_seat_hours',
} as const;
export type SoftRuleId = (typeof SoftRule)[keyof typeof SoftRule];

/** Penalty per unit of each soft rule; the optimiser minimises the weighted sum. */
export type SoftWeights = Record<SoftRuleId, number>;
export type SoftScoreByRule = Record<SoftRuleId, number>;

export const DEFAULT_SOFT_WEIGHTS: SoftWeights = {
  night_fairness: 10, // per night of max−min spread
  weekend_fairness: 6, // per weekend shift of spread
  holiday_fairness: 6, // per holiday shift of spread
  avoided_shift: 20, // per assignment to a shift the person asked to avoid
  unpreferred_shift: 2, // per assignment outside a stated preference list
  preferred_day_off: 10, // per wished day off that is worked
  // Work and rest in blocks (e.g. 2–4 on, 2 off): a lone day off or a lone working day costs more than the ~8 hours
  // of imbalance it would take to move a shift, so the optimiser breaks the every-other-day pattern where it can.
  isolated_day_off: 12, // per single day off between two working days
  isolated_work_day: 10, // per single working day between two days off
  hours_balance: 1, // per hour away from the person's target
  surplus_seat_hours: 1, // per seat person-hour above the hour's demand
};
