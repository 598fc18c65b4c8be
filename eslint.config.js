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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: hostModules, message: 'core/ is pure: no host libraries (architecture rule 1).' },
            { group: ['node:*'], message: 'core/ is pure: no Node APIs or I/O (architecture rule 1).' },
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
