import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';

/** The street's reference data: read lists for every signed-in user, and (admin) their maintenance. */
@Module({ controllers: [DirectoryController] })
export class ReferenceModule {}
