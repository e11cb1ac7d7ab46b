// The set of people drawn as full avatars, refreshed twice a second from where the camera is (the set
// changes rarely, and each change loads or drops an avatar).
import { useFrame, useThree } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { useWorld } from '../state/store.ts';
import { featuredIds } from './featured.ts';

const REFRESH_MS = 500;
const NONE: ReadonlySet<string> = new Set();

export function useFeatured(): ReadonlySet<string> {
  const camera = useThree((state) => state.camera);
  const [featured, setFeatured] = useState<ReadonlySet<string>>(NONE);
  const last = useRef({ at: -Infinity, key: '' });
  useFrame(() => {
    const now = performance.now();
    if (now - last.current.at < REFRESH_MS) return;
    last.current.at = now;
    const ids = featuredIds(useWorld.getState().people, { x: camera.position.x, z: camera.position.z });
    const key = [...ids].sort().join();
    if (key === last.current.key) return;
    last.current.key = key;
    setFeatured(new Set(ids));
  });
  return featured;
}
