import type { HungArtwork } from '@prostudio/backend/contract';
import { useEffect, useMemo } from 'react';
import { textTexture } from './canvas-text.ts';

/** A work's label: title, artist, year and medium, on a small card (beside a picture, on a plinth's front). */
export function WorkLabel({
  work,
  position,
}: {
  work: HungArtwork;
  position: readonly [number, number, number];
}) {
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
    <mesh position={position} name={`label:${work.title}`}>
      <planeGeometry args={[0.6, 0.225]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
