import { Inject, Injectable, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { systemActor } from '@app/access';
import { PasswordHasher, passwordPolicyProblems } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE, TransactionRunner } from '@app/database';

export const SEED_OPTIONS = Symbol('SEED_OPTIONS');
/** The demo data's seeder, provided by the composition root in demo mode only (libs/demo). */
export const DEMO_SEEDER = Symbol('DEMO_SEEDER');

export interface DemoSeedRunner {
  seed(): Promise<void>;
}

/**
 * Runs on start, before the server listens: the demo data in demo mode, then a first admin from the environment in
 * production. Advisory locks keep several api processes from seeding at once.
 */
@Injectable()
export class SeederService implements OnApplicationBootstrap {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEED_OPTIONS) private readonly options: { enabled: boolean },
    private readonly tx: TransactionRunner,
    @Optional() @Inject(DEMO_SEEDER) private readonly demo?: DemoSeedRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    if (this.config.seed.demo && this.demo) await this.demo.seed();
    if (this.config.seed.initialAdmin) await this.seedInitialAdmin();
  }

  private async seedInitialAdmin(): Promise<void> {
    const admin = this.config.seed.initialAdmin!;
    const problems = passwordPolicyProblems(admin.password, admin.username);
    if (problems.length) throw new Error(`INITIAL_ADMIN_PASSWORD does not meet the password policy: ${problems.join('; ')}`);
    const [street] = (await this.dataSource.query('SELECT code FROM street ORDER BY created_at LIMIT 1')) as { code: string }[];
    if (!street) throw new Error('INITIAL_ADMIN_USERNAME is set but no street exists: load one first with `npm run street:add` (or start once with SEED_DEMO=true)');
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
