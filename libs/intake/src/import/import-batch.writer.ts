import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import { DomainError } from '@app/errors';
import { IntakeOrderBatch, IntakeOrderBody, SyncUpstreamOrder, type IntakeOrderInput, type OrderRow } from '@app/orders';
import type { MappedRow, RowError } from './map-upstream-row.js';
import { UPSTREAM_COLUMNS, type UpstreamField } from './upstream-columns.js';

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'error';

export interface RowResult {
  rowNo: number;
  upstreamNo: string | null;
  outcome: RowOutcome;
  orderId: string | null;
  changedFields: string[];
  errors: RowError[];
}

/** Intake field → the platform's column, so the intake path's own validation messages name the column. */
const COLUMN_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(UPSTREAM_COLUMNS).map(([field, spec]) => [field, spec.header])),
  category: UPSTREAM_COLUMNS.category3.header,
} satisfies Partial<Record<UpstreamField | 'category', string>>;

/**
 * Writes one batch of mapped rows inside the caller's transaction, through the same intake path as the manual
 * form: new 工单编号 → created (IntakeOrderBatch: sign clock, timeline, audit, suggestions, duplicate check, all rows
 * of the batch in one statement per table); known 工单编号 → updated with the changed fields, or unchanged. A rule
 * the intake path refuses is the row's error. The outcome is what writing the rows one by one, in order, gives: new
 * rows are held back only until a row that must see them (an update, or the same 工单编号 again).
 */
@Injectable()
export class ImportBatchWriter {
  constructor(
    private readonly intake: IntakeOrderBatch,
    private readonly sync: SyncUpstreamOrder,
  ) {}

  async write(t: Tx, rows: readonly MappedRow[]): Promise<RowResult[]> {
    const results: RowResult[] = [];
    const inputs = rows.map((row, i) => {
      const checked = validInput(row);
      if ('errors' in checked) results[i] = { ...resultBase(row), outcome: 'error', errors: checked.errors };
      return 'input' in checked ? checked.input : null;
    });
    const known = await this.knownOrders(t, inputs);
    let held: { i: number; input: IntakeOrderInput }[] = [];
    const create = async () => {
      const outcomes = await this.intake.createManyIn(t, held.map((h) => h.input), 'import');
      outcomes.forEach((outcome, k) => {
        const { i, input } = held[k]!;
        if (outcome.ok) known.set(input.upstreamNo!, outcome.row);
        results[i] = outcome.ok ? { ...resultBase(rows[i]!), outcome: 'created', orderId: outcome.row.id } : refused(rows[i]!, outcome.error);
      });
      held = [];
    };
    for (const [i, input] of inputs.entries()) {
      if (!input) continue;
      if (held.some((h) => h.input.upstreamNo === input.upstreamNo)) await create();
      const existing = known.get(input.upstreamNo!);
      if (!existing) {
        held.push({ i, input });
        continue;
      }
      const changed = this.sync.changedFields(existing, input);
      if (!changed.length) {
        results[i] = { ...resultBase(rows[i]!), outcome: 'unchanged', orderId: existing.id };
        continue;
      }
      await create(); // an update comes after the new rows before it, as row by row
      try {
        known.set(input.upstreamNo!, await this.sync.applyIn(t, existing, input, changed, 'import'));
        results[i] = { ...resultBase(rows[i]!), outcome: 'updated', orderId: existing.id, changedFields: [...changed] };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error; // anything but a refusal fails the batch
        results[i] = refused(rows[i]!, error);
      }
    }
    if (held.length) await create();
    return results;
  }

  /** The batch's 工单编号 the desk already has, in one query. */
  private async knownOrders(t: Tx, inputs: readonly (IntakeOrderInput | null)[]): Promise<Map<string, OrderRow>> {
    const numbers = [...new Set(inputs.flatMap((i) => (i?.upstreamNo ? [i.upstreamNo] : [])))];
    const rows = numbers.length
      ? ((await t.manager.query('SELECT * FROM work_order WHERE street_code = $1 AND upstream_no = ANY($2::text[])', [t.actor.streetCode, numbers])) as OrderRow[])
      : [];
    return new Map(rows.map((r) => [r.upstream_no!, r]));
  }
}

function resultBase(row: MappedRow): Omit<RowResult, 'outcome'> {
  return { rowNo: row.rowNo, upstreamNo: row.upstreamNo, orderId: null, changedFields: [], errors: [] };
}

/** The row's intake input, or its errors: the mapper's, or the intake form's own rules named by the platform's column. */
function validInput(row: MappedRow): { input: IntakeOrderInput } | { errors: RowError[] } {
  if (!row.ok) return { errors: row.errors };
  const parsed = IntakeOrderBody.safeParse(row.input);
  if (parsed.success) return { input: parsed.data };
  return { errors: parsed.error.issues.map((i) => ({ column: COLUMN_OF[String(i.path[0])] ?? String(i.path[0] ?? ''), message: i.message })) };
}

/** A refusal of the intake rules (nothing was written for the row), named by the platform's column. */
function refused(row: MappedRow, error: DomainError): RowResult {
  const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [];
  const errors = fields.length
    ? fields.map((f) => ({ column: COLUMN_OF[f.field] ?? f.field, message: f.message }))
    : [{ column: UPSTREAM_COLUMNS.upstreamNo.header, message: error.message }];
  return { ...resultBase(row), outcome: 'error', errors };
}
