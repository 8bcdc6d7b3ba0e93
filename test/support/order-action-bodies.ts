import type { Clock } from '@app/clock';
import { REVIEW_CHECKLIST_ITEMS, type OrderAction } from '@app/orders';

export type ActionBodies = Record<OrderAction, () => Promise<Record<string, unknown>> | Record<string, unknown>>;

/**
 * A valid request body for every order action, as a client sends it (without `version`), for the order fixtures of
 * the e2e files: dispatched to 城管办 (CGB) with 供热公司 (GR01) as co-unit. `units` may be filled after this is
 * called (bodies are made when asked for); `intake` enters another order (the master of a merge).
 */
export function validActionBodies(clock: Clock, units: Record<string, string>, intake: () => Promise<string>): ActionBodies {
  const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();
  return {
    sign: () => ({}),
    merge: async () => ({ masterId: await intake() }),
    answer: () => ({ content: '已告知办理地点和所需材料', result: 'solved' }),
    dispatch: () => ({ leadUnitId: units.CGB, coUnitIds: [units.GR01] }),
    acknowledge: () => ({}),
    contact: () => ({ contactedAt: clock.now().toISOString(), method: 'phone', contactedBy: '王师傅', summary: '已电话联系诉求人，约定明日上门查看' }),
    redispatch: () => ({ leadUnitId: units.ZFD, coUnitIds: [], reason: '职责调整，改由执法队办理' }),
    unit_return: () => ({ reason: 'not_our_duty', text: '该问题属于执法队职责' }),
    urge: () => ({ comment: '请尽快联系诉求人' }),
    extend_request: () => ({ newDueAt: at(6.5 * 24), reason: '需协调物业公司，时间较长' }),
    extend_decide: () => ({ approved: true }),
    // Desk staff record a sub-reply on a co-unit's behalf and must name it; the co-unit itself may name itself.
    sub_reply: () => ({ content: '供热公司已派人上门检查管线', unitId: units.GR01 }),
    reply: () => ({ content: '已联系物业公司清理楼道，并要求每日保洁。', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved' }),
    approve: () => ({ checklist: REVIEW_CHECKLIST_ITEMS.map((item) => ({ item, verdict: 'pass' })) }),
    reject: () => ({ checklist: REVIEW_CHECKLIST_ITEMS.map((item, i) => ({ item, verdict: i === 0 ? 'fail' : 'pass' })), comment: '未答复处理时间' }),
    request_return: () => ({ reason: 'outside_jurisdiction', text: '地址属白纸坊街道', evidenceIds: [] }),
    return_decided: () => ({ accepted: true }),
    callback: () => ({ contacted: true, solved: true, satisfaction: 'satisfied', valid: true }),
    reopen: () => ({ reason: '市民反映问题未解决' }),
    hang: () => ({ plan: '纳入老旧小区改造计划，年内完成', nextProgressAt: at(30 * 24) }),
    unhang: () => ({}),
    reclassify: () => ({ category: '市容环境/环境卫生/楼道堆物', reason: '诉求实为楼道堆物' }),
  };
}
