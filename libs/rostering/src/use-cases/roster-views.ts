import type { EntityManager } from 'typeorm';
import { checkRoster, scoreRoster, shiftInterval, type Assignment, type RosterViolation } from '@app/roster';
import { instantOfMinute } from '../beijing-minutes.js';
import { RosterRepository, type RosterRow } from '../persistence/roster.repository.js';
import type { LoadedRosterContext } from './roster-context.loader.js';

export interface RosterAssignmentView {
  staffCode: string;
  /** The same code under the name other systems use for a person's key. */
  staffId: string;
  staffName: string | null;
  date: string;
  shiftCode: string;
  shiftName: string | null;
  /** When the shift starts and ends (instants; a night shift ends the next day). */
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface RosterDetail {
  id: string;
  month: string;
  revision: number;
  status: string;
  statusLabel: string;
  source: string;
  version: number;
  generation: Record<string, unknown> | null;
  publishedAt: Date | null;
  assignments: RosterAssignmentView[];
  /** The independent checker's verdict on the roster as it stands. */
  violations: RosterViolation[];
  softScoreTotal: number;
}

const STATUS_LABELS: Record<string, string> = { draft: '草稿', published: '已发布', superseded: '已被替换' };

export function rosterSummary(row: RosterRow) {
  return {
    id: row.id,
    month: row.month,
    revision: row.revision,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status] ?? row.status,
    source: row.source,
    version: row.version,
    generation: row.generation,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export function rosterDetail(row: RosterRow, assignments: readonly Assignment[], context: LoadedRosterContext): RosterDetail {
  const staff = new Map(context.staff.map((person) => [person.id, person.name]));
  const templates = new Map(context.templates.map((template) => [template.code, template]));
  return {
    ...rosterSummary(row),
    assignments: assignments.map((a) => {
      const template = templates.get(a.shiftCode);
      const interval = template ? shiftInterval(template, a.date) : null;
      return {
        staffCode: a.staffId,
        staffId: a.staffId,
        staffName: staff.get(a.staffId) ?? null,
        date: a.date,
        shiftCode: a.shiftCode,
        shiftName: template?.name ?? null,
        startsAt: interval ? instantOfMinute(interval.startMinute) : null,
        endsAt: interval ? instantOfMinute(interval.endMinute) : null,
      };
    }),
    violations: checkRoster(context, assignments),
    softScoreTotal: scoreRoster(context, assignments).total,
  };
}

export async function loadAssignments(m: EntityManager, rosterId: string): Promise<Assignment[]> {
  return RosterRepository.assignments(m, rosterId);
}
