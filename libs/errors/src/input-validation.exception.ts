import { DomainException } from './domain.exception';
import { InputIssue } from './input-issue';

export enum InputValidationErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

/** Raised for any refused input: by the validation pipe, or by a service that checks codes. */
export class InputValidationException extends DomainException<InputValidationErrorCode> {
  readonly module = 'input';

  constructor(issues: InputIssue[]) {
    const summary = issues
      .map((i) => `${i.field}: ${i.message}${i.value === undefined ? '' : ` (got ${JSON.stringify(i.value)})`}`)
      .join('; ');
    super(InputValidationErrorCode.INVALID_INPUT, `Invalid input: ${summary}`, issues);
  }

  static of(field: string, value: unknown, message: string): InputValidationException {
    return new InputValidationException([{ field, value, message }]);
  }
}
