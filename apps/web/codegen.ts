import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file so the command works from any directory.
const webRoot = __dirname;

const config: CodegenConfig = {
  schema: path.join(webRoot, '../../libs/graphql-schema/schema.graphql'),
  documents: [path.join(webRoot, 'src/**/*.{ts,tsx}'), `!${path.join(webRoot, 'src/generated/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [path.join(webRoot, 'src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // The client preset forwards only some options; these are among them.
      config: {
        useTypeImports: true,
        // Apollo's cache adds __typename to every selection set, so the types say so.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTime: 'string', LocalDate: 'string', WeekNumbers: 'number[]', WeekFlags: 'boolean[]' },
      },
    },
  },
};

export default config;
