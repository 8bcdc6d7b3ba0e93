import { Module } from '@nestjs/common';
import { ReferenceHooksModule } from './admin/classifier-hook.js';
import { ReferenceAdminController } from './admin/reference-admin.controller.js';
import { RoutingAdminService } from './admin/routing-admin.service.js';
import { UnitsAdminService } from './admin/units-admin.service.js';
import { DirectoryController } from './directory.controller.js';

/** The street's reference data: read lists for every signed-in user, and (admin) their maintenance. */
@Module({
  imports: [ReferenceHooksModule],
  controllers: [DirectoryController, ReferenceAdminController],
  providers: [UnitsAdminService, RoutingAdminService],
})
export class ReferenceModule {}
