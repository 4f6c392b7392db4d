import { InputIssue } from './input-issue';

/**
 * Base of every error a module raises on purpose. `module` and `code` select the public
 * GraphQL code in the one mapping of apps/api (graphql/domain-error-map.ts); the message is
 * written for the API's users and is safe to show.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  abstract readonly module: string;

  constructor(
    readonly code: TCode,
    message: string,
    readonly issues: InputIssue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
