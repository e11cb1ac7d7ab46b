// The room's people as the page keeps them: a sorted list that changes only where the room changed, so
// what draws or lists people redraws only for those who moved or changed (a full room sends many patches).
import type { FloorPose, PersonState } from '@prostudio/protocol';
import type { RemotePerson, SelfVoice } from '../state/store.ts';

const sameAs = (a: RemotePerson, b: RemotePerson): boolean =>
  a.name === b.name &&
  a.role === b.role &&
  a.avatar === b.avatar &&
  a.slot === b.slot &&
  a.away === b.away &&
  a.muted === b.muted &&
  a.floor === b.floor &&
  a.handRaisedAt === b.handRaisedAt &&
  a.reaction === b.reaction &&
  a.reactedAt === b.reactedAt &&
  a.x === b.x &&
  a.z === b.z &&
  a.yaw === b.yaw;

/**
 * Everyone but the visitor, sorted by name, and the visitor's own place. A person who did not change keeps
 * their object from `previous`, and an unchanged room gives back `previous` itself.
 */
export function peopleFrom(
  state: { forEach(each: (person: PersonState, id: string) => void): void },
  selfId: string,
  previous: readonly RemotePerson[],
): { people: readonly RemotePerson[]; self: FloorPose | null; selfVoice: SelfVoice | null } {
  const before = new Map(previous.map((person) => [person.id, person]));
  const people: RemotePerson[] = [];
  let self: FloorPose | null = null;
  let selfVoice: SelfVoice | null = null;
  state.forEach((person, id) => {
    if (id === selfId) {
      self = { x: person.x, z: person.z, yaw: person.yaw };
      selfVoice = { muted: person.muted, floor: person.floor };
      return;
    }
    const next: RemotePerson = {
      id,
      name: person.name,
      role: person.role,
      avatar: person.avatar,
      slot: person.slot,
      away: !person.connected,
      muted: person.muted,
      floor: person.floor,
      handRaisedAt: person.handRaised ? person.handRaisedAt : 0,
      reaction: person.reaction,
      reactedAt: person.reactedAt,
      x: person.x,
      z: person.z,
      yaw: person.yaw,
    };
    const old = before.get(id);
    people.push(old && sameAs(old, next) ? old : next);
  });
  people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const unchanged = people.length === previous.length && people.every((person, i) => person === previous[i]);
  return { people: unchanged ? previous : people, self, selfVoice };
}
