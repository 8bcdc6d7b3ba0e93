import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import { NotFoundError } from '@app/errors';
import { contractSchema, type ReferenceContract } from '@app/reference';

/** The street's service contract (DESIGN §11) as seeded into `service_contract.document`. */
@Injectable()
export class ServiceContractReader {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The contract whose term overlaps the days `from`–`to` (the latest one if several do). */
  async overlapping(streetCode: string, from: string, to: string): Promise<ReferenceContract> {
    const [row] = (await this.dataSource.query(
      `SELECT document FROM service_contract WHERE street_code = $1 AND period_start <= $3::date AND period_end >= $2::date
        ORDER BY period_start DESC LIMIT 1`,
      [streetCode, from, to],
    )) as { document: unknown }[];
    if (!row) throw new NotFoundError('FEE_CONTRACT_NOT_FOUND', `${from} 至 ${to} 不在任何服务协议的期限内`, { from, to });
    return contractSchema.parse(row.document);
  }

  /** The street's latest contract, or null before one is loaded. */
  async latest(streetCode: string): Promise<ReferenceContract | null> {
    const [row] = (await this.dataSource.query(`SELECT document FROM service_contract WHERE street_code = $1 ORDER BY period_start DESC LIMIT 1`, [
      streetCode,
    ])) as { document: unknown }[];
    return row ? contractSchema.parse(row.document) : null;
  }
}
