import { describe, expect, it } from '@jest/globals';
import type { LedgerOrder } from '../ledger-order.js';
import type { LedgerRefs } from '../ledger-refs.js';
import { DETAIL_COLUMNS, detailCells } from './detail.sheet.js';

const refs: LedgerRefs = {
  streetName: '陶然亭街道',
  communities: new Map([['c1', '黑窑厂社区']]),
  units: new Map([['u1', '城市管理办'], ['u2', '民生保障办']]),
};
const at = new Date('2026-11-25T02:00:00Z');
const order: LedgerOrder = {
  id: 'o1', number: '2026112500001', channel: 'hotline', type: 'complaint', urgency: 'urgent', receivedAt: at,
  signedAt: at, dispatchedAt: at, contactedAt: null, repliedAt: null, approvedAt: null, closedAt: null,
  categoryPath: '城乡建设/物业管理/物业服务', communityId: 'c1', unitId: 'u1', coUnitIds: ['u2'],
  citizenName: '王小明', citizenPhone: '13812345678', address: '黑窑厂街12号院3号楼',
  content: '=1+1 我是王小明，请回电13812345678', replyContent: null, replyResult: null,
  callback: { valid: true, contacted: true, solved: false, satisfaction: 'dissatisfied' },
  clocks: [{ kind: 'sign', dueAt: at, stoppedAt: at, outcome: 'done', late: false }],
  overdueClocks: [], returns: [], status: 'dispatched', assessment: 'full', hung: true,
};
const cell = (cells: unknown[], header: string) => cells[DETAIL_COLUMNS.findIndex((c) => c.header === header)];

describe('detailCells', () => {
  it('when masked, then the name, the phone and both inside the content are masked', () => {
    const cells = detailCells(order, 7, refs, true, at);
    expect(cells).toHaveLength(DETAIL_COLUMNS.length);
    expect(cell(cells, '序号')).toBe(7);
    expect(cell(cells, '诉求人')).toBe('王**');
    expect(cell(cells, '联系电话')).toBe('138****5678');
    expect(cell(cells, '诉求摘要')).toBe('=1+1 我是王**，请回电138****5678');
  });

  it('when in clear, then the values are as stored; labels, names and clock verdicts are filled in', () => {
    const cells = detailCells(order, 1, refs, false, at);
    expect(cell(cells, '诉求人')).toBe('王小明');
    expect(cell(cells, '联系电话')).toBe('13812345678');
    expect(cell(cells, '诉求摘要')).toBe('=1+1 我是王小明，请回电13812345678');
    expect([cell(cells, '来源渠道'), cell(cells, '诉求类型'), cell(cells, '紧急程度')]).toEqual(['热线电话', '投诉', '紧急']);
    expect([cell(cells, '问题分类'), cell(cells, '所属社区'), cell(cells, '主办单位'), cell(cells, '协办单位')]).toEqual(['城乡建设 › 物业管理 › 物业服务', '黑窑厂社区', '城市管理办', '民生保障办']);
    expect([cell(cells, '回访联系'), cell(cells, '回访解决'), cell(cells, '满意度'), cell(cells, '有效回访')]).toEqual(['是', '否', '不满意', '是']);
    expect([cell(cells, '签收时限'), cell(cells, '联系时限')]).toEqual(['按时', '']);
    expect(cell(cells, '状态')).toBe('办理中（挂账）');
  });
});
