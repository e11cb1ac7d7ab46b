// What someone just did, shown by their name for a moment: the reaction they sent, or a speech bubble when
// they said something in the chat. Worked out from the store's changes; timed by this page's clock.
import { REACTIONS, type Reaction } from '@prostudio/protocol';
import { type ChatLine, type RemotePerson, useWorld } from '../state/store.ts';
import { REACTION_EMOJI } from '../ui/reaction-emoji.ts';

/** How long a reaction, and a chat line, stay by the name (ms). */
export const SHOWN_MS = { reaction: 3000, chat: 4000 } as const;
export const SPEAKING = '💬';

/** Something a person did: the badge to show by their name, and for how long. */
export interface Activity {
  readonly id: string;
  readonly badge: string;
  readonly ms: number;
}

const isReaction = (value: string): value is Reaction => (REACTIONS as readonly string[]).includes(value);

/** What people did between two states of the store: reactions that changed, and chat lines that came. */
export function activitiesBetween(
  before: { readonly people: readonly RemotePerson[]; readonly chat: readonly ChatLine[] },
  after: { readonly people: readonly RemotePerson[]; readonly chat: readonly ChatLine[] },
): Activity[] {
  const found: Activity[] = [];
  if (after.people !== before.people) {
    const was = new Map(before.people.map((person) => [person.id, person.reactedAt]));
    for (const person of after.people) {
      const previous = was.get(person.id);
      // Someone new brings their last reaction along: that is not news.
      if (previous === undefined || person.reactedAt === previous || !isReaction(person.reaction)) continue;
      found.push({ id: person.id, badge: REACTION_EMOJI[person.reaction], ms: SHOWN_MS.reaction });
    }
  }
  if (after.chat !== before.chat) {
    const seen = new Set(before.chat.map((line) => line.id));
    for (const line of after.chat) {
      if (!seen.has(line.id)) found.push({ id: line.from, badge: SPEAKING, ms: SHOWN_MS.chat });
    }
  }
  return found;
}

const shown = new Map<string, { badge: string; until: number }>();

/** Notes what people did, at `now` (ms). */
export function noteActivities(activities: readonly Activity[], now: number): void {
  for (const { id, badge, ms } of activities) shown.set(id, { badge, until: now + ms });
}

/** The badge by `id`'s name at `now`, or null. */
export function badgeOf(id: string, now: number): string | null {
  const entry = shown.get(id);
  if (!entry) return null;
  if (now < entry.until) return entry.badge;
  shown.delete(id);
  return null;
}

/** Keeps the badges in step with the store's changes; returns the stopping. */
export function watchActivity(): () => void {
  return useWorld.subscribe((state, previous) =>
    noteActivities(activitiesBetween(previous, state), performance.now()),
  );
}
