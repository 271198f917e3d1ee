// Lint rules. Two guard the architecture: nothing under src/core may import 'vscode' (the core
// also runs in the CLI, the library and a browser worker), and the adapters import the core only
// through each area's entry file.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: adapt it in src/vscode instead.' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core also runs in the browser: no Node APIs.' }, { group: ['**/vscode/**'], message: 'src/core must not depend on the VS Code layer.' }],
      }],
    },
  },
  {
    // The adapters (VS Code, CLI, Node workers, the webview) reach the core through each area's
    // entry file (core/notes, core/gazetteer…), never a module inside it: what an area offers is
    // what its index.ts re-exports.
    files: ['src/vscode/**/*.ts', 'src/extension.ts', 'src/cli.ts', 'src/node/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)core/[^/]+/[^/]+$', message: 'Import the core area\'s entry file (e.g. core/notes), not a module inside it; re-export what is missing from that index.ts.' }],
      }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', globalThis: 'readonly' } },
  },
);
