import { type Client, Room, ServerError, validate } from '@colyseus/core';
import { LAYOUTS, type SpaceKind } from '../shared/layouts.ts';
import { acceptMove } from '../shared/movement-rules.ts';
import { joinOptionsSchema, moveMessageSchema, type MoveMessage } from '../shared/protocol.ts';
import { normalizeDisplayName } from '../shared/display-name.ts';
import { Person, SpaceState } from './space-state.ts';

/** Close code sent to a client that was dropped for what it sent. */
export const CLOSE_MISBEHAVED = 4400;

/**
 * The core every space room shares: joining with a display name, walking (checked against the layout and
 * walking speed), and leaving. Each kind of space is a subclass that names its kind.
 */
export abstract class SpaceRoom extends Room<{ state: SpaceState }> {
  protected abstract readonly kind: SpaceKind;

  override maxClients = 500;
  // Far above an honest client's rate (moves at 15 Hz plus pings); a flood closes that client alone.
  override maxMessagesPerSecond = 60;
  override state = new SpaceState();

  private readonly lastMoveAt = new Map<string, number>();

  override messages = {
    move: validate(moveMessageSchema, (client: Client, message: MoveMessage) => this.move(client, message)),
    // Any message type this room does not know is a client bug or an attack: drop that client only.
    '*': (client: Client, type: string | number) => {
      client.leave(CLOSE_MISBEHAVED, `unknown message type "${String(type)}"`);
    },
  };

  override onCreate(options: unknown): void {
    const { space } = joinOptionsSchema.pick({ space: true }).parse(options);
    this.state.space = space;
    this.state.kind = this.kind;
    this.setMetadata({ space });
  }

  override onAuth(_client: Client, options: unknown): { name: string } {
    const parsed = joinOptionsSchema.safeParse(options);
    if (!parsed.success)
      throw new ServerError(400, `Bad join options: ${parsed.error.issues[0]?.message ?? ''}`);
    const name = normalizeDisplayName(parsed.data.name);
    if (!name.ok) throw new ServerError(400, name.reason);
    return { name: name.name };
  }

  override onJoin(client: Client, _options: unknown, auth: { name: string }): void {
    const { spawn } = LAYOUTS[this.kind];
    // Spread arrivals along the entrance so newcomers do not stand inside each other.
    const offset = ((this.clients.length % 7) - 3) * 0.9;
    this.state.people.set(
      client.sessionId,
      new Person({ name: auth.name, x: spawn.x + offset, z: spawn.z, yaw: spawn.yaw }),
    );
    this.lastMoveAt.set(client.sessionId, this.clock.currentTime);
  }

  override onLeave(client: Client): void {
    this.state.people.delete(client.sessionId);
    this.lastMoveAt.delete(client.sessionId);
  }

  private move(client: Client, message: MoveMessage): void {
    const person = this.state.people.get(client.sessionId);
    if (!person) return;
    const now = this.clock.currentTime;
    const elapsed = (now - (this.lastMoveAt.get(client.sessionId) ?? now)) / 1000;
    const next = acceptMove(person, message, elapsed, LAYOUTS[this.kind].bounds);
    this.lastMoveAt.set(client.sessionId, now);
    person.x = next.x;
    person.z = next.z;
    person.yaw = next.yaw;
  }
}
