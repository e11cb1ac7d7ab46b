import { LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { crosses } from '../movement/obstacles.ts';
import { classroomSeats, nearestFreeSeat, seatAt, seatObstacles } from './classroom-seats.ts';

const { bounds, spawn, instructorSpot } = LAYOUTS.classroom;
const seats = classroomSeats(bounds);

describe('the classroom’s seats', () => {
  it('are rows facing the board, each named by row and place', () => {
    expect(seats).toHaveLength(24);
    expect(new Set(seats.map((seat) => seat.id)).size).toBe(24);
    expect(seats[0]?.id).toBe('seat-1-1');
    expect(seats.every((seat) => seat.yaw === 0)).toBe(true);
  });

  it('stand between the instructor and the door, inside the walls, with a walkable aisle', () => {
    for (const seat of seats) {
      expect(seat.z).toBeGreaterThan((instructorSpot?.z ?? 0) + 1.5);
      expect(seat.z).toBeLessThan(spawn.z - 1);
      expect(seat.x).toBeGreaterThan(bounds.minX + 1);
      expect(seat.x).toBeLessThan(bounds.maxX - 1);
    }
    // Straight down the aisle from the door to the board, nothing is in the way.
    const obstacles = seatObstacles(seats);
    expect(obstacles.some((o) => crosses(spawn, { x: 0, z: bounds.minZ + 1 }, o))).toBe(false);
  });

  it('leave out the seat being sat in from what walking goes around', () => {
    expect(seatObstacles(seats, 'seat-2-3')).toHaveLength(23);
  });

  it('offers the nearest seat nobody is in', () => {
    const front = seats[0];
    if (!front) throw new Error('no seats');
    expect(nearestFreeSeat(seats, front, [])).toBe(front);
    const taken = nearestFreeSeat(seats, front, [{ x: front.x, z: front.z }]);
    expect(taken).not.toBe(front);
    expect(Math.hypot((taken?.x ?? 0) - front.x, (taken?.z ?? 0) - front.z)).toBeCloseTo(1.4, 6);
    expect(nearestFreeSeat([], front, [])).toBeNull();
  });

  it('tells who is sitting: someone at a seat’s very centre', () => {
    const seat = seats[5];
    if (!seat) throw new Error('no seats');
    expect(seatAt(seats, { x: seat.x + 0.01, z: seat.z })).toBe(seat);
    expect(seatAt(seats, { x: seat.x + 0.5, z: seat.z })).toBeNull();
  });
});
