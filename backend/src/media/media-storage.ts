// Where uploaded files live. Local disk by default; an S3-compatible store can implement the same interface.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes, or null if there is none under `key`. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

// Keys are made by the server (uuids and a suffix), never taken from a client; still, refuse anything else.
const SAFE_KEY = /^[a-z0-9-]+(\.[a-z0-9]+)?$/;

/** Files in one folder on local disk. */
export class LocalDiskStorage implements MediaStorage {
  /** The folder, absolute (tests look in it to see that a refused upload left nothing behind). */
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.pathOf(key), bytes);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe storage key: ${key}`);
    return path.join(this.dir, key);
  }
}
