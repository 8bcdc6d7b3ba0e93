import { Module } from '@nestjs/common';
import { CategoriesAdminController } from './admin/categories-admin.controller.js';
import { CategoriesAdmin } from './admin/categories-admin.service.js';
import { CommunitiesAdminController } from './admin/communities-admin.controller.js';
import { CommunitiesAdmin } from './admin/communities-admin.service.js';
import { DirectoryController } from './directory.controller.js';

/** The street's reference data: read lists for every signed-in user, and (admin) their maintenance. */
@Module({
  controllers: [DirectoryController, CommunitiesAdminController, CategoriesAdminController],
  providers: [CommunitiesAdmin, CategoriesAdmin],
})
export class ReferenceModule {}
