import type { ReferenceContract } from '@app/reference';
import { fenOf } from '../domain/chinese-capitals.js';
import { formatYuan, type ContractBilling, type FeeConfirmation } from '../domain/contract-billing.js';
import type { ReportDocument } from '../domain/report-document.js';
import { feeBlocks, paymentBlocks } from './fee-amount.blocks.js';
import { beijingStamp, chineseRange } from './fee-dates.js';
import { evidenceBlocks } from './fee-evidence.blocks.js';
import type { FeeEvidence } from './fee-evidence.reader.js';

export interface FeeConfirmationInput {
  contract: ReferenceContract;
  billing: ContractBilling;
  confirmation: FeeConfirmation;
  evidence: FeeEvidence;
  now: Date;
}

const SCOPE_LABELS: Record<FeeConfirmation['scope'], (c: FeeConfirmation) => string> = {
  contract: () => '全部合同期',
  'payment-period': (c) => `第 ${c.periods[0].index} 期付款期`,
  months: (c) => `${c.months.length} 个自然月`,
};

/** 费用确认单 (the contract's annex 2) as content: parties, fees, payment due, the service delivered, signatures. */
export function feeConfirmationDocument({ contract, billing, confirmation: c, evidence, now }: FeeConfirmationInput): ReportDocument {
  return {
    title: '费用确认单',
    subtitle: contract.title,
    meta: [
      { label: '甲方（委托方）', value: contract.client },
      { label: '乙方（服务方）', value: contract.provider },
      { label: '合同名称', value: contract.title },
      { label: '合同期限', value: chineseRange(contract.period.start, contract.period.end) },
      { label: '确认期间', value: `${chineseRange(c.from, c.to)}（${SCOPE_LABELS[c.scope](c)}）` },
      { label: '生成时间', value: beijingStamp(now) },
    ],
    blocks: [
      ...feeBlocks(c, billing),
      ...paymentBlocks(c, billing),
      ...statedTotalNote(contract, billing),
      ...evidenceBlocks(evidence, c.from, c.to, now),
      { kind: 'paragraph', text: '甲乙双方确认：乙方已按合同约定提供上述期间的服务，本期服务费用如上。' },
    ],
    footer: [
      `甲方（盖章）：${contract.client}`,
      '经办人：　　　　　　　　日期：　　　　年　　月　　日',
      `乙方（盖章）：${contract.provider}`,
      '经办人：　　　　　　　　日期：　　　　年　　月　　日',
    ],
  };
}

/** A contract whose stated total disagrees with its billing clause is flagged rather than silently corrected. */
function statedTotalNote(contract: ReferenceContract, billing: ContractBilling): ReportDocument['blocks'] {
  const stated = Number(fenOf(contract.total));
  if (stated === billing.totalFen) return [];
  return [{ kind: 'paragraph', text: `注：合同载明总额为 ${formatYuan(stated)} 元，按计费规则计算为 ${formatYuan(billing.totalFen)} 元，请双方核对。` }];
}
