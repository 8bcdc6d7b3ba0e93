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

/** Runs inside the intake transaction after the order row, its timeline entry and its clocks exist. */
export interface IntakeListener {
  afterIntake(t: Tx, order: OrderRow, source: IntakeSource): Promise<void>;
  /**
   * The same for a batch of new orders (an import), in their order: it must write what `afterIntake` per order, one
   * after the other, would write. Without it the orders are passed to `afterIntake` one by one.
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

  async afterIntake(t: Tx, order: OrderRow, source: IntakeSource): Promise<void> {
    for (const listener of this.listeners) await listener.afterIntake(t, order, source);
  }

  async afterIntakeBatch(t: Tx, orders: readonly OrderRow[], source: IntakeSource): Promise<void> {
    if (!orders.length) return;
    for (const listener of this.listeners) {
      if (listener.afterIntakeBatch) await listener.afterIntakeBatch(t, orders, source);
      else for (const order of orders) await listener.afterIntake(t, order, source);
    }
  }
}
