import { describe, expect, it } from '@jest/globals';
import { CitizenPii } from './citizen-pii.js';
import { rekeyCitizenPii, type StoredCitizenPii } from './rekey-citizen-pii.js';

const from = new CitizenPii(Buffer.alloc(32, 1));
const to = new CitizenPii(Buffer.alloc(32, 2));
const stranger = new CitizenPii(Buffer.alloc(32, 3));
const keys = { from, to };

const NAME = '陈某某';
const PHONE = '138-0136-4882';

function storedUnder(pii: CitizenPii, name: string | null = NAME, phone: string | null = PHONE): StoredCitizenPii {
  return { citizen_name_enc: pii.encrypt(name), citizen_phone_enc: pii.encrypt(phone), citizen_phone_hash: pii.phoneHash(phone) };
}

describe('rekeyCitizenPii', () => {
  it.each<[string, StoredCitizenPii, 'current' | 'rekeyed' | 'unreadable']>([
    ['when everything is under the old key, then it is rewritten', storedUnder(from), 'rekeyed'],
    ['when everything is under the new key, then nothing is written', storedUnder(to), 'current'],
    ['when there is no name and no phone, then nothing is written', storedUnder(from, null, null), 'current'],
    ['when the phone is too short to hash, then only the ciphertexts move', storedUnder(from, NAME, '12345'), 'rekeyed'],
    ['when the name moved but the phone did not (a mixed row), then it is rewritten', { ...storedUnder(from), citizen_name_enc: to.encrypt(NAME) }, 'rekeyed'],
    ['when the ciphertexts moved but the hash is the old key’s, then it is rewritten', { ...storedUnder(to), citizen_phone_hash: from.phoneHash(PHONE) }, 'rekeyed'],
    ['when the hash is missing though the phone hashes, then it is rewritten', { ...storedUnder(to), citizen_phone_hash: null }, 'rekeyed'],
  ])('%s', (_, stored, kind) => {
    expect(rekeyCitizenPii(stored, keys).kind).toBe(kind);
  });

  it('when a row is rewritten, then the new key opens every value and the hash is the new key’s', () => {
    const result = rekeyCitizenPii(storedUnder(from), keys);
    if (result.kind !== 'rekeyed') throw new Error(result.kind);
    expect(to.decrypt(result.values.citizen_name_enc)).toBe(NAME);
    expect(to.decrypt(result.values.citizen_phone_enc)).toBe(PHONE);
    expect(result.values.citizen_phone_hash).toBe(to.phoneHash('13801364882'));
    expect(() => from.decrypt(result.values.citizen_name_enc)).toThrow();
    // Rotating the result again finds nothing to do: the command is idempotent row by row.
    expect(rekeyCitizenPii(result.values, keys)).toEqual({ kind: 'current' });
  });

  it('when one value is already under the new key, then its ciphertext is kept as stored', () => {
    const name = to.encrypt(NAME);
    const result = rekeyCitizenPii({ ...storedUnder(from), citizen_name_enc: name }, keys);
    expect(result).toMatchObject({ kind: 'rekeyed', values: { citizen_name_enc: name } });
  });

  it.each<[string, StoredCitizenPii, string]>([
    ['a name under a third key', { ...storedUnder(from), citizen_name_enc: stranger.encrypt(NAME) }, 'citizen_name_enc'],
    ['a phone under a third key', { ...storedUnder(from), citizen_phone_enc: stranger.encrypt(PHONE) }, 'citizen_phone_enc'],
    ['a phone that is not a ciphertext at all', { ...storedUnder(from), citizen_phone_enc: '13801364882' }, 'citizen_phone_enc'],
    ['a name of an unknown format version', { ...storedUnder(from), citizen_name_enc: 'v9:a:b:c' }, 'citizen_name_enc'],
  ])('when the row holds %s, then it is unreadable, naming the column', (_, stored, column) => {
    expect(rekeyCitizenPii(stored, keys)).toEqual({ kind: 'unreadable', column });
  });
});
