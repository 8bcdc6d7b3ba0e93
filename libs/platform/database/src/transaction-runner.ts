import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { appendAudit, type AuditEntry } from '@app/audit';
import { CLOCK, type Clock } from '@app/clock';
import {
  EVENT_BROADCASTER, storeDeskEvents, type ClientEventMap, type ClientEventName, type EventBroadcaster,
  type PendingDeskEvent,
} from '@app/realtime';
import { DATA_SOURCE } from './tokens.js';
import { currentRequestContext } from './request-context.js';

/** What a use case gets inside a transaction: the transaction's manager, the actor, and the audit and event sinks. */
export interface Tx {
  readonly manager: EntityManager;
  readonly actor: Actor;
  readonly now: Date;
  audit(entry: AuditEntry): void;
  emit<N extends ClientEventName>(name: N, rooms: string[], payload: ClientEventMap[N]): void;
  afterCommit(fn: () => void | Promise<void>): void;
  /**
   * Runs after the transaction rolled back, before the error reaches the caller: to hand back what was taken
   * outside the transaction (a local order number drawn on its own connection).
   */
  afterRollback(fn: () => void | Promise<void>): void;
}

/**
 * The unit of work: business writes, their audit records and their realtime events commit together or not at all,
 * and events reach browsers only after the commit (DESIGN §10). Code inside must use `tx.manager`, never the global
 * one: with the embedded pool of one connection a second connection would wait forever (DESIGN §12).
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_BROADCASTER) private readonly broadcaster: EventBroadcaster,
  ) {}

  async run<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
    const audits: AuditEntry[] = [];
    const events: PendingDeskEvent[] = [];
    const afterCommit: (() => void | Promise<void>)[] = [];
    const afterRollback: (() => void | Promise<void>)[] = [];
    const now = this.clock.now();
    const context = currentRequestContext();

    const { result, stored } = await this.dataSource.transaction(async (manager) => {
      const tx: Tx = {
        manager,
        actor,
        now,
        audit: (entry) => audits.push(entry),
        emit: (name, rooms, payload) => events.push({ name, rooms, payload } as PendingDeskEvent),
        afterCommit: (fn) => afterCommit.push(fn),
        afterRollback: (fn) => afterRollback.push(fn),
      };
      const result = await work(tx);
      const stored = await storeDeskEvents(manager, actor.streetCode, now, events);
      // Audit last: its per-street lock is then held only for the final statements before COMMIT.
      await appendAudit(manager, actor, audits, { at: now, requestId: context.requestId, ip: context.ip });
      return { result, stored };
    }).catch(async (error: unknown) => {
      for (const fn of afterRollback) {
        try {
          await fn();
        } catch (hookError) {
          this.logger.error({ err: hookError }, 'after-rollback hook failed');
        }
      }
      throw error;
    });

    if (stored.length) this.broadcaster.broadcast(stored);
    for (const fn of afterCommit) {
      try {
        await fn();
      } catch (error) {
        // The business change is committed; a failed follow-up (e.g. enqueueing an alarm) is logged and caught up
        // by the periodic sweeps rather than reported as a failure of the committed request.
        this.logger.error({ err: error }, 'after-commit hook failed');
      }
    }
    return result;
  }
}
