import { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js appends `Did you mean "a", "b"?` (or `Did you mean the enum value "A"?`) to
 * validation and variable errors, which lets a caller rebuild the schema without introspection.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export const withoutFieldSuggestions = (message: string): string => message.replace(SUGGESTION, '');

export function hideFieldSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return formatted.message.includes('Did you mean') ? { ...formatted, message: withoutFieldSuggestions(formatted.message) } : formatted;
}
