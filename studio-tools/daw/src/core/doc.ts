// The song as a Yjs document, so several people can edit it at once and every copy ends the same. Everything
// is a map keyed by id (tracks, clips, notes, points), each field its own entry: two people moving different
// notes, or the same note's pitch and length, both win; the same field, the last writer wins. Order (tracks,
// scenes, effects) is a number on each item, tie-broken by id, so concurrent moves cannot duplicate anything.
import * as Y from 'yjs';

import { defaultParams } from './devices.ts';
import { sampleFromBytes } from './sample.ts';
import type {
  AutomationPoint,
  Bus,
  Clip,
  Device,
  Mixer,
  Note,
  Placement,
  Project,
  Scene,
  Song,
  Track,
} from './project.ts';

export type YMap = Y.Map<unknown>;

/** The document's top-level maps. */
export interface DocRoots {
  song: YMap;
  tracks: YMap;
  scenes: YMap;
  buses: YMap;
}

export function roots(doc: Y.Doc): DocRoots {
  return {
    song: doc.getMap('song'),
    tracks: doc.getMap('tracks'),
    scenes: doc.getMap('scenes'),
    buses: doc.getMap('buses'),
  };
}

export const DEFAULT_SONG: Song = {
  name: 'Untitled',
  tempo: 120,
  swing: 0,
  beatsPerBar: 4,
  beatUnit: 4,
  masterVolume: 0,
};

export const DEFAULT_MIXER: Mixer = { volume: 0, pan: 0, mute: false, solo: false, sendA: -60, sendB: -60 };

/** A Y.Map holding `fields` (nested plain objects stay plain: use only for flat records). */
export function mapOf(fields: Record<string, unknown>): YMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export function deviceMap(id: string, type: string, order = 0): YMap {
  const map = mapOf({ id, type, order });
  map.set('params', mapOf(defaultParams(type)));
  return map;
}

/** A new document for a new song: its settings, two scenes, and buses A (reverb) and B (delay). */
export function createProjectDoc(song: Partial<Song> = {}): Y.Doc {
  const doc = new Y.Doc();
  const r = roots(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries({ ...DEFAULT_SONG, ...song })) r.song.set(key, value);
    r.scenes.set('s1', mapOf({ name: 'Scene 1', order: 1 }));
    r.scenes.set('s2', mapOf({ name: 'Scene 2', order: 2 }));
    r.buses.set('A', busMap('busA', 'reverb'));
    r.buses.set('B', busMap('busB', 'delay'));
  });
  return doc;
}

function busMap(id: string, type: string): YMap {
  const map = mapOf({ volume: 0 });
  map.set('effect', deviceMap(id, type));
  return map;
}

// Reading: the document as plain data, in a fixed order, whatever order edits arrived in.

const num = (map: YMap, key: string, fallback = 0): number => {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
};
const str = (map: YMap, key: string, fallback = ''): string => {
  const value = map.get(key);
  return typeof value === 'string' ? value : fallback;
};
const bool = (map: YMap, key: string): boolean => map.get(key) === true;

/** The child maps of `map` with their keys (entries that are not maps are ignored). */
export function children(map: YMap | undefined): Array<[string, YMap]> {
  const out: Array<[string, YMap]> = [];
  map?.forEach((value, key) => {
    if (value instanceof Y.Map) out.push([key, value as YMap]);
  });
  return out;
}

