import type { HungArtwork } from '@prostudio/backend/contract';
import type { FloorBounds } from '@prostudio/world-server/shared';
import { useEffect, useMemo } from 'react';
import { hangArtworks } from '../layout/hang-artworks.ts';
import { setWorld } from '../state/store.ts';
import { textTexture } from './canvas-text.ts';
import { loadedTexture } from './textures.ts';

const FRAME = 0.05;

function Label({ work, x }: { work: HungArtwork; x: number }) {
  const texture = useMemo(
    () =>
      textTexture({
        width: 320,
        height: 120,
        padding: 14,
        background: '#fbfaf7',
        lines: [
          { text: work.title, size: 22, weight: 700 },
          { text: work.artist.name, size: 18 },
          { text: `${work.year} · ${work.medium}`, size: 15, color: '#5b5862' },
        ],
      }),
    [work],
  );
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <mesh position={[x, -0.35, 0.01]} name={`label:${work.title}`}>
      <planeGeometry args={[0.6, 0.225]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

/** The exhibition's works on the walls, each framed, lit by the room, with its label to the right. */
export function Artworks({ works, bounds }: { works: readonly HungArtwork[]; bounds: FloorBounds }) {
  const hangings = useMemo(() => hangArtworks(works, bounds), [works, bounds]);
  const byId = useMemo(() => new Map(works.map((work) => [work.id, work])), [works]);
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
            <Label work={work} x={hanging.width / 2 + 0.45} />
          </group>
        );
      })}
    </group>
  );
}
