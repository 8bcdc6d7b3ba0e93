import type { OrderAction } from './order-actions.js';
import type { DecisionContext, OrderActor, OrderSnapshot } from './order-snapshot.js';
import { REVIEW_CHECKLIST_ITEMS, type ChecklistEntry } from './review-checklist.js';

/** Shared test data for the domain specs (not exported from the library). */

/** 2026-06-01 10:00 Asia/Shanghai, a Monday. */
export const NOW = new Date('2026-06-01T02:00:00Z');
export const hoursFromNow = (h: number): Date => new Date(NOW.getTime() + h * 3_600_000);
export const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * 86_400_000);

export const LEAD = 'unit-cgb';
export const CO = 'unit-gr01';
export const FORMER = 'unit-zfd';
export const OTHER = 'unit-msb';

export const ACTORS = {
  operator: { id: 'u-op', role: 'operator', unitId: null, mayDispatch: true },
  operatorWithoutGrant: { id: 'u-op2', role: 'operator', unitId: null, mayDispatch: false },
  supervisor: { id: 'u-sup', role: 'supervisor', unitId: null },
  reviewer: { id: 'u-rev', role: 'reviewer', unitId: null },
  leader: { id: 'u-lead', role: 'leader', unitId: null },
  admin: { id: 'u-adm', role: 'admin', unitId: null },
  leadUnit: { id: 'u-cgb', role: 'unit', unitId: LEAD },
  coUnit: { id: 'u-gr01', role: 'unit', unitId: CO },
  formerUnit: { id: 'u-zfd', role: 'unit', unitId: FORMER },
  otherUnit: { id: 'u-msb', role: 'unit', unitId: OTHER },
} as const satisfies Record<string, OrderActor>;

export const DUTY_CONTEXT: DecisionContext = {
  communityDutyCategories: ['市容环境/环境卫生/楼道堆物', '社会秩序/邻里纠纷'],
};

export function anOrder(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    id: 'order-1',
    version: 3,
    status: 'new',
    channel: 'hotline',
    type: 'complaint',
    urgency: 'normal',
    categoryPath: '公共服务/供暖/室温不达标',
    communityId: 'c-004',
    leadUnitId: null,
    leadUnitKind: null,
    coUnitIds: [],
    formerUnitIds: [],
    acknowledgedUnitIds: [],
    upstreamDueAt: hoursFromNow(24 * 10),
    unitDueAt: null,
    hang: null,
    pendingExtension: null,
    subReplies: [],
    closedAt: null,
    reworkCount: 0,
    urgeCount: 0,
    duplicateOfId: null,
    assessment: 'full',
    ...overrides,
  };
}

/** An order in the hands of the lead unit CGB with co-unit GR01, formerly at ZFD. */
export function aDispatchedOrder(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return anOrder({
    status: 'dispatched',
    leadUnitId: LEAD,
    leadUnitKind: 'office',
    coUnitIds: [CO],
    formerUnitIds: [FORMER],
    unitDueAt: hoursFromNow(24 * 8),
    ...overrides,
  });
}

export function checklist(failed: readonly string[] = []): ChecklistEntry[] {
  return REVIEW_CHECKLIST_ITEMS.map((item) => ({ item, verdict: failed.includes(item) ? 'fail' : 'pass' }));
}

/** A valid input for every action (as a client would send it, dates as ISO strings). */
export const VALID_INPUTS: { [A in OrderAction]: unknown } = {
  sign: {},
  merge: { master: { id: 'order-0', status: 'dispatched', closedAt: null } },
  answer: { content: '已告知办理地点和材料', result: 'solved' },
  dispatch: { leadUnit: { id: LEAD, kind: 'office' }, coUnits: [{ id: CO, kind: 'utility' }] },
  acknowledge: {},
  contact: { contactedAt: '2026-06-01T09:00:00+08:00', method: 'phone', contactedBy: '王师傅', summary: '已电话联系诉求人，约定明日上门查看' },
  redispatch: { leadUnit: { id: OTHER, kind: 'office' }, coUnits: [], reason: '职责调整' },
  unit_return: { reason: 'not_our_duty', text: '属供热公司职责' },
  urge: { comment: '请尽快联系诉求人' },
  extend_request: { newDueAt: '2026-06-20T10:00:00+08:00', reason: '需协调供热公司维修管线' },
  extend_decide: { approved: true },
  sub_reply: { content: '已派人上门检查管线' },
  reply: {
    content: '已联系供热站处理，室温恢复',
    contacted: true,
    contactedAt: '2026-06-01T09:00:00+08:00',
    contactMethod: 'phone',
    result: 'solved',
  },
  approve: { checklist: checklist() },
  reject: { checklist: checklist(['all_demands_answered']), comment: '未答复维修时间' },
  request_return: { reason: 'outside_jurisdiction', text: '地址属白纸坊街道', evidenceIds: ['file-1'] },
  return_decided: { accepted: true },
  callback: { contacted: true, solved: true, satisfaction: 'satisfied', valid: true },
  reopen: { reason: '市民反映问题未解决' },
  hang: { plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: '2026-07-01T10:00:00+08:00' },
  unhang: {},
  reclassify: { category: '市容环境/环境卫生/楼道堆物', reason: '来电反映的是楼道堆物，非供暖问题' },
};
