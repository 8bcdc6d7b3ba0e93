import { describe, expect, it } from '@jest/globals';
import type { ReferenceContract } from '@app/reference';
import { billContract, confirmationFor } from '../domain/contract-billing.js';
import type { Block, ReportDocument, TableBlock } from '../domain/report-document.js';
import { feeConfirmationDocument } from './fee-confirmation.document.js';
import type { FeeEvidence } from './fee-evidence.reader.js';

const CONTRACT: ReferenceContract = {
  title: '“12345”市民热线坐席服务协议',
  client: '甲方街道办事处',
  provider: '乙方联合体',
  signedOn: ['2026-04-13'],
  period: { start: '2026-05-01', end: '2027-04-30' },
  items: [
    { no: 1, name: '日常台账管理', monthlyFee: 12000 },
    { no: 2, name: '7×24 轮班值守', monthlyFee: 60000 },
    { no: 3, name: '工单回复初审', monthlyFee: 20000 },
    { no: 4, name: '统计分析', monthlyFee: 12000 },
  ],
  total: 1248000,
  totalInWords: '壹佰贰拾肆万捌仟元整',
  billing: 'natural month',
  payment: 'quarterly',
  tax: 'VAT',
};

const clockRow = (label: string, done: number, late: number) => ({ clock: label, label, done, late, onTime: done - late, onTimeRate: done ? (done - late) / done : null, averageMinutes: 30, p90Minutes: 60 });
/** Evidence as the layers answer it; only the fields the document prints matter. */
const EVIDENCE = {
  coverage: [
    { month: '2026-05', from: '2026-05-01', to: '2026-05-31', demandHours: 744, coveredHours: 740, coverageRate: 0.9946, seatHoursRequired: 1488, seatHoursDelivered: 1480 },
    { month: '2026-06', from: '2026-06-01', to: '2026-06-30', demandHours: 720, coveredHours: 720, coverageRate: 1, seatHoursRequired: 1440, seatHoursDelivered: 1440 },
  ],
  overview: { total: 321, scoring: { description: '响应率×0.1 + 解决率×0.5 + 满意率×0.4（基本满意按 0.9 计）' }, rates: { responseRate: 0.98, resolutionRate: 0.9, satisfactionRate: 0.93, composite: 92.0 } },
  timeliness: { clocks: [clockRow('签收', 300, 3), clockRow('联系', 280, 0)], unitReturns: 4, unitReturnRate: 0.0125, firstReviews: 200, firstPassRate: 0.95, reworkRate: 0.05, urges: 2, duplicateShare: 0.03 },
} as unknown as FeeEvidence;

