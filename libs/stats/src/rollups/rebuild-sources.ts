import type { DataSource, EntityManager } from 'typeorm';
import { allFactSources, type OrderSourceWithContent } from '../facts/order-fact-source.js';

/**
 * Every order's fact sources for a rebuild, read one batch ahead on a connection of the reader's own: while the
 * rebuild's transaction writes a batch, the reader's backend produces the next and Node decodes it, where one
 * connection left each of them idle while the other worked (at a million orders, 55 s reading and 51 s writing
 * facts, one after the other). The reader's snapshot is taken after the caller's own first reads, so an order it
 * misses was changed later and keeps a newer dirty mark. With a pool of one connection (the embedded PGlite) the
 * writer's connection reads, without reading ahead.
 */
export async function* rebuildSources(dataSource: DataSource, writer: EntityManager, batch: number): AsyncGenerator<OrderSourceWithContent[]> {
  const poolSize = Number((dataSource.options as { extra?: { max?: number } }).extra?.max ?? 10);
  if (poolSize < 2) {
    yield* allFactSources(writer, batch);
    return;
  }
  const reader = dataSource.createQueryRunner();
  await reader.connect();
  try {
    await reader.startTransaction('REPEATABLE READ');
    const sources = allFactSources(reader.manager, batch)[Symbol.asyncIterator]();
    let next = sources.next();
    try {
      for (;;) {
        const current = await next;
        if (current.done) return;
        next = sources.next();
        // Awaited on the next turn; if the caller stops first, its failure must not go unhandled.
        next.catch(() => undefined);
        yield current.value;
      }
    } finally {
      await next.catch(() => undefined);
      await sources.return(undefined);
    }
  } finally {
    if (reader.isTransactionActive) await reader.rollbackTransaction().catch(() => undefined);
    await reader.release();
  }
}
