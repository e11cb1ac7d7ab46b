import type { HungArtwork } from '@prostudio/backend/contract';
import { useEffect, useMemo } from 'react';
import type { Hanging } from '../layout/hang-artworks.ts';
import { setWorld } from '../state/store.ts';
import { registerArtworks } from './inspect-gallery.ts';
import { loadedTexture } from './textures.ts';
import { WorkLabel } from './WorkLabel.tsx';

const FRAME = 0.05;

/** The exhibition's works on the walls, each framed, lit by the room, with its label to the right. */
export function Artworks({
  works,
  hangings,
}: {
  works: readonly HungArtwork[];
  hangings: readonly Hanging[];
}) {
  const byId = useMemo(() => new Map(works.map((work) => [work.id, work])), [works]);
  useEffect(
    () =>
      registerArtworks(
        hangings.flatMap((hanging) => {
          const title = byId.get(hanging.id)?.title;
          return title ? [{ ...hanging, title }] : [];
        }),
      ),
    [hangings, byId],
  );
  return (
    <group name="artworks">
      {hangings.map((hanging) => {
        const work = byId.get(hanging.id);
        if (!work) return null;
        const texture = loadedTexture(work.imageUrl);
        return (
          <group
            key={hanging.id}
            position={hanging.position}
            rotation-y={hanging.yaw}
            name={`artwork:${work.title}`}
            onClick={(event) => {
              // A click on a work opens it (and does not walk the visitor into the wall).
              event.stopPropagation();
              setWorld({ selectedWork: work.id });
            }}
          >
            <mesh position={[0, 0, 0.01]}>
              <boxGeometry args={[hanging.width + 2 * FRAME, hanging.height + 2 * FRAME, 0.03]} />
              <meshStandardMaterial color="#1e1c22" roughness={0.5} />
            </mesh>
            <mesh position={[0, 0, 0.03]}>
              <planeGeometry args={[hanging.width, hanging.height]} />
              <meshStandardMaterial
                map={texture ?? null}
                color={texture ? '#ffffff' : '#999999'}
                roughness={0.9}
              />
            </mesh>
            <WorkLabel work={work} position={[hanging.width / 2 + 0.45, -0.35, 0.01]} />
          </group>
        );
      })}
    </group>
  );
}
