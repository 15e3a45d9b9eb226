// The layering of DESIGN.md and STYLE.md, held by lint rather than by memory (`npm run lint`,
// run by .ci/run). Each boundary below says which layer it guards and why; a file that needs to
// cross one should change the design first, not add a disable.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Imports that do I/O: the database drivers and query builder, the model SDKs, the chat SDKs and
// the HTTP framework. The pure layers (domain, the offline interpreter) import none of them.
const ioPackages = [
  'drizzle-orm',
  'drizzle-orm/*',
  'postgres',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@anthropic-ai/sdk',
  '@anthropic-ai/sdk/*',
  '@google/genai',
  'openai',
  'openai/*',
  'grammy',
  '@grammyjs/*',
  '@slack/*',
  'hono',
  'hono/*',
  '@hono/*',
];

// Only src/config reads the environment (STYLE habit 1); the runtimes hand what they read to it,
// and scripts, benchmarks and tests set up their own processes.
const environmentReaders = ['src/config/**/*.ts', 'src/runtime/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'];

const noEnvironmentImport = [
  { name: 'node:process', importNames: ['env'], message: 'Read the environment in src/config only.' },
  { name: 'process', importNames: ['env'], message: 'Read the environment in src/config only.' },
];

// `no-restricted-imports` replaces itself per file rather than merging, so each layer's list is
// built here with the environment entries included.
function restrictedImports({ paths = [], patterns = [] } = {}) {
  return ['error', { paths: [...noEnvironmentImport, ...paths], patterns }];
}

const zone = (target, from, message, except = []) => ({ target, from, message, except });

export default defineConfig(
  {
    // What .gitignore keeps out, plus the migrations drizzle-kit writes.
    ignores: ['node_modules/', 'drizzle/', 'data/', '.wrangler/', 'dist/', 'tests/artifacts/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads no .ts module, and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // STYLE habit 9: no `any` without a reason next to it. The reason is the disable's
      // description: `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- why`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      // A `_`-prefixed name is unused on purpose (a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],

      // Every control character in a pattern here is deliberate (sanitising SVG text, terminal
      // escapes, an ASCII test) and written as an escape, which is what this rule flags.
      'no-control-regex': 'off',
      // `let handler; serve(() => handler?.()); handler = …` is a late binding a const would
      // turn into a temporal-dead-zone throw.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],

      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in src/config only (STYLE habit 1).' },
      ],
      'no-restricted-imports': restrictedImports(),

      // The layers of DESIGN.md "Parts", resolved to files, so `../../db/x.ts` and `../db/x.ts`
      // are judged by where they land, not by how they are spelled.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Everything in src but the domain itself, so a new folder is covered too.
            zone(
              './src/domain',
              './src',
              'src/domain is pure: money, dates, periods, splits, no I/O and no other layer.',
              ['./domain'],
            ),
            zone('./src/domain', ['./intents', './prompts'], 'src/domain is pure: no other layer.'),
            zone(
              './src/channels',
              './src/llm',
              'Channel adapters call the engine; they never reach the model providers (STYLE habit 7).',
            ),
            zone(
              './src/engine/offline',
              ['./src/db', './src/services', './src/llm', './src/channels', './src/web', './src/runtime', './src/config'],
              'The offline interpreter is pure text → reading: no database, services, providers or config.',
            ),
            zone(
              './intents',
              ['./src/channels', './src/web'],
              'An intent is a query and an answer; rendering it is the channel’s or the web view’s job.',
            ),
          ],
        },
      ],

      // An import the resolver cannot follow is invisible to the zones above and to no-cycle, so
      // one that does not resolve is an error rather than a silent pass.
      'import-x/no-unresolved': 'error',

      // Cycles make the layers meaningless (and module initialisation order-dependent).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A channel may name the database's and the scope's *types* that the engine's API passes
    // through it (they are erased at build time); it never imports a value from src/db.
    // no-restricted-paths cannot tell a type import, hence a pattern: src/channels has no db/.
    files: ['src/channels/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': restrictedImports({
        patterns: [
          {
            regex: '^(\\.\\./)+db/',
            allowTypeImports: true,
            message: 'Channel adapters call the engine or a service; they never query src/db directly (STYLE habit 7).',
          },
        ],
      }),
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/engine/offline/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': restrictedImports({
        patterns: [{ group: ioPackages, message: 'This layer is pure: no database, model, chat or HTTP package.' }],
      }),
    },
  },
  {
    // U+20E3 (the keycap) is listed on its own on purpose: the class strips it wherever it is,
    // combined with a digit or not. (src/engine/offline is being rewritten: scoped, not edited.)
    files: ['src/engine/offline/normalize.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: environmentReaders,
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
