import type { CitizenPii } from './citizen-pii.js';

/** An order's personal data as stored: two ciphertexts and the keyed hash of the phone. */
export interface StoredCitizenPii {
  citizen_name_enc: string | null;
  citizen_phone_enc: string | null;
  citizen_phone_hash: string | null;
}

export type EncryptedColumn = 'citizen_name_enc' | 'citizen_phone_enc';

/** What a key rotation does with one order's personal data. */
export type CitizenPiiRekey =
  /** Everything is under the new key already (a rerun, or an order written with the new key): nothing to write. */
  | { kind: 'current' }
  /** The values to store instead; a value already under the new key is kept as it is. */
  | { kind: 'rekeyed'; values: StoredCitizenPii }
  /** Neither key opens this column: the rotation must stop and name it. */
  | { kind: 'unreadable'; column: EncryptedColumn };

/**
 * Moves one order's personal data from the `from` key to the `to` key. Each ciphertext is tried with the new key
 * first, so a value rotated by an earlier, interrupted run is recognised (AES-GCM's tag fails under a wrong key)
 * and left alone; the phone hash is recomputed from the clear phone, since a keyed hash cannot say its key.
 */
export function rekeyCitizenPii(stored: StoredCitizenPii, keys: { from: CitizenPii; to: CitizenPii }): CitizenPiiRekey {
  const name = reencrypt(stored.citizen_name_enc, keys);
  if (!name) return { kind: 'unreadable', column: 'citizen_name_enc' };
  const phone = reencrypt(stored.citizen_phone_enc, keys);
  if (!phone) return { kind: 'unreadable', column: 'citizen_phone_enc' };
  const phoneHash = keys.to.phoneHash(phone.clear);
  // char(64) comes back as stored; trimmed in case a driver pads it.
  const hashCurrent = (stored.citizen_phone_hash?.trim() || null) === phoneHash;
  if (name.current && phone.current && hashCurrent) return { kind: 'current' };
  return { kind: 'rekeyed', values: { citizen_name_enc: name.stored, citizen_phone_enc: phone.stored, citizen_phone_hash: phoneHash } };
}

function reencrypt(
  stored: string | null,
  keys: { from: CitizenPii; to: CitizenPii },
): { clear: string | null; stored: string | null; current: boolean } | null {
  if (!stored) return { clear: null, stored: null, current: true };
  const underNew = keys.to.tryDecrypt(stored);
  if (underNew !== undefined) return { clear: underNew, stored, current: true };
  const underOld = keys.from.tryDecrypt(stored);
  if (underOld === undefined) return null;
  return { clear: underOld, stored: keys.to.encrypt(underOld), current: false };
}
