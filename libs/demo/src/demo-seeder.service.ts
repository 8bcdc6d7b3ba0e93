import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { systemActor } from '@app/access';
import { PasswordHasher, passwordPolicyProblems } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { DeadlineService, seedCalendar } from '@app/deadlines';
import { backfillOutboxHistory, CitizenPii } from '@app/orders';
import { CLOCK, type Clock } from '@app/clock';
import { loadReferenceData, seedReferenceData, type ReferenceData } from '@app/reference';
import { seedDemoRostering } from '@app/rostering';
import type { DemoSeedRunner } from '@app/seed';
import { DEMO_USERS } from './demo-users.js';
import { demoOverdueShare, seedDemoOrders } from './demo-orders.seeder.js';

/**
 * Demo mode (DESIGN §13): the street of the project's reference file, one user per role, a roster and realistic
 * orders. Only the composition root wires it in, and only in demo mode; production code never imports this library.
 */
@Injectable()
export class DemoSeeder implements DemoSeedRunner {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly deadlines: DeadlineService,
  ) {}

  async seed(): Promise<void> {
    const data = loadReferenceData();
    await this.seedDemo(data);
    if (this.config.seed.demoOrders) await this.seedOrders(data);
  }

  async seedDemo(data: ReferenceData): Promise<void> {
    const actor = systemActor(data.street.code, 'seed');
    await this.tx.run(actor, async (t) => {
      await t.manager.query('SELECT pg_advisory_xact_lock(727271346)');
      // The file is loaded once, when the street is new: afterwards the admin keeps the reference data on the
      // 系统管理 page, and a restart must not put back what they changed.
      const [known] = (await t.manager.query('SELECT 1 FROM street WHERE code = $1', [data.street.code])) as unknown[];
      const counts = known ? null : await seedReferenceData(t.manager, data);
      await seedCalendar(t.manager, data.street.code, t.now);
      const created = await this.createDemoUsers(t.manager, data.street.code);
      if (counts || created.length) {
        t.audit({ action: 'seed.demo', entityType: 'street', entityId: data.street.code, after: { reference: counts, users: created } });
        this.logger.log(`demo data: ${created.length} users created; reference ${JSON.stringify(counts ?? 'kept')}`);
      }
      // After the users: demo staff are linked to the supervisor, operator and reviewer accounts.
      const rostering = await seedDemoRostering(t.manager, data.street.code, data, t.now);
      if (rostering) t.audit({ action: 'seed.demo_rostering', entityType: 'street', entityId: data.street.code, after: rostering });
    });
  }

  /** Demo orders, once per street (skipped as soon as the street has any order). */
  async seedOrders(data: ReferenceData): Promise<void> {
    const started = Date.now();
    const created = await this.tx.run(systemActor(data.street.code, 'seed'), async (t) => {
      await t.manager.query('SELECT pg_advisory_xact_lock(727271347)');
      const clockOf = await this.deadlines.clockCalculator(data.street.code, t.manager);
      const count = await seedDemoOrders(t.manager, data, { seed: this.config.seed.demoSeed, now: this.clock.now(), pii: new CitizenPii(this.config.piiKey), clockOf });
      // Replayed in bulk, the demo history skipped the actions' effects: its counters and exported replies.
      if (count) await backfillOutboxHistory(t.manager, data.street.code);
      if (!count) return null;
      const overdue = await demoOverdueShare(t.manager, data.street.code);
      t.audit({ action: 'seed.demo_orders', entityType: 'street', entityId: data.street.code, after: { orders: count, seed: this.config.seed.demoSeed, overdue } });
      return { count, overdue };
    });
    if (created) {
      const { count, overdue } = created;
      const byClock = Object.entries(overdue.byClock).map(([clock, n]) => `${clock} ${n}`).join(', ');
      this.logger.log(`demo orders: ${count} created in ${Date.now() - started} ms; ${(overdue.share * 100).toFixed(1)}% missed a clock (${byClock || 'none'})`);
    }
  }

  private async createDemoUsers(m: EntityManager, streetCode: string): Promise<string[]> {
    const password = this.config.seed.demoPassword;
    const problems = passwordPolicyProblems(password);
    if (problems.length) this.logger.warn(`DEMO_PASSWORD does not meet the password policy (${problems.join('; ')}); demo only`);
    const created: string[] = [];
    let hash: string | undefined;
    for (const u of DEMO_USERS) {
      const [exists] = (await m.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [u.username])) as unknown[];
      if (exists) continue;
      hash ??= await PasswordHasher.hash(password);
      await m.query(
        `INSERT INTO app_user (street_code, username, display_name, role, unit_id, password_hash)
         VALUES ($1, $2, $3, $4, (SELECT id FROM unit WHERE street_code = $7 AND code = $5), $6)`,
        [streetCode, u.username, u.displayName, u.role, u.unitCode ?? null, hash, streetCode],
      );
      created.push(u.username);
    }
    return created;
  }
}
