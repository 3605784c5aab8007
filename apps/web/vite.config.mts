import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin } from 'postcss';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig, type Plugin } from 'vite';

// The preset ships without types.
const mantinePreset = postcssPresetMantine as () => AcceptedPlugin;

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.TRELLIS_API_URL ?? 'http://localhost:3000';

const TEXT_FILE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, at the highest levels (too slow
 * per request, free once at build time). The API sends whichever the browser accepts (see
 * create-app.ts), so the server does no compression work for the client's files.
 */
function precompress(): Plugin {
  return {
    name: 'trellis-precompress',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? `${workspaceRoot}dist/web`;
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        );
      for (const file of walk(outDir).filter((name) => TEXT_FILE.test(name))) {
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * Replaces each `graphql(`...`)` call with an import of that one document from the generated
 * `graphql.ts` (GraphQL Codegen's own Babel plugin). Without it every page bundles the generated
 * `gql.ts`, which maps every operation's text to its document: all the app's operations, twice,
 * on every page (14 kB compressed on Home).
 */
function graphqlDocuments(): Plugin {
  return {
    name: 'trellis-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/generated/') || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: false,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: `${webRoot}src/generated`, gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: null } : null;
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [graphqlDocuments(), react(), precompress()],
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
      '/exports': { target: apiTarget, changeOrigin: false },
      // The live shared notes' WebSocket (Hocuspocus on the API's port).
      '/collaboration': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // The domain library, the generated documents and yaml (which the domain's framework
      // parser imports) do nothing on import, so what a page does not call is left out of it.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]libs[\\/]domain[\\/]/, sideEffects: false },
          { test: /[\\/]src[\\/]generated[\\/]/, sideEffects: false },
          { test: /[\\/]node_modules[\\/]yaml[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Long-lived vendor code in its own chunks so a release of the app
        // does not invalidate the browser's cache of React, Mantine or Apollo.
        codeSplitting: {
          experimentalInlineCommonChunks: { maxSize: 6000 },
          groups: [
            // With tslib, which Apollo and Mantine both use (a group takes its modules' dependencies
            // along, so tslib left to the Apollo group put that group on every page).
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|tslib)[\\/]/,
              priority: 30,
            },
            // Apollo's error classes on their own: the sign-in form reads its errors with them, and
            // must not bring the client and cache along.
            { name: 'apollo-errors', test: /node_modules[\\/]@apollo[\\/]client[\\/]errors[\\/]/, priority: 25 },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
