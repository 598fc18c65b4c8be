import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Rule 1 of the architecture: core/ is pure domain code, with no host, no I/O.
const hostModules = [
  'react',
  'react-dom',
  '@fluentui/*',
  '@microsoft/*',
  '@pnp/*',
  'botbuilder',
  'botbuilder-*',
];

const corePurity = [
  { group: hostModules, message: 'core/ is pure: no host libraries (architecture rule 1).' },
  { group: ['node:*'], message: 'core/ is pure: no Node APIs or I/O (architecture rule 1).' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.build/**',
      'spfx-webparts/**',
      '.data/**',
      '.build/**',
      'manifest/build/**',
      'devTools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: corePurity }] },
  },
  {
    // `@kvalita/core` is what the tab imports at start: no schema library behind it.
    files: ['core/src/**/*.ts'],
    ignores: ['core/src/schemas.ts', 'core/src/**/*-schema.ts', 'core/src/**/*-schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...corePurity,
            {
              group: ['zod', 'zod/*', '**/*-schema', '**/*-schemas', '**/schemas'],
              message:
                "core's main entry stays free of zod: schemas live in *-schema(s).ts files, exported by core/src/schemas.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sharepoint/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@fluentui/*', 'botbuilder', 'botbuilder-*'],
              message: 'sharepoint/ knows no host (architecture rule 1).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['teams-app/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
