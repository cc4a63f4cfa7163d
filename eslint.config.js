// Lint: typescript-eslint's recommended rules plus Hearth's folder-boundary rule, as an error.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'test-results/', '.hearth-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    rules: {
      'local/layers': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: [
      'gateway/**',
      'electron/**',
      'scripts/**',
      'bench/**',
      'test/**',
      'eslint-rules/**',
      '*.config.*',
      '.ci/**',
    ],
    languageOptions: { globals: globals.node },
  },
);
