import { hash, verify } from '@node-rs/argon2';

// argon2id (algorithm 2) with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum.
const ARGON2ID = 2;

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Checks a password against a stored hash; a malformed hash is simply a mismatch. */
export async function checkPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
