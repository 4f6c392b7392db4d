export { GraphqlErrorCode } from './graphql-error-code.enum';
export { InputIssue } from './input-issue';
export { DomainException } from './domain.exception';
export { InputValidationException, InputValidationErrorCode } from './input-validation.exception';
export { AccessException, AccessErrorCode } from './access.exception';
