// Sends each talker's sound, as it arrives, to whoever hears them: everyone in the room on a stage or in a
// classroom, and in galleries and the lobby the listeners that voice interest picked (the nearest talkers,
// recomputed every pose tick). The room checked who may be heard; the frames go out as sent, never decoded.
import { encodeVoicePacket } from '@prostudio/protocol';
import { type Place, voiceAudiences } from '../interest/voice-interest.ts';

export interface Listener extends Place {
  hear(packet: Uint8Array): void;
}

/** A talker is one who sent a frame this recently (ms); after that they are silent. */
const TALKING_MS = 1000;

export class VoiceRelay {
  private readonly spatial: boolean;
  /** When each talker's last frame came (the room's clock). */
  private readonly lastFrameAt = new Map<number, number>();
  /** Spatial spaces: who hears each talker, as of the last tick. */
  private audiences = new Map<number, Set<number>>();

  constructor(spatial: boolean) {
    this.spatial = spatial;
  }

  /** Sends a talker's frame at once to whoever hears them; returns the bytes sent. */
  forward(
    slot: number,
    frame: Uint8Array,
    listeners: readonly Listener[],
    now: number,
    placeOf: (slot: number) => { x: number; z: number } | undefined,
  ): number {
    const newTalker = !this.talking(slot, now);
    this.lastFrameAt.set(slot, now);
    // Someone who starts talking is placed among the talkers now, not at the next tick.
    if (this.spatial && newTalker) this.refresh(listeners, now, placeOf);
    const audience = this.spatial ? this.audiences.get(slot) : undefined;
    const packet = encodeVoicePacket(slot, frame);
    let sent = 0;
    for (const listener of listeners) {
      if (listener.slot === slot || (audience && !audience.has(listener.slot))) continue;
      listener.hear(packet);
      sent += packet.byteLength;
    }
    return sent;
  }

  /** Recomputes who hears whom from where everyone stands now (spatial spaces; each pose tick). */
  refresh(
    listeners: readonly Place[],
    now: number,
    placeOf: (slot: number) => { x: number; z: number } | undefined,
  ): void {
    if (!this.spatial) return;
    const talkers: Place[] = [];
    for (const slot of this.lastFrameAt.keys()) {
      const place = placeOf(slot);
      if (this.talking(slot, now) && place) talkers.push({ slot, ...place });
      else if (!this.talking(slot, now)) this.lastFrameAt.delete(slot);
    }
    this.audiences = voiceAudiences(talkers, listeners);
  }

  remove(slot: number): void {
    this.lastFrameAt.delete(slot);
    this.audiences.delete(slot);
  }

  private talking(slot: number, now: number): boolean {
    const last = this.lastFrameAt.get(slot);
    return last !== undefined && now - last < TALKING_MS;
  }
}
