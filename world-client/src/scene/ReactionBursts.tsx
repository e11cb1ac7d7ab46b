// The room's reactions in 3D: each burst rises as a sprite over the people a few metres ahead of the
// viewer (the audience, for a performer), seen in VR as on a screen (the page's own bursts are an
// overlay a headset does not show).
import { floorHeight, type SpaceLayout } from '@prostudio/protocol';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CanvasTexture, type Sprite, SRGBColorSpace, Vector3 } from 'three';
import { BURST_MS } from '../net/room-messages.ts';
import { type Reaction, useWorld } from '../state/store.ts';
import { REACTION_EMOJI } from '../ui/reaction-emoji.ts';
import { burstFlight, type CrowdArea } from './burst-flight.ts';

/** How far ahead of the viewer bursts rise, and how wide their band is (metres). */
const AHEAD = 5;
const WIDTH = 6;
const ahead = new Vector3();

function emojiTexture(emoji: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 128;
  canvas.height = 128;
  const context = canvas.getContext('2d');
  if (context) {
    context.font = '96px sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(emoji, 64, 70);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export function ReactionBursts({ layout }: { layout: SpaceLayout }) {
  const bursts = useWorld((state) => state.bursts);
  const textures = useMemo(
    () => new Map(Object.entries(REACTION_EMOJI).map(([reaction, emoji]) => [reaction, emojiTexture(emoji)])),
    [],
  );
  useEffect(() => () => textures.forEach((texture) => texture.dispose()), [textures]);
  return (
    <group name="reaction-bursts">
      {bursts.map((burst) => (
        <BurstSprite
          key={burst.id}
          lane={burst.lane}
          texture={textures.get(burst.reaction as Reaction)}
          layout={layout}
        />
      ))}
    </group>
  );
}

function BurstSprite({
  lane,
  texture,
  layout,
}: {
  lane: number;
  texture: CanvasTexture | undefined;
  layout: SpaceLayout;
}) {
  const sprite = useRef<Sprite>(null);
  const born = useRef(0);
  useFrame(({ camera }) => {
    const node = sprite.current;
    if (!node) return;
    if (born.current === 0) born.current = performance.now();
    camera.getWorldDirection(ahead);
    const length = Math.hypot(ahead.x, ahead.z) || 1;
    const forward = { x: ahead.x / length, z: ahead.z / length };
    const centre = { x: camera.position.x + forward.x * AHEAD, z: camera.position.z + forward.z * AHEAD };
    const area: CrowdArea = {
      centre,
      across: { x: -forward.z, z: forward.x },
      width: WIDTH,
      floor: floorHeight(layout, centre.x, centre.z),
    };
    const flight = burstFlight(lane, (performance.now() - born.current) / BURST_MS, area);
    node.position.set(flight.x, flight.y, flight.z);
    node.scale.setScalar(flight.scale);
    node.material.opacity = flight.opacity;
  });
  return (
    <sprite ref={sprite} scale={0.5}>
      <spriteMaterial map={texture ?? null} transparent opacity={0} depthWrite={false} toneMapped={false} />
    </sprite>
  );
}
