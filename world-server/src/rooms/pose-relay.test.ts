import { describe, expect, it } from 'vitest';
import { decodePoseBatch, encodePose, restPose, PRECISION } from '@prostudio/protocol';
import { PoseRelay } from './pose-relay.ts';

/** A viewer standing at x that records which slots each batch it receives carries. */
function viewer(slot: number, x: number) {
  const batches: number[][] = [];
  return {
    slot,
    x,
    z: 0,
    batches,
    send(batch: Uint8Array) {
      const result = decodePoseBatch(batch);
      if (!result.ok) throw new Error(result.error);
      batches.push(result.poses.map((pose) => pose.slot));
    },
  };
}

function accept(relay: PoseRelay, slot: number, x: number, performer: boolean) {
  const frame = { ...restPose([x, 0, 0]), sequence: 1 };
  relay.accept(slot, encodePose(frame, PRECISION.high), frame, performer);
}

describe('pose relay', () => {
  it("sends a performer's frame to everyone else at once, and not again at the tick", () => {
    const relay = new PoseRelay();
    const viewers = [viewer(1, 0), viewer(2, 1), viewer(3, 2)];
    accept(relay, 1, 0, true);
    expect(relay.rush(1, viewers)).toBeGreaterThan(0);
    expect(viewers.map((v) => v.batches)).toEqual([[], [[1]], [[1]]]);
    relay.tick(viewers, (slot) => viewers.find((v) => v.slot === slot));
    expect(viewers.map((v) => v.batches)).toEqual([[], [[1]], [[1]]]);
  });

  it('leaves everyone else to the tick', () => {
    const relay = new PoseRelay();
    const viewers = [viewer(1, 0), viewer(2, 1)];
    accept(relay, 1, 0, false);
    expect(relay.rush(1, viewers)).toBe(0);
    expect(viewers[1]!.batches).toEqual([]);
    relay.tick(viewers, (slot) => viewers.find((v) => v.slot === slot));
    expect(viewers[1]!.batches).toEqual([[1]]);
  });
});
