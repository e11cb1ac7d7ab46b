import { LocalPresence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { createTokenLedger } from './token-ledger.ts';

describe('the join-token ledger', () => {
  it('lets each token id be spent once, however many try at the same moment', async () => {
    const ledger = createTokenLedger(new LocalPresence());
    const exp = Date.now() / 1000 + 60;
    const tries = await Promise.all(Array.from({ length: 20 }, () => ledger.spend('token-a', exp)));
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect(await ledger.spend('token-b', exp)).toBe(true);
    expect(await ledger.spend('token-a', exp)).toBe(false);
  });
});
