import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

/** The modules the entry imports statically, however deep: what the shell and Home need before the first story. */
function staticClosure(getModuleInfo: (id: string) => { importedIds: readonly string[] } | null): Set<string> {
  const seen = new Set<string>();
  const stack = [ENTRY];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
let firstRoute: Set<string> | undefined;

export default defineConfig({
  // Every asset also as .br and .gz beside it, served by the app to browsers that accept them (a first visit on a
  // slow network fetches a fifth of the bytes); nothing is compressed per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk instead of sixty small ones: over HTTP/1.1 a browser fetches
        // six files at a time, so on a slow network every six chunks cost a round trip before the first story
        // shows. The other pages keep their own chunks (the reports carry the charting library).
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => {
                firstRoute ??= staticClosure((m) => ctx.getModuleInfo(m));
                return firstRoute.has(id) ? 'first' : null;
              },
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
