import { describe, expect, it } from '@jest/globals';
import { CitizenPii } from '../pii/citizen-pii.js';
import { orderSearchClause } from './order-search.js';

const pii = new CitizenPii(Buffer.alloc(32, 7));

describe('the order list search', () => {
  it.each([
    ['a leader', 'leader', '13987654321', false, false],
    ['a leader, the number spaced', 'leader', '139 8765 4321', false, false],
    ['a leader, part of an ID number', 'leader', '11010119', false, false],
    ['an admin', 'admin', '010-83551234', false, false],
    ['a leader, words', 'leader', '黑窑厂街12号院', true, false],
    ['an operator, a phone', 'operator', '13987654321', true, true],
    ['a reviewer, a phone', 'reviewer', '139-8765-4321', true, true],
    ['an operator, words', 'operator', '噪音', true, false],
  ] as const)('when %s (%s) searches %s, then text matching is %s and the phone hash %s', (_who, role, q, text, hash) => {
    const { sql, values } = orderSearchClause(q, { role }, pii);
    expect(sql.includes('ILIKE')).toBe(text);
    expect(sql.includes('citizen_phone_hash')).toBe(hash);
    expect(sql.split('?').length - 1).toBe(values.length);
    // The order number always matches exactly, whoever searches.
    expect(values).toContain(q);
    if (hash) expect(values).toContain(pii.phoneHash('13987654321'));
  });
});
