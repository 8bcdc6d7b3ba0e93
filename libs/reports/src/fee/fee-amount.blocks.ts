import { toChineseCapitals } from '../domain/chinese-capitals.js';
import { formatShare, formatYuan, yuanText, type ContractBilling, type FeeConfirmation, type PaymentPeriod } from '../domain/contract-billing.js';
import type { Block } from '../domain/report-document.js';
import { chineseDate, chineseRange } from './fee-dates.js';

const money = (fen: number) => fen / 100;
/** 人民币 1,248,000.00 元（大写：壹佰贰拾肆万捌仟元整） */
export const amountInWords = (fen: number) => `人民币 ${formatYuan(fen)} 元（大写：${toChineseCapitals(yuanText(fen))}）`;
const months = (n: number) => String(n);

/** 一、服务费用: annex 2's table for the period, the total in figures and capitals, and the months billed. */
export function feeBlocks(c: FeeConfirmation, billing: ContractBilling): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: '一、服务费用' },
    {
      kind: 'paragraph',
      text: `计费规则：按自然月计费；首月或末月服务不足 15 天的按半月计费，15 天及以上的按整月计费。本期计费期间为${chineseRange(c.from, c.to)}。`,
    },
    {
      kind: 'table',
      caption: '服务费用明细',
      columns: [
        { title: '序号', format: 'integer', width: 0.6 },
        { title: '服务内容', format: 'text', width: 4 },
        { title: '月度服务费（元）', format: 'money', width: 1.4 },
        { title: '计费月数', format: 'text', width: 0.9 },
        { title: '本期金额（元）', format: 'money', width: 1.5 },
      ],
      rows: c.lines.map((l) => [l.no, l.name, money(l.monthlyFen), months(l.billedMonths), money(l.fen)]),
      totals: ['合计', null, money(billing.monthlyFen), months(c.lines[0]?.billedMonths ?? 0), money(c.totalFen)],
    },
    { kind: 'paragraph', text: `本期服务费合计：${amountInWords(c.totalFen)}。` },
  ];
  if (c.months.length > 1 || c.months.some((m) => m.factor !== 1)) {
    blocks.push({
      kind: 'table',
      caption: '计费月份',
      columns: [
        { title: '月份', format: 'text' },
        { title: '服务日期', format: 'text', width: 2.4 },
        { title: '服务天数', format: 'integer' },
        { title: '计费', format: 'text' },
        { title: '金额（元）', format: 'money', width: 1.4 },
      ],
      rows: c.months.map((m) => [m.month, chineseRange(m.from, m.to), m.daysServed, m.factor === 1 ? '整月' : '半月', money(m.fen)]),
      totals: ['合计', null, null, `${months(c.lines[0]?.billedMonths ?? 0)} 个月`, money(c.totalFen)],
    });
  }
  return blocks;
}

/** 二、付款: what is due for the period under the contract's payment clause. */
export function paymentBlocks(c: FeeConfirmation, billing: ContractBilling): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: '二、本期付款' },
    {
      kind: 'paragraph',
      text: '付款方式：每三个月支付一次，前三期每期支付合同总额的 25%，最后一期支付至合同总额的 90%，其余 10% 在服务考核确认后 15 个工作日内支付。',
    },
  ];
  if (c.scope === 'contract') {
    blocks.push(scheduleTable(billing), { kind: 'paragraph', text: `合同总额：${amountInWords(billing.totalFen)}。` });
    return blocks;
  }
  if (c.periods.length > 0) {
    const names = c.periods.map((p) => `第 ${p.index} 期（${chineseRange(p.from, p.to)}）`).join('、');
    blocks.push({
      kind: 'paragraph',
      text: `本期为${names}付款期，应支付合同总额的 ${formatShare(c.dueBp)}，应付金额：${amountInWords(c.dueFen)}；支付后累计支付合同总额的 ${formatShare(c.cumulativeBp)}。`,
    });
    if (c.periods.some((p) => p.index === billing.periods.length)) blocks.push(finalParagraph(billing));
    return blocks;
  }
  const holder: PaymentPeriod | null = c.containingPeriod;
  blocks.push({
    kind: 'paragraph',
    text: holder
      ? `本期间属于第 ${holder.index} 期付款期（${chineseRange(holder.from, holder.to)}），该期于期末按合同总额的 ${formatShare(holder.shareBp)} 支付 ${formatYuan(holder.fen)} 元；本单仅确认上述服务费用，本期间不单独付款。`
      : '本期间未包含完整的付款期；本单仅确认上述服务费用，本期间不单独付款。',
  });
  return blocks;
}

function scheduleTable(billing: ContractBilling): Block {
  return {
    kind: 'table',
    caption: '付款计划',
    columns: [
      { title: '期次', format: 'text', width: 0.8 },
      { title: '服务期间', format: 'text', width: 2.6 },
      { title: '支付比例', format: 'percent' },
      { title: '应付金额（元）', format: 'money', width: 1.4 },
      { title: '累计支付比例', format: 'percent' },
    ],
    rows: [
      ...billing.periods.map((p) => [`第 ${p.index} 期`, chineseRange(p.from, p.to), p.shareBp / 10_000, money(p.fen), p.cumulativeBp / 10_000]),
      ['尾款', '服务考核确认后 15 个工作日内', billing.final.shareBp / 10_000, money(billing.final.fen), 1],
    ],
    totals: ['合计', null, 1, money(billing.totalFen), null],
  };
}

function finalParagraph(billing: ContractBilling): Block {
  const last = billing.periods[billing.periods.length - 1];
  return {
    kind: 'paragraph',
    text: `合同总额其余 ${formatShare(billing.final.shareBp)}（${formatYuan(billing.final.fen)} 元，大写：${toChineseCapitals(yuanText(billing.final.fen))}）在服务考核确认后 15 个工作日内支付（服务期至${chineseDate(last.to)}）。`,
  };
}
