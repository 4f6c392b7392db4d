/**
 * A library or app imports another only through its declared alias (@jalin/<name> or a sub-entry
 * listed in tsconfig.json paths such as @jalin/sourcing/statuses): never @jalin/<name>/src/...,
 * never a relative path into another library's or app's folder.
 */
const path = require('node:path');
const { root, ownerOf, declaredEntries } = require('./workspace.cjs');

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid imports of another library's or app's internals" },
    schema: [],
    messages: {
      relative: "'{{source}}' reaches into {{target}}'s internals; import it through its alias (@jalin/...) instead.",
      undeclared: "'{{source}}' is not a declared entry of {{lib}}; import '@jalin/{{lib}}' (or a sub-entry declared in tsconfig.json paths).",
    },
  },
  create(context) {
    const from = ownerOf(context.filename);
    if (!from) return {};
    const entries = declaredEntries();
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string') return;
      if (source.startsWith('@jalin/')) {
        if (!entries.has(source)) {
          context.report({ node: node.source, messageId: 'undeclared', data: { source, lib: source.split('/')[1] } });
        }
        return;
      }
      if (!source.startsWith('.')) return;
      const target = ownerOf(path.resolve(path.dirname(context.filename), source));
      const inside = path.relative(root, path.resolve(path.dirname(context.filename), source));
      if (target !== from && (target || inside.startsWith('libs') || inside.startsWith('apps'))) {
        context.report({ node: node.source, messageId: 'relative', data: { source, target: target ?? inside } });
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
