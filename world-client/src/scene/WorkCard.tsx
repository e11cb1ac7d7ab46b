import type { HungArtwork } from '@prostudio/backend/contract';
import { useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useState } from 'react';
import { Vector3 } from 'three';
import { fetchWorkDetails, formatPrice } from '../api/market.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { textTexture, type TextLine } from './canvas-text.ts';
import { registerCard } from './inspect-gallery.ts';

/** How far ahead of the eyes the card opens, and its width (metres). */
const DISTANCE = 1.1;
const WIDTH = 0.7;

/** What the card says beyond the label, once the venue has answered. */
type More = { readonly bio: string; readonly sale: string };

/**
 * A work up close in VR, where the page's panel cannot be seen: its label, the curator's and the artist's
 * words and what of it is for sale, on a card that opens in front of the visitor; a ray on the card closes it.
 */
export function WorkCard({ works }: { works: readonly HungArtwork[] }) {
  const session = useXR((state) => state.session);
  const selected = useWorld((state) => state.selectedWork);
  const work = session ? works.find((candidate) => candidate.id === selected) : undefined;
  return work ? <Card key={work.id} work={work} /> : null;
}

function Card({ work }: { work: HungArtwork }) {
  const camera = useThree((state) => state.camera);
  // Where the card stands: ahead of the eyes as they were when it opened, level, turned to face them.
  const [place] = useState(() => {
    const eyes = camera.getWorldPosition(new Vector3());
    const ahead = camera.getWorldDirection(new Vector3()).setY(0);
    if (ahead.lengthSq() < 1e-6) ahead.set(0, 0, -1);
    ahead.normalize();
    return {
      position: eyes
        .clone()
        .addScaledVector(ahead, DISTANCE)
        .setY(eyes.y - 0.15),
      yaw: Math.atan2(-ahead.x, -ahead.z),
    };
  });
  const [more, setMore] = useState<More | null>(null);
  useEffect(() => {
    let live = true;
    fetchWorkDetails(work).then(
      ({ bio, listings }) =>
        live &&
        setMore({
          bio,
          sale:
            listings.length === 0
              ? 'Not for sale.'
              : `For sale from ${formatPrice(Math.min(...listings.map((l) => l.priceMinor)), listings[0]?.currency ?? 'usd')}: buy it on the page, out of VR.`,
        }),
      () => live && setMore({ bio: '', sale: 'What is for sale could not be loaded.' }),
    );
    return () => {
      live = false;
    };
  }, [work]);
  const texture = useMemo(() => {
    const lines: TextLine[] = [
      { text: work.title, size: 30, weight: 700 },
      { text: work.artist.name, size: 22 },
      {
        text: `${work.year}${work.medium ? ` · ${work.medium}` : ''}`,
        size: 17,
        color: '#5b5862',
        wrap: true,
      },
      ...(work.text ? [{ text: work.text, size: 18, wrap: true, color: '#3b3945' }] : []),
      ...(work.description ? [{ text: work.description, size: 18, wrap: true }] : []),
      ...(more?.bio
        ? [{ text: `About the artist: ${more.bio}`, size: 16, wrap: true, color: '#3b3945' }]
        : []),
      { text: more ? more.sale : 'Loading…', size: 18, weight: 600, wrap: true, color: '#7a4b00' },
      { text: 'Point here and pull the trigger to close.', size: 14, color: '#77737f' },
    ];
    return textTexture({ width: 480, padding: 22, background: '#fbfaf7', lines });
  }, [work, more]);
  useEffect(() => () => texture.dispose(), [texture]);
  useEffect(() => registerCard(work.title), [work.title]);
  const image = texture.image as HTMLCanvasElement;
  return (
    <mesh
      position={place.position}
      rotation-y={place.yaw}
      name="work-card"
      onClick={(event) => {
        event.stopPropagation();
        setWorld({ selectedWork: null });
      }}
    >
      <planeGeometry args={[WIDTH, (WIDTH * image.height) / image.width]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
