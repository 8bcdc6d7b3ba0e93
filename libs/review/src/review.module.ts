import { Module } from '@nestjs/common';
import { OrdersModule } from '@app/orders';
import { StatsModule } from '@app/stats';
import { ExclusionsController } from './api/exclusions.controller.js';
import { ReplyTemplatesController } from './api/reply-templates.controller.js';
import { ReviewAdminController } from './api/review-admin.controller.js';
import { ReviewController } from './api/review.controller.js';
import { ReviewChecklistAdmin } from './admin/review-checklist-admin.service.js';
import { ScreeningPhrases } from './admin/screening-phrases.service.js';
import { Exclusions } from './exclusions/exclusions.service.js';
import { HungOrders } from './hang/hung-orders.query.js';
import { ReviewStats } from './metrics/review-stats.query.js';
import { ReviewQueue } from './queue/review-queue.query.js';
import { ReplyScreenings } from './screening/reply-screenings.service.js';
import { ScreeningDetailPart } from './screening/screening-detail-part.js';
import { ReplyTemplates } from './templates/reply-templates.service.js';

/**
 * Review of replies and case closing (issue 5): queue, screening, checklist admin, templates, exclusions, 挂账 list,
 * metrics. Approve, reject, callback, reopen and hang themselves are order actions (`@app/orders` state machine).
 */
@Module({
  imports: [OrdersModule, StatsModule],
  controllers: [ReviewController, ReviewAdminController, ReplyTemplatesController, ExclusionsController],
  providers: [ReplyScreenings, ReviewQueue, ReviewStats, HungOrders, ReviewChecklistAdmin, ScreeningPhrases, ReplyTemplates, Exclusions, ScreeningDetailPart],
  exports: [ReplyScreenings, ReviewStats],
})
export class ReviewModule {}
