import { describe, expect, it } from '@jest/globals';
import { auditDiff, auditDiffText, type AuditChange } from './audit-diff.js';

describe('auditDiff', () => {
  const cases: { when: string; before: unknown; after: unknown; then: AuditChange[] }[] = [
    { when: 'nothing before or after', before: null, after: null, then: [] },
    { when: 'equal objects', before: { a: 1, b: 'x' }, after: { b: 'x', a: 1 }, then: [] },
    { when: 'one field changes', before: { status: 'pending', n: 1 }, after: { status: 'done', n: 1 }, then: [{ path: 'status', before: 'pending', after: 'done' }] },
    { when: 'a record is created', before: null, after: { name: '城管办', active: true }, then: [{ path: 'name', before: null, after: '城管办' }, { path: 'active', before: null, after: true }] },
    { when: 'a record is deleted', before: { name: '城管办' }, after: null, then: [{ path: 'name', before: '城管办', after: null }] },
    { when: 'a field is added', before: { a: 1 }, after: { a: 1, b: 2 }, then: [{ path: 'b', before: null, after: 2 }] },
    { when: 'a field is removed', before: { a: 1, b: 2 }, after: { a: 1 }, then: [{ path: 'b', before: 2, after: null }] },
    { when: 'a nested field changes', before: { contact: { phone: '1', name: 'a' } }, after: { contact: { phone: '2', name: 'a' } }, then: [{ path: 'contact.phone', before: '1', after: '2' }] },
    { when: 'deeply nested', before: { a: { b: { c: 1 } } }, after: { a: { b: { c: 2, d: 3 } } }, then: [{ path: 'a.b.c', before: 1, after: 2 }, { path: 'a.b.d', before: null, after: 3 }] },
    { when: 'an array changes, it is one value', before: { tags: ['a', 'b'] }, after: { tags: ['a', 'c'] }, then: [{ path: 'tags', before: ['a', 'b'], after: ['a', 'c'] }] },
    { when: 'an array of objects is equal up to key order', before: { xs: [{ a: 1, b: 2 }] }, after: { xs: [{ b: 2, a: 1 }] }, then: [] },
    { when: 'an object becomes a plain value', before: { v: { a: 1 } }, after: { v: 'x' }, then: [{ path: 'v', before: { a: 1 }, after: 'x' }] },
    { when: 'a plain value becomes an object', before: { v: 1 }, after: { v: { a: 1 } }, then: [{ path: 'v', before: 1, after: { a: 1 } }] },
    { when: 'before and after are plain values', before: 'a', after: 'b', then: [{ path: '', before: 'a', after: 'b' }] },
    { when: 'a number becomes the same text', before: { n: 1 }, after: { n: '1' }, then: [{ path: 'n', before: 1, after: '1' }] },
    { when: 'a field goes from null to missing', before: { a: null }, after: {}, then: [] },
  ];
  it.each(cases)('when $when, then the changes are listed', ({ before, after, then }) => {
    expect(auditDiff(before, after)).toEqual(then);
  });
});

describe('auditDiffText', () => {
  it.each([
    { changes: [], text: '' },
    { changes: [{ path: 'status', before: 'pending', after: 'done' }], text: 'status: pending → done' },
    { changes: [{ path: 'name', before: null, after: '城管办' }, { path: 'tags', before: ['a'], after: [] }], text: 'name: （空） → 城管办\ntags: ["a"] → []' },
    { changes: [{ path: '', before: 1, after: true }], text: '值: 1 → true' },
  ])('writes $text', ({ changes, text }) => {
    expect(auditDiffText(changes)).toBe(text);
  });
});
