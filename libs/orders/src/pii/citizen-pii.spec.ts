import { describe, expect, it } from '@jest/globals';
import { CitizenPii } from './citizen-pii.js';

const pii = new CitizenPii(Buffer.alloc(32, 7));

describe('citizen personal data at rest', () => {
  it('round-trips and never stores the clear value', () => {
    const stored = pii.encrypt('13801364882')!;
    expect(stored).not.toContain('13801364882');
    expect(pii.decrypt(stored)).toBe('13801364882');
    expect(pii.encrypt('13801364882')).not.toBe(stored); // random IV
  });

  it('refuses a tampered ciphertext', () => {
    const stored = pii.encrypt('陈某某')!;
    const parts = stored.split(':');
    parts[3] = Buffer.from('tampered').toString('base64');
    expect(() => pii.decrypt(parts.join(':'))).toThrow();
  });

  it.each([
    ['13801364882', '+86 138-0136-4882'],
    ['13801364882', '0086 13801364882'],
    ['010-63512345', '01063512345'],
  ])('hashes %s and %s the same', (a, b) => {
    expect(pii.phoneHash(a)).toBe(pii.phoneHash(b));
  });

  it('uses a key: another key gives another hash', () => {
    expect(new CitizenPii(Buffer.alloc(32, 8)).phoneHash('13801364882')).not.toBe(pii.phoneHash('13801364882'));
  });

  it('names its key by a short fingerprint: stable for a key, different for another', () => {
    expect(pii.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(new CitizenPii(Buffer.alloc(32, 7)).keyId).toBe(pii.keyId);
    expect(new CitizenPii(Buffer.alloc(32, 8)).keyId).not.toBe(pii.keyId);
  });

  it('tries a ciphertext without throwing: undefined under another key', () => {
    const stored = pii.encrypt('陈某某');
    expect(pii.tryDecrypt(stored)).toBe('陈某某');
    expect(pii.tryDecrypt(null)).toBeNull();
    expect(new CitizenPii(Buffer.alloc(32, 8)).tryDecrypt(stored)).toBeUndefined();
  });
});
