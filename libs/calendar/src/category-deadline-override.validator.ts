import { OVERRIDE_DURATION_FIELDS } from './category-deadline-override.js';
import { ORDER_TYPES, URGENCIES, type OrderType, type Urgency } from './deadline-policy.js';
import { durationProblems, isObject, type PolicyProblem } from './deadline-policy.validator.js';

/**
 * Checks one category override as submitted or stored and returns every problem (empty = valid): a category
 * prefix, a known type and urgency or null, at least one clock, and each clock a valid duration (the policy rows'
 * rules) or null. Whether the category exists in the street's tree is the caller's to check.
 */
export function validateCategoryOverride(candidate: unknown): PolicyProblem[] {
  if (!isObject(candidate)) return [{ row: -1, message: 'override must be an object' }];
  const problems: PolicyProblem[] = [];
  const { categoryPrefix, type, urgency } = candidate;
  if (typeof categoryPrefix !== 'string' || categoryPrefix.trim() === '') {
    problems.push({ row: -1, field: 'categoryPrefix', message: 'category prefix must be a non-empty string' });
  }
  if (type !== null && !ORDER_TYPES.includes(type as OrderType)) {
    problems.push({ row: -1, field: 'type', message: `unknown order type ${JSON.stringify(type)}` });
  }
  if (urgency !== null && !URGENCIES.includes(urgency as Urgency)) {
    problems.push({ row: -1, field: 'urgency', message: `unknown urgency ${JSON.stringify(urgency)}` });
  }
  const set = OVERRIDE_DURATION_FIELDS.filter((field) => candidate[field] !== null && candidate[field] !== undefined);
  if (set.length === 0) problems.push({ row: -1, message: 'an override must set at least one clock' });
  for (const field of set) problems.push(...durationProblems(-1, field, candidate[field]));
  return problems;
}
