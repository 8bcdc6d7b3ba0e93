// `npm run audit:verify`: recomputes the audit hash chain of every street and reports the first broken link.
// Exit code 0 when intact, 2 when broken, 1 on error.
import { openStandaloneDataSource } from '../../../database/src/cli/standalone-data-source.js';
import { verifyAuditChain } from '../verify-audit-chain.js';

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
} finally {
  await close();
}
process.exit(exitCode);
