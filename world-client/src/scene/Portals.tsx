import type { SpaceSummary } from '@prostudio/backend/contract';
import type { FloorBounds } from '@prostudio/protocol';
import { useEffect, useMemo, useState } from 'react';
import { placePortals, PORTAL_WIDTH } from '../layout/portals.ts';
import { onNowLine } from '../ui/on-now.ts';
import { textTexture } from './canvas-text.ts';

const DOOR_HEIGHT = 3;
/** The sign over a door: its name, its kind, and what is on (360 wide, in the texture's units). */
const SIGN_HEIGHT = 124;
const KIND_COLOURS: Record<string, string> = { gallery: '#e8b04b', stage: '#d0567a', classroom: '#4f9bd9' };

function Door({ space, onEnter }: { space: SpaceSummary; onEnter: (slug: string) => void }) {
  const [hovered, setHovered] = useState(false);
  // What is on there, as of when the lobby was drawn.
  const [onNow] = useState(() => onNowLine(space.onNow, new Date()));
  const sign = useMemo(
    () =>
      textTexture({
        width: 360,
        height: SIGN_HEIGHT,
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
          { text: onNow, size: 18, color: '#e9e6ee' },
        ],
      }),
    [space, onNow],
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
      <mesh position={[0, DOOR_HEIGHT + 0.55, 0.03]} name={`sign:${space.slug}`}>
        <planeGeometry args={[PORTAL_WIDTH, (PORTAL_WIDTH * SIGN_HEIGHT) / 360]} />
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
