import { describe, expect, it } from '@jest/globals';
import {
  AUDIT_V2_COLUMNS, auditHashV1, auditHashV2, auditRecordHash, canonicalJson, GENESIS_HASH, type AuditRecord,
} from './audit-hash.js';

const base: AuditRecord = {
  id: '41', street_code: '110102016', at: new Date('2026-11-27T02:00:00.123Z'), actor_id: 'u1', actor_name: 'operator',
  actor_role: 'operator', action: 'order.sign', entity_type: 'order', entity_id: 'o1',
  before: { status: 'new', n: 1 }, after: { status: 'signed', n: 2 }, request_id: 'r1', ip: '10.0.0.7',
  prev_hash: GENESIS_HASH, hash_version: 2,
};

/** A different value for every column: a column added to AUDIT_V2_COLUMNS without a case here fails the type check. */
const CHANGED: { [C in (typeof AUDIT_V2_COLUMNS)[number]]: AuditRecord[C] } = {
  id: '42',
  street_code: '110102017',
  at: new Date('2026-11-27T02:00:00.124Z'),
  actor_id: 'u2',
  actor_name: 'supervisor',
  actor_role: 'supervisor',
  action: 'order.dispatch',
  entity_type: 'roster',
  entity_id: 'o2',
  before: { status: 'new', n: 0 },
  after: { status: 'signed', n: 3 },
  request_id: 'r2',
  ip: '10.0.0.8',
  prev_hash: 'f'.repeat(64),
  hash_version: 1,
};

describe('audit hash', () => {
  it('does not depend on the key order jsonb stores', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
    expect(auditHashV2({ ...base, before: { n: 1, status: 'new' } })).toBe(auditHashV2(base));
    expect(auditHashV1({ ...base, before: { n: 1, status: 'new' } })).toBe(auditHashV1(base));
  });

  it.each(AUDIT_V2_COLUMNS.map((column) => [column]))('version 2 changes when %s changes', (column) => {
    expect(auditHashV2({ ...base, [column]: CHANGED[column] })).not.toBe(auditHashV2(base));
  });

  it('hashes a column left undefined as the NULL the database will return for it', () => {
    expect(auditHashV2({ ...base, ip: undefined as unknown as null })).toBe(auditHashV2({ ...base, ip: null }));
  });

  it('hashes the bigint id the same whether it comes as a number (parseInt8) or a string (nextval::text)', () => {
    expect(auditHashV2({ ...base, id: 41 })).toBe(auditHashV2(base));
  });

  it('when the record was written before version 2, then it keeps its frozen version 1 hash (id and ip not covered)', () => {
    const v1 = { ...base, hash_version: 1 as const };
    // Computed by the first release's auditHash(): existing chains must keep verifying.
    expect(auditHashV1(v1)).toBe('a996bc4bcca910504b9345aa7a1d05a9ded1e3315da1962617a9c4da50040f30');
    expect(auditHashV1({ ...v1, ip: '192.168.1.1', id: '99' })).toBe(auditHashV1(v1));
  });

  it.each([
    [1, auditHashV1],
    [2, auditHashV2],
  ] as const)('a version %i record is checked by its own version\'s hash', (version, hash) => {
    const record = { ...base, hash_version: version };
    expect(auditRecordHash(record)).toBe(hash(record));
  });
});