const documentFor = (range: { from: string; to: string }, contract = CONTRACT, now = new Date('2027-06-01T02:00:00Z')): ReportDocument => {
  const billing = billContract(contract);
  return feeConfirmationDocument({ contract, billing, confirmation: confirmationFor(billing, contract, range), evidence: EVIDENCE, now });
};
const table = (doc: ReportDocument, caption: string) => doc.blocks.find((b: Block): b is TableBlock => b.kind === 'table' && b.caption?.startsWith(caption) === true);
const paragraphs = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('feeConfirmationDocument (annex 2)', () => {
  it('when the period is the whole contract, then the table, the capitals, the schedule and the signatures are there', () => {
    const doc = documentFor({ from: '2026-05-01', to: '2027-04-30' });
    expect(doc.title).toBe('费用确认单');
    expect(doc.meta.map((m) => m.label)).toEqual(['甲方（委托方）', '乙方（服务方）', '合同名称', '合同期限', '确认期间', '生成时间']);
    expect(doc.meta.find((m) => m.label === '生成时间')?.value).toBe('2027-06-01 10:00');
    const fees = table(doc, '服务费用明细')!;
    expect(fees.rows).toEqual([
      [1, '日常台账管理', 12000, '12', 144000],
      [2, '7×24 轮班值守', 60000, '12', 720000],
      [3, '工单回复初审', 20000, '12', 240000],
      [4, '统计分析', 12000, '12', 144000],
    ]);
    expect(fees.totals).toEqual(['合计', null, 104000, '12', 1248000]);
    expect(paragraphs(doc)).toContain('本期服务费合计：人民币 1,248,000.00 元（大写：壹佰贰拾肆万捌仟元整）。');
    expect(table(doc, '付款计划')!.totals).toEqual(['合计', null, 1, 1248000, null]);
    expect(doc.footer).toEqual([
      '甲方（盖章）：甲方街道办事处',
      expect.stringMatching(/^经办人：.*日期：/),
      '乙方（盖章）：乙方联合体',
      expect.stringMatching(/^经办人：.*日期：/),
    ]);
    expect(paragraphs(doc).join('')).not.toContain('合同载明总额');
  });

  it('when the period is a payment period, then the payment paragraph gives share, amount, capitals and the cumulative share', () => {
    const doc = documentFor({ from: '2026-08-01', to: '2026-10-31' });
    expect(paragraphs(doc)).toContain(
      '本期为第 2 期（2026年8月1日至2026年10月31日）付款期，应支付合同总额的 25%，应付金额：人民币 312,000.00 元（大写：叁拾壹万贰仟元整）；支付后累计支付合同总额的 50%。',
    );
    expect(table(doc, '付款计划')).toBeUndefined();
    expect(table(doc, '计费月份')!.rows.map((r) => r[0])).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it('when the first month is half, then the months table says so and the table bills 2.5 months', () => {
    const contract = { ...CONTRACT, period: { start: '2026-05-20', end: '2027-04-30' } };
    const doc = documentFor({ from: '2026-05-20', to: '2026-07-31' }, contract);
    expect(table(doc, '服务费用明细')!.totals).toEqual(['合计', null, 104000, '2.5', 260000]);
    expect(table(doc, '计费月份')!.rows[0]).toEqual(['2026-05', '2026年5月20日至2026年5月31日', 12, '半月', 52000]);
    expect(paragraphs(doc).join('\n')).toContain('应支付合同总额的 25%，应付金额：人民币 299,000.00 元（大写：贰拾玖万玖仟元整）');
    // 11.5 months billed against the stated 12: flagged, not hidden.
    expect(paragraphs(doc).join('\n')).toContain('注：合同载明总额为 1,248,000.00 元，按计费规则计算为 1,196,000.00 元');
  });

  it('when evidence is given, then it is printed as the layers answered it, the month totals added up', () => {
    const doc = documentFor({ from: '2026-05-01', to: '2026-07-31' });
    const coverage = table(doc, '值守覆盖')!;
    expect(coverage.rows[0]).toEqual(['2026-05', '2026年5月1日至2026年5月31日', 744, 740, 0.9946, 1488, 1480]);
    expect(coverage.totals).toEqual(['合计', null, 1464, 1460, 1460 / 1464, 2928, 2920]);
    expect(table(doc, '各环节时限完成情况')!.rows).toEqual([['签收', 300, 297, 3, 0.99, 30], ['联系', 280, 280, 0, 1, 30]]);
    expect(table(doc, '三率与综合成绩')!.rows).toEqual([[321, 0.98, 0.9, 0.93, 92]]);
    expect(doc.blocks).toContainEqual({ kind: 'bullets', items: expect.arrayContaining(['承办单位退单 4 件，退单率 1.3%；']) });
    expect(paragraphs(doc).join('\n')).not.toContain('期间尚未结束');
  });

  it('when the period has not ended at generation time, then the evidence says up to when it counts', () => {
    const doc = documentFor({ from: '2026-11-01', to: '2026-11-30' }, CONTRACT, new Date('2026-11-25T02:00:00Z'));
    expect(paragraphs(doc).join('\n')).toContain('期间尚未结束，数据截至 2026-11-25 10:00');
    expect(paragraphs(doc).join('\n')).toContain('本期间属于第 3 期付款期');
  });
});
