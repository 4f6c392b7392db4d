/**
 * A library writes only its own entities and tables. Ownership is where the entity class is
 * defined (libs/<lib>/src/**\/*.entity.ts with @Entity('table')). Flags, in a library's code:
 * - manager.insert/update/delete/save/upsert/softDelete/increment/decrement(ForeignEntity, ...),
 *   and manager.save(manager.create(ForeignEntity, ...))
 * - getRepository(ForeignEntity).<write>(...), query builders' .insert().into(ForeignEntity) and
 *   .delete().from(ForeignEntity)
 * - INSERT INTO / UPDATE / DELETE FROM <foreign table> in SQL strings and template literals.
 * Option `allow`: libraries that may write every table, each with the reason in the config.
 */
const { ownerOf, entityOwnership } = require('./workspace.cjs');

const WRITES = new Set(['insert', 'update', 'delete', 'save', 'upsert', 'softDelete', 'increment', 'decrement', 'remove', 'softRemove', 'restore']);
// Upper-case keywords only: prose such as "update deal" in a message is not SQL.
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/g;

let ownership;

const calleeName = (callee) =>
  callee.type === 'Identifier' ? callee.name
    : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name
      : null;

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid writes to another library's entities or tables" },
    schema: [{
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    }],
    messages: {
      entity: "{{lib}} writes {{entity}}, which belongs to {{owner}}; go through {{owner}}'s public API.",
      table: "{{lib}} writes table {{table}}, which belongs to {{owner}}; go through {{owner}}'s public API.",
    },
  },
  create(context) {
    const from = ownerOf(context.filename);
    if (!from || !from.startsWith('libs/')) return {};
    const lib = from.slice('libs/'.length);
    if ((context.options[0]?.allow ?? []).includes(lib)) return {};
    ownership ??= entityOwnership();

    const foreignEntity = (arg) => {
      if (!arg || arg.type !== 'Identifier') return null;
      const owner = ownership.entities.get(arg.name);
      return owner && owner !== lib ? owner : null;
    };
    const reportEntity = (node, arg, owner) =>
      context.report({ node, messageId: 'entity', data: { lib, entity: arg.name, owner } });
    const checkSql = (node, text) => {
      for (const m of text.matchAll(SQL_WRITE)) {
        const owner = ownership.tables.get(m[1]);
        if (owner && owner !== lib) context.report({ node, messageId: 'table', data: { lib, table: m[1], owner } });
      }
    };

    return {
      CallExpression(node) {
        const name = calleeName(node.callee);
        const arg = node.arguments[0];
        if (WRITES.has(name) || name === 'into') {
          const owner = foreignEntity(arg);
          if (owner) return reportEntity(node, arg, owner);
        }
        if (name === 'create' && node.parent.type === 'CallExpression' && node.parent.arguments.includes(node)
          && WRITES.has(calleeName(node.parent.callee))) {
          const owner = foreignEntity(arg);
          if (owner) return reportEntity(node.parent, arg, owner);
        }
        if (name === 'from' && node.callee.type === 'MemberExpression'
          && node.callee.object.type === 'CallExpression' && calleeName(node.callee.object.callee) === 'delete') {
          const owner = foreignEntity(arg);
          if (owner) return reportEntity(node, arg, owner);
        }
        if (name === 'getRepository') {
          const owner = foreignEntity(arg);
          const parent = node.parent;
          if (owner && parent.type === 'MemberExpression' && parent.object === node && WRITES.has(calleeName(parent))
            && parent.parent.type === 'CallExpression' && parent.parent.callee === parent) {
            reportEntity(parent.parent, arg, owner);
          }
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') checkSql(node, node.value);
      },
      TemplateLiteral(node) {
        checkSql(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' '));
      },
    };
  },
};
