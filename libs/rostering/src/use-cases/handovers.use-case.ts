import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner, returnedRows, type Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { HandoverSources } from '../persistence/handover-sources.js';
import { SHIFT_ORDERS, type ShiftOrdersPort } from '../shift-orders.port.js';

export const PrepareHandoverBody = z.object({ date: z.iso.date('日期格式应为 YYYY-MM-DD'), shiftCode: z.string().trim().min(1).max(16) });
export const HandoverNoteBody = z.object({ version: z.number().int().min(1), text: z.string().trim().min(1, '请填写交接内容').max(2000) });
export const ConfirmHandoverBody = z.object({ version: z.number().int().min(1), note: z.string().trim().max(500).optional() });

interface HandoverRow {
  id: string;
  duty_date: string;
  shift_code: string;
  shift_end: Date;
  outgoing_staff: string[];
  incoming_staff: string[];
  open_orders: unknown[];
  near_due_clocks: unknown[];
  notes: { by: string | null; name: string; at: string; text: string }[];
  status: 'open' | 'confirmed';
  created_at: Date;
  confirmed_by: string | null;
  confirmed_at: Date | null;
  version: number;
}

const COLUMNS = `id, to_char(duty_date, 'YYYY-MM-DD') AS duty_date, shift_code, shift_end, outgoing_staff, incoming_staff, open_orders,
  near_due_clocks, notes, status, created_at, confirmed_by, confirmed_at, version`;

/**
 * 交接班 (DESIGN §7): when a shift ends the outgoing shift's open orders and the clocks due soon are gathered
 * (by the `shift-handover` job, or on demand), the outgoing staff add notes, and the incoming shift confirms.
 */
