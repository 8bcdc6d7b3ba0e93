import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner, returnedRows } from '@app/database';
import { isCivilDay } from '@app/errors';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';

const SKILLS = ['intake', 'dispatch', 'review', 'statistics', 'ledger'] as const;
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '时间格式应为 HH:MM');
// Stored as text and read back by the solver: a day that does not exist (2026-02-30) must be refused here.
const dateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T(([01]\d|2[0-3]):[0-5]\d|24:00))?$/, '应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM')
  .refine((v) => isCivilDay(v.slice(0, 10)), '日期应为有效的 YYYY-MM-DD');
const hourGrid = z.array(z.array(z.number().int().min(0).max(50)).length(24)).length(7);

export const TemplateBody = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,16}$/, '班次代码只能包含字母、数字、下划线和连字符'),
  name: z.string().trim().min(1).max(20),
  start: clockTime,
  end: clockTime,
  skills: z.array(z.enum(SKILLS)).default([]),
  teams: z.array(z.enum(['seat', 'office'])).min(1).optional(),
  workdaysOnly: z.boolean().default(false),
  night: z.boolean().optional(),
});

const StaffFields = {
  name: z.string().trim().min(1).max(32),
  team: z.enum(['seat', 'office']),
  skills: z.array(z.enum(SKILLS)).min(1),
  contractHoursPerMonth: z.number().positive().max(400),
  maxHoursPerMonth: z.number().positive().max(400),
  allowedShifts: z.array(z.string().trim().min(1)).optional(),
  preferences: z.object({ avoid: z.array(z.string()).optional(), prefer: z.array(z.string()).optional(), preferDaysOff: z.array(z.iso.date()).optional() }).default({}),
  userId: z.uuid().nullable().optional(),
};
export const StaffBody = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,16}$/, '人员编号只能包含字母、数字、下划线和连字符'), ...StaffFields })
  .refine((s) => s.maxHoursPerMonth >= s.contractHoursPerMonth, { path: ['maxHoursPerMonth'], message: '月工时上限不能低于合同工时' });
export const StaffUpdateBody = z.object({ version: z.number().int().min(1), ...StaffFields, active: z.boolean().default(true) })
  .refine((s) => s.maxHoursPerMonth >= s.contractHoursPerMonth, { path: ['maxHoursPerMonth'], message: '月工时上限不能低于合同工时' });
export const AbsenceBody = z.object({ kind: z.enum(['leave', 'unavailability']), from: dateOrDateTime, to: dateOrDateTime, reason: z.string().trim().max(100).optional() })
  .refine((a) => a.from <= a.to, { path: ['to'], message: '结束不能早于开始' });
export const DemandBody = z.object({ version: z.number().int().min(0), seatsByHourOfWeek: hourGrid, dispatchByHourOfWeek: hourGrid });
export const OverrideBody = z.object({
  date: z.iso.date(),
  fromHour: z.number().int().min(0).max(23).default(0),
  toHour: z.number().int().min(1).max(24).default(24),
  seats: z.number().int().min(0).max(50).optional(),
  extraSeats: z.number().int().min(-50).max(50).optional(),
  dispatch: z.number().int().min(0).max(50).optional(),
  reason: z.string().trim().max(100).optional(),
}).refine((o) => o.fromHour < o.toHour, { path: ['toHour'], message: '结束小时须晚于开始小时' });

/** Shift templates, staff with skills and absences, and the coverage demand (DESIGN §7), all audited. */
@Injectable()
export class RosterSetup {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async templates(actor: Actor) {
    return { items: await RosterSetupRepository.templates(this.dataSource.manager, actor.streetCode, false) };
  }

  async saveTemplate(actor: Actor, body: z.infer<typeof TemplateBody>) {
    return this.tx.run(actor, async (t) => {
      await RosterSetupRepository.upsertTemplate(t.manager, actor.streetCode, body);
      t.audit({ action: 'roster.template.save', entityType: 'shift_template', entityId: body.code, after: body });
      return (await RosterSetupRepository.templates(t.manager, actor.streetCode, false)).find((x) => x.code === body.code)!;
    });
  }

  async staff(actor: Actor) {
    return { items: await RosterSetupRepository.staff(this.dataSource.manager, actor.streetCode, false) };
  }

  async createStaff(actor: Actor, body: z.infer<typeof StaffBody>) {
    return this.tx.run(actor, async (t) => {
      const [exists] = (await t.manager.query('SELECT 1 FROM roster_staff WHERE street_code = $1 AND code = $2', [actor.streetCode, body.code])) as unknown[];
      if (exists) throw RosterErrors.duplicate('人员编号', body.code);
      await RosterSetupRepository.insertStaff(t.manager, actor.streetCode, { ...body, id: body.code }, body.userId ?? null);
      t.audit({ action: 'roster.staff.create', entityType: 'roster_staff', entityId: body.code, after: body });
      return this.oneStaff(t.manager, actor.streetCode, body.code);
    });
  }

