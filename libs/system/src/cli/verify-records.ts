// `npm run audit:verify`: recomputes the audit hash chain of every street and reports the first broken link, then
// replays every order's timeline and names the first order whose row differs from it (edited behind the desk's back).
// Exit code 0 when both hold, 2 when either does not, 1 on error.
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { verifyAuditChain } from '../../../platform/audit/src/verify-audit-chain.js';
import { verifyOrderReplay } from '../../../orders/src/verify/order-replay-check.js';

const { dataSource, close } = await openStandaloneDataSource('hotline-desk-audit-verify');
let exitCode = 0;
try {
  const verdicts = await verifyAuditChain(dataSource);
  if (verdicts.length === 0) console.log('audit trail is empty');
  for (const v of verdicts) {
    if (v.ok) {
      console.log(`street ${v.streetCode}: ${v.records} records, chain intact`);
    } else {
      exitCode = 2;
      const b = v.firstBroken!;
      console.log(`street ${v.streetCode}: BROKEN at audit_log.id = ${b.id} (${b.reason}); ${v.records} records before it are intact`);
      console.log(`  expected ${b.expected}\n  found    ${b.found}`);
    }
  }
  const replay = await verifyOrderReplay(dataSource);
  if (replay.ok) {
    console.log(`orders: ${replay.orders} orders equal the replay of their timelines`);
  } else {
    exitCode = 2;
    const m = replay.firstMismatch!;
    console.log(`orders: MISMATCH at order ${m.orderId}${m.orderNo ? ` (${m.orderNo})` : ''}: ${m.reason}; ${replay.orders} orders before it agree`);
    for (const f of m.fields ?? []) console.log(`  ${f.field}: stored ${JSON.stringify(f.stored)}, timeline says ${JSON.stringify(f.replayed)}`);
  }
} finally {
  await close();
}
process.exit(exitCode);
