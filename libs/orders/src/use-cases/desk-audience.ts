import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Rooms } from '@app/realtime';
import { DutyRoster } from '@app/rostering';

/**
 * The seat operators who should hear about new orders and alarms now (DESIGN §10): those on a published shift.
 * When no roster covers the moment (a fresh install, a gap) every operator hears it, so nothing goes unheard.
 */
@Injectable()
export class DeskAudience {
  /**
   * One answer per transaction: an import batch creates hundreds of orders in one transaction at one moment, and
   * asking the roster once instead of per order keeps the batch fast; a new transaction always asks again.
   */
  private readonly perTransaction = new WeakMap<EntityManager, { at: number; rooms: string[] }>();

  constructor(private readonly duty: DutyRoster) {}

  async operatorRooms(streetCode: string, at: Date, manager?: EntityManager): Promise<string[]> {
    const cached = manager && this.perTransaction.get(manager);
    if (cached && cached.at === at.getTime()) return cached.rooms;
    const onDuty = await this.duty.seatUserIdsOnDuty(streetCode, at, { manager });
    const rooms = onDuty.length ? onDuty.map(Rooms.user) : [Rooms.role('operator')];
    if (manager) this.perTransaction.set(manager, { at: at.getTime(), rooms });
    return rooms;
  }
}
