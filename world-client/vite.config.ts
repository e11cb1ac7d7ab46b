import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import wasm from 'vite-plugin-wasm';

// In development (`npm run dev -w world-client`), API and world-server traffic goes to a running `npm start`.
const productUrl = process.env.PROSTUDIO_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  // ebur128-wasm (the DAW's loudness meter) is a wasm-bindgen module imported as ES modules; it runs in the
  // mastering worker.
  plugins: [react(), wasm()],
  worker: { format: 'es', plugins: () => [wasm()] },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // ffmpeg.wasm starts its own worker from its package (new URL(…, import.meta.url)): left unbundled in dev.
  optimizeDeps: { exclude: ['@ffmpeg/ffmpeg', '@ffmpeg/util'] },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: {
      '/api': productUrl,
      '/assets/artworks': productUrl,
      '/matchmake': productUrl,
    },
  },
});
