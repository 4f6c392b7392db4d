import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InputIssue, InputValidationException } from '@jalin/errors';

function issuesOf(errors: ValidationError[], path: string): InputIssue[] {
  return errors.flatMap((e) => {
    const field = path ? `${path}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      value: e.value,
      message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message,
    }));
    return [...own, ...issuesOf(e.children ?? [], field)];
  });
}

/** class-validator on every GraphQL input; refusals become BAD_USER_INPUT naming field and value. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: true },
  exceptionFactory: (errors) => new InputValidationException(issuesOf(errors, 'input')),
});
