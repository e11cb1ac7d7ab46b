// Applies an edit to the song's document, in one transaction (one undo step) tagged with who made it. Every
// reference is checked first: an edit naming a track, clip or note that is not there, or a parameter out of
// its range, is refused whole with a DawError and the song is left as it was.
import * as Y from 'yjs';

import { clampParam, deviceSpec, type DeviceSpec } from './devices.ts';
import { child, children, DEFAULT_MIXER, deviceMap, mapOf, ordered, roots, type YMap } from './doc.ts';
import { DawError, type Operation } from './operations.ts';
import { LIMITS } from './project.ts';
import { samplePcmBytes } from './sample.ts';

/** Applies `op` to `doc` as `origin` (the editing person's undo history tracks its own origin). */
export function applyOperation(doc: Y.Doc, op: Operation, origin: unknown = null): void {
  const edit = plan(doc, op);
  doc.transact(edit, origin);
}

/** Checks `op` against the song and returns the change to make. */
function plan(doc: Y.Doc, op: Operation): () => void {
  const r = roots(doc);
  switch (op.op) {
    case 'song': {
      const { op: _, ...fields } = op;
      return () => setDefined(r.song, fields);
    }
    case 'addTrack': {
      if (r.tracks.has(op.id)) throw new DawError(`There is already a track "${op.id}".`);
      if (r.tracks.size >= LIMITS.tracks) throw new DawError(`A song has at most ${LIMITS.tracks} tracks.`);
      instrumentSpec(op.instrument);
      const order = orderBefore(r.tracks, op.before ?? null);
      return () => {
        const map = mapOf({ name: op.name, color: op.color, order });
        map.set('instrument', deviceMap('instrument', op.instrument));
        map.set('effects', new Y.Map());
        map.set('mixer', mapOf({ ...DEFAULT_MIXER }));
        map.set('clips', new Y.Map());
        map.set('placements', new Y.Map());
        r.tracks.set(op.id, map);
      };
    }
    case 'removeTrack':
      trackOf(r.tracks, op.track);
      return () => r.tracks.delete(op.track);
    case 'setTrack': {
      const map = trackOf(r.tracks, op.track);
      return () => setDefined(map, { name: op.name, color: op.color });
    }
    case 'moveTrack': {
      const map = trackOf(r.tracks, op.track);
      const order = orderBefore(r.tracks, op.before, op.track);
      return () => map.set('order', order);
    }
    case 'mixer': {
      const mixer = required(child(trackOf(r.tracks, op.track), 'mixer'), 'mixer');
      const { op: _, track: __, ...fields } = op;
      return () => setDefined(mixer, fields);
    }
    case 'instrument': {
      const map = trackOf(r.tracks, op.track);
      instrumentSpec(op.type);
      return () => map.set('instrument', deviceMap('instrument', op.type));
    }
    case 'sample': {
      const map = trackOf(r.tracks, op.track);
      if (!op.sample) return () => map.delete('sample');
      const { name, sampleRate } = op.sample;
      const pcm = samplePcmBytes(op.sample.pcm);
      return () => map.set('sample', mapOf({ name, sampleRate, pcm }));
    }
    case 'param': {
      const track = trackOf(r.tracks, op.track);
      const { params, spec, param } = paramAt(track, op.address);
      const value = clampParam(paramSpec(spec, param), op.value);
      return () => params.set(param, value);
    }
    case 'addEffect': {
      const effects = required(child(trackOf(r.tracks, op.track), 'effects'), 'effects');
      if (effects.has(op.id)) throw new DawError(`This track already has an effect "${op.id}".`);
      if (effects.size >= LIMITS.effects)
        throw new DawError(`A track has at most ${LIMITS.effects} effects.`);
      effectSpec(op.type);
      const order = orderBefore(effects, op.before ?? null);
      return () => effects.set(op.id, deviceMap(op.id, op.type, order));
    }
    case 'removeEffect': {
      const effects = required(child(trackOf(r.tracks, op.track), 'effects'), 'effects');
      itemOf(effects, op.effect, 'effect');
      return () => effects.delete(op.effect);
    }
    case 'moveEffect': {
      const effects = required(child(trackOf(r.tracks, op.track), 'effects'), 'effects');
      const effect = itemOf(effects, op.effect, 'effect');
      const order = orderBefore(effects, op.before, op.effect);
      return () => effect.set('order', order);
    }
    case 'addScene': {
      if (r.scenes.has(op.id)) throw new DawError(`There is already a scene "${op.id}".`);
      if (r.scenes.size >= LIMITS.scenes) throw new DawError(`A song has at most ${LIMITS.scenes} scenes.`);
      const order = orderBefore(r.scenes, op.before ?? null);
      return () => r.scenes.set(op.id, mapOf({ name: op.name, order }));
    }
    case 'setScene': {
      const scene = itemOf(r.scenes, op.scene, 'scene');
      return () => scene.set('name', op.name);
    }
    case 'removeScene': {
      itemOf(r.scenes, op.scene, 'scene');
      // Its clips go too, unless the timeline uses them: then they only leave the session view.
      return () => {
        r.scenes.delete(op.scene);
        for (const [, track] of children(r.tracks)) {
          const used = new Set(children(child(track, 'placements')).map(([, p]) => p.get('clip')));
          const clips = child(track, 'clips');
          for (const [clipId, clip] of children(clips)) {
            if (clip.get('scene') !== op.scene) continue;
            if (used.has(clipId)) clip.set('scene', null);
            else clips?.delete(clipId);
          }
        }
      };
    }
    case 'addClip': {
      const clips = required(child(trackOf(r.tracks, op.track), 'clips'), 'clips');
      if (clips.has(op.id)) throw new DawError(`This track already has a clip "${op.id}".`);
      if (clips.size >= LIMITS.clipsPerTrack)
        throw new DawError(`A track has at most ${LIMITS.clipsPerTrack} clips.`);
      if (op.scene !== null) freeSlot(r.scenes, clips, op.scene);
      const notes = op.notes ?? [];
      uniqueIds(notes.map((note) => note.id));
      return () => {
        const clip = mapOf({ name: op.name, length: op.length, scene: op.scene });
        const noteMap = new Y.Map<unknown>();
        for (const { id, ...note } of notes) noteMap.set(id, mapOf(note));
        clip.set('notes', noteMap);
        clip.set('automation', new Y.Map());
        clips.set(op.id, clip);
      };
    }
    case 'setClip': {
      const clips = required(child(trackOf(r.tracks, op.track), 'clips'), 'clips');
      const clip = itemOf(clips, op.clip, 'clip');
      if (op.scene !== undefined && op.scene !== null && op.scene !== clip.get('scene'))
        freeSlot(r.scenes, clips, op.scene);
      return () => setDefined(clip, { name: op.name, length: op.length, scene: op.scene });
    }
    case 'removeClip': {
      const track = trackOf(r.tracks, op.track);
      const clips = required(child(track, 'clips'), 'clips');
      itemOf(clips, op.clip, 'clip');
      const placements = child(track, 'placements');
      return () => {
        clips.delete(op.clip);
        for (const [placementId, placement] of children(placements))
          if (placement.get('clip') === op.clip) placements?.delete(placementId);
      };
    }
    case 'addNotes': {
      const notes = notesOf(r.tracks, op.track, op.clip);
      uniqueIds(op.notes.map((note) => note.id));
      for (const note of op.notes)
        if (notes.has(note.id)) throw new DawError(`This clip already has a note "${note.id}".`);
      if (notes.size + op.notes.length > LIMITS.notesPerClip)
        throw new DawError(`A clip holds at most ${LIMITS.notesPerClip} notes.`);
      return () => {
        for (const { id, ...note } of op.notes) notes.set(id, mapOf(note));
      };
    }
    case 'setNotes': {
      const notes = notesOf(r.tracks, op.track, op.clip);
      const targets = op.notes.map(({ id, ...fields }) => ({ map: itemOf(notes, id, 'note'), fields }));
      return () => {
        for (const { map, fields } of targets) setDefined(map, fields);
      };
    }
    case 'removeNotes': {
      const notes = notesOf(r.tracks, op.track, op.clip);
      for (const noteId of op.ids) itemOf(notes, noteId, 'note');
      return () => {
        for (const noteId of op.ids) notes.delete(noteId);
      };
    }
    case 'automation': {
      const track = trackOf(r.tracks, op.track);
      const clip = itemOf(required(child(track, 'clips'), 'clips'), op.clip, 'clip');
      const lanes = required(child(clip, 'automation'), 'automation');
      const range = addressRange(track, op.address);
      const lane = child(lanes, op.address);
      for (const pointId of op.remove ?? []) itemOf(lane, pointId, 'automation point');
      return () => {
        let points = child(lanes, op.address);
        if (!points) {
          points = new Y.Map();
          lanes.set(op.address, points);
        }
        for (const pointId of op.remove ?? []) points.delete(pointId);
        for (const { id, time, value } of op.set ?? [])
          points.set(id, mapOf({ time, value: Math.min(range.max, Math.max(range.min, value)) }));
      };
    }
    case 'place': {
      const track = trackOf(r.tracks, op.track);
      itemOf(required(child(track, 'clips'), 'clips'), op.clip, 'clip');
      const placements = required(child(track, 'placements'), 'placements');
      if (placements.has(op.id)) throw new DawError(`There is already a placement "${op.id}".`);
      return () => placements.set(op.id, mapOf({ clip: op.clip, start: op.start, length: op.length }));
    }
    case 'setPlacement': {
      const placements = required(child(trackOf(r.tracks, op.track), 'placements'), 'placements');
      const placement = itemOf(placements, op.placement, 'placement');
      return () => setDefined(placement, { start: op.start, length: op.length });
    }
    case 'unplace': {
      const placements = required(child(trackOf(r.tracks, op.track), 'placements'), 'placements');
      itemOf(placements, op.placement, 'placement');
      return () => placements.delete(op.placement);
    }
    case 'bus': {
      const bus = required(child(r.buses, op.bus), `bus ${op.bus}`);
      if (op.type !== undefined) effectSpec(op.type);
      const effect = required(child(bus, 'effect'), 'bus effect');
      let param: { params: YMap; id: string; value: number } | null = null;
      if (op.param !== undefined) {
        if (op.value === undefined) throw new DawError('Say what value to give the parameter.');
        if (op.type !== undefined) throw new DawError('Change the bus effect, then its parameters.');
        const spec = effectSpec(String(effect.get('type')));
        const params = required(child(effect, 'params'), 'parameters');
        param = { params, id: op.param, value: clampParam(paramSpec(spec, op.param), op.value) };
      }
      return () => {
        if (op.volume !== undefined) bus.set('volume', op.volume);
        if (op.type !== undefined) bus.set('effect', deviceMap(`bus${op.bus}`, op.type));
        if (param) param.params.set(param.id, param.value);
      };
    }
  }
}

