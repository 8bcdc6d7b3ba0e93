import { Injectable } from '@nestjs/common';
import { addDays } from '@app/stats';
import { billContract } from '../domain/contract-billing.js';
import { ServiceContractReader } from '../fee/service-contract.reader.js';

/**
 * When a fee confirmation falls due: the day after a payment period of the street's contract ends
 * (DESIGN §11: every three months from the contract's start).
 */
@Injectable()
export class ReportDueDates {
  constructor(private readonly contracts: ServiceContractReader) {}

  /** The payment period that ended yesterday, as a range of days, or null. */
  async feePeriodEndedBefore(streetCode: string, today: string): Promise<{ from: string; to: string } | null> {
    const yesterday = addDays(today, -1);
    const period = (await this.periods(streetCode)).find((p) => p.to === yesterday);
    return period ? { from: period.from, to: period.to } : null;
  }

  /** The next fee confirmation the schedule will produce: its run day and period key. */
  async nextFeeConfirmation(streetCode: string, today: string): Promise<{ runDay: string; period: string } | null> {
    const next = (await this.periods(streetCode)).find((p) => addDays(p.to, 1) >= today);
    return next ? { runDay: addDays(next.to, 1), period: `${next.from}~${next.to}` } : null;
  }

  private async periods(streetCode: string) {
    const contract = await this.contracts.latest(streetCode);
    return contract ? billContract(contract).periods : [];
  }
}
