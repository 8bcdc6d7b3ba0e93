import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Tx } from '@app/database';
import { ValidationError, type DomainError } from '@app/errors';
import { CitizenPii } from '../pii/citizen-pii.js';
import { LocalNumberDrawer } from '../persistence/local-number-drawer.js';
import { insertNewOrders } from '../persistence/new-orders.js';
import { OrderRepository } from '../persistence/order.repository.js';
import type { OrderRow } from '../persistence/order-row.js';
import { planIntakeClocks } from '../sla/intake-clocks.js';
import { OrderClocks } from '../sla/order-clocks.js';
import { DeskAudience } from './desk-audience.js';
import { IntakeHooks, type IntakeSource } from './intake-hooks.js';
import type { IntakeOrderInput } from './intake-order.use-case.js';
import { createdAudit, createdEvent, intakeClockStart, newOrderValues, referenceProblems, upstreamNoTaken } from './intake-parts.js';
import { roomsForNewOrder } from './order-rooms.js';
import { ReferenceLookup } from './reference-lookup.js';

/** Per input, in the order given: the new order, or the intake rule that refused it (nothing was written for it). */
export type IntakeOutcome = { ok: true; row: OrderRow } | { ok: false; error: DomainError };

/**
 * IntakeOrder.createIn for a whole batch (an import's rows), set-based: the checks in one query each, one INSERT per
 * table, the listeners' batch hook, and one `orders.created` event for the batch instead of one per order. Writes the
 * same rows, timeline entries, clocks, audit records and suggestions as createIn called for each input in turn.
 */
@Injectable()
export class IntakeOrderBatch {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clocks: OrderClocks,
    private readonly hooks: IntakeHooks,
    private readonly audience: DeskAudience,
    private readonly numbers: LocalNumberDrawer,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async createManyIn(t: Tx, inputs: readonly IntakeOrderInput[], source: IntakeSource): Promise<IntakeOutcome[]> {
    const street = t.actor.streetCode;
    const outcomes = await this.refusals(t, inputs);
    const accepted = inputs.flatMap((input, i) => (outcomes[i] === undefined ? [{ input, i }] : []));
    if (!accepted.length) return outcomes as IntakeOutcome[];

    const communities: (string | null)[] = [];
    for (const { input } of accepted) communities.push(input.communityId ?? (await this.hooks.communityFor(t.manager, street, input.address)));
    const localNos = await this.numbers.drawMany(t, street, accepted.filter(({ input }) => !input.upstreamNo).length);
    const values = accepted.map(({ input }, k) => newOrderValues(this.pii, input, communities[k]!, input.upstreamNo ? null : localNos.shift()!, t.actor, t.now));
    const clocks = await planIntakeClocks(this.clocks, t, values.map((v, k) => ({ values: v, startAt: intakeClockStart(accepted[k]!.input, t.now) })));
    const rows = await insertNewOrders(t.manager, values.map((v, k) => ({ ...v, clockFlags: clocks.flags[k] })));
    await OrderRepository.appendEvents(t.manager, street, rows.map((row, k) => createdEvent(row, accepted[k]!.input, source, t.actor, t.now)));
    await clocks.start(t, rows);
    rows.forEach((row, k) => t.audit(createdAudit(row, accepted[k]!.input, source, communities[k]!)));
    t.emit('orders.created', roomsForNewOrder(await this.audience.operatorRooms(street, t.now, t.manager)), { count: rows.length, orderIds: rows.map((r) => r.id), source });
    await this.hooks.afterIntakeBatch(t, rows, source);

    accepted.forEach(({ i }, k) => (outcomes[i] = { ok: true, row: rows[k]! }));
    // A 工单编号 twice in the batch: the later one is refused against the order the first one became.
    return outcomes.map((o, i) => o ?? { ok: false, error: upstreamNoTaken(inputs[i]!.upstreamNo!, rows.find((r) => r.upstream_no === inputs[i]!.upstreamNo)!.id) });
  }

  /** createIn's refusals, in its order (references, then a taken 工单编号), for every input; undefined = accepted. */
  private async refusals(t: Tx, inputs: readonly IntakeOrderInput[]): Promise<(IntakeOutcome | undefined | null)[]> {
    const street = t.actor.streetCode;
    const categories = await ReferenceLookup.existingCategories(t.manager, street, [...new Set(inputs.flatMap((i) => (i.category ? [i.category] : [])))]);
    const communities = await ReferenceLookup.existingCommunities(t.manager, street, [...new Set(inputs.flatMap((i) => (i.communityId ? [i.communityId] : [])))]);
    const taken = await this.takenUpstreamNos(t, inputs);
    const claimed = new Set<string>();
    const outcomes: (IntakeOutcome | undefined | null)[] = [];
    for (const input of inputs) {
      const problems = await referenceProblems(input, { category: (p) => categories.has(p), community: (id) => communities.has(id) });
      const takenBy = input.upstreamNo ? taken.get(input.upstreamNo) : undefined;
      if (problems.length) outcomes.push({ ok: false, error: new ValidationError(problems) });
      else if (takenBy) outcomes.push({ ok: false, error: upstreamNoTaken(input.upstreamNo!, takenBy) });
      else if (input.upstreamNo && claimed.has(input.upstreamNo)) outcomes.push(null); // answered once the first is written
      else {
        if (input.upstreamNo) claimed.add(input.upstreamNo);
        outcomes.push(undefined);
      }
    }
    return outcomes;
  }

  private async takenUpstreamNos(t: Tx, inputs: readonly IntakeOrderInput[]): Promise<Map<string, string>> {
    const numbers = inputs.flatMap((i) => (i.upstreamNo ? [i.upstreamNo] : []));
    if (!numbers.length) return new Map();
    const rows = (await t.manager.query('SELECT upstream_no, id FROM work_order WHERE street_code = $1 AND upstream_no = ANY($2::text[])', [t.actor.streetCode, numbers])) as {
      upstream_no: string;
      id: string;
    }[];
    return new Map(rows.map((r) => [r.upstream_no, r.id]));
  }
}
