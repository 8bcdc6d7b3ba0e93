import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@app/access';
import { DutyRoster } from '@app/rostering';
import type { OrderActor } from '../domain/index.js';

/** The order actor the rules see; operators may dispatch only when their shift grants it (the roster decides). */
export function orderActorOf(actor: { id: string; role: Role; unitId: string | null }, mayDispatch = false): OrderActor {
  return { id: actor.id, role: actor.role, unitId: actor.unitId, mayDispatch };
}

/**
 * The signed-in user as the order rules see them at a given time. An operator's dispatch grant comes from the
 * published roster (DESIGN §1, §7: on a shift, holding the dispatch skill); the action and the order page both ask
 * here, so the buttons offered are the actions that will be accepted.
 */
@Injectable()
export class OrderActors {
  constructor(private readonly duty: DutyRoster) {}

  async at(actor: { id: string; role: Role; unitId: string | null; streetCode: string }, now: Date, manager?: EntityManager): Promise<OrderActor> {
    const mayDispatch = actor.role === 'operator' && (await this.duty.mayDispatch(actor.streetCode, actor.id, now, manager));
    return orderActorOf(actor, mayDispatch);
  }
}
