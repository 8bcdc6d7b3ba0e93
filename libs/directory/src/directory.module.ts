import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller.js';

/** Read-only reference lists for every signed-in user. */
@Module({ controllers: [DirectoryController] })
export class DirectoryModule {}
