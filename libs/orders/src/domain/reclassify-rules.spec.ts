import { describe, expect, test } from '@jest/globals';
import { decide } from './decide-action.js';
import { ACTORS, aDispatchedOrder, DUTY_CONTEXT, NOW } from './order-test-fixtures.js';

/** 更正分类: the desk corrects the category while the order is open; Art. 17 still holds for a community lead. */
describe('reclassify (更正分类)', () => {
  const input = { category: '市容环境/环境卫生/楼道堆物', reason: '诉求实为楼道堆物' };
  test.each([
    ['an operator corrects an open order', aDispatchedOrder(), ACTORS.operator, input, 'ok'],
    ['the new category is the current one', aDispatchedOrder({ categoryPath: input.category }), ACTORS.operator, input, 'ORDER_CATEGORY_UNCHANGED'],
    ['a unit tries to correct it', aDispatchedOrder(), ACTORS.leadUnit, input, 'ORDER_ACTION_FORBIDDEN'],
    ['the order is closed', aDispatchedOrder({ status: 'closed' }), ACTORS.supervisor, input, 'ORDER_ILLEGAL_TRANSITION'],
    ['a community leads and the new category is off its duty list', aDispatchedOrder({ leadUnitKind: 'community' }), ACTORS.supervisor, { ...input, category: '城乡建设/违法建设/私搭乱建' }, 'ORDER_COMMUNITY_DUTY_RULE'],
    ['a community leads and the new category is on its duty list', aDispatchedOrder({ leadUnitKind: 'community' }), ACTORS.supervisor, input, 'ok'],
  ] as const)('when %s', (_name, order, actor, body, then) => {
    const result = decide(order, 'reclassify', body, actor, NOW, DUTY_CONTEXT);
    if (then === 'ok') expect(result).toMatchObject({ ok: true, decision: { changes: { categoryPath: body.category }, event: { payload: { previousCategory: order.categoryPath } } } });
    else expect(result).toMatchObject({ ok: false, error: { code: then } });
  });
});
