import { Injectable } from '@nestjs/common';
import { BadRequestError, ValidationError } from '@app/errors';
import { billContract, confirmationFor, type FeeConfirmation } from '../domain/contract-billing.js';
import type { ReportDocument } from '../domain/report-document.js';
import type { ReportPeriodRequest, ReportRunContext } from '../domain/report-run.js';
import { feeConfirmationDocument } from './fee-confirmation.document.js';
import { lastDayOfMonth } from './fee-dates.js';
import { FeeEvidenceReader } from './fee-evidence.reader.js';
import { ServiceContractReader } from './service-contract.reader.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 费用确认单 for a period (DESIGN §11, the contract's annex 2): a natural month (`{ month }`), a payment period or
 * any run of whole months (`{ from, to }`), or the whole contract (its first and last day). Fees come from the
 * contract's billing and payment clauses (`domain/contract-billing`), the service delivered from the roster and
 * statistics layers; the result is a `ReportDocument` the renderers turn into .docx and PDF.
 */
@Injectable()
export class FeeConfirmationBuilder {
  constructor(
    private readonly contracts: ServiceContractReader,
    private readonly evidence: FeeEvidenceReader,
  ) {}

  async build(ctx: ReportRunContext): Promise<ReportDocument> {
    const range = daysOf(ctx.period);
    await ctx.progress(0, 3, '读取服务协议');
    const contract = await this.contracts.overlapping(ctx.actor.streetCode, range.from, range.to);
    const billing = billContract(contract);
    let confirmation: FeeConfirmation;
    try {
      confirmation = confirmationFor(billing, contract, range);
    } catch (error) {
      if (error instanceof RangeError) throw new BadRequestError('FEE_PERIOD_INVALID', error.message, range);
      throw error;
    }
    await ctx.progress(1, 3, '汇总服务完成情况');
    const evidence = await this.evidence.read(ctx.actor, confirmation.from, confirmation.to);
    await ctx.progress(2, 3, '编制费用确认单');
    const document = feeConfirmationDocument({ contract, billing, confirmation, evidence, now: ctx.now });
    await ctx.progress(3, 3, '费用确认单已生成');
    return document;
  }
}

/** The Beijing days a period request covers: a natural month here, as the contract bills (not the assessment month). */
function daysOf(period: ReportPeriodRequest): { from: string; to: string } {
  if ('month' in period) {
    if (!MONTH.test(period.month)) throw new ValidationError([{ field: 'period.month', message: '月份格式应为 YYYY-MM' }]);
    return { from: `${period.month}-01`, to: lastDayOfMonth(period.month) };
  }
  for (const field of ['from', 'to'] as const) {
    if (!DAY.test(period[field])) throw new ValidationError([{ field: `period.${field}`, message: '日期格式应为 YYYY-MM-DD' }]);
  }
  return { from: period.from, to: period.to };
}
