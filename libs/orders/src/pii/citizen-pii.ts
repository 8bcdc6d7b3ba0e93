import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Citizens' names and phones at rest: AES-256-GCM with a key derived from PII_KEY, and a keyed hash of the
 * normalised phone so "same caller within 30 days" can be found without decrypting anything (DESIGN §5).
 */
export class CitizenPii {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;
  /**
   * A short public fingerprint of the key (a third HKDF subkey, so it reveals nothing of the other two): lets an
   * operator see which key a command or an audit record speaks of without printing the key.
   */
  readonly keyId: string;

  constructor(piiKey: Buffer) {
    if (piiKey.length !== 32) throw new Error('PII_KEY must be 32 bytes');
    // Separate subkeys: a leaked hash key must not help decrypt, and the reverse.
    this.encryptionKey = Buffer.from(hkdfSync('sha256', piiKey, Buffer.alloc(0), 'hotline-desk pii encryption v1', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', piiKey, Buffer.alloc(0), 'hotline-desk phone hash v1', 32));
    this.keyId = Buffer.from(hkdfSync('sha256', piiKey, Buffer.alloc(0), 'hotline-desk key id v1', 4)).toString('hex');
  }

  encrypt(value: string | null | undefined): string | null {
    if (value === null || value === undefined || value === '') return null;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string | null | undefined): string | null {
    if (!stored) return null;
    const [version, iv, tag, body] = stored.split(':');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unreadable personal data');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** The clear value, or `undefined` when this key cannot open it (another key, or damaged): GCM's tag decides. */
  tryDecrypt(stored: string | null | undefined): string | null | undefined {
    try {
      return this.decrypt(stored);
    } catch {
      return undefined;
    }
  }

  phoneHash(phone: string | null | undefined): string | null {
    const normalised = normalisePhoneForHash(phone);
    return normalised ? createHmac('sha256', this.hashKey).update(normalised).digest('hex') : null;
  }
}

/** Digits only, without the +86/0086 country prefix, so 138-0136-4882 and +86 13801364882 hash the same. */
export function normalisePhoneForHash(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/[^\d]/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return digits.length >= 7 ? digits : null;
}
