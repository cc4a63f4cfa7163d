// The folder-boundary rule (after VS Code's `code-layering`): each top-level folder may import
// only the layers listed for it. It is an error from day one, with no exemption list, because a
// renderer that reaches for `node:fs` would break the browser build and the Electron sandbox.
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What each layer may import: other layers (by folder), node built-ins, and the `electron` package. */
export const LAYERS = {
  // pdf-lib is plain JavaScript with no DOM or Node: the PDFs Hearth writes (forms, labels, the
  // download stamp) are made the same way by the app and the gateway.
  shared: { layers: ['shared'], node: false, electron: false, packages: ['zod', 'pdf-lib'] },
  renderer: { layers: ['renderer', 'shared'], node: false, electron: false },
  gateway: { layers: ['gateway', 'shared'], node: true, electron: false },
  'electron/main': { layers: ['electron/main', 'shared'], node: true, electron: true },
  // The preload runs sandboxed: only `electron`'s renderer-side modules are available there.
  'electron/preload': { layers: ['electron/preload', 'shared'], node: false, electron: true },
};

const TEST_FILE = /\.test\.tsx?$/;

function layerOf(relPath) {
  const parts = relPath.split(path.sep).join('/').split('/');
  if (parts[0] === 'electron' && parts[1]) return `electron/${parts[1]}`;
  return parts[0];
}

function isBuiltin(spec) {
  return builtins.has(spec) || builtins.has(spec.split('/')[0]);
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Returns why `spec` may not be imported from `file`, or null when it may. Exported for tests. */
export function violation(root, file, spec) {
  const from = layerOf(path.relative(root, file));
  const rules = LAYERS[from];
  if (!rules) return null; // tests, scripts and config files may import anything
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const target = path.relative(root, path.resolve(path.dirname(file), spec));
    if (target.startsWith('..')) return `${from}/ may not import from outside the project`;
    const to = layerOf(target);
    // A colocated unit test may also use the test helpers in test/support/ (e.g. reading a PDF's
    // text back with pdf.js), so every layer's tests prove things the same way.
    if (TEST_FILE.test(file) && target.split(path.sep).join('/').startsWith('test/support/')) return null;
    if (!rules.layers.includes(to))
      return `${from}/ may not import ${to}/ (allowed: ${rules.layers.join(', ')})`;
    return null;
  }
  if (isBuiltin(spec)) return rules.node ? null : `${from}/ may not import the Node built-in '${spec}'`;
  const name = packageName(spec);
  if (name === 'electron') return rules.electron ? null : `${from}/ may not import 'electron'`;
  // A colocated unit test may also import its test runner; nothing else widens.
  const allowed = TEST_FILE.test(file) ? [...(rules.packages ?? []), 'vitest', 'pdfjs-dist'] : rules.packages;
  if (rules.packages && allowed && !allowed.includes(name)) {
    return `${from}/ may import only ${rules.packages.join(', ')}, not '${name}'`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each top-level folder to the layers it may import' },
    messages: { layer: '{{why}} (see eslint-rules/layers.js)' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = violation(root, file, source.value);
      if (why) context.report({ node: source, messageId: 'layer', data: { why } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: rule } };
