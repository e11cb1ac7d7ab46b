// Test support: loads a .vrm in Node the way the world client loads users' files — GLTFLoader with
// @pixiv/three-vrm's VRMLoaderPlugin — and reads skinned vertex positions back.

import { VRMLoaderPlugin } from '@pixiv/three-vrm';
import { type Group, type Object3D, type SkinnedMesh, Vector3 } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

import type { HumanBoneName } from './skeleton.ts';

/** The parts of three-vrm's VRM these tests use. three-vrm's own .d.ts files import each other without file
 * extensions, which the `nodenext` resolution of this folder's tsconfig cannot follow, so its types come out as
 * `any` here; this spells out what we rely on instead. */
export interface LoadedVrm {
  scene: Group;
  meta: { metaVersion: string } & Record<string, unknown>;
  humanoid: {
    getRawBoneNode(name: HumanBoneName): Object3D | null;
    getNormalizedBoneNode(name: HumanBoneName): Object3D | null;
    resetNormalizedPose(): void;
  };
  expressionManager?: {
    getExpression(name: string): object | null;
    setValue(name: string, weight: number): void;
    resetValues(): void;
    update(): void;
    presetExpressionMap: Record<string, unknown>;
    customExpressionMap: Record<string, unknown>;
  };
  lookAt?: {
    yaw: number;
    pitch: number;
    applier: { constructor: { type?: string } };
    update(delta: number): void;
    reset(): void;
  };
  update(delta: number): void;
}

export async function loadVrm(bytes: Uint8Array): Promise<LoadedVrm> {
  const loader = new GLTFLoader();
  loader.register((parser) => new VRMLoaderPlugin(parser));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await loader.parseAsync(buffer, '');
  const vrm = (gltf.userData as { vrm?: LoadedVrm }).vrm;
  if (vrm === undefined) throw new Error('not a VRM: VRMLoaderPlugin found no VRM extension');
  return vrm;
}

export function findMesh(vrm: LoadedVrm, name: string): SkinnedMesh {
  let found: SkinnedMesh | undefined;
  vrm.scene.traverse((object) => {
    if ((object as SkinnedMesh).isSkinnedMesh && object.name === name) found = object as SkinnedMesh;
  });
  if (found === undefined) throw new Error(`no skinned mesh named ${name}`);
  return found;
}

/** Model-space positions of a skinned mesh's vertices with its current morph target weights, in the
 * skeleton's current pose (what the GPU would draw; the meshes sit at the model origin). */
export function skinnedPositions(mesh: SkinnedMesh): Vector3[] {
  mesh.updateMatrixWorld(true);
  const count = mesh.geometry.getAttribute('position').count;
  return Array.from({ length: count }, (_, i) => mesh.getVertexPosition(i, new Vector3()));
}
