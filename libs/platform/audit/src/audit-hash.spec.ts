import { describe, expect, it } from '@jest/globals';
import { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash.js';

const base = {
  streetCode: '110102016', at: new Date('2026-11-27T02:00:00.123Z'), actorId: 'u1', actorName: 'operator',
  actorRole: 'operator', action: 'order.sign', entityType: 'order', entityId: 'o1',
  before: { status: 'new', n: 1 }, after: { status: 'signed', n: 2 }, requestId: 'r1', prevHash: GENESIS_HASH,
};

describe('audit hash', () => {
  it('does not depend on the key order jsonb stores', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
    expect(auditHash({ ...base, before: { n: 1, status: 'new' } })).toBe(auditHash(base));
  });

  it.each([
    ['action', { action: 'order.dispatch' }],
    ['after', { after: { status: 'dispatched', n: 2 } }],
    ['time', { at: new Date('2026-11-27T02:00:00.124Z') }],
    ['actor', { actorId: 'u2' }],
    ['link', { prevHash: 'f'.repeat(64) }],
  ])('changes when the %s changes', (_field, change) => {
    expect(auditHash({ ...base, ...change })).not.toBe(auditHash(base));
  });
});
