import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner, type Tx } from '@app/database';
import { ValidationError } from '@app/errors';
import { runOnce, type IdempotentOutcome } from '@app/idempotency';
import { ASSESSMENT_SCOPES, CHANNELS, ORDER_TYPES, URGENCIES } from '../domain/index.js';
import { CitizenPii } from '../pii/citizen-pii.js';
import type { OrderRow } from '../persistence/order-row.js';
import { LocalNumberDrawer } from '../persistence/local-number-drawer.js';
import { insertNewOrders } from '../persistence/new-orders.js';
import { OrderRepository } from '../persistence/order.repository.js';
import { planIntakeClocks } from '../sla/intake-clocks.js';
import { OrderClocks } from '../sla/order-clocks.js';
import { ReferenceLookup } from './reference-lookup.js';
import { roomsForNewOrder } from './order-rooms.js';
import { DeskAudience } from './desk-audience.js';
import { IntakeHooks, type IntakeSource } from './intake-hooks.js';
import { createdAudit, createdEvent, intakeClockStart, newOrderValues, referenceProblems, upstreamNoTaken } from './intake-parts.js';

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
const isoDate = z.iso.datetime({ offset: true, message: '应为带时区的 ISO 8601 时间，例如 2026-11-27T09:30:00+08:00' });

/** Manual intake (DESIGN §2, §5): what a seat operator types in while the citizen is on the line. */
export const IntakeOrderBody = z
  .object({
    upstreamNo: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, '工单编号只能包含字母、数字、下划线和连字符').optional(),
    channel: z.enum(CHANNELS),
    receivedAt: isoDate,
    citizenName: z.string().trim().max(64).optional(),
    citizenPhone: z
      .string()
      .transform((v) => v.replace(/[\s]/g, '').replace(/^\+?86(?=1)/, ''))
      .refine((v) => PHONE.test(v), '电话号码格式不正确（手机 11 位，固话需带区号）')
      .optional(),
    address: z.string().trim().min(2, '请填写诉求地址').max(200),
    communityId: z.uuid('所属社区 ID 无效').optional(),
    type: z.enum(ORDER_TYPES),
    urgency: z.enum(URGENCIES).default('normal'),
    category: z.string().trim().min(1).max(200).optional(),
    content: z.string().trim().min(5, '诉求内容至少 5 个字').max(5000),
    upstreamDueAt: isoDate.optional(),
    assessment: z.enum(ASSESSMENT_SCOPES).default('full'),
    tags: z.array(z.string().trim().min(1).max(32)).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.upstreamDueAt && new Date(v.upstreamDueAt) <= new Date(v.receivedAt)) {
      ctx.addIssue({ code: 'custom', path: ['upstreamDueAt'], message: '办理时限不能早于来电时间' });
    }
    if (v.channel !== 'proactive' && !v.citizenPhone) {
      ctx.addIssue({ code: 'custom', path: ['citizenPhone'], message: '来电工单须填写联系电话' });
    }
  });
export type IntakeOrderInput = z.infer<typeof IntakeOrderBody>;
export interface IntakeAnswer {
  id: string;
  version: number;
  status: string;
}

@Injectable()
export class IntakeOrder {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly clocks: OrderClocks,
    private readonly hooks: IntakeHooks,
    private readonly audience: DeskAudience,
    private readonly numbers: LocalNumberDrawer,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  /**
   * With an `Idempotency-Key` the same form sent again (a double click, a retry after a lost answer) gets the first
   * order back instead of a second one. The validated input is what must match: two sends that mean the same order
   * are the same request, whatever their key order or spacing.
   */
  async execute(actor: Actor, input: IntakeOrderInput, idempotencyKey?: string): Promise<IdempotentOutcome<IntakeAnswer>> {
    const request = idempotencyKey ? { operation: 'orders.create', key: idempotencyKey, body: input } : undefined;
    return this.tx.run(actor, (t) =>
      runOnce(t, request, async () => {
        const row = await this.createIn(t, input, 'manual');
        return { status: 201, body: { id: row.id, version: row.version, status: row.status } };
      }),
    );
  }

  /**
   * The one way an order comes in, whatever the source (form, platform export, signed API), inside the caller's
   * transaction: reference checks, the row, the timeline's `create` entry, the intake effects of the state machine
   * (the sign clock), the audit record and the realtime event, then intake's listeners (suggestions, duplicates).
   */
  async createIn(t: Tx, input: IntakeOrderInput, source: IntakeSource): Promise<OrderRow> {
    const actor = t.actor;
    const street = actor.streetCode;
    const problems = await referenceProblems(input, {
      category: (path) => ReferenceLookup.categoryExists(t.manager, street, path),
      community: (id) => ReferenceLookup.communityExists(t.manager, street, id),
    });
    if (problems.length) throw new ValidationError(problems);
    if (input.upstreamNo) {
      const [dup] = (await t.manager.query('SELECT id FROM work_order WHERE street_code = $1 AND upstream_no = $2', [street, input.upstreamNo])) as { id: string }[];
      if (dup) throw upstreamNoTaken(input.upstreamNo, dup.id);
    }
    const communityId = input.communityId ?? (await this.hooks.communityFor(t.manager, street, input.address));
    const values = newOrderValues(this.pii, input, communityId, null, actor, t.now);
    // Every read first (classification, the duplicate search, who is on duty), then the writes: fewer statements
    // between the first write and the commit, so less time holding row locks others may wait for (issue 14).
    const afterInsert = await this.hooks.prepare(t, {
      id: values.id, street_code: street, address: values.address, content: values.content, category_path: values.categoryPath,
      community_id: communityId, citizen_phone_hash: values.citizenPhoneHash, received_at: values.receivedAt,
    }, source);
    const operatorRooms = await this.audience.operatorRooms(street, t.now, t.manager);
    const clocks = await planIntakeClocks(this.clocks, t, [{ values, startAt: intakeClockStart(input, t.now) }]);
    const localNo = input.upstreamNo ? null : await this.numbers.draw(t, street);
    const row = (await insertNewOrders(t.manager, [{ ...values, localNo, clockFlags: clocks.flags[0] }]))[0]!;
    await OrderRepository.appendEvent(t.manager, street, createdEvent(row, input, source, actor, t.now));
    await clocks.start(t, [row]);
    t.audit(createdAudit(row, input, source, communityId));
    t.emit('order.created', roomsForNewOrder(operatorRooms), { orderId: row.id, version: row.version, status: row.status, upstreamNo: row.upstream_no, orderNo: row.upstream_no ?? row.local_no });
    await afterInsert(row);
    return row;
  }
}
