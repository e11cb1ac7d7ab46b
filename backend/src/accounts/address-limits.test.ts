import { describe, expect, it } from 'vitest';
import { AddressLimits, addressKey, DEFAULT_ACCOUNT_LIMITS } from './address-limits.ts';
import { TooManyRequestsException } from './too-many-requests.ts';

describe('addressKey', () => {
  it('keeps IPv4 as it is, also written as IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const key = '2001:db8:0:42::/64';
    expect(addressKey('2001:db8:0:42::1')).toBe(key);
    expect(addressKey('2001:0db8:0000:0042:ffff:1:2:3')).toBe(key);
    expect(addressKey('2001:db8::42:0:0:0:1')).toBe('2001:db8:0:42::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(addressKey('')).toBe('');
    expect(addressKey('not an address')).toBe('not an address');
  });
});

describe('AddressLimits', () => {
  it('refuses the request past the limit with a 429 that says how long to wait', () => {
    const limits = new AddressLimits({
      ...DEFAULT_ACCOUNT_LIMITS,
      signUp: { maxAttempts: 2, windowMs: 60_000 },
    });
    limits.take('signUp', '203.0.113.7');
    limits.take('signUp', '::ffff:203.0.113.7');
    const refusal = (() => {
      try {
        limits.take('signUp', '203.0.113.7');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(TooManyRequestsException);
    expect(refusal).toMatchObject({ status: 429, retryAfterSeconds: 60 });
    expect((refusal as TooManyRequestsException).message).toBe(
      'Too many sign-ups from your address. Try again in 60 seconds.',
    );
    // Another address, and another kind of request, are not affected.
    expect(() => limits.take('signUp', '203.0.113.8')).not.toThrow();
    expect(() => limits.take('joinToken', '203.0.113.7')).not.toThrow();
  });
});
