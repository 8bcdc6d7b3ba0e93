import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3): slow on purpose. */
export const PasswordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  },
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};

let dummyHash: Promise<string> | undefined;
/** A real hash of a random secret, verified when the username is unknown, so timing does not reveal which usernames exist. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= argon2.hash(Math.random().toString(36), { type: argon2.argon2id });
  return dummyHash;
}
