import { describe, expect, it } from 'vitest';
import { issueGuestPass, netHash, readGuestPass } from './guest-pass.ts';

const SECRET = 'a-secret-for-guest-passes-0123456789';

describe('guest passes', () => {
  it('give back the guest id they were issued for, and nothing for a forged or foreign one', () => {
    const { id, pass } = issueGuestPass(SECRET);
    expect(readGuestPass(pass, SECRET)).toBe(id);
    expect(readGuestPass(pass, 'another-secret-entirely-0123456789')).toBeNull();
    const other = issueGuestPass(SECRET);
    expect(readGuestPass(`${other.id}.${pass.split('.')[1]}`, SECRET)).toBeNull();
    expect(readGuestPass(undefined, SECRET)).toBeNull();
    expect(readGuestPass('garbage', SECRET)).toBeNull();
  });
});

describe('netHash', () => {
  it('is the same for one address (and one IPv6 /64), different for another, and hides the address', () => {
    expect(netHash('203.0.113.7', SECRET)).toBe(netHash('::ffff:203.0.113.7', SECRET));
    expect(netHash('2001:db8:1:2::1', SECRET)).toBe(netHash('2001:db8:1:2:ffff::9', SECRET));
    expect(netHash('203.0.113.7', SECRET)).not.toBe(netHash('203.0.113.8', SECRET));
    expect(netHash('203.0.113.7', SECRET)).toMatch(/^[0-9a-f]{32}$/);
    expect(netHash('203.0.113.7', SECRET)).not.toContain('203');
  });
});
