import { encodePose, encodePoseBatch, restPose } from '@prostudio/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPoses, receivePoseBatch, streamLatency } from './remote-poses.ts';

const SLOT = 3;
/** A batch holding one frame of the sender in `SLOT`, stamped with the sender's clock `time`. */
function batchAt(time: number, sequence: number): Uint8Array {
  const frame = restPose([0, 0.95, 0]);
  frame.time = time >>> 0;
  frame.sequence = sequence;
  return encodePoseBatch([{ slot: SLOT, bytes: encodePose(frame) }]);
}

describe('remote poses', () => {
  afterEach(() => {
    forgetPoses();
    vi.useRealTimers();
  });

  it('dates each new frame on arrival, and not the keepalive that repeats it', () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
    receivePoseBatch(batchAt(1_000_000 - 40, 1), 0);
    expect(streamLatency(SLOT)?.arrival).toBe(40);
    // Half a second later the sender, with nothing new, resends its last frame to stay present.
    vi.setSystemTime(1_000_500);
    receivePoseBatch(batchAt(1_000_000 - 40, 2), 500);
    expect(streamLatency(SLOT)?.arrival).toBe(40);
    receivePoseBatch(batchAt(1_000_500 - 50, 3), 500);
    expect(streamLatency(SLOT)?.arrival).toBe(50);
  });

  it('keeps no stream from a damaged batch', () => {
    receivePoseBatch(new Uint8Array([1, 2, 3]), 0);
    expect(streamLatency(SLOT)).toBeNull();
  });
});
