import { floorHeight, type SpaceLayout } from '@prostudio/protocol';
import { useFrame, useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Color, type InstancedMesh, Matrix4, Object3D } from 'three';
import { useWorld } from '../state/store.ts';
import { NameTag } from './NameTag.tsx';
import { colourFor, follow, nearest, type Track, trackOf } from './follow.ts';

/** Name tags only for the nearest few (each tag is a draw call; a crowd's are unreadable anyway). */
const MAX_TAGS = 12;
const TAG_RANGE = 12;
const TAG_REFRESH_MS = 250;
/** Beyond this, people are drawn with a tenth of the triangles (nobody sees the difference that far). */
const DETAIL_RANGE = 5;

const body = new Object3D();
const part = new Matrix4();
const tint = new Color();

type Parts = { body: InstancedMesh | null; head: InstancedMesh | null; nose: InstancedMesh | null };

/**
 * Everyone else in the room, drawn as instanced meshes, one per body part and level of detail: the draw
 * calls stay the same for ten people or five hundred. Each follows their pose stream (or their room
 * presence), smoothly; the near ones in detail, the far ones in fewer triangles.
 */
export function Crowd({ layout, leaveOut }: { layout: SpaceLayout; leaveOut: ReadonlySet<string> }) {
  const everyone = useWorld((state) => state.people);
  const people = useMemo(() => everyone.filter((person) => !leaveOut.has(person.id)), [everyone, leaveOut]);
  const capacity = useMemo(() => 2 ** Math.ceil(Math.log2(Math.max(16, people.length))), [people.length]);
  const near = useRef<Parts>({ body: null, head: null, nose: null });
  const far = useRef<Parts>({ body: null, head: null, nose: null });
  const tracks = useRef(new Map<string, Track>());
  const colours = useRef(new Map<string, Color>());
  const [tagged, setTagged] = useState<string[]>([]);
  const lastTags = useRef(0);
  const camera = useThree((state) => state.camera);

  useEffect(() => {
    const live = new Set(people.map((person) => person.id));
    for (const id of tracks.current.keys()) if (!live.has(id)) tracks.current.delete(id);
    for (const person of people) {
      if (!tracks.current.has(person.id)) tracks.current.set(person.id, trackOf(person));
      if (!colours.current.has(person.id)) colours.current.set(person.id, new Color(colourFor(person.id)));
    }
  }, [people]);

  useFrame((_, dt) => {
    const now = performance.now();
    const counts = { near: 0, far: 0 };
    for (const person of people) {
      const track = tracks.current.get(person.id);
      if (!track) continue;
      follow(track, person, now, dt);
      body.position.set(track.x, floorHeight(layout, track.x, track.z), track.z);
      body.rotation.set(0, track.yaw, 0);
      body.updateMatrix();
      const detailed = Math.hypot(track.x - camera.position.x, track.z - camera.position.z) < DETAIL_RANGE;
      const parts = detailed ? near.current : far.current;
      const index = detailed ? counts.near++ : counts.far++;
      parts.body?.setMatrixAt(index, part.makeTranslation(0, 0.8, 0).premultiply(body.matrix));
      parts.body?.setColorAt(index, colours.current.get(person.id) ?? tint);
      parts.head?.setMatrixAt(index, part.makeTranslation(0, 1.55, 0).premultiply(body.matrix));
      parts.nose?.setMatrixAt(index, part.makeTranslation(0, 1.56, -0.19).premultiply(body.matrix));
    }
    for (const [parts, count] of [
      [near.current, counts.near],
      [far.current, counts.far],
    ] as const) {
      for (const mesh of [parts.body, parts.head, parts.nose]) {
        if (!mesh) continue;
        mesh.count = count;
        mesh.instanceMatrix.needsUpdate = true;
        if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      }
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
      <Instances capacity={capacity} onMesh={(mesh) => (near.current.body = mesh)}>
        <capsuleGeometry args={[0.26, 0.9, 4, 12]} />
        <meshStandardMaterial roughness={0.6} />
      </Instances>
      <Instances capacity={capacity} onMesh={(mesh) => (near.current.head = mesh)}>
        <sphereGeometry args={[0.2, 16, 10]} />
        <meshStandardMaterial color="#f1d9c6" roughness={0.7} />
      </Instances>
      <Instances capacity={capacity} onMesh={(mesh) => (near.current.nose = mesh)}>
        <boxGeometry args={[0.22, 0.07, 0.06]} />
        <meshStandardMaterial color="#1e1c22" />
      </Instances>
      <Instances capacity={capacity} onMesh={(mesh) => (far.current.body = mesh)}>
        <capsuleGeometry args={[0.26, 0.9, 1, 6]} />
        <meshStandardMaterial roughness={0.6} />
      </Instances>
      <Instances capacity={capacity} onMesh={(mesh) => (far.current.head = mesh)}>
        <sphereGeometry args={[0.2, 8, 5]} />
        <meshStandardMaterial color="#f1d9c6" roughness={0.7} />
      </Instances>
      {tagged.map((id) => {
        const person = byId.get(id);
        return person ? (
          <NameTag
            key={id}
            name={person.name}
            personId={person.id}
            handUp={person.handRaisedAt > 0}
            follow={() => tracks.current.get(person.id)}
          />
        ) : null;
      })}
    </group>
  );
}

/** One instanced mesh of the crowd, made anew when the crowd outgrows it. */
function Instances({
  capacity,
  onMesh,
  children,
}: {
  capacity: number;
  onMesh: (mesh: InstancedMesh | null) => void;
  children: ReactNode;
}) {
  return (
    <instancedMesh key={capacity} ref={onMesh} args={[undefined, undefined, capacity]} frustumCulled={false}>
      {children}
    </instancedMesh>
  );
}
