import type { EntityManager } from 'typeorm';

/**
 * What a handover gathers, read straight from the tables (rostering does not depend on the orders lib):
 * the outgoing and incoming shift from the published rosters, the orders still open and the running clocks.
 */

/** The street still owes work on these (mirrors OPEN_STATUSES of the order domain). */
const OPEN_STATUSES = ['new', 'signed', 'dispatched', 'replied', 'return_pending'];
/** Waiting at the desk itself: whoever is on shift holds them, whether or not they touched them. */
const DESK_STATUSES = ['new', 'signed', 'return_pending'];
const LIMIT = 200;

export interface HandoverShift {
  outgoing: string[];
  incoming: string[];
  startsAt: Date;
  endsAt: Date;
  /** When the incoming shift ends: clocks due before then are "near due" for it. */
  nextEndsAt: Date;
}

export const HandoverSources = {
  async shift(m: EntityManager, street: string, date: string, shiftCode: string): Promise<HandoverShift | null> {
    const [out] = (await m.query(
      `SELECT array_agg(a.staff_code ORDER BY a.staff_code) AS staff, min(a.starts_at) AS starts_at, max(a.ends_at) AS ends_at
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       WHERE a.street_code = $1 AND a.duty_date = $2::date AND a.shift_code = $3`,
      [street, date, shiftCode],
    )) as { staff: string[] | null; starts_at: Date | null; ends_at: Date | null }[];
    if (!out?.staff || !out.ends_at || !out.starts_at) return null;
    const [incoming] = (await m.query(
      `SELECT array_agg(DISTINCT a.staff_code) AS staff, max(a.ends_at) AS ends_at
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code AND s.team = 'seat'
       WHERE a.street_code = $1 AND a.starts_at <= $2 AND a.ends_at > $2`,
      [street, out.ends_at],
    )) as { staff: string[] | null; ends_at: Date | null }[];
    const endsAt = new Date(out.ends_at);
    return {
      outgoing: out.staff,
      incoming: (incoming?.staff ?? []).sort(),
      startsAt: new Date(out.starts_at),
      endsAt,
      nextEndsAt: incoming?.ends_at ? new Date(incoming.ends_at) : new Date(endsAt.getTime() + 8 * 3600_000),
    };
  },

  /** Open orders the shift held: everything waiting at the desk, and any open order acted on during the shift. */
  async openOrders(m: EntityManager, street: string, from: Date, to: Date): Promise<Record<string, unknown>[]> {
    const rows = (await m.query(
      `SELECT w.id, w.upstream_no, w.status, w.urgency, w.type, w.category_path, w.received_at, w.unit_due_at, w.upstream_due_at
       FROM work_order w
       WHERE w.street_code = $1 AND w.status = ANY($4) AND w.received_at < $3
         AND (w.status = ANY($5) OR EXISTS (SELECT 1 FROM order_event e WHERE e.order_id = w.id AND e.at >= $2 AND e.at < $3))
       ORDER BY w.urgency = 'normal', w.received_at LIMIT ${LIMIT}`,
      [street, from, to, OPEN_STATUSES, DESK_STATUSES],
    )) as { id: string; upstream_no: string | null; status: string; urgency: string; type: string; category_path: string | null; received_at: Date; unit_due_at: Date | null; upstream_due_at: Date | null }[];
    return rows.map((row) => ({
      orderId: row.id,
      upstreamNo: row.upstream_no,
      status: row.status,
      urgency: row.urgency,
      type: row.type,
      category: row.category_path,
      receivedAt: row.received_at,
      unitDueAt: row.unit_due_at,
      upstreamDueAt: row.upstream_due_at,
    }));
  },

  /** Running clocks due before `until` (the end of the incoming shift), overdue ones first. */
  async nearDueClocks(m: EntityManager, street: string, until: Date): Promise<Record<string, unknown>[]> {
    const rows = (await m.query(
      `SELECT c.order_id, w.upstream_no, w.status, c.kind, c.due_at, c.overdue_at IS NOT NULL AS overdue
       FROM order_clock c JOIN work_order w ON w.id = c.order_id
       WHERE c.street_code = $1 AND c.stopped_at IS NULL AND c.due_at <= $2
       ORDER BY c.due_at LIMIT ${LIMIT}`,
      [street, until],
    )) as { order_id: string; upstream_no: string | null; status: string; kind: string; due_at: Date; overdue: boolean }[];
    return rows.map((row) => ({ orderId: row.order_id, upstreamNo: row.upstream_no, status: row.status, clock: row.kind, dueAt: row.due_at, overdue: row.overdue }));
  },

  /** Shifts of published rosters that ended in (from, to] and have no handover yet: the job's work list. */
  async endedWithoutHandover(m: EntityManager, street: string, from: Date, to: Date): Promise<{ date: string; shiftCode: string }[]> {
    const rows = (await m.query(
      `SELECT to_char(a.duty_date, 'YYYY-MM-DD') AS date, a.shift_code
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code AND s.team = 'seat'
       WHERE a.street_code = $1
         AND NOT EXISTS (SELECT 1 FROM shift_handover h WHERE h.street_code = a.street_code AND h.duty_date = a.duty_date AND h.shift_code = a.shift_code)
       GROUP BY a.duty_date, a.shift_code HAVING max(a.ends_at) > $2 AND max(a.ends_at) <= $3
       ORDER BY max(a.ends_at)`,
      [street, from, to],
    )) as { date: string; shift_code: string }[];
    return rows.map((row) => ({ date: row.date, shiftCode: row.shift_code }));
  },
};
