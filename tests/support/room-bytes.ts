// Counts the bytes a page receives from its space room, by message type, on the wire: every WebSocket frame
// the browser receives (Chrome DevTools Protocol), its Colyseus message type read from its first bytes (a
// ROOM_DATA frame names its type as a string, a ROOM_DATA_BYTES frame as a number).
import type { Page } from 'playwright-core';

const ROOM_DATA = 13;
const ROOM_DATA_BYTES = 17;

export interface RoomBytes {
  /** Bytes received so far per message type ("transport", "6", …; "other" for the rest), since the last reset. */
  byType(): Record<string, number>;
  reset(): void;
}

export async function countRoomBytes(page: Page): Promise<RoomBytes> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let counts: Record<string, number> = {};
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    // Binary frames come base64 (opcode 2); text frames as they are.
    const bytes =
      response.opcode === 2 ? Buffer.from(response.payloadData, 'base64') : Buffer.from(response.payloadData);
    const type = messageType(bytes);
    counts[type] = (counts[type] ?? 0) + bytes.byteLength;
  });
  return {
    byType: () => ({ ...counts }),
    reset: () => {
      counts = {};
    },
  };
}

/** The Colyseus message type a frame carries, or "other". */
function messageType(bytes: Buffer): string {
  const code = bytes[0];
  const head = bytes[1];
  if (head === undefined) return 'other';
  // A number type: a msgpack positive fixint.
  if (code === ROOM_DATA_BYTES && head < 0x80) return String(head);
  // A string type: a msgpack fixstr.
  if (code === ROOM_DATA && (head & 0xe0) === 0xa0) return bytes.subarray(2, 2 + (head & 0x1f)).toString();
  if (code === ROOM_DATA && head < 0x80) return String(head);
  return 'other';
}
