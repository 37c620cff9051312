// Import boundaries that keep the layering visible:
//   shared/   pure TypeScript: no Node built-ins, no DOM, no electron, nothing from electron/ or renderer/
//   renderer/ React: no Node, no electron, nothing from electron/; reaches main only through shared/contract
//   electron/ Node: only the wiring files may import 'electron'; never imports renderer/
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronWiring = ['electron/main.ts', 'electron/preload.ts', 'electron/wiring/**/*.ts'];

const noNode = { name: 'node:*', message: 'Node built-ins are not allowed here.' };
const restrict = (paths, patterns) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'models/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node.' })), { name: 'electron', message: 'shared/ cannot import electron.' }],
        [
          { group: ['node:*'], message: noNode.message },
          { group: ['**/electron/**', '../electron/*', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ has no DOM or React.' },
        ],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        [...nodeBuiltins.map((name) => ({ name, message: 'renderer/ never imports Node.' })), { name: 'electron', message: 'renderer/ reaches main only through the contract.' }],
        [
          { group: ['node:*'], message: 'renderer/ never imports Node.' },
          { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'renderer/ reaches main only through shared/contract.' },
        ],
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronWiring,
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'Only the wiring files (electron/main.ts, electron/preload.ts, electron/wiring/) import electron; services stay plain Node.' }],
        [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
      ),
    },
  },
  {
    files: electronWiring,
    rules: {
      'no-restricted-imports': restrict([], [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }]),
    },
  },
  {
    files: ['build/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
