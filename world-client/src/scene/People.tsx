import type { SpaceLayout } from '@prostudio/protocol';
import type { Seat } from '../layout/classroom-seats.ts';
import { Crowd } from './Crowd.tsx';
import { FeaturedAvatars } from './FeaturedAvatars.tsx';
import { useFeatured } from './use-featured.ts';

/**
 * Everyone else: performers and the nearest few as full avatars (sitting, in a seat), the rest as the
 * instanced crowd.
 */
export function People({ layout, seats }: { layout: SpaceLayout; seats: readonly Seat[] }) {
  const featured = useFeatured();
  return (
    <>
      <Crowd layout={layout} leaveOut={featured} />
      <FeaturedAvatars layout={layout} featured={featured} seats={seats} />
    </>
  );
}
