// Bans given in any room, known at once to every room of the venue, in every process: a set per space (and
// one for the venue) in the room presence, checked when a seat is reserved, and a message on the `bans`
// channel that makes every room remove the banned person now. The venue keeps bans for good (the API refuses
// them join tokens); the presence only has to cover the tokens already given out, so its sets lapse.
import type { BanScope } from '@prostudio/protocol';

/** What the board needs of a Colyseus presence. */
export interface BanStore {
  sadd(key: string, value: string): unknown;
  srem(key: string, value: string): unknown;
  sismember(key: string, value: string): Promise<number> | number | unknown;
  expire(key: string, seconds: number): unknown;
  publish(topic: string, data: unknown): unknown;
}

/** A ban as rooms hear of it. */
export interface BanNotice {
  readonly sub: string;
  readonly space: string;
  readonly scope: BanScope;
}

export const BAN_CHANNEL = 'bans';
/** Longer than any join token lives (60 s), with room to spare. */
const REMEMBER_SECONDS = 600;
const VENUE = '*';

const keyOf = (space: string) => `bans:${space}`;

export interface BanBoard {
  /** Records a ban and tells every room. */
  announce(ban: BanNotice): Promise<void>;
  /** Forgets a ban the venue lifted (space null: of the venue), so seats are no longer refused for it. */
  forgive(ban: { sub: string; space: string | null }): Promise<void>;
  /** Whether `sub` is banned from `space`, by a ban of this space or of the venue. */
  isBanned(sub: string, space: string): Promise<boolean>;
}

export function createBanBoard(store: BanStore): BanBoard {
  return {
    async announce(ban) {
      const key = keyOf(ban.scope === 'venue' ? VENUE : ban.space);
      await store.sadd(key, ban.sub);
      await store.expire(key, REMEMBER_SECONDS);
      await store.publish(BAN_CHANNEL, ban);
    },
    async forgive({ sub, space }) {
      await store.srem(keyOf(space ?? VENUE), sub);
    },
    async isBanned(sub, space) {
      for (const key of [keyOf(VENUE), keyOf(space)]) {
        if (Number(await store.sismember(key, sub)) === 1) return true;
      }
      return false;
    },
  };
}

/** Whether a ban heard on the channel reaches a room of `space`. */
export function banReaches(notice: BanNotice, space: string): boolean {
  return notice.scope === 'venue' || notice.space === space;
}
