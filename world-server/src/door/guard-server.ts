// Puts the matchmake gate in front of whatever answers an HTTP server's requests (Colyseus's router and its
// body reader), and takes CORS away from Colyseus, whose default echoes any origin with credentials allowed.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import type { MatchmakeGate } from './matchmake-gate.ts';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

const MATCHMAKE_PREFIX = '/matchmake/';

/** Routes every request of `server` through `gate` first; call after Colyseus has bound its routes. */
export function guardServer(server: Server, gate: MatchmakeGate, now: () => number = Date.now): void {
  const colyseusCors: Record<string, string> = matchMaker.controller.DEFAULT_CORS_HEADERS;
  for (const name of Object.keys(colyseusCors)) delete colyseusCors[name];
  matchMaker.controller.getCorsHeaders = () => ({});
  const listeners = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(MATCHMAKE_PREFIX)) {
      const verdict = gate.judge(
        {
          method: request.method ?? 'GET',
          path,
          headers: request.headers,
          address: request.socket.remoteAddress ?? '',
        },
        now(),
      );
      if (!verdict.pass) {
        // The shape Colyseus gives its own refusals, so the SDK shows the message. The body, unread, is
        // not waited for: the connection closes once this is sent.
        response
          .writeHead(verdict.status, {
            ...verdict.headers,
            'content-type': 'application/json',
            connection: 'close',
          })
          .end(JSON.stringify({ code: verdict.status, error: verdict.message }));
        return;
      }
      if (request.method === 'OPTIONS') {
        response.writeHead(204, verdict.cors).end();
        return;
      }
      for (const [name, value] of Object.entries(verdict.cors)) response.setHeader(name, value);
    }
    for (const listener of listeners) listener.call(server, request, response);
  });
}
