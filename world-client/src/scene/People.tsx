import type { SpaceLayout } from '@prostudio/world-server/shared';
import { Crowd } from './Crowd.tsx';
import { FeaturedAvatars } from './FeaturedAvatars.tsx';
import { useFeatured } from './use-featured.ts';

/** Everyone else: performers and the nearest few as full avatars, the rest as the instanced crowd. */
export function People({ layout }: { layout: SpaceLayout }) {
  const featured = useFeatured();
  return (
    <>
      <Crowd layout={layout} leaveOut={featured} />
      <FeaturedAvatars layout={layout} featured={featured} />
    </>
  );
}
