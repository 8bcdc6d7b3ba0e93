import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { NotFoundError } from '@app/errors';
import { toChineseCapitals } from '../domain/chinese-capitals.js';
import { billContract, formatShare } from '../domain/contract-billing.js';
import { ServiceContractReader } from '../fee/service-contract.reader.js';

const yuan = (fen: number) => fen / 100;

/** 服务协议 (DESIGN §11): the payment schedule the fee confirmations follow, in figures and in Chinese capitals. */
@ApiTags('reports 报表')
@ApiBearerAuth()
@Controller('contract')
export class ContractController {
  constructor(private readonly contracts: ServiceContractReader) {}

  @Get('payments')
  @RequirePermission('contract.read')
  @ApiOperation({ summary: '服务协议付款计划：每三个月一期（前三期各25%，末期累计至90%），服务评价确认后付清余下10%' })
  async payments(@CurrentActor() actor: SessionActor) {
    const contract = await this.contracts.latest(actor.streetCode);
    if (!contract) throw new NotFoundError('CONTRACT_NOT_FOUND', '尚未录入服务协议');
    const billing = billContract(contract);
    const items = [
      ...billing.periods.map((p) => ({
        index: p.index,
        label: `第 ${p.index} 期`,
        from: p.from,
        to: p.to,
        months: p.months,
        share: formatShare(p.shareBp),
        amount: yuan(p.fen),
        amountInWords: toChineseCapitals(yuan(p.fen)),
        cumulativeShare: formatShare(p.cumulativeBp),
      })),
      {
        index: billing.periods.length + 1,
        label: '尾款',
        from: null,
        to: null,
        months: [],
        share: formatShare(billing.final.shareBp),
        amount: yuan(billing.final.fen),
        amountInWords: toChineseCapitals(yuan(billing.final.fen)),
        cumulativeShare: '100%',
        note: '服务评价确认后15个工作日内支付',
      },
    ];
    return {
      title: contract.title,
      period: contract.period,
      monthly: yuan(billing.monthlyFen),
      total: yuan(billing.totalFen),
      totalInWords: toChineseCapitals(yuan(billing.totalFen)),
      items,
    };
  }
}
