import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ParseOptions, ValidationRule } from 'graphql';
import { AppConfig } from '@jalin/config';
import { noIntrospectionRule } from './no-introspection.rule';

/** Nest token of the one GraphqlLimits instance both transports use. */
export const GRAPHQL_LIMITS = Symbol('GraphqlLimits');

/** What every GraphQL document meets, on HTTP (Apollo) and on graphql-ws alike. */
export interface GraphqlLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * graphql-armor's depth, cost, alias and directive limits, and the token limit, from AppConfig.
 * Refusals are GraphQL errors with code BAD_USER_INPUT (HTTP 400) before anything runs. Only
 * validation rules and parse options, never Apollo plugins: the websocket runs no Apollo pipeline,
 * so a limit kept in a plugin would not hold there (start-up refuses one).
 *
 * Tokens are counted by graphql-js's own parser (maxLexicalTokens, the check armor's max-tokens
 * parser reimplements): armor's Apollo integration parses a second time in parsingDidStart, where
 * any syntax error, not only the limit, escapes as HTTP 500.
 *
 * Introspection (`__schema`, which graphql-js bounds itself) is exempt outside production so tools
 * and the landing page can read the schema; production refuses introspection (noIntrospectionRule)
 * and exempts nothing.
 * The exemption's known bypasses (a fragment or operation named __schema, the fragment-depth cache)
 * are fixed in the pinned graphql-armor 3.2.0 (max-depth 2.4.2, cost-limit 2.4.3).
 * Field suggestions are removed by hideFieldSuggestions in formatError instead of armor's plugin:
 * its pattern misses "Did you mean the enum value ..." and errors raised outside validation.
 */
export function graphqlLimits(config: AppConfig): GraphqlLimits {
  const exemptIntrospection = !config.isProduction;
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: exemptIntrospection, flattenFragments: false },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: exemptIntrospection },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, allowList: [] },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  if (plugins.length > 0) throw new Error('A graphql-armor limit is an Apollo plugin, which graphql-ws would skip: configure it as a validation rule');
  return {
    validationRules: [...validationRules, ...(config.isProduction ? [noIntrospectionRule] : [])],
    parseOptions: { maxLexicalTokens: config.GRAPHQL_MAX_TOKENS },
  };
}
