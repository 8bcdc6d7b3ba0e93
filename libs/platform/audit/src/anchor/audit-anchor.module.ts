import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AUDIT_ANCHOR_STORE, type AuditAnchorStore } from './anchor-store.js';
import { createAnchorStore } from './create-anchor-store.js';

class AnchorStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(AUDIT_ANCHOR_STORE) private readonly store: AuditAnchorStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The checkpoint store, for the job modules that take checkpoints (audit-anchor, the ledger) or check them. */
@Module({
  providers: [
    { provide: AUDIT_ANCHOR_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createAnchorStore(config) },
    AnchorStoreShutdown,
  ],
  exports: [AUDIT_ANCHOR_STORE],
})
export class AuditAnchorModule {}
