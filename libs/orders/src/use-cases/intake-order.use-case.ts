import { placeKeyOf } from '@app/address';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { maskFreeTextFields, maskName, maskPhone, type Actor } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner, type Tx } from '@app/database';
import { ConflictError, ValidationError } from '@app/errors';
import { runOnce, type IdempotentOutcome } from '@app/idempotency';
import { ASSESSMENT_SCOPES, CHANNELS, INTAKE_EFFECTS, ORDER_TYPES, URGENCIES } from '../domain/index.js';
import { CitizenPii } from '../pii/citizen-pii.js';
import type { OrderRow } from '../persistence/order-row.js';
import { LocalNumberDrawer } from '../persistence/local-number-drawer.js';
import { OrderRepository } from '../persistence/order.repository.js';
import { OrderClocks } from '../sla/order-clocks.js';
import { ReferenceLookup } from './reference-lookup.js';
import { roomsForNewOrder } from './order-rooms.js';
import { DeskAudience } from './desk-audience.js';
import { IntakeHooks, type IntakeSource } from './intake-hooks.js';

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
    const problems: { field: string; message: string }[] = [];
    if (input.category && !(await ReferenceLookup.categoryExists(t.manager, street, input.category))) {
      problems.push({ field: 'category', message: `问题分类“${input.category}”不存在` });
    }
    if (input.communityId && !(await ReferenceLookup.communityExists(t.manager, street, input.communityId))) {
      problems.push({ field: 'communityId', message: '所属社区不存在' });
    }
    if (problems.length) throw new ValidationError(problems);
    if (input.upstreamNo) {
      const [dup] = (await t.manager.query('SELECT id FROM work_order WHERE street_code = $1 AND upstream_no = $2', [street, input.upstreamNo])) as { id: string }[];
      if (dup) throw new ConflictError('ORDER_DUPLICATE_UPSTREAM_NO', `工单编号 ${input.upstreamNo} 已存在`, { orderId: dup.id });
    }
    const resolver = this.hooks.communityResolver;
    const communityId =
      input.communityId ??
      (resolver ? await resolver.communityFor(t.manager, street, input.address) : await ReferenceLookup.communityByAddress(t.manager, street, input.address));
    const id = randomUUID();
    const phoneHash = this.pii.phoneHash(input.citizenPhone);
    // Every read first (classification, the duplicate search, who is on duty), then the writes: fewer statements
    // between the first write and the commit, so less time holding row locks others may wait for.
    const afterInsert = await this.hooks.prepare(t, {
      id, street_code: street, address: input.address, content: input.content, category_path: input.category ?? null,
      community_id: communityId, citizen_phone_hash: phoneHash, received_at: new Date(input.receivedAt),
    }, source);
    const operatorRooms = await this.audience.operatorRooms(street, t.now, t.manager);
    // The trail keeps no personal data in clear: the caller's fields masked, and so is whatever the content spells.
    const audited = maskFreeTextFields(
      { ...input, source, citizenName: maskName(input.citizenName), citizenPhone: maskPhone(input.citizenPhone), communityId },
      { names: [input.citizenName], phones: [input.citizenPhone] },
    );
    const [nameEnc, phoneEnc] = [this.pii.encrypt(input.citizenName), this.pii.encrypt(input.citizenPhone)];
    const localNo = input.upstreamNo ? null : await this.numbers.draw(t, street);
    const [row] = (await t.manager.query(
      `INSERT INTO work_order (id, street_code, upstream_no, local_no, channel, received_at, citizen_name_enc, citizen_phone_enc, citizen_phone_hash,
                               address, community_id, type, urgency, category_path, content, upstream_due_at, assessment, tags,
                               status, created_by, created_at, updated_at, place_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 'new', $19, $20, $20, $21) RETURNING *`,
      [
        id, street, input.upstreamNo ?? null, localNo, input.channel, new Date(input.receivedAt), nameEnc, phoneEnc, phoneHash,
        input.address, communityId, input.type, input.urgency, input.category ?? null, input.content,
        input.upstreamDueAt ? new Date(input.upstreamDueAt) : null, input.assessment, input.tags, actor.id, t.now, placeKeyOf(input.address),
      ],
    )) as OrderRow[];
    await OrderRepository.appendEvent(t.manager, street, {
      orderId: row.id, action: 'create', actorId: actor.id, actorRole: actor.role, actorUnitId: actor.unitId,
      at: t.now, fromStatus: null, toStatus: 'new', payload: { channel: input.channel, source },
    });
    // "Sign within 30 min" counts from the platform's receipt (DESIGN §4), not from when the desk saw the order: an
    // order imported or pushed days late is overdue at once, and the sweep raises it. Never in the future.
    const receivedAt = new Date(input.receivedAt);
    const startAt = receivedAt < t.now ? receivedAt : t.now;
    for (const effect of INTAKE_EFFECTS) if (effect.kind === 'startClock') await this.clocks.start(t, row, effect.clock, undefined, startAt);
    t.audit({ action: 'order.create', entityType: 'order', entityId: row.id, after: audited });
    t.emit('order.created', roomsForNewOrder(operatorRooms), { orderId: row.id, version: row.version, status: row.status, upstreamNo: row.upstream_no, orderNo: row.upstream_no ?? row.local_no });
    await afterInsert(row);
    return row;
  }
}
