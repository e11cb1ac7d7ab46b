// The SoundPath over the room relay: our frames go out through `send` (the caller passes them to
// `room.sendBytes(BYTES_MESSAGE.audio, …)`), and the room's voice packets come in through `receive` (from
// `room.onMessage(BYTES_MESSAGE.voice, …)`), one RelayTalker per talker slot.
import { AUDIO_SAMPLE_RATE, decodeVoicePacket, type SoundMode } from '@prostudio/protocol';
import { RelaySender } from './relay-sender.ts';
import { RelayTalker } from './relay-talker.ts';
import type { SoundPath, TalkerStats } from './sound-path.ts';
import { loadWorklet } from './worklet-modules.ts';

export interface RelayPathOptions {
  /** A talker not heard for this long (ms) is gone: 5 s unless set. */
  silenceMs?: number;
  /** Told of codec and worklet failures (the sound goes on where it can); console.warn unless set. */
  onError?: (error: Error) => void;
}

export class RelayPath implements SoundPath {
  private readonly sender: RelaySender;
  private readonly talkersBySlot = new Map<number, RelayTalker>();
  /** Frames of talkers whose playout is still being set up. */
  private readonly starting = new Map<number, Array<{ packet: Uint8Array; arrivedAt: number }>>();
  private readonly talkerListeners = new Set<(slot: number, node: AudioNode) => void>();
  private readonly goneListeners = new Set<(slot: number) => void>();
  private readonly silenceMs: number;
  private readonly onError: (error: Error) => void;
  private readonly sweep: ReturnType<typeof setInterval>;
  private closed = false;

  /** `context` must run at 48 kHz (venue-audio's does); `send` takes each encoded audio frame. */
  constructor(
    private readonly context: AudioContext,
    send: (frame: Uint8Array) => void,
    options: RelayPathOptions = {},
  ) {
    if (context.sampleRate !== AUDIO_SAMPLE_RATE) {
      throw new Error(
        `RelayPath needs an AudioContext at ${AUDIO_SAMPLE_RATE} Hz, not ${context.sampleRate} Hz.`,
      );
    }
    this.silenceMs = options.silenceMs ?? 5000;
    this.onError = options.onError ?? ((error) => console.warn('sound:', error.message));
    this.sender = new RelaySender(context, send, this.onError);
    this.sweep = setInterval(() => this.forgetSilent(), 1000);
  }

  get publishing(): SoundMode | null {
    return this.sender.mode;
  }

  get sending(): number {
    return this.sender.level;
  }

  get unsent(): number {
    return this.sender.stale;
  }

  publish(stream: MediaStream, mode: SoundMode): Promise<void> {
    if (this.closed) return Promise.reject(new Error('This sound path is closed.'));
    return this.sender.start(stream, mode);
  }

  unpublish(): void {
    this.sender.stop();
  }

  /** Takes in one voice packet from the room (a talker's slot and frame); damaged packets are dropped. */
  receive(packet: Uint8Array, arrivedAt = Date.now()): void {
    if (this.closed) return;
    const result = decodeVoicePacket(packet);
    if (!result.ok) return;
    const talker = this.talkersBySlot.get(result.slot);
    if (talker) {
      talker.receive(result.frame, arrivedAt);
      return;
    }
    // The first frames of a new talker wait (copied: the room may reuse the message) while their playout starts.
    const waiting = this.starting.get(result.slot);
    const early = { packet: packet.slice(), arrivedAt };
    if (waiting) {
      if (waiting.length < 50) waiting.push(early);
      return;
    }
    this.starting.set(result.slot, [early]);
    void this.startTalker(result.slot);
  }

  /** Forgets one talker (they left, or may no longer be heard), or all of them. */
  forget(slot?: number): void {
    const slots = slot === undefined ? [...this.talkersBySlot.keys(), ...this.starting.keys()] : [slot];
    for (const each of slots) {
      this.starting.delete(each);
      const talker = this.talkersBySlot.get(each);
      if (!talker) continue;
      this.talkersBySlot.delete(each);
      talker.close();
      for (const listener of this.goneListeners) listener(each);
    }
  }

  onTalker(listener: (slot: number, node: AudioNode) => void): () => void {
    this.talkerListeners.add(listener);
    for (const [slot, talker] of this.talkersBySlot) listener(slot, talker.node);
    return () => this.talkerListeners.delete(listener);
  }

  onTalkerGone(listener: (slot: number) => void): () => void {
    this.goneListeners.add(listener);
    return () => this.goneListeners.delete(listener);
  }

  talkers(): number[] {
    return [...this.talkersBySlot.keys()];
  }

  lagOf(slot: number): number | null {
    return this.talkersBySlot.get(slot)?.lag() ?? null;
  }

  levelOf(slot: number): number {
    return this.talkersBySlot.get(slot)?.level() ?? 0;
  }

  statsOf(slot: number): TalkerStats | null {
    return this.talkersBySlot.get(slot)?.stats() ?? null;
  }

  close(): void {
    this.closed = true;
    clearInterval(this.sweep);
    this.sender.stop();
    this.forget();
    this.talkerListeners.clear();
    this.goneListeners.clear();
  }

  private async startTalker(slot: number): Promise<void> {
    try {
      await loadWorklet(this.context, 'playout');
    } catch (error) {
      this.starting.delete(slot);
      this.onError(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const packets = this.starting.get(slot);
    this.starting.delete(slot);
    // Forgotten (or closed) while the worklet loaded.
    if (!packets || this.closed) return;
    const talker = new RelayTalker(this.context, this.onError);
    this.talkersBySlot.set(slot, talker);
    for (const listener of this.talkerListeners) listener(slot, talker.node);
    for (const { packet, arrivedAt } of packets) {
      const result = decodeVoicePacket(packet);
      if (result.ok) talker.receive(result.frame, arrivedAt);
    }
  }

  private forgetSilent(): void {
    const now = Date.now();
    for (const [slot, talker] of this.talkersBySlot) {
      if (now - talker.lastHeard > this.silenceMs) this.forget(slot);
    }
  }
}
