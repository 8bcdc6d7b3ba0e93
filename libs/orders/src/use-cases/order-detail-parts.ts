import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import type { OrderRow } from '../persistence/order-row.js';

/** One named part of the order page that another lib owns; `undefined` leaves the part out for this reader. */
export type OrderDetailPart = (row: OrderRow, actor: SessionActor) => Promise<unknown>;

/**
 * The seam through which libs that depend on orders (review's screening findings, intake's duplicate candidates)
 * add their part to `GET /api/orders/:id`, so a reader gets the whole order in one answer without orders
 * importing them. Each part decides for itself who may see it.
 */
@Injectable()
export class OrderDetailParts {
  private readonly parts = new Map<string, OrderDetailPart>();

  register(key: string, part: OrderDetailPart): void {
    if (this.parts.has(key)) throw new Error(`order detail part "${key}" is registered twice`);
    this.parts.set(key, part);
  }

  async collect(row: OrderRow, actor: SessionActor): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [key, part] of this.parts) {
      const value = await part(row, actor);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
}
