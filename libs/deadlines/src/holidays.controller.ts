import { Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { shanghaiDateOf, yearOf } from '@app/calendar';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { ValidationError, ValidBody, ValidQuery } from '@app/errors';
import { DeadlineService } from './deadline.service.js';
import { holidayEntriesFieldErrors, normalizedHolidayEntries } from './holiday-entries.validation.js';
import { parseHolidayTable } from './holiday-table.parser.js';
import { HolidaysAdminService } from './holidays-admin.service.js';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const YearQuery = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
});
const HolidayYearBody = z.object({
  // Rows are checked one by one afterwards so that every bad row is reported with its index and a precise reason.
  entries: z.array(z.unknown()).max(366, '一年最多 366 行'),
  markLoaded: z.boolean(),
});

// Either the text as pasted or uploaded (CSV or JSON), or the PUT's own body.
const HolidayPreviewBody = z.union([
  z.object({ text: z.string().max(200_000, '内容过长') }),
  z.object({ entries: z.array(z.unknown()).max(1000), markLoaded: z.boolean().optional() }),
]);

function yearParam(raw: string): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ValidationError([{ field: 'year', message: `年份应为 ${MIN_YEAR}–${MAX_YEAR} 之间的四位数字` }]);
  }
  return year;
}

/** The holiday table, maintained by the admin year by year, and the standing alert for unloaded years (DESIGN §14). */
@ApiTags('admin 节假日与时限')
@ApiBearerAuth()
@Controller('admin')
export class HolidaysController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly holidays: HolidaysAdminService,
    private readonly deadlines: DeadlineService,
  ) {}

  @Get('holidays')
  @RequirePermission('admin.policies', 'order.read')
  @ApiOperation({ summary: '某年的节假日与调休上班日（默认今年），以及该年安排是否已录入' })
  view(@CurrentActor() actor: SessionActor, @ValidQuery(YearQuery) q: z.infer<typeof YearQuery>) {
    return this.holidays.viewYear(actor.streetCode, q.year ?? yearOf(shanghaiDateOf(this.clock.now())));
  }

  @Put('holidays/:year')
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '整体替换某年由管理员录入的节假日；markLoaded=true 表示该年安排已完整录入' })
  async replace(
    @CurrentActor() actor: SessionActor,
    @Param('year') rawYear: string,
    @ValidBody(HolidayYearBody) body: z.infer<typeof HolidayYearBody>,
  ) {
    const year = yearParam(rawYear);
    const fields = holidayEntriesFieldErrors(year, body.entries);
    if (fields.length > 0) throw new ValidationError(fields);
    return this.holidays.replaceYear(actor, year, { entries: normalizedHolidayEntries(body.entries), markLoaded: body.markLoaded });
  }

  @Post('holidays/:year/preview')
  @HttpCode(200)
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '预览粘贴或上传的节假日表（CSV：日期,类型,名称；或 JSON）：逐行问题、保存后的变化和将重算的暂定时限；不保存' })
  async preview(
    @CurrentActor() actor: SessionActor,
    @Param('year') rawYear: string,
    @ValidBody(HolidayPreviewBody) body: z.infer<typeof HolidayPreviewBody>,
  ) {
    const year = yearParam(rawYear);
    const text = 'text' in body ? body.text : JSON.stringify({ entries: body.entries });
    return this.holidays.preview(actor.streetCode, year, parseHolidayTable(year, text));
  }

  @Get('calendar/alerts')
  @RequirePermission('admin.policies', 'order.read')
  @ApiOperation({ summary: '节假日安排尚未录入的年份（今年、明年）：相关时限按周一至周五临时计算' })
  async alerts(@CurrentActor() actor: SessionActor) {
    const items = await this.deadlines.provisionalYearAlerts(actor.streetCode, this.clock.now());
    return { items, total: items.length };
  }
}
