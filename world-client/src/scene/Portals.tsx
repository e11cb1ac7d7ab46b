import type { SpaceSummary } from '@prostudio/backend/contract';
import type { FloorBounds } from '@prostudio/world-server/shared';
import { useEffect, useMemo, useState } from 'react';
import { placePortals, PORTAL_WIDTH } from '../layout/portals.ts';
import { textTexture } from './canvas-text.ts';

const DOOR_HEIGHT = 3;
const KIND_COLOURS: Record<string, string> = { gallery: '#e8b04b', stage: '#d0567a', classroom: '#4f9bd9' };

function Door({ space, onEnter }: { space: SpaceSummary; onEnter: (slug: string) => void }) {
  const [hovered, setHovered] = useState(false);
  const sign = useMemo(
    () =>
      textTexture({
        width: 360,
        height: 96,
        padding: 14,
        align: 'center',
        background: '#1b1920',
        lines: [
          { text: space.name, size: 30, weight: 700, color: '#ffffff' },
          {
            text: space.kind.toUpperCase(),
            size: 18,
            weight: 600,
            color: KIND_COLOURS[space.kind] ?? '#cccccc',
          },
        ],
      }),
    [space],
  );
  useEffect(() => () => sign.dispose(), [sign]);
  useEffect(() => {
    document.body.style.cursor = hovered ? 'pointer' : '';
  }, [hovered]);
  const colour = KIND_COLOURS[space.kind] ?? '#cccccc';
  return (
    <group>
      <mesh
        position={[0, DOOR_HEIGHT / 2, 0.02]}
        onClick={(event) => {
          event.stopPropagation();
          if (event.delta <= 6) onEnter(space.slug);
        }}
        onPointerOver={() => setHovered(true)}
        onPointerOut={() => setHovered(false)}
        name={`portal:${space.slug}`}
      >
        <planeGeometry args={[PORTAL_WIDTH, DOOR_HEIGHT]} />
        <meshStandardMaterial color={colour} emissive={colour} emissiveIntensity={hovered ? 0.9 : 0.45} />
      </mesh>
      <mesh position={[0, DOOR_HEIGHT + 0.45, 0.03]}>
        <planeGeometry args={[PORTAL_WIDTH, 0.64]} />
        <meshBasicMaterial map={sign} toneMapped={false} />
      </mesh>
    </group>
  );
}

/** The lobby's doors, one per space of the venue: click one to go there. */
export function Portals({
  spaces,
  bounds,
  onEnter,
}: {
  spaces: readonly SpaceSummary[];
  bounds: FloorBounds;
  onEnter: (slug: string) => void;
}) {
  const portals = useMemo(() => placePortals(spaces, bounds), [spaces, bounds]);
  return (
    <group name="portals">
      {portals.map((portal) => (
        <group key={portal.target.slug} position={portal.position} rotation-y={portal.yaw}>
          <Door space={portal.target} onEnter={onEnter} />
        </group>
      ))}
    </group>
  );
}
