import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/** Every feature folder may import domain, state, persistence, report, i18n, components — never another feature. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/app',
      './src/state',
      './src/persistence',
      './src/report',
      './src/i18n',
      './src/features',
      './src/components',
      './src/cli',
    ],
    message: 'domain is pure: it imports nothing else from src.',
  },
  {
    target: './src/persistence',
    from: ['./src/app', './src/state', './src/report', './src/i18n', './src/features', './src/components'],
    message: 'persistence builds only on domain.',
  },
  {
    target: './src/report',
    from: ['./src/app', './src/state', './src/persistence', './src/features', './src/components'],
    message: 'report builds only on domain and i18n.',
  },
  {
    target: './src/state',
    from: ['./src/app', './src/features', './src/components', './src/report'],
    message: 'state sits under the UI.',
  },
  {
    target: './src/i18n',
    from: ['./src/app', './src/state', './src/features', './src/components', './src/report'],
    message: 'i18n builds only on domain and persistence.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'shared components do not know features or the app shell.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'features do not import the app shell; the shell imports them.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features do not import each other; compose them in src/app.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'questionnaires/schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from files never becomes markup.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain code runs without a browser.' },
        { name: 'document', message: 'domain code runs without a browser.' },
        { name: 'localStorage', message: 'storage belongs to src/persistence.' },
        { name: 'indexedDB', message: 'storage belongs to src/persistence.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', 'jspdf', 'jspdf-*', 'i18next'],
              message: 'domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
);
