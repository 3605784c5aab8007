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

/** Where a page imports one generated document from: a module holding that document alone. */
const DOCUMENT_MODULE = 'virtual:trellis-document/';
const GENERATED_DOCUMENTS = `${webRoot}src/generated/graphql.ts`;

/** The generated documents by export name (`UsersDocument`, `PersonSummaryFragmentDoc`), as JSON. */
function readGeneratedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(GENERATED_DOCUMENTS, 'utf8').split('\n')) {
    const found = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
    if (found) documents.set(found[1], found[2]);
  }
  return documents;
}

/**
 * Replaces each `graphql(`...`)` call with an import of that one document (GraphQL Codegen's own
 * Babel plugin), and serves each document as a module of its own. Without the first, every page
 * bundles the generated `gql.ts`, which maps every operation's text to its document (14 kB
 * compressed on Home); without the second, pages share one chunk of all 183 documents (8.6 kB on
 * Home, which needs a handful).
 */
function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: 'trellis-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return null;
      const name = id.slice(DOCUMENT_MODULE.length + 1);
      documents ??= readGeneratedDocuments();
      const json = documents.get(name);
      if (!json) this.error(`No generated document ${name} in ${GENERATED_DOCUMENTS}: run the codegen.`);
      return `export default ${json};`;
    },
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
      if (!result?.code) return null;
      // import { UsersDocument } from "../generated/graphql" -> import UsersDocument from "virtual:…/UsersDocument"
      const rewritten = result.code.replace(
        /import \{([^}]*)\} from "[^"]*\/generated\/graphql";/g,
        (_, names: string) =>
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean)
            .map((name) => {
              const [exported, local = exported] = name.split(/\s+as\s+/);
              return `import ${local} from "${DOCUMENT_MODULE}${exported}";`;
            })
            .join('\n'),
      );
      // A document import the plugin wrote (double-quoted) and left as it was would bring every
      // document back into the page.
      if (/ from "[^"]*\/generated\/graphql"/.test(rewritten)) {
        this.error(`${id}: an import of the generated documents was not rewritten to its one document.`);
      }
      return { code: rewritten, map: null };
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
