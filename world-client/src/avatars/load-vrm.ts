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
/** Each avatar file's bytes, fetched once: people come near and go, and each needs a fresh copy. */
const files = new Map<string, Promise<ArrayBuffer>>();

/** The venue's default avatars (assets/avatars/catalogue.json). */
export function avatarCatalogue(): Promise<AvatarChoice[]> {
  catalogue ??= fetch('/assets/avatars/catalogue.json')
    .then((response) => (response.ok ? (response.json() as Promise<AvatarChoice[]>) : []))
    .catch(() => []);
  return catalogue;
}

/** A fresh instance of the avatar in `file` (each person needs their own skeleton), parsed from its bytes. */
export async function loadVrm(file: string): Promise<VRM> {
  let bytes = files.get(file);
  if (!bytes) {
    bytes = fetch(`/assets/avatars/${file}`).then((response) => {
      if (!response.ok) throw new Error(`${file} could not load (${response.status}).`);
      return response.arrayBuffer();
    });
    // A failed fetch is not kept: the next person tries again.
    bytes.catch(() => files.delete(file));
    files.set(file, bytes);
  }
  const gltf = await loader.parseAsync(await bytes, '/assets/avatars/');
  const vrm = (gltf.userData as { vrm?: VRM }).vrm;
  if (!vrm) throw new Error(`${file} is not a VRM avatar.`);
  VRMUtils.removeUnnecessaryVertices(gltf.scene);
  VRMUtils.combineSkeletons(gltf.scene);
  vrm.scene.traverse((object) => {
    object.frustumCulled = false;
  });
  return vrm;
}
