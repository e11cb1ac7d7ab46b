// Links the instances of one show: every stage room of a space subscribes to the show's channel on the
// room presence (in-process, or Redis across processes) and hears the performer's poses, sound and live
// set, the stage controls and the audience's reactions from all the others. What arrives is checked like every input.
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import {
  LIVE_SONG_MAX_BYTES,
  liveNoteMessageSchema,
  REACTIONS,
  transportMessageSchema,
  type LiveNoteMessage,
  type TransportMessage,
} from '@prostudio/protocol';

const showMessageSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('pose'),
    from: z.string(),
    sub: z.string().max(64),
    name: z.string().max(64),
    frame: z.string().max(4096),
  }),
  z.object({
    t: z.literal('audio'),
    from: z.string(),
    sub: z.string().max(64),
    name: z.string().max(64),
    // An audio frame, base64: at most 8 + 1275 bytes.
    frame: z.string().max(1712),
  }),
  z.object({
    t: z.literal('stage'),
    from: z.string(),
    lights: z.string().max(32),
    screen: z.string().max(200),
    cue: z.number().int().min(0).max(999),
    runningOrder: z.array(z.string().max(100)).max(50),
  }),
  z.object({
    t: z.literal('reactions'),
    from: z.string(),
    counts: z.partialRecord(z.enum(REACTIONS), z.number().int().min(0).max(1_000_000)),
  }),
  z.object({ t: z.literal('left'), from: z.string(), sub: z.string().max(64) }),
  // A live set: an update of its song (base64), for every room or one (`to`, a room that asked for it).
  z.object({
    t: z.literal('song'),
    from: z.string(),
    to: z.string().optional(),
    replace: z.boolean(),
    update: z.string().max(Math.ceil(LIVE_SONG_MAX_BYTES / 3) * 4),
  }),
  z.object({ t: z.literal('transport'), from: z.string(), transport: transportMessageSchema }),
  z.object({ t: z.literal('note'), from: z.string(), note: liveNoteMessageSchema }),
  // A room just made asks the others for the set's song and transport.
  z.object({ t: z.literal('songWanted'), from: z.string() }),
]);
export type ShowMessage = z.infer<typeof showMessageSchema>;

/** Sends to and hears from the other instances of a show. */
export class ShowLink {
  private readonly channel: string;
  private readonly listener: (data: unknown) => void;
  private readonly presence: Presence;
  private readonly roomId: string;

  /** `onMessage` hears every instance's messages, this one's included (`from` tells which). */
  constructor(presence: Presence, space: string, roomId: string, onMessage: (message: ShowMessage) => void) {
    this.presence = presence;
    this.roomId = roomId;
    this.channel = `show:${space}`;
    this.listener = (data: unknown) => {
      const parsed = showMessageSchema.safeParse(data);
      if (parsed.success) onMessage(parsed.data);
    };
  }

  async open(): Promise<void> {
    await this.presence.subscribe(this.channel, this.listener);
  }

  close(): void {
    this.presence.unsubscribe(this.channel, this.listener);
  }

  /** Shares a performer's pose frame with the other instances. */
  pose(sub: string, name: string, frame: Uint8Array): void {
    this.send({ t: 'pose', sub, name, frame: Buffer.from(frame).toString('base64') });
  }

  /** Shares a performer's audio frame with the other instances. */
  audio(sub: string, name: string, frame: Uint8Array): void {
    this.send({ t: 'audio', sub, name, frame: Buffer.from(frame).toString('base64') });
  }

  stage(controls: { lights: string; screen: string; cue: number; runningOrder: string[] }): void {
    this.send({ t: 'stage', ...controls });
  }

  reactions(counts: Partial<Record<(typeof REACTIONS)[number], number>>): void {
    this.send({ t: 'reactions', counts });
  }

  left(sub: string): void {
    this.send({ t: 'left', sub });
  }

  /**
   * Shares a live set's song update (`replace`: a whole new song), with every other room or with the room
   * `to` only.
   */
  song(update: Uint8Array, replace: boolean, to?: string): void {
    const base64 = Buffer.from(update).toString('base64');
    this.send({ t: 'song', update: base64, replace, ...(to ? { to } : {}) });
  }

  transport(transport: TransportMessage): void {
    this.send({ t: 'transport', transport });
  }

  note(note: LiveNoteMessage): void {
    this.send({ t: 'note', note });
  }

  /** Asks the other rooms of the show for the live set so far (a room just opened). */
  wantSong(): void {
    this.send({ t: 'songWanted' });
  }

  private send(message: DistributiveOmit<ShowMessage, 'from'>): void {
    this.presence.publish(this.channel, { ...message, from: this.roomId });
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
