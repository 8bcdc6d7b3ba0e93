import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Whether the database can score similarity itself (pg_trgm). Asked once per process; the answer decides between
 * scoring in SQL and the application's fallback (same formula). `forceFallback` lets tests run the fallback on a
 * database that has the extension.
 */
@Injectable()
export class TrigramSupport {
  private available: boolean | null = null;
  forceFallback = false;

  async inDatabase(m: EntityManager): Promise<boolean> {
    if (this.forceFallback) return false;
    if (this.available === null) {
      const [row] = (await m.query(`SELECT to_regproc('similarity') IS NOT NULL AS ok`)) as { ok: boolean }[];
      this.available = Boolean(row?.ok);
    }
    return this.available;
  }
}