  async updateStaff(actor: Actor, code: string, body: z.infer<typeof StaffUpdateBody>) {
    return this.tx.run(actor, async (t) => {
      const before = await this.oneStaff(t.manager, actor.streetCode, code);
      const result = await t.manager.query(
        `UPDATE roster_staff SET name = $4, team = $5, skills = $6, contract_hours = $7, max_hours = $8, allowed_shifts = $9,
           preferences = $10::jsonb, user_id = $11, active = $12, version = version + 1
         WHERE street_code = $1 AND code = $2 AND version = $3 RETURNING version`,
        [actor.streetCode, code, body.version, body.name, body.team, body.skills, body.contractHoursPerMonth, body.maxHoursPerMonth,
          body.allowedShifts ?? null, JSON.stringify(body.preferences), body.userId === undefined ? before.userId : body.userId, body.active],
      );
      if (!returnedRows(result).length) throw RosterErrors.versionConflict('roster_staff', code, body.version, before.version);
      t.audit({ action: 'roster.staff.update', entityType: 'roster_staff', entityId: code, before: { ...before, absences: undefined }, after: body });
      return this.oneStaff(t.manager, actor.streetCode, code);
    });
  }

  async addAbsence(actor: Actor, code: string, body: z.infer<typeof AbsenceBody>) {
    return this.tx.run(actor, async (t) => {
      await this.oneStaff(t.manager, actor.streetCode, code);
      const id = await RosterSetupRepository.insertAbsence(t.manager, actor.streetCode, code, body.kind, body.from, body.to, body.reason ?? null, t.now);
      t.audit({ action: 'roster.staff.absence.add', entityType: 'roster_staff', entityId: code, after: { id, ...body } });
      return this.oneStaff(t.manager, actor.streetCode, code);
    });
  }

  async removeAbsence(actor: Actor, code: string, absenceId: string) {
    return this.tx.run(actor, async (t) => {
      const result = await t.manager.query('DELETE FROM staff_absence WHERE street_code = $1 AND staff_code = $2 AND id::text = $3 RETURNING *', [actor.streetCode, code, absenceId]);
      const [removed] = returnedRows<Record<string, unknown>>(result);
      if (!removed) throw RosterErrors.staffNotFound(code);
      t.audit({ action: 'roster.staff.absence.remove', entityType: 'roster_staff', entityId: code, before: removed });
      return this.oneStaff(t.manager, actor.streetCode, code);
    });
  }

  async demand(actor: Actor) {
    return RosterSetupRepository.demand(this.dataSource.manager, actor.streetCode);
  }

  async saveDemand(actor: Actor, body: z.infer<typeof DemandBody>) {
    return this.tx.run(actor, async (t) => {
      const current = await RosterSetupRepository.demand(t.manager, actor.streetCode);
      if (current.version !== body.version) throw RosterErrors.versionConflict('coverage_demand', actor.streetCode, body.version, current.version);
      await RosterSetupRepository.saveDemand(t.manager, actor.streetCode, body, t.now);
      t.audit({ action: 'roster.demand.save', entityType: 'coverage_demand', entityId: actor.streetCode, before: { version: current.version }, after: body });
      return RosterSetupRepository.demand(t.manager, actor.streetCode);
    });
  }

  async addOverride(actor: Actor, body: z.infer<typeof OverrideBody>) {
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO coverage_override (street_code, date, from_hour, to_hour, seats, extra_seats, dispatch, reason, created_at)
         VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [actor.streetCode, body.date, body.fromHour, body.toHour, body.seats ?? null, body.extraSeats ?? null, body.dispatch ?? null, body.reason ?? null, t.now],
      )) as { id: string }[];
      t.audit({ action: 'roster.demand.override.add', entityType: 'coverage_override', entityId: row.id, after: body });
      return { id: row.id, ...body };
    });
  }

  async removeOverride(actor: Actor, id: string) {
    return this.tx.run(actor, async (t) => {
      const result = await t.manager.query('DELETE FROM coverage_override WHERE street_code = $1 AND id::text = $2 RETURNING *', [actor.streetCode, id]);
      const [removed] = returnedRows<Record<string, unknown>>(result);
      if (!removed) throw RosterErrors.requestNotFound(id);
      t.audit({ action: 'roster.demand.override.remove', entityType: 'coverage_override', entityId: id, before: removed });
      return { id, removed: true };
    });
  }

  private async oneStaff(m: import('typeorm').EntityManager, street: string, code: string) {
    const found = (await RosterSetupRepository.staff(m, street, false)).find((s) => s.code === code);
    if (!found) throw RosterErrors.staffNotFound(code);
    return found;
  }
}
