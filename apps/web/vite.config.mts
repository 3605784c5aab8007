import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin } from 'postcss';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

// The preset ships without types.
const mantinePreset = postcssPresetMantine as () => AcceptedPlugin;

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.TRELLIS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  // The same aliases as tsconfig.json and jest.config.cjs.
  resolve: {
    alias: [
      { find: /^@trellis\/domain$/, replacement: `${workspaceRoot}libs/domain/src/index.ts` },
      { find: /^@web\//, replacement: `${webRoot}src/` },
    ],
  },
  css: { postcss: { plugins: [mantinePreset()] } },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Long-lived vendor code in its own chunks so a release of the app
        // does not invalidate the browser's cache of React, Mantine or Apollo.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
