import type { Permission } from '@app/access';
import type { ActionInputs } from './action-inputs.js';
import type { OrderAction } from './order-actions.js';
import type { NotifyTopic, OrderClock, OrderEffect } from './order-effects.js';
import { actorUnitId, subReplyUnitId } from './order-guards.js';
import type { OrderActor, OrderChanges, OrderSnapshot, SubReply } from './order-snapshot.js';
import { ORDER_STATUS_LABELS, type OrderStatus } from './order-status.js';
import {
  assignmentDiff,
  assignUnits,
  cancelHangEffects,
  handlingUnitIds,
  leaveDispatched,
  releaseEffects,
  releaseUnits,
} from './unit-assignment.js';

export interface OutcomeArgs<A extends OrderAction> {
  readonly order: OrderSnapshot;
  readonly actor: OrderActor;
  readonly now: Date;
  readonly input: ActionInputs[A];
  readonly toStatus: OrderStatus;
}

/** What an authorised action does, besides the status: changes to write, extra event payload, effects. */
export interface ActionOutcome {
  changes: OrderChanges;
  payload?: Record<string, unknown>;
  effects: OrderEffect[];
}

export type OutcomeBuilder<A extends OrderAction> = (args: OutcomeArgs<A>) => ActionOutcome;

/** One builder per action; the mapped type makes a missing action a compile error. */
export const ACTION_OUTCOMES: { [A in OrderAction]: OutcomeBuilder<A> } = {
  sign: ({ now }) => ({ changes: {}, effects: [stop('sign', now)] }),

  merge: ({ order, now, input }) => ({
    changes: { duplicateOfId: input.master.id },
    // Art. 11: the caller is told how the master is progressing.
    payload: { masterStatusLabel: ORDER_STATUS_LABELS[input.master.status] },
    effects: order.status === 'new' ? [stop('sign', now)] : [],
  }),

  answer: () => ({
    changes: {},
    effects: [start('review'), notifyDesk('order.reply_submitted', 'order.approve')],
  }),

  dispatch: ({ order, input }) => {
    const changes = assignUnits(order, input.leadUnit, input.coUnits);
    return {
      changes,
      effects: [
        ...contactClock(order, start('contact')),
        start('unitReply'),
        ...notifyUnits('order.assigned', [input.leadUnit.id, ...input.coUnits.map((u) => u.id)]),
      ],
    };
  },

  acknowledge: ({ order, actor }) => {
    const unitId = actorUnitId(actor) ?? order.leadUnitId;
    return {
      changes: { acknowledgedUnitIds: unitId ? [...order.acknowledgedUnitIds, unitId] : order.acknowledgedUnitIds },
      payload: { unitId },
      effects: [],
    };
  },

  // The first contact stops the contact clock at the moment reported (met or late is the clock's to record);
  // later contacts find it stopped and only add to the timeline.
  contact: ({ order, input }) => ({
    changes: {},
    payload: { unitId: order.leadUnitId },
    effects: [{ kind: 'stopClock', clock: 'contact', at: input.contactedAt, outcome: 'done' }],
  }),

  redispatch: ({ order, input }) => {
    const changes = assignUnits(order, input.leadUnit, input.coUnits);
    const { removed } = assignmentDiff(order, changes);
    const effects: OrderEffect[] = [
      ...contactClock(order, { kind: 'recomputeClock', clock: 'contact' }),
      { kind: 'recomputeClock', clock: 'unitReply' },
      ...notifyUnits('order.assigned', [input.leadUnit.id, ...input.coUnits.map((u) => u.id)]),
      ...notifyUnits('order.withdrawn', removed),
    ];
    return {
      changes,
      payload: { previousLeadUnitId: order.leadUnitId, previousCoUnitIds: order.coUnitIds },
      effects,
    };
  },

  unit_return: ({ order, actor, now }) => {
    const effects: OrderEffect[] = [
      ...releaseEffects(order, now),
      // The desk must re-dispatch or ask the platform to take the order back.
      notifyDesk('order.returned_by_unit', 'order.dispatch'),
      ...notifyUnits('order.withdrawn', order.coUnitIds),
    ];
    return { changes: releaseUnits(order), payload: { unitId: actorUnitId(actor) ?? order.leadUnitId }, effects };
  },

  urge: ({ order }) => ({
    changes: { urgeCount: order.urgeCount + 1 },
    payload: { urgeNo: order.urgeCount + 1 },
    effects: [
      { kind: 'countUrge', unitId: order.leadUnitId },
      ...notifyUnits('order.urged', handlingUnitIds(order)),
    ],
  }),

  extend_request: ({ order, actor, now, input }) => {
    // Past the platform's limit is a valid request: the street then applies to the platform (Art. 15).
    const beyondUpstreamLimit = order.upstreamDueAt !== null && input.newDueAt > order.upstreamDueAt;
    return {
      changes: {
        pendingExtension: {
          unitId: actorUnitId(actor) ?? order.leadUnitId ?? '',
          requestedById: actor.id,
          requestedAt: now,
          newDueAt: input.newDueAt,
          reason: input.reason,
          beyondUpstreamLimit,
        },
      },
      payload: { beyondUpstreamLimit, upstreamDueAt: order.upstreamDueAt },
      effects: [
        notifyDesk('order.extension_requested', 'order.extend.decide'),
        // The street applies to the platform at once; the supervisor decides when the platform has answered.
        ...(beyondUpstreamLimit ? [{ kind: 'sendUpstream', what: 'extension_request' } as const] : []),
      ],
    };
  },

  extend_decide: ({ order, input }) => {
    const request = order.pendingExtension;
    const notifyUnit = notifyUnits('order.extension_decided', leadUnitOf(order));
    if (!input.approved || !request) {
      return { changes: { pendingExtension: null }, payload: { request }, effects: notifyUnit };
    }
    const dueAt = input.dueAt ?? request.newDueAt;
    // With the platform's consent its new limit replaces the old one (Art. 15).
    const changes: OrderChanges =
      input.upstreamApproved && input.newUpstreamDueAt
        ? { pendingExtension: null, upstreamDueAt: input.newUpstreamDueAt }
        : { pendingExtension: null };
    return {
      changes,
      payload: { request, grantedDueAt: dueAt },
      effects: [
        { kind: 'recomputeClock', clock: 'unitReply', dueAt },
        { kind: 'informCitizen', reason: 'extension' },
        ...notifyUnit,
      ],
    };
  },

  sub_reply: ({ order, actor, now, input }) => {
    const unitId = subReplyUnitId(actor, input) ?? '';
    const subReply: SubReply = { unitId, byId: actor.id, at: now, content: input.content, attachmentIds: input.attachmentIds };
    return {
      // A later sub-reply of the same co-unit replaces its earlier one (a correction); the timeline keeps both.
      changes: { subReplies: [...order.subReplies.filter((s) => s.unitId !== unitId), subReply] },
      payload: { unitId, replaced: order.subReplies.some((s) => s.unitId === unitId) },
      effects: notifyUnits('order.sub_reply_received', leadUnitOf(order)),
    };
  },

  reply: ({ order, actor, now, input }) => {
    // The lead may reply without waiting for co-units (Art. 14: the lead answers for the order); the missing
    // sub-replies travel with the reply so the reviewer can judge whether every demand was answered.
    const pendingSubReplyUnitIds = order.coUnitIds.filter((id) => !order.subReplies.some((s) => s.unitId === id));
    return {
      changes: leaveDispatched(),
      payload: {
        unitId: order.leadUnitId,
        onBehalfOfUnit: actorUnitId(actor) === null,
        subReplies: order.subReplies,
        pendingSubReplyUnitIds,
      },
      effects: [
        { kind: 'stopClock', clock: 'contact', at: input.contactedAt ?? now, outcome: input.contacted ? 'done' : 'abandoned' },
        stop('unitReply', now),
        start('review'),
        notifyDesk('order.reply_submitted', 'order.approve'),
        ...cancelHangEffects(order),
      ],
    };
  },

  // The unit whose reply was judged travels with the verdict: review metrics are per unit (DESIGN §6).
  approve: ({ order, now }) => ({
    changes: { closedAt: now },
    payload: { unitId: order.leadUnitId },
    effects: [
      stop('review', now),
      { kind: 'sendUpstream', what: 'reply' },
      ...notifyUnits('order.reply_approved', leadUnitOf(order)),
    ],
  }),

  // Rework (返工): back to the lead unit, whose reply clock runs again towards the same limit; a reply the desk
  // wrote itself (answer) goes back to the desk.
  reject: ({ order, now, toStatus }) => ({
    changes: { reworkCount: order.reworkCount + 1 },
    payload: { unitId: order.leadUnitId, reworkNo: order.reworkCount + 1 },
    effects: [
      stop('review', now),
      { kind: 'countRework', unitId: order.leadUnitId },
      ...(toStatus === 'dispatched'
        ? [start('unitReply'), ...notifyUnits('order.reply_rejected', leadUnitOf(order))]
        : [notifyDesk('order.reply_rejected', 'order.answer')]),
    ],
  }),

  request_return: ({ order, now }) => {
    const fromUnits = order.status === 'dispatched';
    const release = fromUnits ? [...releaseEffects(order, now), ...notifyUnits('order.withdrawn', handlingUnitIds(order))] : [];
    return {
      changes: fromUnits ? releaseUnits(order) : {},
      effects: [...release, { kind: 'sendUpstream', what: 'return_request' }],
    };
  },

  return_decided: ({ toStatus }) => ({
    changes: {},
    // A refused return comes back to the desk to be dispatched after all.
    effects: toStatus === 'signed' ? [notifyDesk('order.return_decided', 'order.dispatch')] : [],
  }),

  // The scope in force after the callback is on the event, so the rates read one place (DESIGN §8).
  callback: ({ order, input }) => ({
    changes: input.assessment && input.assessment !== order.assessment ? { assessment: input.assessment } : {},
    payload: { assessment: input.assessment ?? order.assessment, unitId: order.leadUnitId },
    effects: [],
  }),

  reopen: ({ order, input, toStatus }) => {
    const changes: OrderChanges = {
      closedAt: null,
      reworkCount: order.reworkCount + 1,
      acknowledgedUnitIds: [],
      subReplies: [],
      upstreamDueAt: input.newUpstreamDueAt ?? order.upstreamDueAt,
    };
    const effects: OrderEffect[] = [{ kind: 'countRework', unitId: order.leadUnitId }];
    if (toStatus === 'dispatched') {
      effects.push(
        ...contactClock(order, { kind: 'recomputeClock', clock: 'contact' }),
        { kind: 'recomputeClock', clock: 'unitReply' },
        ...notifyUnits('order.reopened', handlingUnitIds(order)),
      );
    } else {
      effects.push(notifyDesk('order.reopened', 'order.dispatch'));
    }
    return { changes, effects };
  },

  hang: ({ order, actor, now, input }) => ({
    // Hanging a hung order updates its plan (a progress report); it stays hung since the first time.
    changes: {
      hang: {
        plan: input.plan,
        nextProgressAt: input.nextProgressAt,
        since: order.hang?.since ?? now,
        byId: actor.id,
        responsibleUnitId: input.responsibleUnitId ?? order.hang?.responsibleUnitId ?? order.leadUnitId,
        note: input.note ?? null,
      },
    },
    payload: { update: order.hang !== null },
    effects: [{ kind: 'scheduleProgressCheck', at: input.nextProgressAt }],
  }),

  // Running clocks keep their due times: each was fixed when it started (DESIGN §4), and moving one because of a
  // category override would change a promise already made to the unit. Clocks started later follow the new category.
  reclassify: ({ order, input }) => ({
    changes: { categoryPath: input.category },
    payload: { previousCategory: order.categoryPath },
    effects: [],
  }),

  unhang: ({ order }) => ({
    changes: { hang: null },
    payload: { plan: order.hang?.plan },
    effects: [{ kind: 'cancelProgressCheck' }],
  }),
};

/** The contact clock runs only where there is a citizen to contact (not for 主动发现 findings). */
function contactClock(order: OrderSnapshot, effect: OrderEffect): OrderEffect[] {
  return order.channel === 'proactive' ? [] : [effect];
}

function start(clock: OrderClock): OrderEffect {
  return { kind: 'startClock', clock };
}

function stop(clock: OrderClock, at: Date): OrderEffect {
  return { kind: 'stopClock', clock, at, outcome: 'done' };
}

/** A notification to units; none when no unit is addressed (e.g. an order the desk answered itself). */
function notifyUnits(topic: NotifyTopic, units: readonly string[]): OrderEffect[] {
  return units.length > 0 ? [{ kind: 'notify', topic, to: { units } }] : [];
}

/** Street staff are addressed by the permission that makes them the ones to act next. */
function notifyDesk(topic: NotifyTopic, holdersOf: Permission): OrderEffect {
  return { kind: 'notify', topic, to: { holdersOf } };
}

function leadUnitOf(order: OrderSnapshot): string[] {
  return order.leadUnitId ? [order.leadUnitId] : [];
}
