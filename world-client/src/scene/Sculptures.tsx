import type { HungArtwork } from '@prostudio/backend/contract';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Box3,
  type Group,
  type Material,
  type Mesh,
  type Object3D,
  PMREMGenerator,
  type Texture,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { fitOnPlinth, PLINTH, type Plinth } from '../layout/place-sculptures.ts';
import { setWorld } from '../state/store.ts';
import { registerSculpture } from './inspect-gallery.ts';
import { type ModelState, modelSettled, settledModel } from './sculpture-models.ts';
import { WorkLabel } from './WorkLabel.tsx';

/** A slow turntable, so a sculpture shows every side to someone standing still (radians a second). */
const TURN_SPEED = 0.15;
/** Asked once; its `matches` follows the setting. */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** The model, scaled and placed on the plinth's top, its materials lit by the room's reflections. */
function standOnPlinth(scene: Object3D, environment: Texture): Object3D {
  const model = scene.clone(true);
  model.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh) return;
    const materials: Material[] = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    for (const material of materials) {
      if ('envMap' in material) {
        material.envMap = environment;
        material.needsUpdate = true;
      }
    }
  });
  const box = new Box3().setFromObject(model);
  const { scale, offset } = fitOnPlinth({ min: box.min.toArray(), max: box.max.toArray() });
  model.scale.multiplyScalar(scale);
  model.position.set(...offset);
  return model;
}

function Sculpture({
  work,
  plinth,
  environment,
}: {
  work: HungArtwork;
  plinth: Plinth;
  environment: Texture;
}) {
  const url = work.modelUrl ?? '';
  const [state, setState] = useState<ModelState | undefined>(() => settledModel(url));
  useEffect(() => {
    let live = true;
    void modelSettled(url).then((settled) => live && setState(settled));
    return () => {
      live = false;
    };
  }, [url]);
  const model = useMemo(
    () => (state && 'scene' in state ? standOnPlinth(state.scene, environment) : null),
    [state, environment],
  );
  const turntable = useRef<Group>(null);
  useEffect(
    () =>
      registerSculpture(work.title, () => ({
        model,
        turntable: turntable.current,
        failed: !!state && 'error' in state,
      })),
    [work.title, model, state],
  );
  useFrame((_, delta) => {
    if (turntable.current && !reducedMotion.matches)
      turntable.current.rotation.y += TURN_SPEED * Math.min(delta, 0.1);
  });
  return (
    <group
      position={[plinth.x, 0, plinth.z]}
      rotation-y={plinth.yaw}
      name={`sculpture:${work.title}`}
      onClick={(event) => {
        // A click on a sculpture (or its plinth) opens it, and does not walk the visitor into it.
        event.stopPropagation();
        setWorld({ selectedWork: work.id });
      }}
    >
      <mesh position={[0, PLINTH.height / 2, 0]}>
        <boxGeometry args={[PLINTH.width, PLINTH.height, PLINTH.width]} />
        <meshStandardMaterial color="#eeebe5" roughness={0.85} />
      </mesh>
      <group ref={turntable}>{model && <primitive object={model} />}</group>
      <WorkLabel work={work} position={[0, 0.8, PLINTH.width / 2 + 0.005]} />
    </group>
  );
}

/** The exhibition's sculptures, each on its plinth with its label on the front, turning slowly. */
export function Sculptures({
  works,
  plinths,
}: {
  works: readonly HungArtwork[];
  plinths: readonly Plinth[];
}) {
  const gl = useThree((state) => state.gl);
  // Metals need something to reflect: a soft studio room, made once for the sculptures only.
  const environment = useMemo(() => {
    const generator = new PMREMGenerator(gl);
    const target = generator.fromScene(new RoomEnvironment(), 0.04);
    generator.dispose();
    return target;
  }, [gl]);
  useEffect(() => () => environment.dispose(), [environment]);
  const byId = useMemo(() => new Map(works.map((work) => [work.id, work])), [works]);
  return (
    <group name="sculptures">
      {plinths.map((plinth) => {
        const work = byId.get(plinth.id);
        return work ? (
          <Sculpture key={plinth.id} work={work} plinth={plinth} environment={environment.texture} />
        ) : null;
      })}
    </group>
  );
}
