// `npm run audit:verify`: recomputes the audit hash chain of every street, checks it against the checkpoints kept
// apart from the database (Redis under QUEUE_PREFIX, or DATA_DIR/audit-anchors.json) and reports the first broken
// link, then replays every order's timeline and names the first order whose row differs from it (edited behind the
// desk's back). Exit code 0 when both hold, 2 when either does not, 1 on error.
import { openStandaloneDataSource } from '../../../platform/database/src/cli/standalone-data-source.js';
import { createAnchorStore } from '../../../platform/audit/src/anchor/create-anchor-store.js';
import { verifyAuditChain, type ChainBreak } from '../../../platform/audit/src/verify-audit-chain.js';
import { verifyOrderReplay } from '../../../orders/src/verify/order-replay-check.js';

const { dataSource, config, close } = await openStandaloneDataSource('hotline-desk-audit-verify');
const anchors = createAnchorStore(config);
let exitCode = 0;
try {
  const checkpoints = await anchors.recent();
  if (checkpoints.length === 0) console.log(`no audit checkpoints yet (${anchors.kind}): a cut end of the chain cannot be detected`);
  const verdicts = await verifyAuditChain(dataSource, { checkpoints });
  if (verdicts.length === 0) console.log('audit trail is empty');
  for (const v of verdicts) {
    if (v.ok) {
      console.log(`street ${v.streetCode}: ${v.records} records, chain intact, ${v.checkpoints} checkpoints match`);
    } else {
      exitCode = 2;
      const b = v.firstBroken!;
      console.log(`street ${v.streetCode}: BROKEN at audit_log.id = ${b.id} (${b.reason}); ${explain(b, v.records)}`);
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
  await anchors.close();
  await close();
}
process.exit(exitCode);

function explain(b: ChainBreak, records: number): string {
  if (b.reason === 'checkpoint_missing') return `the checkpoint of ${b.checkpointAt} names this record and the table no longer has it: the chain's end was cut`;
  if (b.reason === 'checkpoint_mismatch') return `this record's hash differs from the checkpoint of ${b.checkpointAt}: the chain was rewritten`;
  return `${records} records before it are intact`;
}
