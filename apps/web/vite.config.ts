import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes .br and .gz beside every text asset: the API server sends them as they are (@fastify/static
 * `preCompressed`), so the browser downloads about a quarter of the bytes and nothing is compressed per request.
 */
function precompress(): Plugin {
  return {
    name: 'jiebang:precompress',
    apply: 'build',
    // After writing: only then is every chunk final (Vite rewrites its preload markers late in generateBundle).
    writeBundle(options, bundle) {
      for (const output of Object.values(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(output.fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        if (source.length < 1024) continue;
        const bytes = typeof source === 'string' ? Buffer.from(source) : source;
        const path = join(options.dir ?? 'dist', output.fileName);
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/**
 * The browser app. The API server serves `dist/` from its own port (apps/server/src/http/web-app.ts); in
 * `npm run dev -w @jiebang/web` Vite proxies /api to a server started with `npm start` (port 3000).
 */
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': process.env.JIEBANG_API_URL ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/web-size.ts reads the manifest to sum what a route loads first.
    manifest: true,
    // The hall's initial JS is budgeted (≤ 350 KB gzipped, see scripts/web-size.ts); antd alone is above Vite's default warning.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The @rc-component packages under antd declare no `sideEffects`, so a component's Form or Tabs internals were
      // kept whenever any of its modules was imported. They are plain React modules without import-time effects.
      treeshake: { moduleSideEffects: [{ test: /node_modules[\\/](@rc-component|@ant-design[\\/]icons-svg)[\\/]/, sideEffects: false }] },
    },
  },
});
