import { describe, expect, it } from '@jest/globals';
import type { LedgerOrder } from '../ledger-order.js';
import type { LedgerRefs } from '../ledger-refs.js';
import { EXCEPTION_COLUMNS, exceptionCells, isException } from './exceptions.sheet.js';

const at = new Date('2026-11-25T02:00:00Z');
const later = (h: number) => new Date(at.getTime() + h * 3_600_000);
const refs: LedgerRefs = { streetName: '陶然亭街道', communities: new Map(), units: new Map([['u1', '城市管理办']]) };
const base: LedgerOrder = {
  id: 'o1', number: 'N1', channel: 'hotline', type: 'complaint', urgency: 'normal', receivedAt: at, signedAt: at, dispatchedAt: at,
  contactedAt: null, repliedAt: null, approvedAt: null, closedAt: null, categoryPath: null, communityId: null, unitId: 'u1', coUnitIds: [],
  citizenName: '张三丰', citizenPhone: null, address: '', content: '', replyContent: null, replyResult: null, callback: null,
  clocks: [{ kind: 'sign', dueAt: at, stoppedAt: at, outcome: 'done', late: false }], overdueClocks: [], returns: [], status: 'dispatched',
  assessment: 'full', hung: false,
};
const cell = (cells: unknown[], header: string) => cells[EXCEPTION_COLUMNS.findIndex((c) => c.header === header)];

describe('isException', () => {
  it.each([
    ['everything on time', base, false],
    ['a clock stopped late', { ...base, clocks: [{ kind: 'contact', dueAt: at, stoppedAt: later(6), outcome: 'done', late: true }] }, true],
    ['a clock running past due', { ...base, overdueClocks: ['unitReply'] }, true],
    ['returned by the unit', { ...base, returns: [{ action: 'unit_return', at, reason: 'not_our_duty', text: null, accepted: null }] }, true],
    ['a return requested', { ...base, returns: [{ action: 'request_return', at, reason: 'duplicate', text: null, accepted: null }] }, true],
  ] as const)('when %s, then %s', (_case, order, expected) => {
    expect(isException(order as LedgerOrder)).toBe(expected);
  });
});

describe('exceptionCells', () => {
  it('when a return was requested and refused, then the reasons and the result are spelled out, text masked', () => {
    const order: LedgerOrder = {
      ...base,
      clocks: [{ kind: 'contact', dueAt: at, stoppedAt: later(6), outcome: 'done', late: true }],
      returns: [
        { action: 'unit_return', at, reason: 'not_our_duty', text: '张三丰说应找供热公司', accepted: null },
        { action: 'request_return', at: later(1), reason: 'outside_jurisdiction', text: null, accepted: null },
        { action: 'return_decided', at: later(2), reason: null, text: null, accepted: false },
      ],
    };
    const cells = exceptionCells(order, 1, refs, true, later(10));
    expect(cell(cells, '联系超时（小时）')).toBe(6);
    expect(cell(cells, '签收超时（小时）')).toBeNull();
    expect(cell(cells, '退回街道次数')).toBe(1);
    expect(cell(cells, '退回街道原因')).toBe('非本单位职责：张**说应找供热公司');
    expect(cell(cells, '申请退单原因')).toBe('非本辖区');
    expect(cell(cells, '退单结果')).toBe('平台不同意，重新派单');
    expect(cell(cells, '主办单位')).toBe('城市管理办');
  });
});
