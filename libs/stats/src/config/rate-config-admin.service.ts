import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, ValidationError } from '@app/errors';
import { beijingDay } from '../domain/assessment-period.js';
import { configInForce, DEFAULT_RATE_CONFIG, describeRateConfig, rateConfigProblems, type DatedRateConfig } from '../domain/rate-config.js';
import { loadRateConfigs } from '../query/rate-configs.js';

/**
 * The street's scoring settings with their effective dates (DESIGN §8): the admin adds a dated version; periods that
 * start before its date keep the version they were scored with. A version whose date has passed is history and cannot
 * be replaced (it may already be in a published ranking); a future one can be, until its day comes.
 */
@Injectable()
export class RateConfigAdmin {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
  ) {}

  async view(streetCode: string) {
    const versions = await loadRateConfigs(this.dataSource.manager, streetCode);
    const today = beijingDay(this.clock.now());
    const current = configInForce(versions, today);
    return {
      current: { ...current, description: describeRateConfig(current), isDefault: current === DEFAULT_RATE_CONFIG },
      versions: versions.map((v) => ({ ...v, description: describeRateConfig(v), future: v.effectiveFrom > today })),
      default: { ...DEFAULT_RATE_CONFIG, description: describeRateConfig(DEFAULT_RATE_CONFIG) },
    };
  }

  async save(actor: Actor, input: DatedRateConfig) {
    const problems = rateConfigProblems(input);
    if (problems.length > 0) throw new ValidationError(problems);
    const today = beijingDay(this.clock.now());
    if (input.effectiveFrom < today) {
      throw new ValidationError([{ field: 'effectiveFrom', message: '生效日期不能早于今天：已过去的考核周期按当时的设置计分' }]);
    }
    return this.tx.run(actor, async (t) => {
      await t.manager.query(`SELECT pg_advisory_xact_lock(hashtext('stats-rate-config:' || $1))`, [actor.streetCode]);
      const before = configInForce(await loadRateConfigs(t.manager, actor.streetCode), input.effectiveFrom);
      const [existing] = (await t.manager.query(
        `SELECT effective_from <= $3::date AS started FROM stats_rate_config WHERE street_code = $1 AND effective_from = $2`,
        [actor.streetCode, input.effectiveFrom, today],
      )) as { started: boolean }[];
      if (existing?.started) throw new ConflictError('STATS_CONFIG_IN_FORCE', '该版本已生效，不能修改；请新增一个以后日期生效的版本');
      await t.manager.query(
        `INSERT INTO stats_rate_config (street_code, effective_from, weight_response, weight_solved, weight_satisfaction, basically_weight, period_mode, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (street_code, effective_from) DO UPDATE SET weight_response = EXCLUDED.weight_response,
           weight_solved = EXCLUDED.weight_solved, weight_satisfaction = EXCLUDED.weight_satisfaction,
           basically_weight = EXCLUDED.basically_weight, period_mode = EXCLUDED.period_mode, created_by = EXCLUDED.created_by`,
        [actor.streetCode, input.effectiveFrom, input.weights.response, input.weights.resolution, input.weights.satisfaction, input.basicallySatisfiedWeight, input.periodMode, actor.id],
      );
      t.audit({ action: 'stats.rate_config.save', entityType: 'stats_rate_config', entityId: `${actor.streetCode}:${input.effectiveFrom}`, before, after: input });
      return { ...input, description: describeRateConfig(input) };
    });
  }
}
