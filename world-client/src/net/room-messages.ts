// What a room says to the client besides its state, checked at the boundary and turned into store updates:
// reaction counts become bursts and meter readings, chat lines join the chat, refusals become notices.
import { CHAT_MAX, REACTIONS, type Reaction } from '@prostudio/protocol';
import { z } from 'zod';
import { setWorld, useWorld } from '../state/store.ts';

const countsSchema = z.partialRecord(z.enum(REACTIONS), z.number().int().min(0).max(1_000_000));
const chatSchema = z.object({ from: z.string(), name: z.string().max(64), text: z.string().max(CHAT_MAX) });
const refusedSchema = z.object({ action: z.string(), reason: z.string().max(300) });

const KEEP_LINES = 50;
/** At most this many emojis fly at once, however loud the crowd. */
const MAX_BURSTS = 40;
export const BURST_MS = 2000;
/** The meter sums the last this many ms. */
export const METER_WINDOW_MS = 10_000;

let nextId = 1;

/** Reaction counts from the room: some flying emojis (bounded) and a meter reading. */
export function receiveReactions(data: unknown, now = Date.now()): void {
  const parsed = countsSchema.safeParse(data);
  if (!parsed.success) return;
  const entries = Object.entries(parsed.data) as Array<[Reaction, number]>;
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return;
  const { bursts, meter } = useWorld.getState();
  const fresh = entries.flatMap(([reaction, count]) =>
    Array.from({ length: Math.min(count, 8) }, () => ({ id: nextId++, reaction, lane: Math.random() })),
  );
  setWorld({
    bursts: [...bursts, ...fresh].slice(-MAX_BURSTS),
    meter: [...meter.filter((reading) => now - reading.at < METER_WINDOW_MS), { at: now, count: total }],
  });
  const ids = new Set(fresh.map((burst) => burst.id));
  setTimeout(
    () => setWorld((state) => ({ bursts: state.bursts.filter((burst) => !ids.has(burst.id)) })),
    BURST_MS,
  );
}

/** The meter: reactions in the last METER_WINDOW_MS. */
export function meterTotal(meter: ReadonlyArray<{ at: number; count: number }>, now = Date.now()): number {
  return meter.reduce((sum, reading) => (now - reading.at < METER_WINDOW_MS ? sum + reading.count : sum), 0);
}

/** A chat line from the room. */
export function receiveChat(data: unknown): void {
  const parsed = chatSchema.safeParse(data);
  if (!parsed.success) return;
  setWorld((state) => ({ chat: [...state.chat, { id: nextId++, ...parsed.data }].slice(-KEEP_LINES) }));
}

/** A refusal from the room: shown as a notice that fades. */
export function receiveRefusal(data: unknown): void {
  const parsed = refusedSchema.safeParse(data);
  if (!parsed.success) return;
  setWorld({ notice: parsed.data.reason });
  setTimeout(() => setWorld((state) => (state.notice === parsed.data.reason ? { notice: null } : {})), 4000);
}