@Injectable()
export class Handovers {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(SHIFT_ORDERS) private readonly orders: ShiftOrdersPort,
  ) {}

  async list(actor: Actor, date?: string) {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM shift_handover WHERE street_code = $1 AND ($2::date IS NULL OR duty_date = $2::date) ORDER BY shift_end DESC LIMIT 100`,
      [actor.streetCode, date ?? null],
    )) as HandoverRow[];
    return { items: rows.map(view) };
  }

  async detail(actor: Actor, id: string) {
    return view(await this.find(this.dataSource.manager, actor.streetCode, id));
  }

  /** Gathers the handover of one shift; idempotent (a second call returns the first one unchanged). */
  async prepare(actor: Actor, date: string, shiftCode: string) {
    return this.tx.run(actor, async (t) => view(await this.prepareIn(t, date, shiftCode)));
  }

  async prepareIn(t: Tx, date: string, shiftCode: string): Promise<HandoverRow> {
    const street = t.actor.streetCode;
    const [existing] = (await t.manager.query(`SELECT ${COLUMNS} FROM shift_handover WHERE street_code = $1 AND duty_date = $2::date AND shift_code = $3`, [street, date, shiftCode])) as HandoverRow[];
    if (existing) return existing;
    const shift = await HandoverSources.shift(t.manager, street, date, shiftCode);
    if (!shift) throw RosterErrors.noSuchShift(date, shiftCode);
    const openOrders = await this.orders.openOrdersOfShift(t.manager, street, shift.startsAt, shift.endsAt);
    const nearDue = await this.orders.nearDueClocks(t.manager, street, shift.nextEndsAt);
    const [row] = (await t.manager.query(
      `INSERT INTO shift_handover (street_code, duty_date, shift_code, shift_end, outgoing_staff, incoming_staff, open_orders, near_due_clocks, status, created_at)
       VALUES ($1, $2::date, $3, $4, $5, $6, $7::jsonb, $8::jsonb, 'open', $9)
       ON CONFLICT (street_code, duty_date, shift_code) DO NOTHING RETURNING ${COLUMNS}`,
      [street, date, shiftCode, shift.endsAt, shift.outgoing, shift.incoming, JSON.stringify(openOrders), JSON.stringify(nearDue), t.now],
    )) as HandoverRow[];
    // Lost a race with another process (job and user at once): theirs is the handover.
    if (!row) return this.find(t.manager, street, (await this.idOf(t, date, shiftCode))!);
    t.audit({
      action: 'roster.handover.prepare', entityType: 'shift_handover', entityId: row.id,
      after: { date, shiftCode, outgoing: shift.outgoing, incoming: shift.incoming, openOrders: openOrders.length, nearDueClocks: nearDue.length },
    });
    const incomingUsers = await RosterSetupRepository.userIdsOf(t.manager, street, shift.incoming);
    t.emit('roster.handover', [...incomingUsers.map(Rooms.user), Rooms.role('supervisor')], {
      id: row.id, date, shiftCode, openOrders: openOrders.length, nearDueClocks: nearDue.length,
    });
    return row;
  }

  async addNote(actor: Actor, id: string, body: z.infer<typeof HandoverNoteBody>) {
    return this.tx.run(actor, async (t) => {
      const row = await this.lockOpen(t, id, body.version);
      const note = { by: actor.id, name: actor.displayName, at: t.now.toISOString(), text: body.text };
      const result = await t.manager.query(
        `UPDATE shift_handover SET notes = notes || $2::jsonb, version = version + 1 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, JSON.stringify([note])],
      );
      t.audit({ action: 'roster.handover.note', entityType: 'shift_handover', entityId: id, before: { version: row.version }, after: { note } });
      return view(returnedRows<HandoverRow>(result)[0]);
    });
  }

  /** Only someone of the incoming shift (or a supervisor) confirms that the shift has been handed over. */
  async confirm(actor: Actor, id: string, body: z.infer<typeof ConfirmHandoverBody>) {
    return this.tx.run(actor, async (t) => {
      const row = await this.lockOpen(t, id, body.version);
      if (actor.role !== 'supervisor') {
        const own = await RosterSetupRepository.staffCodeOfUser(t.manager, actor.streetCode, actor.id);
        if (!own || !row.incoming_staff.includes(own)) throw RosterErrors.notIncomingShift();
      }
      const notes = body.note ? JSON.stringify([{ by: actor.id, name: actor.displayName, at: t.now.toISOString(), text: body.note }]) : '[]';
      const result = await t.manager.query(
        `UPDATE shift_handover SET status = 'confirmed', confirmed_by = $2, confirmed_at = $3, notes = notes || $4::jsonb, version = version + 1
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, actor.id, t.now, notes],
      );
      t.audit({ action: 'roster.handover.confirm', entityType: 'shift_handover', entityId: id, before: { status: 'open' }, after: { status: 'confirmed' } });
      return view(returnedRows<HandoverRow>(result)[0]);
    });
  }

  private async lockOpen(t: Tx, id: string, version: number): Promise<HandoverRow> {
    const row = await this.find(t.manager, t.actor.streetCode, id, true);
    if (row.version !== version) throw RosterErrors.versionConflict('shift_handover', id, version, row.version);
    if (row.status !== 'open') throw RosterErrors.handoverConfirmed(id);
    return row;
  }

  private async find(m: Tx['manager'], street: string, id: string, lock = false): Promise<HandoverRow> {
    const [row] = /^[0-9a-f-]{36}$/i.test(id)
      ? ((await m.query(`SELECT ${COLUMNS} FROM shift_handover WHERE street_code = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`, [street, id])) as HandoverRow[])
      : [];
    if (!row) throw RosterErrors.handoverNotFound(id);
    return row;
  }

  private async idOf(t: Tx, date: string, shiftCode: string): Promise<string | undefined> {
    const [row] = (await t.manager.query('SELECT id FROM shift_handover WHERE street_code = $1 AND duty_date = $2::date AND shift_code = $3', [t.actor.streetCode, date, shiftCode])) as { id: string }[];
    return row?.id;
  }
}

function view(row: HandoverRow) {
  return {
    id: row.id,
    date: row.duty_date,
    shiftCode: row.shift_code,
    shiftEnd: row.shift_end,
    outgoingStaff: row.outgoing_staff,
    incomingStaff: row.incoming_staff,
    openOrders: row.open_orders,
    nearDueClocks: row.near_due_clocks,
    notes: row.notes,
    status: row.status,
    statusLabel: row.status === 'open' ? '待接班确认' : '已确认',
    confirmedBy: row.confirmed_by,
    confirmedAt: row.confirmed_at,
    version: row.version,
  };
}
