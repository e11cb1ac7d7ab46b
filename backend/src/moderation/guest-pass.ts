// A guest's identity that lasts: the first join token a guest asks for comes with a pass (their guest id,
// signed by the venue) that the page keeps and shows again next time, so a ban of that guest holds when they
// come back. A pass cannot be forged; a guest who throws theirs away is a new guest, which is why a guest's
// ban also holds their address for a while (see netHash) and a space can admit members only.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { addressKey } from '../accounts/address-limits.ts';

const sign = (secret: string, what: string) => createHmac('sha256', secret).update(what).digest('base64url');

/** A new guest id and its pass. */
export function issueGuestPass(secret: string): { id: string; pass: string } {
  const id = randomUUID();
  return { id, pass: `${id}.${sign(secret, `guest:${id}`)}` };
}

/** The guest id a pass carries, or null when it is not one the venue gave. */
export function readGuestPass(pass: string | undefined, secret: string): string | null {
  const match = /^([0-9a-f-]{36})\.([\w-]{43})$/.exec(pass ?? '');
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(sign(secret, `guest:${match[1]}`));
  const given = Buffer.from(match[2]);
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null;
}

/** A keyed hash of an address (an IPv6 address by its /64), so bans hold it without the venue keeping it. */
export function netHash(address: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`net:${addressKey(address)}`)
    .digest('hex')
    .slice(0, 32);
}
