import { Module } from '@nestjs/common';
import { CategoriesAdminController } from './admin/categories-admin.controller.js';
import { CategoriesAdmin } from './admin/categories-admin.service.js';
import { ReferenceHooksModule } from './admin/classifier-hook.js';
import { CommunitiesAdminController } from './admin/communities-admin.controller.js';
import { CommunitiesAdmin } from './admin/communities-admin.service.js';
import { KeywordRulesAdminController } from './admin/keyword-rules-admin.controller.js';
import { KeywordRulesAdminService } from './admin/keyword-rules-admin.service.js';
import { ReferenceAdminController } from './admin/reference-admin.controller.js';
import { RoutingAdminService } from './admin/routing-admin.service.js';
import { UnitsAdminService } from './admin/units-admin.service.js';
import { DirectoryController } from './directory.controller.js';

/** The street's reference data: read lists for every signed-in user, and (admin) their maintenance. */
@Module({
  imports: [ReferenceHooksModule],
  controllers: [DirectoryController, ReferenceAdminController, CommunitiesAdminController, CategoriesAdminController, KeywordRulesAdminController],
  providers: [UnitsAdminService, RoutingAdminService, CommunitiesAdmin, CategoriesAdmin, KeywordRulesAdminService],
})
export class ReferenceModule {}
