import { coverageDemandFromBands } from './coverage-demand.js';
import type { CoverageDemand, LeavePeriod, ShiftTemplate, Skill, StaffMember, Team } from './roster.types.js';

/** Shapes of the roster sections of the reference data file (libs/reference/data/<street>.json). */
export interface ReferenceStaff {
  code: string;
  name: string;
  team: Team;
  skills: Skill[];
  contractHoursPerMonth: number;
  maxHoursPerMonth: number;
  leave?: LeavePeriod[];
  preferences?: { avoid?: string[]; prefer?: string[]; preferDaysOff?: string[] };
  shifts?: string[];
}

export interface ReferenceShiftTemplate {
  code: string;
  name: string;
  start: string;
  end: string;
  skills?: Skill[];
  workdaysOnly?: boolean;
  teams?: Team[];
}

export interface ReferenceCoverageDemand {
  hours: Record<string, number>;
  dispatchQualifiedPerHour?: number;
}

export interface ReferenceRosterData {
  demoStaff: { staff: ReferenceStaff[] };
  shiftTemplates: ReferenceShiftTemplate[];
  coverageDemand: ReferenceCoverageDemand;
}

export function staffFromReference(staff: readonly ReferenceStaff[]): StaffMember[] {
  return staff.map((person) => ({
    id: person.code,
    code: person.code,
    name: person.name,
    team: person.team,
    skills: [...person.skills],
    contractHoursPerMonth: person.contractHoursPerMonth,
    maxHoursPerMonth: person.maxHoursPerMonth,
    leave: person.leave ? person.leave.map((period) => ({ ...period })) : [],
    preferences: person.preferences ? { ...person.preferences } : undefined,
    allowedShifts: person.shifts ? [...person.shifts] : undefined,
  }));
}

/**
 * The reference file does not say which team works which shift. Convention: a workdays-only shift (行政班) is
 * the office team's, the others are the seat team's, so a seat operator is never rostered on 行政班 (it would not
 * count toward seat coverage) unless a template says otherwise.
 */
export function templatesFromReference(templates: readonly ReferenceShiftTemplate[]): ShiftTemplate[] {
  return templates.map((template) => ({
    code: template.code,
    name: template.name,
    start: template.start,
    end: template.end,
    skills: template.skills ? [...template.skills] : undefined,
    workdaysOnly: template.workdaysOnly ?? false,
    teams: template.teams ?? (template.workdaysOnly ? ['office'] : ['seat']),
  }));
}

export function demandFromReference(demand: ReferenceCoverageDemand): CoverageDemand {
  return coverageDemandFromBands(demand.hours, demand.dispatchQualifiedPerHour ?? 1);
}

export function rosterInputsFromReference(data: ReferenceRosterData): {
  staff: StaffMember[];
  templates: ShiftTemplate[];
  demand: CoverageDemand;
} {
  return {
    staff: staffFromReference(data.demoStaff.staff),
    templates: templatesFromReference(data.shiftTemplates),
    demand: demandFromReference(data.coverageDemand),
  };
}
