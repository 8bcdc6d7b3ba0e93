import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** "Drop your copy of `cache` for `streetCode`": what one process tells every process after committing a change. */
export interface CacheInvalidation {
  cache: string;
  streetCode: string;
}

/** How invalidations travel between processes (Redis pub/sub); absent when the desk runs as one process. */
export interface CacheBusTransport {
  /** Resolves once the message is handed to every subscribed process. */
  publish(message: CacheInvalidation & { origin: string }): Promise<void>;
  /** Calls `receive` with each message any process (this one included) publishes. */
  subscribe(receive: (message: unknown) => void): Promise<void>;
  close(): Promise<void>;
}

/** How long a publisher waits for Redis before giving up: the caches' own expiry is the fallback, not a hung request. */
export const PUBLISH_TIMEOUT_MS = 2_000;

/**
 * Tells every process of the deployment that a per-process cache is stale. A cache registers a handler with `on`;
 * a writer calls `publish` after its commit, knowing only the cache's name. The handlers of this process run at
 * once (the next request here sees the change); other processes get the message through the transport. Without a
 * transport (the embedded in-process queue) there is one process, and the local call is all there is to do.
 */
@Injectable()
export class CacheBus {
  private readonly logger = new Logger(CacheBus.name);
  private readonly handlers = new Map<string, ((streetCode: string) => void)[]>();
  /** This process's messages come back through the subscription; they were handled already. */
  private readonly origin = randomUUID();
  private transport: CacheBusTransport | null = null;

  /** Called once at start-up by the module, before the process serves requests or jobs. */
  async connect(transport: CacheBusTransport): Promise<void> {
    this.transport = transport;
    await transport.subscribe((message) => this.receive(message));
  }

  on(cache: string, drop: (streetCode: string) => void): void {
    this.handlers.set(cache, [...(this.handlers.get(cache) ?? []), drop]);
  }

  async publish(cache: string, streetCode: string): Promise<void> {
    this.dispatch({ cache, streetCode });
    if (!this.transport) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PUBLISH_TIMEOUT_MS} ms`)), PUBLISH_TIMEOUT_MS).unref();
    });
    try {
      await Promise.race([this.transport.publish({ cache, streetCode, origin: this.origin }), timeout]);
    } catch (error) {
      this.logger.warn({ err: error, cache, streetCode }, 'cache invalidation not sent; other processes see the change when their copy expires');
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.transport?.close();
    this.transport = null;
  }

  private receive(message: unknown): void {
    const m = message as Partial<CacheInvalidation & { origin: string }> | null;
    if (!m || typeof m.cache !== 'string' || typeof m.streetCode !== 'string' || m.origin === this.origin) return;
    this.dispatch({ cache: m.cache, streetCode: m.streetCode });
  }

  private dispatch({ cache, streetCode }: CacheInvalidation): void {
    for (const drop of this.handlers.get(cache) ?? []) {
      try {
        drop(streetCode);
      } catch (error) {
        this.logger.error({ err: error, cache, streetCode }, 'cache invalidation handler failed');
      }
    }
  }
}
