import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from './tokens.js';

/**
 * Which street (tenant) a request without a signed-in user belongs to. One deployment serves one street today;
 * every table already carries street_code so a district deployment only changes how this is resolved (DESIGN §12).
 */
@Injectable()
export class Tenancy {
  private cached?: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async defaultStreetCode(): Promise<string> {
    if (this.cached) return this.cached;
    if (this.config.streetCode) return (this.cached = this.config.streetCode);
    const [row] = (await this.dataSource.query('SELECT code FROM street ORDER BY created_at, code LIMIT 1')) as { code: string }[];
    if (!row) throw new Error('No street configured: load the reference data (seed) first');
    return (this.cached = row.code);
  }
}
