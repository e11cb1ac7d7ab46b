// Sculptures' models (binary glTF), loaded once per URL with real progress. A model that fails to load does
// not keep anyone out of the gallery: its plinth stands with its label, and the failure is kept to report.
import { type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export type ModelState = { readonly scene: Object3D } | { readonly error: string };

const loader = new GLTFLoader();
const models = new Map<string, Promise<ModelState>>();
const settled = new Map<string, ModelState>();

function load(url: string): Promise<ModelState> {
  let model = models.get(url);
  if (!model) {
    model = loader
      .loadAsync(url)
      .then((gltf): ModelState => ({ scene: gltf.scene }))
      .catch((error: unknown): ModelState => {
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(`The sculpture ${url} could not be shown: ${reason}`);
        return { error: reason };
      })
      .then((state) => {
        settled.set(url, state);
        return state;
      });
    models.set(url, model);
  }
  return model;
}

/** Loads every model not yet loaded, reporting (loaded, total) as each one settles. */
export async function preloadModels(
  urls: readonly string[],
  onProgress: (loaded: number, total: number) => void,
): Promise<void> {
  const unique = [...new Set(urls)];
  let loaded = 0;
  onProgress(0, unique.length);
  await Promise.all(
    unique.map((url) =>
      load(url).then(() => {
        loaded += 1;
        onProgress(loaded, unique.length);
      }),
    ),
  );
}

/** The model at `url` once it has settled (loaded or failed), else undefined; starts loading it if needed. */
export function settledModel(url: string): ModelState | undefined {
  if (!models.has(url)) void load(url);
  return settled.get(url);
}

/** Resolves once the model at `url` has settled. */
export function modelSettled(url: string): Promise<ModelState> {
  return load(url);
}