function setDefined(map: YMap, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
}

function required(map: YMap | undefined, what: string): YMap {
  if (!map) throw new DawError(`This song's ${what} is missing: it may be damaged.`);
  return map;
}

function itemOf(map: YMap | undefined, id: string, what: string): YMap {
  const item = child(map, id);
  if (!item) throw new DawError(`There is no ${what} "${id}" (someone may have just removed it).`);
  return item;
}

function trackOf(tracks: YMap, id: string): YMap {
  return itemOf(tracks, id, 'track');
}

function notesOf(tracks: YMap, trackId: string, clipId: string): YMap {
  const clip = itemOf(required(child(trackOf(tracks, trackId), 'clips'), 'clips'), clipId, 'clip');
  return required(child(clip, 'notes'), 'notes');
}

function uniqueIds(ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw new DawError('Two notes in one edit have the same id.');
}

/** Refuses a scene that does not exist or whose slot on this track is taken. */
function freeSlot(scenes: YMap, clips: YMap, scene: string): void {
  itemOf(scenes, scene, 'scene');
  if (children(clips).some(([, clip]) => clip.get('scene') === scene))
    throw new DawError('That slot already holds a clip: remove or move it first.');
}

function instrumentSpec(type: string): DeviceSpec {
  const spec = deviceSpec(type);
  if (spec?.kind !== 'instrument') throw new DawError(`There is no instrument "${type}".`);
  return spec;
}

