import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', '.cache/**', '.data/**', 'infra/**/*.go', '**/*.js', '!eslint.config.js', '!services/api/src/ui/**/*.js', '!packages/cli/bin/*.js'] },
  js.configs.recommended,
  { files: ['**/*.mjs', 'eslint.config.js', 'packages/cli/bin/*.js'], languageOptions: { globals: globals.node } },
  { files: ['services/api/src/ui/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'module' } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One importer per driver: only packages/kafka may import kafkajs, only packages/store mongodb.
    files: ['**/*.ts'],
    // Tests may speak raw Kafka to send what our own publisher refuses to (malformed messages).
    ignores: ['packages/kafka/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'kafkajs', message: 'import @coopnews/kafka instead' }] }] },
  },
  {
    files: ['**/*.ts'],
    ignores: ['packages/store/**', 'packages/kafka/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kafkajs', message: 'import @coopnews/kafka instead' },
            { name: 'mongodb', message: 'import @coopnews/store instead' },
          ],
        },
      ],
    },
  },
  {
    // The extraction library is pure: no I/O, no env, no clock.
    files: ['packages/extract/src/**/*.ts'],
    ignores: ['packages/extract/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'http', 'https', 'net', '@coopnews/kafka', '@coopnews/store', '@coopnews/runtime'] },
      ],
    },
  },
);
