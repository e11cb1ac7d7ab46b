// Artwork textures, loaded once per URL with real progress, and kept for the scene to use.
import { LoadingManager, SRGBColorSpace, type Texture, TextureLoader } from 'three';

const cache = new Map<string, Texture>();

/** Loads every URL not yet loaded, reporting (loaded, total) as each one arrives; rejects naming a failed URL. */
export function preloadTextures(
  urls: readonly string[],
  onProgress: (loaded: number, total: number) => void,
): Promise<void> {
  const missing = [...new Set(urls)].filter((url) => !cache.has(url));
  if (missing.length === 0) {
    onProgress(urls.length, urls.length);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const manager = new LoadingManager();
    manager.onProgress = (_url, loaded, total) => onProgress(loaded, total);
    manager.onLoad = () => resolve();
    manager.onError = (url) => reject(new Error(`Could not load the image ${url}.`));
    const loader = new TextureLoader(manager);
    for (const url of missing) {
      loader.load(url, (texture) => {
        texture.colorSpace = SRGBColorSpace;
        texture.anisotropy = 4;
        cache.set(url, texture);
      });
    }
  });
}

/** A texture loaded earlier by preloadTextures. */
export function loadedTexture(url: string): Texture | undefined {
  return cache.get(url);
}
