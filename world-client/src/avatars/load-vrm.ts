// Loads a VRM avatar (the venue's own, or anyone's: the same loader path) from the venue's assets.
import { type VRM, VRMLoaderPlugin, VRMUtils } from '@pixiv/three-vrm';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export interface AvatarChoice {
  id: string;
  name: string;
  file: string;
  description?: string;
  colours?: { skin?: string; hair?: string; shirt?: string; trousers?: string };
}

/** The avatar chosen by `id`, else the venue's first. */
export function avatarFor(choices: readonly AvatarChoice[], id: string): AvatarChoice | undefined {
  return choices.find((choice) => choice.id === id) ?? choices[0];
}

const loader = new GLTFLoader();
loader.register((parser) => new VRMLoaderPlugin(parser));

let catalogue: Promise<AvatarChoice[]> | null = null;

/** The venue's default avatars (assets/avatars/catalogue.json). */
export function avatarCatalogue(): Promise<AvatarChoice[]> {
  catalogue ??= fetch('/assets/avatars/catalogue.json')
    .then((response) => (response.ok ? (response.json() as Promise<AvatarChoice[]>) : []))
    .catch(() => []);
  return catalogue;
}

/** A fresh instance of the avatar in `file` (each person needs their own skeleton). */
export async function loadVrm(file: string): Promise<VRM> {
  const gltf = await loader.loadAsync(`/assets/avatars/${file}`);
  const vrm = (gltf.userData as { vrm?: VRM }).vrm;
  if (!vrm) throw new Error(`${file} is not a VRM avatar.`);
  VRMUtils.removeUnnecessaryVertices(gltf.scene);
  VRMUtils.combineSkeletons(gltf.scene);
  vrm.scene.traverse((object) => {
    object.frustumCulled = false;
  });
  return vrm;
}