function effectSpec(type: string): DeviceSpec {
  const spec = deviceSpec(type);
  if (spec?.kind !== 'effect') throw new DawError(`There is no effect "${type}".`);
  return spec;
}

function paramSpec(spec: DeviceSpec, id: string) {
  const param = spec.params.find((candidate) => candidate.id === id);
  if (!param) throw new DawError(`${spec.label} has no parameter "${id}".`);
  return param;
}

/** The device parameters a device address points at. */
function paramAt(track: YMap, address: string): { params: YMap; spec: DeviceSpec; param: string } {
  const parts = address.split('.');
  const device =
    parts[0] === 'instrument'
      ? child(track, 'instrument')
      : parts[0] === 'fx'
        ? itemOf(child(track, 'effects'), parts[1] ?? '', 'effect')
        : undefined;
  if (!device) throw new DawError(`"${address}" is not a device parameter.`);
  const type = String(device.get('type'));
  const spec = deviceSpec(type);
  if (!spec) throw new DawError(`There is no device "${type}".`);
  return { params: required(child(device, 'params'), 'parameters'), spec, param: parts.at(-1) ?? '' };
}

/** The range an automated address may take. */
function addressRange(track: YMap, address: string): { min: number; max: number } {
  if (address === 'mixer.pan') return { min: -1, max: 1 };
  if (address.startsWith('mixer.')) return { min: -60, max: 6 };
  const { spec, param } = paramAt(track, address);
  return paramSpec(spec, param);
}

/**
 * An order number placing an item just before `before` (or last when null) among `map`'s items, leaving
 * `moving` out of the reckoning (an item moved is not its own neighbour).
 */
function orderBefore(map: YMap, before: string | null, moving?: string): number {
  const items = ordered(map).filter(([itemId]) => itemId !== moving);
  const order = (item: YMap | undefined) => Number(item?.get('order') ?? 0);
  if (before === null) return items.length > 0 ? order(items.at(-1)?.[1]) + 1 : 1;
  const index = items.findIndex(([itemId]) => itemId === before);
  if (index < 0) throw new DawError(`There is nothing "${before}" to put it before.`);
  const next = order(items[index]?.[1]);
  return index === 0 ? next - 1 : (order(items[index - 1]?.[1]) + next) / 2;
}
