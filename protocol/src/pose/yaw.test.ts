import { describe, expect, it } from 'vitest';
import { yawOf } from './yaw.ts';

const aboutY = (angle: number) => [0, Math.sin(angle / 2), 0, Math.cos(angle / 2)];

describe('yawOf', () => {
  it('reads back a pure turn', () => {
    for (const angle of [0, 0.5, -1.2, 3]) expect(yawOf(aboutY(angle))).toBeCloseTo(angle, 9);
  });

  it('ignores a nod (pitch) on top of the turn', () => {
    const yaw = 0.7;
    const pitch = 0.4;
    // q = yaw about y, then pitch about x (YXZ order).
    const [cy, sy, cp, sp] = [Math.cos(yaw / 2), Math.sin(yaw / 2), Math.cos(pitch / 2), Math.sin(pitch / 2)];
    expect(yawOf([cy * sp, sy * cp, -sy * sp, cy * cp])).toBeCloseTo(yaw, 9);
  });
});
