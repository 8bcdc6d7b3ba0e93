import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { systemActor } from '@app/access';
import { PasswordHasher, passwordPolicyProblems } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { loadReferenceData, type ReferenceData } from '@app/reference';
import { DeadlineService, seedCalendar } from '@app/deadlines';
import { backfillOutboxHistory, CitizenPii } from '@app/orders';
import { CLOCK, type Clock } from '@app/clock';
import { seedDemoRostering } from '@app/rostering';
import { DEMO_USERS } from './demo-users.js';
import { demoOverdueShare, seedDemoOrders } from './demo-orders.seeder.js';
import { seedReferenceData } from './reference.seeder.js';

export const SEED_OPTIONS = Symbol('SEED_OPTIONS');

/**
 * Runs on start, before the server listens: the reference data and demo users in demo mode, a first admin from the
 * environment in production. An advisory lock keeps several api processes from seeding at once.
 */
@Injectable()
export class SeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeederService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEED_OPTIONS) private readonly options: { enabled: boolean },
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly deadlines: DeadlineService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    if (this.config.seed.demo) {
      const data = loadReferenceData();
      await this.seedDemo(data);
      if (this.config.seed.demoOrders) await this.seedOrders(data);
    }
    if (this.config.seed.initialAdmin) await this.seedInitialAdmin();
  }

  async seedDemo(data: ReferenceData): Promise<void> {
    const actor = systemActor(data.street.code, 'seed');
    await this.tx.run(actor, async (t) => {
      await t.manager.query('SELECT pg_advisory_xact_lock(727271346)');
      // The street row must exist before the audit record that references it is chained.
      const counts = await seedReferenceData(t.manager, data);
      await seedCalendar(t.manager, data.street.code, t.now);
      const created = await this.createDemoUsers(t.manager, data.street.code);
      if (created.length) {
        t.audit({ action: 'seed.demo', entityType: 'street', entityId: data.street.code, after: { reference: counts, users: created } });
        this.logger.log(`demo data: ${created.length} users created; reference ${JSON.stringify(counts)}`);
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

  private async seedInitialAdmin(): Promise<void> {
    const admin = this.config.seed.initialAdmin!;
    const problems = passwordPolicyProblems(admin.password, admin.username);
    if (problems.length) throw new Error(`INITIAL_ADMIN_PASSWORD does not meet the password policy: ${problems.join('; ')}`);
    const [street] = (await this.dataSource.query('SELECT code FROM street ORDER BY created_at LIMIT 1')) as { code: string }[];
    if (!street) throw new Error('INITIAL_ADMIN_USERNAME is set but no street exists: start once with SEED_DEMO=true to load the reference data');
    const hash = await PasswordHasher.hash(admin.password);
    await this.tx.run(systemActor(street.code, 'seed'), async (t) => {
      const [exists] = (await t.manager.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [admin.username])) as unknown[];
      if (exists) return;
      await t.manager.query(
        `INSERT INTO app_user (street_code, username, display_name, role, password_hash) VALUES ($1, $2, '系统管理员', 'admin', $3)`,
        [street.code, admin.username, hash],
      );
      t.audit({ action: 'user.create', entityType: 'user', entityId: admin.username, after: { username: admin.username, role: 'admin', source: 'INITIAL_ADMIN_USERNAME' } });
    });
  }
}
