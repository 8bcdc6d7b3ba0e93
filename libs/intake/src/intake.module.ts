import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OrdersModule } from '@app/orders';
import { ReferenceHooksModule } from '@app/reference';
import { ClassificationController } from './classify/classification.controller.js';
import { ClassificationService } from './classify/classification.service.js';
import { OrderClassification } from './classify/classification.use-case.js';
import { ReferenceClassifierAdapter } from './classify/reference-classifier.adapter.js';
import { DuplicateBatchFinder } from './duplicates/duplicate-batch-finder.js';
import { DuplicateFinder } from './duplicates/duplicate-finder.js';
import { CheckDuplicates } from './duplicates/check-duplicates.use-case.js';
import { DuplicateCheckController } from './duplicates/duplicate-check.controller.js';
import { DuplicatesController } from './duplicates/duplicates.controller.js';
import { OrderDuplicates } from './duplicates/order-duplicates.use-case.js';
import { TrigramSupport } from './duplicates/trigram-support.js';
import { ReplyExportController } from './export/reply-export.controller.js';
import { ImportBatchWriter } from './import/import-batch.writer.js';
import { ImportQueries } from './import/import-queries.js';
import { ImportRunner } from './import/import-runner.js';
import { ImportsController } from './import/imports.controller.js';
import { StartImport } from './import/start-import.use-case.js';
import { UpstreamImportJob } from './import/upstream-import.job.js';
import { IntakeEffectsListener } from './intake-effects.listener.js';
import { SignedIntakeController } from './signing/signed-intake.controller.js';
import { SignedIntake } from './signing/signed-intake.use-case.js';

/**
 * Classification and duplicate checks, plugged into every intake path (manual, import, API) through the orders
 * hooks. One module so the api process that also runs jobs registers them once.
 */
@Module({
  imports: [OrdersModule, ReferenceHooksModule],
  providers: [ClassificationService, ReferenceClassifierAdapter, TrigramSupport, DuplicateFinder, DuplicateBatchFinder, IntakeEffectsListener],
  exports: [OrdersModule, ClassificationService, TrigramSupport, DuplicateFinder],
})
export class IntakeCoreModule {}

/** HTTP side of intake: imports, the signed platform API, suggestions, duplicates, the export back upstream. */
@Module({
  imports: [
    IntakeCoreModule,
    // One byte over the configured limit is enough for multer to tell "too large" without buffering more.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.intake.maxImportBytes + 1, files: 1 } }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [ImportsController, SignedIntakeController, ClassificationController, DuplicatesController, DuplicateCheckController, ReplyExportController],
  providers: [StartImport, ImportQueries, SignedIntake, OrderClassification, OrderDuplicates, CheckDuplicates],
})
export class IntakeModule {}

/** Job side of intake: the `imports` queue. */
@Module({
  imports: [IntakeCoreModule],
  providers: [ImportBatchWriter, ImportRunner, UpstreamImportJob],
})
export class IntakeJobsModule {}
