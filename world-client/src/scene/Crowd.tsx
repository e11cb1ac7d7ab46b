import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Color, type InstancedMesh, Matrix4, Object3D } from 'three';
import { type RemotePerson, useWorld } from '../state/store.ts';
import { textTexture } from './canvas-text.ts';
import { colourFor, follow, nearest, type Track, trackOf } from './follow.ts';

/** Name tags only for the nearest few (each tag is a draw call; a crowd's are unreadable anyway). */
const MAX_TAGS = 12;
const TAG_RANGE = 12;
const TAG_REFRESH_MS = 250;

const body = new Object3D();
const part = new Matrix4();

/**
 * Everyone else in the room, drawn as one instanced mesh per body part: the draw calls stay the same for
 * ten people or five hundred. Each follows their pose stream (or their room presence), smoothly.
 */
export function Crowd() {
  const people = useWorld((state) => state.people);
  const capacity = useMemo(() => 2 ** Math.ceil(Math.log2(Math.max(16, people.length))), [people.length]);
  const bodies = useRef<InstancedMesh>(null);
  const heads = useRef<InstancedMesh>(null);
  const noses = useRef<InstancedMesh>(null);
  const tracks = useRef(new Map<string, Track>());
  const [tagged, setTagged] = useState<string[]>([]);
  const lastTags = useRef(0);
  const camera = useThree((state) => state.camera);

  useEffect(() => {
    const live = new Set(people.map((person) => person.id));
    for (const id of tracks.current.keys()) if (!live.has(id)) tracks.current.delete(id);
    for (const person of people)
      if (!tracks.current.has(person.id)) tracks.current.set(person.id, trackOf(person));
    const colour = new Color();
    people.forEach((person, index) => bodies.current?.setColorAt(index, colour.set(colourFor(person.id))));
    if (bodies.current?.instanceColor) bodies.current.instanceColor.needsUpdate = true;
  }, [people, capacity]);

  useFrame((_, dt) => {
    const now = performance.now();
    const meshes = [bodies.current, heads.current, noses.current];
    people.forEach((person, index) => {
      const track = tracks.current.get(person.id);
      if (!track) return;
      follow(track, person, now, dt);
      body.position.set(track.x, 0, track.z);
      body.rotation.set(0, track.yaw, 0);
      body.updateMatrix();
      bodies.current?.setMatrixAt(index, part.makeTranslation(0, 0.8, 0).premultiply(body.matrix));
      heads.current?.setMatrixAt(index, part.makeTranslation(0, 1.55, 0).premultiply(body.matrix));
      noses.current?.setMatrixAt(index, part.makeTranslation(0, 1.56, -0.19).premultiply(body.matrix));
    });
    for (const mesh of meshes) {
      if (!mesh) continue;
      mesh.count = people.length;
      mesh.instanceMatrix.needsUpdate = true;
    }
    if (now - lastTags.current > TAG_REFRESH_MS) {
      lastTags.current = now;
      const next = nearest(tracks.current, camera.position.x, camera.position.z, TAG_RANGE, MAX_TAGS);
      if (next.join() !== tagged.join()) setTagged(next);
    }
  });

  const byId = new Map(people.map((person) => [person.id, person]));
  return (
    <group name="crowd">
      <instancedMesh
        key={`bodies-${capacity}`}
        ref={bodies}
        args={[undefined, undefined, capacity]}
        frustumCulled={false}
      >
        <capsuleGeometry args={[0.26, 0.9, 4, 12]} />
        <meshStandardMaterial roughness={0.6} />
      </instancedMesh>
      <instancedMesh
        key={`heads-${capacity}`}
        ref={heads}
        args={[undefined, undefined, capacity]}
        frustumCulled={false}
      >
        <sphereGeometry args={[0.2, 20, 14]} />
        <meshStandardMaterial color="#f1d9c6" roughness={0.7} />
      </instancedMesh>
      <instancedMesh
        key={`noses-${capacity}`}
        ref={noses}
        args={[undefined, undefined, capacity]}
        frustumCulled={false}
      >
        <boxGeometry args={[0.22, 0.07, 0.06]} />
        <meshStandardMaterial color="#1e1c22" />
      </instancedMesh>
      {tagged.map((id) => {
        const person = byId.get(id);
        return person ? <NameTag key={id} person={person} tracks={tracks} /> : null;
      })}
    </group>
  );
}

/** A name above someone's head, following them. */
function NameTag({
  person,
  tracks,
}: {
  person: RemotePerson;
  tracks: { readonly current: ReadonlyMap<string, Track> };
}) {
  const tag = useMemo(
    () =>
      textTexture({
        width: 256,
        height: 56,
        padding: 12,
        align: 'center',
        background: 'rgba(20,18,26,0.78)',
        lines: [{ text: person.name, size: 28, weight: 600, color: '#ffffff' }],
      }),
    [person.name],
  );
  useEffect(() => () => tag.dispose(), [tag]);
  const sprite = useRef<Object3D>(null);
  useFrame(() => {
    const track = tracks.current.get(person.id);
    if (track && sprite.current) sprite.current.position.set(track.x, 2.05, track.z);
  });
  return (
    <sprite ref={sprite} scale={[0.9, 0.2, 1]} name={`avatar:${person.name}`}>
      <spriteMaterial map={tag} depthWrite={false} toneMapped={false} />
    </sprite>
  );
}
