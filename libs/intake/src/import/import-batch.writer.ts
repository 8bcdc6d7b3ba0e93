import { Injectable } from '@nestjs/common';
import type { Tx } from '@app/database';
import { DomainError } from '@app/errors';
import { IntakeOrder, IntakeOrderBody, SyncUpstreamOrder, type IntakeOrderInput, type OrderRow } from '@app/orders';
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
 * form: new 工单编号 → created (IntakeOrder: sign clock, timeline, audit, suggestions, duplicate check); known
 * 工单编号 → updated with the changed fields, or unchanged. A rule the intake path refuses is the row's error.
 */
@Injectable()
export class ImportBatchWriter {
  constructor(
    private readonly intake: IntakeOrder,
    private readonly sync: SyncUpstreamOrder,
  ) {}

  async write(t: Tx, rows: readonly MappedRow[]): Promise<RowResult[]> {
    const results: RowResult[] = [];
    for (const row of rows) results.push(await this.writeRow(t, row));
    return results;
  }

  private async writeRow(t: Tx, row: MappedRow): Promise<RowResult> {
    const base = { rowNo: row.rowNo, upstreamNo: row.upstreamNo, orderId: null, changedFields: [] as string[], errors: [] as RowError[] };
    if (!row.ok) return { ...base, outcome: 'error', errors: row.errors };
    const parsed = IntakeOrderBody.safeParse(row.input);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ column: COLUMN_OF[String(i.path[0])] ?? String(i.path[0] ?? ''), message: i.message }));
      return { ...base, outcome: 'error', errors };
    }
    const input: IntakeOrderInput = parsed.data;
    const [existing] = (await t.manager.query('SELECT * FROM work_order WHERE street_code = $1 AND upstream_no = $2', [t.actor.streetCode, input.upstreamNo])) as OrderRow[];
    try {
      if (!existing) {
        const created = await this.intake.createIn(t, input, 'import');
        return { ...base, outcome: 'created', orderId: created.id };
      }
      const changed = this.sync.changedFields(existing, input);
      if (!changed.length) return { ...base, outcome: 'unchanged', orderId: existing.id };
      await this.sync.applyIn(t, existing, input, changed, 'import');
      return { ...base, outcome: 'updated', orderId: existing.id, changedFields: [...changed] };
    } catch (error) {
      // Refusals of the intake rules are thrown before anything is written; anything else fails the batch.
      if (!(error instanceof DomainError)) throw error;
      const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [];
      const errors = fields.length
        ? fields.map((f) => ({ column: COLUMN_OF[f.field] ?? f.field, message: f.message }))
        : [{ column: UPSTREAM_COLUMNS.upstreamNo.header, message: error.message }];
      return { ...base, outcome: 'error', errors };
    }
  }
}
