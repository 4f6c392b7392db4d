import { GraphQLError, ValidationRule } from 'graphql';

/**
 * Refuses `__schema` and `__type` (production only, see graphqlLimits). It is one of our validation
 * rules rather than Apollo's `introspection: false`, which only Apollo's HTTP pipeline applies:
 * this way graphql-ws refuses introspection exactly as HTTP does.
 */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('GraphQL introspection is not allowed in production, but the query contained __schema or __type', { nodes: [node] }));
    }
  },
});
