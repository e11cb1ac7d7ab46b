import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// In development (`npm run dev -w world-client`), API and world-server traffic goes to a running `npm start`.
const productUrl = process.env.PROSTUDIO_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: {
      '/api': productUrl,
      '/assets/artworks': productUrl,
      '/matchmake': productUrl,
    },
  },
});
