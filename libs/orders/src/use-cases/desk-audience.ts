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
  constructor(private readonly duty: DutyRoster) {}

  async operatorRooms(streetCode: string, at: Date, manager?: EntityManager): Promise<string[]> {
    const onDuty = await this.duty.seatUserIdsOnDuty(streetCode, at, { manager });
    return onDuty.length ? onDuty.map(Rooms.user) : [Rooms.role('operator')];
  }
}