export function child(map: YMap | undefined, key: string): YMap | undefined {
  const value = map?.get(key);
  return value instanceof Y.Map ? (value as YMap) : undefined;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Items ordered by their `order` field, then id. */
export function ordered(map: YMap | undefined): Array<[string, YMap]> {
  return children(map).sort(
    ([ida, a], [idb, b]) => num(a, 'order') - num(b, 'order') || (ida < idb ? -1 : ida > idb ? 1 : 0),
  );
}

function readParams(map: YMap | undefined): Record<string, number> {
  const params: Record<string, number> = {};
  map?.forEach((value, key) => {
    if (typeof value === 'number' && Number.isFinite(value)) params[key] = value;
  });
  return params;
}

function readDevice(map: YMap | undefined, id: string): Device {
  return { id, type: map ? str(map, 'type') : '', params: readParams(child(map, 'params')) };
}

function readNote(id: string, map: YMap): Note {
  return {
    id,
    pitch: num(map, 'pitch', 60),
    start: num(map, 'start'),
    duration: num(map, 'duration', 1),
    velocity: num(map, 'velocity', 0.8),
  };
}

function readClip(id: string, map: YMap): Clip {
  const notes = children(child(map, 'notes'))
    .map(([noteId, note]) => readNote(noteId, note))
    .sort((a, b) => a.start - b.start || a.pitch - b.pitch || byId(a, b));
  const automation: Record<string, AutomationPoint[]> = {};
  for (const [address, lane] of children(child(map, 'automation'))) {
    const points = children(lane)
      .map(([pointId, point]) => ({ id: pointId, time: num(point, 'time'), value: num(point, 'value') }))
      .sort((a, b) => a.time - b.time || byId(a, b));
    if (points.length > 0) automation[address] = points;
  }
  const scene = map.get('scene');
  return {
    id,
    name: str(map, 'name'),
    length: num(map, 'length', 4),
    scene: typeof scene === 'string' ? scene : null,
    notes,
    automation,
  };
}

function readTrack(id: string, map: YMap, scenes: ReadonlySet<string>): Track {
  const mixer = child(map, 'mixer');
  const clips = children(child(map, 'clips'))
    .map(([clipId, clip]) => readClip(clipId, clip))
    .sort(byId);
  // Edits made at once by different people can leave two clips in one slot, a clip in a removed scene or a
  // placement of a removed clip: read, each comes out the same on every copy (the first clip by id keeps
  // the slot; the others, and those of removed scenes, leave the session view; such placements are gone).
  const taken = new Set<string>();
  const settled = clips.map((clip) => {
    if (clip.scene === null) return clip;
    if (!scenes.has(clip.scene) || taken.has(clip.scene)) return { ...clip, scene: null };
    taken.add(clip.scene);
    return clip;
  });
  const clipIds = new Set(clips.map((clip) => clip.id));
  const instrument = child(map, 'instrument');
  const sample = child(map, 'sample');
  const pcm = sample?.get('pcm');
  return {
    id,
    name: str(map, 'name'),
    color: str(map, 'color', '#888888'),
    instrument: readDevice(instrument, instrument ? str(instrument, 'id', 'instrument') : 'instrument'),
    effects: ordered(child(map, 'effects')).map(([effectId, effect]) => readDevice(effect, effectId)),
    mixer: mixer
      ? {
          volume: num(mixer, 'volume'),
          pan: num(mixer, 'pan'),
          mute: bool(mixer, 'mute'),
          solo: bool(mixer, 'solo'),
          sendA: num(mixer, 'sendA', -60),
          sendB: num(mixer, 'sendB', -60),
        }
      : DEFAULT_MIXER,
    clips: settled,
    placements: children(child(map, 'placements'))
      .filter(([, placement]) => clipIds.has(str(placement, 'clip')))
      .map(([placementId, placement]): Placement => ({
        id: placementId,
        clip: str(placement, 'clip'),
        start: num(placement, 'start'),
        length: num(placement, 'length', 4),
      }))
      .sort((a, b) => a.start - b.start || byId(a, b)),
    ...(sample && pcm instanceof Uint8Array
      ? { sample: sampleFromBytes(str(sample, 'name'), num(sample, 'sampleRate', 24_000), pcm) }
      : {}),
  };
}

function readBus(map: YMap | undefined, id: string): Bus {
  return { effect: readDevice(child(map, 'effect'), id), volume: map ? num(map, 'volume') : 0 };
}

/** The whole song as plain data. */
export function readProject(doc: Y.Doc): Project {
  const r = roots(doc);
  const song: Song = {
    name: str(r.song, 'name', DEFAULT_SONG.name),
    tempo: num(r.song, 'tempo', DEFAULT_SONG.tempo),
    swing: num(r.song, 'swing'),
    beatsPerBar: num(r.song, 'beatsPerBar', 4),
    beatUnit: num(r.song, 'beatUnit', 4),
    masterVolume: num(r.song, 'masterVolume'),
  };
  const scenes: Scene[] = ordered(r.scenes).map(([id, scene]) => ({ id, name: str(scene, 'name') }));
  const sceneIds = new Set(scenes.map((scene) => scene.id));
  return {
    song,
    tracks: ordered(r.tracks).map(([id, track]) => readTrack(id, track, sceneIds)),
    scenes,
    buses: [readBus(child(r.buses, 'A'), 'busA'), readBus(child(r.buses, 'B'), 'busB')],
  };
}
