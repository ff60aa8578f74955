// The house rules a machine checks (ARCHITECTURE.md): style is Prettier's, boundaries are import rules.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const folders = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const serverModules = folders('./server/src/');
const clientFeatures = folders('./client/src/features/');

/**
 * Client: a feature folder reaches another feature only through that feature's public entry (its index.ts), and
 * never reaches into app/ (routes compose features, not the other way round).
 */
const clientFeatureZones = clientFeatures.map((feature) => ({
  target: `./client/src/features/${feature}/**/*`,
  from: './client/src/features/*/**/*',
  except: [`**/client/src/features/${feature}/**`, '**/client/src/features/*/index.ts', '**/client/src/features/*/index.tsx'],
  message: `features/${feature} may use another feature only through its index.ts`,
}));
const clientLayerZones = [
  {
    target: './client/src/{components,lib,api}/**/*',
    from: './client/src/{features,app}/**/*',
    message: 'components/, lib/ and api/ are below the features and the app',
  },
  { target: './client/src/features/**/*', from: './client/src/app/**/*', message: 'features are composed by app/, not the other way round' },
];

/** Server: a module's repository (its SQL) is used only inside that module; others call its service. */
const repositoryZones = serverModules.map((module) => ({
  target: `./server/src/!(${module})/**/*`,
  from: `./server/src/${module}/**/*.repository.ts`,
  message: `${module}'s repository is its own: call ${module}'s service (or a read model it exports)`,
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'client/src/api/schema.d.ts',
      '**/test-results/**',
      '**/playwright-report/**',
      'coverage/**',
      '.data*/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no TypeScript file's imports and no-cycle passes every cycle unseen.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['server/tsconfig.json', 'client/tsconfig.json', 'e2e/tsconfig.json', 'tools/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...clientFeatureZones, ...clientLayerZones, ...repositoryZones] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Casts to any sit at the edges (Fastify internals, pg-boss's db hook); each is a visible choice, not an error.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config/**'],
    rules: {
      // Configuration is read once, validated, in config/ (app-config.ts); everything else receives AppConfig.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration through AppConfig (server/src/config)' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message: 'IsOptional lets null through as "not given": use IsOptionalNonNull, or IsNullable where null clears (common/field-decorators.ts)',
            },
            {
              name: 'class-validator',
              importNames: ['IsUUID'],
              message: 'IsUUID keeps an upper-case id as sent, and comparisons with it fail: use IsCanonicalUuid (common/field-decorators.ts)',
            },
          ],
        },
      ],
    },
  },
  {
    // Where IsCanonicalUuid itself is made from IsUUID.
    files: ['server/src/common/field-decorators.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.spec.ts'],
    rules: {
      // Lists page by keyset (common/cursor.ts): OFFSET re-reads and skips rows while people write.
      'no-restricted-syntax': [
        'error',
        { selector: 'TemplateLiteral > TemplateElement[value.raw=/\\bOFFSET\\b/i]', message: 'page with a keyset cursor (common/cursor.ts), not OFFSET' },
        { selector: 'Literal[value=/\\bOFFSET\\s+\\$?\\d/i]', message: 'page with a keyset cursor (common/cursor.ts), not OFFSET' },
        {
          selector: "CallExpression[callee.property.name='skip'], Property[key.name='skip']",
          message: "page with a keyset cursor (common/cursor.ts), not TypeORM's skip",
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // CommonJS scripts and Jest environments.
    files: ['**/*.{js,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // One file, one thing: the product's files stay short enough to read whole. Blank lines and comments do not count.
    // Left out: the configuration schema (every setting in one place, by design), the demo and large-company seed
    // data, the soak driver (one script), and tests (a spec file is a list of cases).
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}', 'tools/src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      'server/src/config/app-config.ts',
      'server/src/database/seed/**',
      'tools/src/seed-large/**',
      'tools/src/soak/**',
    ],
    rules: { 'max-lines': ['error', { max: 240, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The service worker runs in the browser's worker scope.
    files: ['client/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // boot.js is a plain script of the page, run before the app's bundle.
    files: ['client/public/boot.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  prettier,
);
