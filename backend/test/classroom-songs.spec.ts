// A classroom's song kept between sessions: the world server hands it over when its room closes (or the
// class pauses), and gets it back when the class comes in again; a space that is not a classroom keeps none.
import { describe, expect, it } from 'vitest';
import { classroomSongStore } from '../src/api.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

describe("a classroom's song", () => {
  it('is kept, replaced by a newer one, and given back', async () => {
    const store = classroomSongStore(api.app);
    expect(await store.load('studio-classroom')).toBeNull();
    await store.save('studio-classroom', Uint8Array.of(1, 2, 3));
    await store.save('studio-classroom', Uint8Array.of(4, 5, 6, 7));
    expect(await store.load('studio-classroom')).toEqual(Uint8Array.of(4, 5, 6, 7));
  });

  it('is not kept for a space that is not a classroom, nor for none', async () => {
    const store = classroomSongStore(api.app);
    await store.save('main-stage', Uint8Array.of(1));
    await store.save('no-such-space', Uint8Array.of(1));
    expect(await store.load('main-stage')).toBeNull();
    expect(await store.load('no-such-space')).toBeNull();
  });
});
