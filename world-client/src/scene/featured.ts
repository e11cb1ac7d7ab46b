// Who is drawn as a full VRM avatar: performers always, then the nearest few people. Everyone else is in
// the instanced crowd, whose cost does not grow with the room (docs/benchmarks.md).
import type { RemotePerson } from '../state/store.ts';

/** How many people besides performers get a full avatar, and how near they must be (metres). */
export const FEATURED_MOST = 6;
export const FEATURED_RANGE = 8;

export function featuredIds(
  people: readonly RemotePerson[],
  from: { x: number; z: number },
  most = FEATURED_MOST,
  range = FEATURED_RANGE,
): string[] {
  const performers = people.filter((person) => person.role === 'performer').map((person) => person.id);
  const near = people
    .filter((person) => person.role !== 'performer')
    .map((person) => ({ id: person.id, distance: Math.hypot(person.x - from.x, person.z - from.z) }))
    .filter(({ distance }) => distance <= range)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, most)
    .map(({ id }) => id);
  return [...performers, ...near];
}
