// One HTTP server, one origin: /matchmake/ requests and every WebSocket upgrade go to the world server
// (Colyseus), everything else to the API and static files (Fastify under NestJS). Colyseus is given a
// server of its own that never listens; this front door hands it the requests that are its.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FrontDoor {
  /** The server that listens. */
  readonly server: Server;
  /** The server Colyseus attaches to. */
  readonly worldServer: Server;
  /** Gives the door the API's request handler (from Fastify's serverFactory). */
  setApiHandler(handler: Handler): void;
}

export function createFrontDoor(): FrontDoor {
  const worldServer = createServer();
  let apiHandler: Handler | undefined;
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/matchmake/')) {
      worldServer.emit('request', request, response);
    } else if (apiHandler) {
      apiHandler(request, response);
    } else {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('Starting up, try again in a moment.');
    }
  });
  server.on('upgrade', (request, socket, head) => worldServer.emit('upgrade', request, socket, head));
  // The WebSocket transport starts its keep-alive pings when its server listens and stops them on close.
  server.on('listening', () => worldServer.emit('listening'));
  server.on('close', () => worldServer.emit('close'));
  return {
    server,
    worldServer,
    setApiHandler(handler) {
      apiHandler = handler;
    },
  };
}
