import { Tag } from 'antd';
import type { RosterViolation } from '../../api/roster-types';
import { RULE_LABELS } from './roster-labels';

/** The checker's violations: rule, then its own sentence (which already names the person, date and hour). */
export function ViolationList({ violations, label }: { violations: readonly RosterViolation[]; label: string }) {
  if (!violations.length) return null;
  return (
    <ul className="roster-violations" aria-label={label}>
      {violations.map((v, i) => (
        <li key={i}>
          <Tag color="error">{RULE_LABELS[v.rule] ?? v.rule}</Tag> {v.message}
        </li>
      ))}
    </ul>
  );
}

/** `details.violations` of a refusal (ROSTER_HAS_VIOLATIONS, ROSTER_RULE_VIOLATION), if it carries them. */
export function violationsOf(details: Record<string, unknown>): RosterViolation[] {
  return Array.isArray(details.violations) ? (details.violations as RosterViolation[]) : [];
}
