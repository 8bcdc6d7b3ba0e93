import {
  ORDER_TYPES,
  POLICY_DURATION_FIELDS,
  URGENCIES,
  type OrderType,
  type PolicyDurationField,
  type Urgency,
} from './deadline-policy.js';
import { DURATION_UNITS } from './working-time.js';

export interface PolicyProblem {
  /** Index of the row, or -1 for a problem with the table as a whole. */
  row: number;
  /** The field concerned, e.g. 'type' or 'reviewWithin.amount'. */
  field?: string;
  message: string;
}

/** The buffer may be zero (the unit is then due at the platform's limit); every clock must have some length. */
const MAY_BE_ZERO: ReadonlySet<string> = new Set<PolicyDurationField>(['unitReplyBuffer']);

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored or submitted `Duration` of the field checked the way every deadline duration is; `row` is echoed back. */
export function durationProblems(row: number, field: string, value: unknown): PolicyProblem[] {
  if (!isObject(value)) return [{ row, field, message: 'duration is missing or not an object { unit, amount }' }];
  const problems: PolicyProblem[] = [];
  const { unit, amount } = value;
  if (!DURATION_UNITS.includes(unit as never)) {
    const message = `unit must be one of ${DURATION_UNITS.join(', ')}, got ${JSON.stringify(unit)}`;
    problems.push({ row, field: `${field}.unit`, message });
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    const message = `amount must be a finite number, got ${JSON.stringify(amount)}`;
    problems.push({ row, field: `${field}.amount`, message });
    return problems;
  }
  if (amount < 0) {
    problems.push({ row, field: `${field}.amount`, message: `amount must not be negative, got ${amount}` });
  } else if (amount === 0 && !MAY_BE_ZERO.has(field)) {
    problems.push({ row, field: `${field}.amount`, message: 'amount must be greater than zero' });
  }
  if (unit === 'workingDays' && !Number.isInteger(amount)) {
    problems.push({ row, field: `${field}.amount`, message: `working days must be a whole number, got ${amount}` });
  }
  return problems;
}

/**
 * Checks a deadline policy table as stored or submitted by the admin and returns every problem (empty = valid):
 * malformed rows, unknown types or urgencies, duplicate or missing (type × urgency) pairs, bad durations.
 */
export function validateDeadlinePolicy(policy: unknown): PolicyProblem[] {
  if (!Array.isArray(policy)) return [{ row: -1, message: 'policy must be a list of rows' }];
  const problems: PolicyProblem[] = [];
  const rowByPair = new Map<string, number>();

  policy.forEach((candidate: unknown, row) => {
    if (!isObject(candidate)) {
      problems.push({ row, message: 'row must be an object' });
      return;
    }
    const { type, urgency } = candidate;
    const typeKnown = ORDER_TYPES.includes(type as OrderType);
    const urgencyKnown = URGENCIES.includes(urgency as Urgency);
    if (!typeKnown) problems.push({ row, field: 'type', message: `unknown order type ${JSON.stringify(type)}` });
    if (!urgencyKnown) problems.push({ row, field: 'urgency', message: `unknown urgency ${JSON.stringify(urgency)}` });
    if (typeKnown && urgencyKnown) {
      const pair = `${String(type)} × ${String(urgency)}`;
      const earlier = rowByPair.get(pair);
      if (earlier !== undefined) problems.push({ row, message: `${pair} is already defined in row ${earlier}` });
      else rowByPair.set(pair, row);
    }
    for (const field of POLICY_DURATION_FIELDS) problems.push(...durationProblems(row, field, candidate[field]));
  });

  // Every order must find its row, or its clocks cannot be set.
  for (const type of ORDER_TYPES) {
    for (const urgency of URGENCIES) {
      const pair = `${type} × ${urgency}`;
      if (!rowByPair.has(pair)) problems.push({ row: -1, message: `no row for ${pair}` });
    }
  }
  return problems;
}
