import { systemActor } from '@app/access';
import { PasswordHasher, passwordPolicyProblems } from '@app/auth';
import type { TransactionRunner } from '@app/database';
import { seedCalendar } from '@app/deadlines';
import { parseReferenceData, seedReferenceData, type ReferenceData } from '@app/reference';

export interface AddStreetOptions {
  /** Overrides of the file's street (a district reuses one street's file as the template for the next). */
  code?: string;
  name?: string;
  shortCode?: string;
  /** The street's first admin; without one, a district admin creates the street's users later. */
  admin?: { username: string; password: string };
}

export interface AddedStreet {
  code: string;
  name: string;
  reference: Record<string, number>;
  holidays: unknown;
  admin: string | null;
}

export class StreetSetupError extends Error {}

/**
 * Adds a street to the deployment (DESIGN §12): its reference data from a file of the demo street's shape, its
 * holiday table and, optionally, its first admin — in one transaction with one audit record, so a failure leaves
 * nothing behind. An existing street is refused: afterwards its data is the admin's, kept on the 系统管理 page.
 */
export async function addStreet(tx: TransactionRunner, file: unknown, options: AddStreetOptions = {}): Promise<AddedStreet> {
  const data = withOverrides(parseReferenceData(file), options);
  if (options.admin) {
    const problems = passwordPolicyProblems(options.admin.password, options.admin.username);
    if (problems.length) throw new StreetSetupError(`the admin's password does not meet the policy: ${problems.join('; ')}`);
  }
  const hash = options.admin ? await PasswordHasher.hash(options.admin.password) : null;
  return tx.run(systemActor(data.street.code, 'street:add'), async (t) => {
    await t.manager.query('SELECT pg_advisory_xact_lock(727271346)');
    const [known] = (await t.manager.query('SELECT name FROM street WHERE code = $1', [data.street.code])) as { name: string }[];
    if (known) throw new StreetSetupError(`street ${data.street.code} (${known.name}) exists already; change its data on the 系统管理 page`);
    if (data.street.shortCode) {
      const [taken] = (await t.manager.query('SELECT code FROM street WHERE short_code = $1', [data.street.shortCode])) as { code: string }[];
      if (taken) throw new StreetSetupError(`short code ${data.street.shortCode} is used by street ${taken.code}; pass --short-code`);
    }
    if (options.admin) {
      const [exists] = (await t.manager.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [options.admin.username])) as unknown[];
      if (exists) throw new StreetSetupError(`user ${options.admin.username} exists already`);
    }
    const reference = await seedReferenceData(t.manager, data);
    const holidays = await seedCalendar(t.manager, data.street.code, t.now);
    if (options.admin && hash) {
      await t.manager.query(
        `INSERT INTO app_user (street_code, username, display_name, role, password_hash) VALUES ($1, $2, '系统管理员', 'admin', $3)`,
        [data.street.code, options.admin.username, hash],
      );
    }
    const added: AddedStreet = { code: data.street.code, name: data.street.name, reference, holidays, admin: options.admin?.username ?? null };
    t.audit({ action: 'street.add', entityType: 'street', entityId: data.street.code, after: added });
    return added;
  });
}

function withOverrides(data: ReferenceData, options: AddStreetOptions): ReferenceData {
  const street = {
    ...data.street,
    ...(options.code ? { code: options.code } : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.shortCode ? { shortCode: options.shortCode } : {}),
  };
  // The overrides pass through the same schema as the file, so a bad --code fails as a bad file would.
  return parseReferenceData({ ...data, street });
}
