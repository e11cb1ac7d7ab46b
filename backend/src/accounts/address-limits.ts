// Limits per network address, across accounts: how many sign-ups, password-reset mails and join tokens one
// address may ask for, and how many sign-ins it may get wrong whatever the email. Without them one machine
// could make accounts by the hundred, fill a stranger's inbox, or walk a crowd of bots into a room.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIPv6 } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { AttemptLimiter, type AttemptRules } from './attempt-limiter.ts';
import { TooManyRequestsException } from './too-many-requests.ts';

export interface AccountLimits {
  readonly signUp: AttemptRules;
  /** Failures only (on top of five per email and address): a crowd signing in behind one router is fine. */
  readonly signInFailures: AttemptRules;
  readonly passwordReset: AttemptRules;
  readonly joinToken: AttemptRules;
}

export type AddressLimit = keyof AccountLimits;

const MINUTE = 60_000;

/** The venue's limits; `createApi({ accountLimits })` may change them (the tests make many people). */
export const DEFAULT_ACCOUNT_LIMITS: AccountLimits = {
  signUp: { maxAttempts: 5, windowMs: 15 * MINUTE },
  signInFailures: { maxAttempts: 20, windowMs: 15 * MINUTE },
  passwordReset: { maxAttempts: 5, windowMs: 60 * MINUTE },
  // A class behind one school router entering rooms together stays well under it; a script does not.
  joinToken: { maxAttempts: 120, windowMs: MINUTE },
};

export const ACCOUNT_LIMITS = Symbol('ACCOUNT_LIMITS');

const REFUSALS: Record<AddressLimit, string> = {
  signUp: 'Too many sign-ups from your address.',
  signInFailures: 'Too many failed sign-ins.',
  passwordReset: 'Too many password reset requests from your address.',
  joinToken: 'Too many requests to enter a space from your address.',
};

type Request = IncomingMessage & { ip?: string };

@Injectable()
export class AddressLimits {
  private readonly limiters: Record<AddressLimit, AttemptLimiter>;

  constructor(@Inject(ACCOUNT_LIMITS) limits: AccountLimits) {
    this.limiters = {
      signUp: new AttemptLimiter(limits.signUp),
      signInFailures: new AttemptLimiter(limits.signInFailures),
      passwordReset: new AttemptLimiter(limits.passwordReset),
      joinToken: new AttemptLimiter(limits.joinToken),
    };
  }

  /** Counts a request from `address`, or refuses it (429) when the address has had its share. */
  take(limit: AddressLimit, address: string): void {
    const wait = this.limiters[limit].take(addressKey(address));
    if (wait > 0) throw new TooManyRequestsException(REFUSALS[limit], wait);
  }

  /** Refuses (429) while the address is over the limit, without counting (for failures, counted after). */
  check(limit: AddressLimit, address: string): void {
    const wait = this.limiters[limit].retryAfter(addressKey(address));
    if (wait > 0) throw new TooManyRequestsException(REFUSALS[limit], wait);
  }

  record(limit: AddressLimit, address: string): void {
    this.limiters[limit].record(addressKey(address));
  }

  /**
   * The limit as Nest middleware, for routes of other modules (the world's join tokens) as well as these.
   * It runs before the body is parsed, so a refused request costs next to nothing. The address is Fastify's
   * `request.ip`, which @fastify/middie copies onto the raw request.
   */
  middleware(limit: AddressLimit): (request: Request, response: ServerResponse, next: () => void) => void {
    return (request, _response, next) => {
      this.take(limit, request.ip ?? request.socket.remoteAddress ?? '');
      next();
    };
  }
}

/**
 * The key an address is limited by: an IPv4 address as it is (also when written as IPv6), an IPv6 address by
 * its /64, the block one subscriber is usually given, since counting each of its addresses would count nothing.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split('%')[0] ?? address; // a link-local address's zone (fe80::1%eth0)
  if (!isIPv6(bare)) return address;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const [head = '', tail = ''] = bare.split('::');
  const before = groups(head);
  // A trailing dotted quad (64:ff9b::1.2.3.4) stands for two groups.
  const after = groups(tail).flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const all = bare.includes('::')
    ? [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after]
    : before;
  return `${all
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
