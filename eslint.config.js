// ESLint: TypeScript's recommended rules everywhere, Lit's and Lit's accessibility rules on the UI's templates.
import js from '@eslint/js';
import { configs as litA11yConfigs } from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'var/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value left out on purpose (a destructured field dropped from a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['kiosk-ui/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['kiosk-ui/**/*.ts'], ...litA11yConfigs.recommended },
);
