import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Tx } from '@app/database';
import type { OrderRow } from '../persistence/order-row.js';
import { ReferenceLookup } from './reference-lookup.js';

/** Where an order came in: the form, a platform export, or the platform's signed API. */
export type IntakeSource = 'manual' | 'import' | 'api';

/** Derives the community from an address (the intake lib's gazetteer classifier). */
export interface CommunityResolver {
  communityFor(m: EntityManager, streetCode: string, address: string): Promise<string | null>;
}

/** The order as intake listeners see it before its row exists: what classification and the duplicate search read. */
export type IntakeDraft = Pick<OrderRow, 'id' | 'street_code' | 'address' | 'content' | 'category_path' | 'community_id' | 'citizen_phone_hash' | 'received_at'>;

/** What a listener writes once the order's row, its timeline entry and its clocks exist. */
export type IntakeWrites = (order: OrderRow) => Promise<void>;

export interface IntakeListener {
  /**
   * Reads what the listener needs (classification, the duplicate search) inside the intake transaction before the
   * order's first write, so the transaction holds its row locks for as few statements as possible (issue 14);
   * returns the writes to make once the row exists.
   */
  prepare(t: Tx, draft: IntakeDraft, source: IntakeSource): Promise<IntakeWrites>;
  /**
   * The same for a batch of new orders (an import), in their order: it must write what `prepare` and its writes per
   * order, one after the other, would write. Without it the orders are passed through `prepare` one by one.
   */
  afterIntakeBatch?(t: Tx, orders: readonly OrderRow[], source: IntakeSource): Promise<void>;
}

/**
 * The seam between the order lifecycle and intake's classification and duplicate detection (libs/intake), which
 * depends on orders and so cannot be called from here directly. Intake registers itself when its module starts;
 * without it, intake still works with the plain gazetteer lookup and no suggestions.
 */
@Injectable()
export class IntakeHooks {
  private resolver: CommunityResolver | null = null;
  private readonly listeners: IntakeListener[] = [];

  useCommunityResolver(resolver: CommunityResolver): void {
    this.resolver = resolver;
  }

  addListener(listener: IntakeListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  get communityResolver(): CommunityResolver | null {
    return this.resolver;
  }

  /** The community of an address: intake's classifier when it is plugged in, else the plain gazetteer lookup. */
  communityFor(m: EntityManager, streetCode: string, address: string): Promise<string | null> {
    return this.resolver ? this.resolver.communityFor(m, streetCode, address) : ReferenceLookup.communityByAddress(m, streetCode, address);
  }

  async prepare(t: Tx, draft: IntakeDraft, source: IntakeSource): Promise<IntakeWrites> {
    const writes: IntakeWrites[] = [];
    for (const listener of this.listeners) writes.push(await listener.prepare(t, draft, source));
    return async (order) => {
      for (const write of writes) await write(order);
    };
  }

  /** Both steps at once, for a path whose order row exists already. */
  async afterIntake(t: Tx, order: OrderRow, source: IntakeSource): Promise<void> {
    await (await this.prepare(t, order, source))(order);
  }

  async afterIntakeBatch(t: Tx, orders: readonly OrderRow[], source: IntakeSource): Promise<void> {
    if (!orders.length) return;
    for (const listener of this.listeners) {
      if (listener.afterIntakeBatch) await listener.afterIntakeBatch(t, orders, source);
      else for (const order of orders) await (await listener.prepare(t, order, source))(order);
    }
  }
}
