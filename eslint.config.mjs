import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import apiLayers from './apps/api/lint/layers.cjs';

export default [
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', 'apps/web/src/generated/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Dependencies flow one way (ARCHITECTURE.md): the domain depends on nothing of ours,
      // the apps never import each other.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:domain', 'type:schema'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:domain', 'type:schema'] },
          ],
          banTransitiveDependencies: false,
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/apps/*', '../../apps/**'], message: 'Apps never import each other.' }],
        },
      ],
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or explicitly voided, never dropped, and
    // never passed where a plain callback is expected (an event handler, a forEach).
    files: ['apps/api/src/**/*.ts', 'apps/api/test/**/*.ts', 'apps/web/src/**/*.{ts,tsx}', 'libs/domain/src/**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['apps/api/tsconfig.spec.json', 'apps/web/tsconfig.json', 'libs/domain/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { trellis: apiLayers },
    rules: {
      'trellis/layers': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/apps/*', '../../apps/**'], message: 'Apps never import each other.' }],
          paths: [
            {
              name: 'class-validator',
              importNames: ['MaxLength'],
              message: "Use common/validation's MaxLength: it counts characters as PostgreSQL does.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', 'pg', 'graphql'],
              message: 'libs/domain is pure: no framework, database or UI imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
      },
    },
  },
];
