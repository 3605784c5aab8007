// The API's layer rules, checked by ESLint (docs/architecture.md, "Dependencies flow one way"):
// - a feature (a folder under src/modules) never imports another feature's repository or entity:
//   it calls that feature's service, so every rule about those records stays in one place;
// - a resolver never imports a repository: resolvers are thin and call services;
// - a service never imports an entity: repositories return plain row types.
const path = require('node:path');

const MODULES = `${path.sep}apps${path.sep}api${path.sep}src${path.sep}modules${path.sep}`;

/** The feature a file belongs to: the first folder under src/modules, or null outside them. */
function featureOf(file) {
  const at = file.indexOf(MODULES);
  if (at < 0) return null;
  const rest = file.slice(at + MODULES.length).split(path.sep);
  return rest.length > 1 ? rest[0] : null;
}

const kindOf = (file) => {
  const base = path.basename(file).replace(/\.(ts|js|cjs|mjs)$/, '');
  if (base.endsWith('.repository')) return 'repository';
  if (base.endsWith('.entity')) return 'entity';
  return null;
};

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the API layered: resolver → service → repository, one feature at a time.' },
    messages: {
      crossFeature:
        "The {{feature}} feature must not import the {{other}} feature's {{kind}} ({{source}}): call the {{other}} feature's service instead.",
      resolverRepository: 'Resolvers call services, never repositories ({{source}}).',
      serviceEntity: 'Services work with the row types repositories return, never entities ({{source}}).',
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const feature = featureOf(file);
    const isResolver = /\.resolver\.ts$/.test(file);
    const isService = /\.service\.ts$/.test(file);
    function check(node) {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const kind = kindOf(target);
      if (!kind) return;
      const other = featureOf(target);
      if (feature && other && other !== feature) {
        context.report({ node, messageId: 'crossFeature', data: { feature, other, kind, source } });
        return;
      }
      if (isResolver && kind === 'repository')
        context.report({ node, messageId: 'resolverRepository', data: { source } });
      if (isService && kind === 'entity') context.report({ node, messageId: 'serviceEntity', data: { source } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

module.exports = { rules: { layers } };
