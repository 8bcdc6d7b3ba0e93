import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { Authenticated, CurrentActor, type SessionActor } from '@app/auth';
import { DATA_SOURCE } from '@app/database';

/**
 * The street's reference lists, read by every screen that names a unit, a community or a category (dispatch
 * pickers, filters, rosters). Any signed-in user may read them: they hold no personal data. Editing them is the
 * admin's (`/api/admin/...`).
 */
@ApiTags('directory 基础资料')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  @Get('units')
  @Authenticated()
  @ApiOperation({ summary: '承办单位列表（科室、中心、执法队、社区居委会、物业、公共服务企业）' })
  async units(@CurrentActor() actor: SessionActor) {
    const items = await this.db.query(
      `SELECT u.id, u.code, u.name, u.kind, u.active, u.community_id AS "communityId", c.name AS "communityName"
         FROM unit u LEFT JOIN community c ON c.id = u.community_id
        WHERE u.street_code = $1 ORDER BY u.kind, u.code`,
      [actor.streetCode],
    );
    return { items, total: items.length };
  }

  @Get('communities')
  @Authenticated()
  @ApiOperation({ summary: '社区列表' })
  async communities(@CurrentActor() actor: SessionActor) {
    const items = await this.db.query(
      'SELECT id, code, name, active FROM community WHERE street_code = $1 ORDER BY code',
      [actor.streetCode],
    );
    return { items, total: items.length };
  }

  @Get('categories')
  @Authenticated()
  @ApiOperation({ summary: '诉求分类（三级，按路径排列）' })
  async categories(@CurrentActor() actor: SessionActor) {
    const items = await this.db.query(
      `SELECT path, name, level, parent_path AS "parentPath", active FROM category
        WHERE street_code = $1 ORDER BY position, path`,
      [actor.streetCode],
    );
    return { items, total: items.length };
  }
}
