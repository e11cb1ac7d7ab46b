// One lint setup for the whole repository: typescript-eslint's type-aware rules, React hooks in the client.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_CLIENT = {
  group: ['@prostudio/world-client', '@prostudio/world-client/*', '**/world-client/**'],
  message: 'Nothing imports the web client: move what you need into a package it uses.',
};
const CAPTURE_FACES = {
  group: ['@prostudio/capture/*', '!@prostudio/capture/accuracy', '**/capture/src/**'],
  message: 'Use capture through @prostudio/capture (or /accuracy in benchmarks).',
};

/** The imports files matching `files` may not make (later entries for the same files replace earlier ones). */
function importRules(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.data/**',
      'test-results/**',
      'backend/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['world-client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Which package may lean on which (see each folder's README): the protocol leans on nothing of ours; the
  // web client is a leaf nobody imports (the end-to-end tests in tests/ drive it, and read its pure layout to
  // know where things are); the world server knows nothing of the API; capture is used through its public
  // faces (`@prostudio/capture`, and `@prostudio/capture/accuracy` for the benchmarks), never its files.
  importRules(
    ['{protocol,world-server,backend,capture,studio-tools,scripts,assets}/**/*.{ts,tsx}'],
    [NO_CLIENT, CAPTURE_FACES],
  ),
  importRules(
    ['world-server/**/*.ts'],
    [
      NO_CLIENT,
      {
        group: ['@prostudio/backend', '@prostudio/backend/*', '**/backend/**'],
        message: 'The world server knows nothing of the API; shared shapes belong in @prostudio/protocol.',
      },
      {
        group: ['@prostudio/capture', '@prostudio/capture/*', '**/capture/**'],
        message: 'The world server does not capture: pose shapes live in @prostudio/protocol.',
      },
    ],
  ),
  importRules(
    ['protocol/**/*.ts'],
    [
      {
        group: ['@prostudio/*', '**/world-server/**', '**/backend/**', '**/world-client/**', '**/capture/**'],
        message: 'The protocol is pure and leans on no package of ours.',
      },
    ],
  ),
  importRules(
    ['{world-client,tests}/**/*.{ts,tsx}'],
    [
      CAPTURE_FACES,
      {
        group: ['**/world-server/src/**', '@prostudio/world-server/*'],
        message: 'Import the protocol from @prostudio/protocol, the server from @prostudio/world-server.',
      },
    ],
  ),
  {
    // Nest resolves constructor parameters by their runtime classes: those imports must stay value imports.
    files: ['backend/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
