import { Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { civilDay, ValidationError, ValidBody, ValidQuery } from '@app/errors';
import { RateConfigAdmin } from '../config/rate-config-admin.service.js';
import { StatsQueries, type RankedOf, type VolumeGrouping } from '../query/stats-queries.js';
import { StatsQuery } from '../query/stats-request.js';

const GROUPINGS = ['day', 'week', 'month', 'type', 'channel', 'cat1', 'cat2', 'cat3', 'community', 'unit'] as const;
const RANKED = ['unit', 'community'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | undefined, field: string, fallback?: T): T {
  if (value === undefined && fallback) return fallback;
  if (!values.includes(value as T)) throw new ValidationError([{ field, message: `${field} 须为 ${values.join(' / ')} 之一` }]);
  return value as T;
}

const RateConfigBody = z.object({
  effectiveFrom: civilDay(),
  weights: z.object({ response: z.number(), resolution: z.number(), satisfaction: z.number() }),
  basicallySatisfiedWeight: z.number(),
  periodMode: z.enum(['calendar', 'nineteenth']),
});

/** 统计 (DESIGN §8, §13): every figure of the statistics page, the ledger and the report. */
@ApiTags('stats 统计分析')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(
    private readonly stats: StatsQueries,
    private readonly configs: RateConfigAdmin,
  ) {}

  @Get('overview')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '概览：受理量及环比同比、当前在办与超期（按时限）、三率与综合成绩（注明所用权重）' })
  overview(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery) {
    return this.stats.overview(actor, q);
  }

  @Get('volumes')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '受理量：按日/周/月、类型、渠道、一二三级分类、社区、承办单位' })
  volumes(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery, @Query('by') by?: string) {
    return this.stats.volumes(actor, q, oneOf<VolumeGrouping>(GROUPINGS, by, 'by', 'day'));
  }

  @Get('rates')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '三率与综合成绩：总体，或按承办单位/社区' })
  rates(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery, @Query('by') by?: string) {
    return this.stats.rates(actor, q, by === undefined ? undefined : oneOf<RankedOf>(RANKED, by, 'by'));
  }

  @Get('rankings')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '排名：承办单位或社区按综合成绩、再按受理量，含名次变化' })
  rankings(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery, @Query('of') of?: string) {
    return this.stats.rankings(actor, q, oneOf<RankedOf>(RANKED, of, 'of', 'unit'));
  }

  @Get('timeliness')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '时效：各时限按时率、平均与 P90 用时、退单率、初审一次通过率、返工率、催办、重复件占比' })
  timeliness(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery) {
    return this.stats.timeliness(actor, q);
  }

  @Get('hotspots')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '热点：高发地址（到院/楼）、高发分类、每月一题候选、重复来电' })
  hotspots(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery) {
    return this.stats.hotspots(actor, q);
  }

  @Get('rises')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '突增：本周与前 8 周均值和离散度相比，列出 z 值' })
  rises(@CurrentActor() actor: SessionActor, @ValidQuery(StatsQuery) q: StatsQuery) {
    return this.stats.rises(actor, q);
  }

  @Get('config')
  @RequirePermission('stats.read')
  @ApiOperation({ summary: '计分设置：当前生效版本与各版本（权重、基本满意折算、考核周期）' })
  config(@CurrentActor() actor: SessionActor) {
    return this.configs.view(actor.streetCode);
  }

  @Put('config')
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '新增或修改一个未生效的计分设置版本（自生效日期起的考核周期适用）' })
  saveConfig(@CurrentActor() actor: SessionActor, @ValidBody(RateConfigBody) body: z.infer<typeof RateConfigBody>) {
    return this.configs.save(actor, body);
  }
}
