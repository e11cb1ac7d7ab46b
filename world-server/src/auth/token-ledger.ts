// Join tokens are single-use: each reserves one seat, once. The ledger remembers each spent token's id until
// the token expires; through the room presence it is shared by every process of a venue (Redis when
// scaled out), and INCR makes "first to spend it" atomic there.

/** What the ledger needs of a Colyseus presence. */
export interface LedgerStore {
  incr(key: string): Promise<number>;
  expire(key: string, seconds: number): unknown;
}

export interface TokenLedger {
  /** True the first time a token id is spent, false ever after (until it expires, when it is refused anyway). */
  spend(jti: string, expiresAtSeconds: number, now?: number): Promise<boolean>;
}

export function createTokenLedger(store: LedgerStore): TokenLedger {
  return {
    async spend(jti, expiresAtSeconds, now = Date.now()) {
      const key = `join-token:${jti}`;
      const uses = await store.incr(key);
      if (uses === 1) await store.expire(key, Math.max(1, Math.ceil(expiresAtSeconds - now / 1000) + 1));
      return uses === 1;
    },
  };
}
