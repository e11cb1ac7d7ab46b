// The security headers every response carries, computed once (a per-request plugin cost a tenth of the
// catalogue's throughput in the benchmark). The values are those helmet would send, with a content
// security policy for the world client: its own origin only; HTTP and WebSocket to itself; artworks and
// canvas textures from data: and blob: URLs (a glTF model's embedded pictures are fetched through blob:
// URLs the page made itself, as the VR controllers' are); inline style attributes; WebAssembly compiled from the
// venue's own files (motion capture's MediaPipe runtime); video lessons from wherever their instructor hosts
// them (a lesson's videoUrl is any http(s) link; media cannot run script).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: https: http:",
  "connect-src 'self' blob: ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
