// Holds each sender's latest pose and, once per tick, gives every viewer the poses interest management
// picks for it. Re-encodings at lower precision are made once per sender per tick, only when needed.
import { type Candidate, type InterestRules, DEFAULT_RULES, InterestIndex } from '../interest/interest.ts';
import { encodePoseBatch, encodePose, type PoseFrame, type Precision } from '@prostudio/protocol';

interface Latest {
  bytes: Uint8Array;
  frame: PoseFrame;
  performer: boolean;
  fresh: boolean;
  reduced: Map<Precision, Uint8Array>;
}

export interface Viewer {
  readonly slot: number;
  readonly x: number;
  readonly z: number;
  send(batch: Uint8Array): void;
}

export class PoseRelay {
  private readonly latest = new Map<number, Latest>();
  private tickCount = 0;

  private readonly rules: InterestRules;

  constructor(rules: InterestRules = DEFAULT_RULES) {
    this.rules = rules;
  }

  /** Keeps a sender's newest frame (already validated), to go out at the next tick. */
  accept(slot: number, bytes: Uint8Array, frame: PoseFrame, performer: boolean): void {
    this.latest.set(slot, { bytes, frame, performer, fresh: true, reduced: new Map() });
  }

  /**
   * Sends a performer's fresh frame to every other viewer now, as sent, instead of at the next tick: a
   * performance is watched for its timing, and waiting for the tick would add up to a tick (50 ms) to
   * every frame and drop a third of a 30 Hz stream. The tick then skips the frame. Returns bytes sent.
   */
  rush(slot: number, viewers: Iterable<Pick<Viewer, 'slot' | 'send'>>): number {
    const latest = this.latest.get(slot);
    if (!latest?.fresh || !latest.performer) return 0;
    const batch = encodePoseBatch([{ slot, bytes: latest.bytes }]);
    let sent = 0;
    for (const viewer of viewers) {
      if (viewer.slot === slot) continue;
      viewer.send(batch);
      sent += batch.byteLength;
    }
    latest.fresh = false;
    return sent;
  }

  /** Where a sender's latest pose stands, if they have sent one. */
  positionOf(slot: number): { x: number; z: number } | undefined {
    const latest = this.latest.get(slot);
    return latest ? { x: latest.frame.position[0], z: latest.frame.position[2] } : undefined;
  }

  remove(slot: number): void {
    this.latest.delete(slot);
  }

  /** Sends each viewer its batch of fresh poses; returns the bytes sent, for metrics. */
  tick(
    viewers: Iterable<Viewer>,
    positionOf: (slot: number) => { x: number; z: number } | undefined,
  ): number {
    const tick = this.tickCount++;
    const candidates: Candidate[] = [];
    for (const [slot, latest] of this.latest) {
      if (!latest.fresh) continue;
      const place = positionOf(slot);
      if (!place) continue;
      candidates.push({
        slot,
        x: place.x,
        z: place.z,
        performer: latest.performer,
        fullBytes: latest.bytes.byteLength,
      });
    }
    let sent = 0;
    if (candidates.length > 0) {
      const index = new InterestIndex(candidates, this.rules);
      for (const viewer of viewers) {
        const deliveries = index.select(viewer, tick);
        if (deliveries.length === 0) continue;
        const batch = encodePoseBatch(
          deliveries.map(({ slot, precision }) => ({ slot, bytes: this.bytesFor(slot, precision) })),
        );
        viewer.send(batch);
        sent += batch.byteLength;
      }
    }
    for (const latest of this.latest.values()) {
      latest.fresh = false;
      latest.reduced.clear();
    }
    return sent;
  }

  private bytesFor(slot: number, precision: Precision | null): Uint8Array {
    const latest = this.latest.get(slot);
    if (!latest) return new Uint8Array();
    if (precision === null) return latest.bytes;
    let bytes = latest.reduced.get(precision);
    if (!bytes) {
      // Others see the body; hands and face are for those close enough to be sent in full.
      bytes = encodePose({ ...latest.frame, hands: null, face: null }, precision);
      latest.reduced.set(precision, bytes);
    }
    return bytes;
  }
}
