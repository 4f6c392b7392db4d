/** The project's own ESLint rules (plugin "jalin"). */
module.exports = {
  meta: { name: 'eslint-plugin-jalin' },
  rules: {
    'no-foreign-internals': require('./no-foreign-internals.cjs'),
    'no-foreign-writes': require('./no-foreign-writes.cjs'),
  },
};
