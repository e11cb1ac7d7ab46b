// A small page that renders the project's avatar in given poses and runs MediaPipe on what it rendered:
// the ground truth for the capture accuracy bench and the fake camera's film. Served from the installed
// packages (three, three-vrm, tasks-vision), the built capture models and the avatars; nothing else.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MODULES = path.join(ROOT, 'node_modules');
// Capture's own MediaPipe (1.1.x): another package pulls an older one into the root node_modules.
const TASKS_VISION = path.dirname(
  createRequire(path.join(ROOT, 'capture', 'package.json')).resolve('@mediapipe/tasks-vision'),
);

const ROUTES: readonly (readonly [string, string])[] = [
  ['/modules/three/', path.join(MODULES, 'three')],
  ['/modules/three-vrm/', path.join(MODULES, '@pixiv', 'three-vrm', 'lib')],
  ['/modules/tasks-vision/', TASKS_VISION],
  ['/capture/models/', path.join(ROOT, 'capture', 'dist', 'models')],
  ['/avatars/', path.join(ROOT, 'assets', 'avatars')],
];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.html': 'text/html',
};

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Avatar lab</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; connect-src 'self'">
<script type="importmap">${JSON.stringify({
  imports: {
    three: '/modules/three/build/three.module.js',
    'three/addons/': '/modules/three/examples/jsm/',
    '@pixiv/three-vrm': '/modules/three-vrm/three-vrm.module.js',
    '@mediapipe/tasks-vision': '/modules/tasks-vision/vision_bundle.mjs',
  },
})}</script>
<style>body{margin:0;background:#222}</style></head>
<body><script type="module" src="/lab.js"></script></body></html>`;

export interface AvatarLab {
  readonly url: string;
  close(): Promise<void>;
}

export async function startAvatarLab(): Promise<AvatarLab> {
  const labSource = stripTypeScriptTypes(
    await readFile(fileURLToPath(new URL('./lab.ts', import.meta.url)), 'utf8'),
  );
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://lab');
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (url.pathname === '/') return send(200, 'text/html', PAGE);
    if (url.pathname === '/lab.js') return send(200, 'text/javascript', labSource);
    const route = ROUTES.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!route) return send(404, 'text/plain', 'not found');
    const file = path.join(route[1], decodeURIComponent(url.pathname.slice(route[0].length)));
    if (!file.startsWith(route[1])) return send(403, 'text/plain', 'no');
    readFile(file).then(
      (body) => send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
