import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Object3D } from 'three';
import { badgeOf } from './activity.ts';
import { textTexture } from './canvas-text.ts';
import { useSound } from '../voice/sound-store.ts';

/** Where a tag's person stands on the floor, this frame (or undefined when they are gone). */
type Place = () => { x: number; z: number } | undefined;

/**
 * A name above someone's head, green with a speaker while they are heard speaking (from their sound), gold
 * with a raised hand while theirs is up (a question for the stage or the instructor), and for a moment what
 * they just did (a reaction, a chat line: scene/activity.ts). With
 * `follow`, it moves with them each frame; without, it sits at `height` in its parent (an avatar's own
 * group).
 */
export function NameTag({
  name,
  personId,
  handUp = false,
  follow,
  height = 2.05,
}: {
  name: string;
  /** Whose tag it is, for what they just did. */
  personId?: string;
  handUp?: boolean;
  follow?: Place;
  height?: number;
}) {
  const [badge, setBadge] = useState<string | null>(null);
  const speaking = useSound((state) => (personId ? state.speaking.has(personId) : false));
  const label = [speaking ? '🔊' : null, badge, handUp ? '✋' : null, name].filter(Boolean).join(' ');
  const background = handUp
    ? 'rgba(242,193,78,0.92)'
    : speaking
      ? 'rgba(46,160,98,0.92)'
      : 'rgba(20,18,26,0.78)';
  const tag = useMemo(
    () =>
      textTexture({
        width: 256,
        height: 56,
        padding: 12,
        align: 'center',
        background,
        lines: [{ text: label, size: 28, weight: 600, color: handUp ? '#1b1a1f' : '#ffffff' }],
      }),
    [label, handUp, background],
  );
  useEffect(() => () => tag.dispose(), [tag]);
  const sprite = useRef<Object3D>(null);
  useFrame(() => {
    const now = personId ? badgeOf(personId, performance.now()) : null;
    if (now !== badge) setBadge(now);
    const place = follow?.();
    if (place && sprite.current) sprite.current.position.set(place.x, height, place.z);
  });
  return (
    <sprite ref={sprite} position={[0, height, 0]} scale={[0.9, 0.2, 1]} name={`avatar:${name}`}>
      <spriteMaterial map={tag} depthWrite={false} toneMapped={false} />
    </sprite>
  );
}
