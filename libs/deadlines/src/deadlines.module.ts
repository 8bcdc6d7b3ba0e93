import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service.js';
import { CalendarSeeder } from './calendar.seeder.js';
import { CategoryDeadlineOverridesController } from './category-deadline-overrides.controller.js';
import { CategoryDeadlineOverridesService } from './category-deadline-overrides.service.js';
import { DeadlinePoliciesController } from './deadline-policies.controller.js';
import { DeadlinePolicyAdminService } from './deadline-policy-admin.service.js';
import { DeadlineService } from './deadline.service.js';
import { HolidaysAdminService } from './holidays-admin.service.js';
import { HolidaysController } from './holidays.controller.js';
import { WorkingDaysController } from './working-days.controller.js';

/**
 * The PRC holiday calendar and the deadline policy in the database (DESIGN §4, §14): admin API, seeding of every
 * street on start, and the services other modules use to set clocks. The worker imports it too (its controllers
 * are inert there) so that jobs compute clocks exactly as the api does.
 */
@Module({
  controllers: [HolidaysController, DeadlinePoliciesController, CategoryDeadlineOverridesController, WorkingDaysController],
  providers: [CalendarService, DeadlineService, HolidaysAdminService, DeadlinePolicyAdminService, CategoryDeadlineOverridesService, CalendarSeeder],
  exports: [CalendarService, DeadlineService],
})
export class DeadlinesModule {}
