/**
 * Shapes of the 排班 api (libs/rostering/src/api/*.controller.ts and the views of its use cases), as the browser
 * receives them: instants are ISO strings, dates 'YYYY-MM-DD', months 'YYYY-MM'.
 */

export interface ItemsOf<T> {
  items: T[];
}

/** One broken hard rule, as the checker states it (libs/roster `RosterViolation`). */
export interface RosterViolation {
  rule: string;
  staffId?: string;
  date?: string;
  hour?: number;
  message: string;
  details: Record<string, unknown>;
}

export type RosterStatus = 'draft' | 'published' | 'superseded';

/** `GET /api/roster/rosters`: one version of a month. */
export interface RosterSummary {
  id: string;
  month: string;
  revision: number;
  status: RosterStatus;
  statusLabel: string;
  /** greedy | optimiser | copy | … */
  source: string;
  version: number;
  generation: Record<string, unknown> | null;
  publishedAt: string | null;
  updatedAt?: string;
}

export interface RosterAssignment {
  staffCode: string;
  staffName: string | null;
  date: string;
  shiftCode: string;
  shiftName: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

/** `GET /api/roster/rosters/:id`. */
export interface RosterDetail extends RosterSummary {
  assignments: RosterAssignment[];
  violations: RosterViolation[];
  softScoreTotal: number;
}

/** `GET /api/roster/rosters/:id/check`. */
export interface RosterCheck {
  rosterId: string;
  valid: boolean;
  violations: RosterViolation[];
}

export type GenerationMethod = 'optimiser' | 'greedy';

export interface GenerateRosterBody {
  month: string;
  method?: GenerationMethod;
  timeLimitSeconds?: number;
}

/** The solver's report (libs/rostering generate-roster.use-case.ts `GenerationReport`). */
export interface GenerationReport {
  method: GenerationMethod;
  /** optimal | feasible | infeasible | no_solution | error, or greedy */
  status: string;
  solverStatus: string | null;
  /** Of the roster kept (the quick rota's soft score when `fallback` is greedy). */
  objective: number | null;
  bestBound: number | null;
  /** Relative gap between objective and bound (0.05 = 5 %). */
  gap: number | null;
  solveMs: number;
  timeLimitSeconds: number | null;
  /** Stopped by 取消: the roster is the best one found until then. */
  cancelled?: boolean;
  fallback: 'greedy' | null;
  fallbackReason?: 'no_solution' | 'better_soft_score' | null;
  /** The quick rota's soft score: the optimiser's roster is never worse. */
  greedySoftScoreTotal?: number | null;
  softScoreByRule: Record<string, number>;
  softScoreTotal: number;
  violations: RosterViolation[];
  /** Hour by hour, when the month cannot be covered: "2027-01-15 00:00–08:00 缺 1 名具备派单资质人员（无人可排）". */
  infeasibility: string[] | null;
}

export type GenerationStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Where the solver stands: its best roster's objective, the proven bound, the gap between them. */
export interface GenerationProgress {
  incumbent: number | null;
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
}

/** `POST /api/roster/generate` (202) and `GET /api/roster/generations/:id`. */
export interface RosterGeneration {
  id: string;
  month: string;
  method: GenerationMethod;
  timeLimitSeconds: number;
  status: GenerationStatus;
  statusLabel: string;
  cancelRequested: boolean;
  progress: GenerationProgress | null;
  /** The draft made (also when cancelled: the best roster found until then). */
  rosterId: string | null;
  rosterRevision: number | null;
  report: GenerationReport | null;
  error: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** `GET /api/roster/on-duty`. */
export interface OnDutyPerson {
  staffCode: string;
  name: string;
  userId: string | null;
  team: 'seat' | 'office';
  skills: string[];
  shiftCode: string;
  shiftName: string;
  dutyDate: string;
  startsAt: string;
  endsAt: string;
  /** 派单资质 on this shift. */
  mayDispatch: boolean;
  checkedIn: boolean;
}

export interface OnDuty {
  at: string;
  items: OnDutyPerson[];
}

export interface ShiftTemplate {
  code: string;
  name: string;
  start: string;
  end: string;
  skills: string[];
  teams?: ('seat' | 'office')[];
  workdaysOnly: boolean;
  night?: boolean;
  active: boolean;
}

export interface RosterStaff {
  code: string;
  name: string;
  team: 'seat' | 'office';
  skills: string[];
  /** The desk account of this person: how the page finds the viewer's own row. */
  userId: string | null;
  active: boolean;
}

/** A shift as the operations endpoints name it. */
export interface AssignmentRef {
  staffCode: string;
  date: string;
  shiftCode: string;
}

/** Stored form inside swap requests (the roster domain's key is `staffId`). */
export interface StoredAssignment {
  staffId: string;
  date: string;
  shiftCode: string;
}

export type SwapRequestBody =
  | { kind: 'swap'; first: AssignmentRef; second: AssignmentRef; reason?: string }
  | { kind: 'cover'; assignment: AssignmentRef; replacementStaffCode: string; reason?: string };

export interface SwapRequest {
  id: string;
  rosterId: string;
  kind: 'swap' | 'cover';
  remove: StoredAssignment[];
  add: StoredAssignment[];
  reason: string | null;
  status: 'pending' | 'approved' | 'rejected';
  statusLabel: string;
  requestedBy: string | null;
  requestedAt: string;
  decidedAt: string | null;
  note: string | null;
  version: number;
}

export interface ShortfallRange {
  kind: 'seats' | 'dispatch';
  date: string;
  fromHour: number;
  toHour: number;
  missing: number;
  message: string;
}

export interface ReplacementCandidate {
  staffId: string;
  /** 王晓燕（S01） */
  label: string;
  monthHours: number;
  preferenceConflict: boolean;
  notes: string[];
}

export interface SickCall {
  id: string;
  rosterId: string;
  staffCode: string;
  date: string;
  shiftCode: string;
  gaps: ShortfallRange[];
  /** Best first; each keeps every hard rule. */
  candidates: ReplacementCandidate[];
  status: 'open' | 'covered';
  statusLabel: string;
  replacementCode: string | null;
  reportedAt: string;
  version: number;
}

/** `POST /api/roster/check-in|check-out` and the rows of `GET /api/roster/attendance`. */
export interface AttendanceRecord {
  staffCode: string;
  name: string;
  date: string;
  shiftCode: string;
  scheduledStart: string;
  scheduledEnd: string;
  checkInAt: string | null;
  checkOutAt: string | null;
  status: 'scheduled' | 'absent' | 'on_duty' | 'checked_out';
  lateMinutes: number;
  late: boolean;
  earlyLeaveMinutes: number;
  /** 待签到, 缺勤, 在岗（迟到 12 分钟）, 已签退… */
  label: string;
}

export interface HandoverOrder {
  orderId: string;
  upstreamNo: string | null;
  status: string;
  urgency: string;
  type: string;
  category: string | null;
  receivedAt: string;
  unitDueAt: string | null;
  upstreamDueAt: string | null;
}

export interface HandoverClock {
  orderId: string;
  upstreamNo: string | null;
  status: string;
  /** sign | contact | reply | … (ORDER_CLOCK_LABELS) */
  clock: string;
  dueAt: string;
  overdue: boolean;
}

export interface HandoverNote {
  by: string | null;
  name: string;
  at: string;
  text: string;
}

export interface Handover {
  id: string;
  date: string;
  shiftCode: string;
  shiftEnd: string;
  outgoingStaff: string[];
  incomingStaff: string[];
  openOrders: HandoverOrder[];
  nearDueClocks: HandoverClock[];
  notes: HandoverNote[];
  status: 'open' | 'confirmed';
  statusLabel: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  version: number;
}
