import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Tx } from '@app/database';
import type { OrderRow } from '../persistence/order-row.js';

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
   * Reads what the listener needs (classification, the duplicate search) inside the intake transaction but before
   * the order draws its local number, which holds the day's counter row until commit (issue 14: concurrent intakes
   * queued behind each other's reads); returns the writes to make after the insert.
   */
  prepare(t: Tx, draft: IntakeDraft, source: IntakeSource): Promise<IntakeWrites>;
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
}
