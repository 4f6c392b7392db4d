import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * Nest's pipe validates a missing enum argument against an '' stand-in (SWC reflects an enum as its
 * object, not a class) and gives back the original only for undefined: an explicit `status: null`
 * reached resolvers as ''. A null enum or scalar argument has nothing to validate; it stays null.
 */
class NullKeepingValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === null && typeof metadata.metatype !== 'function') return Promise.resolve(null);
    return super.transform(value, metadata);
  }
}

/** class-validator on every GraphQL input; refusals become BAD_USER_INPUT naming field and value. */
export const inputValidationPipe = new NullKeepingValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: true },
  exceptionFactory: (errors) => new InputValidationException(issuesOf(errors, 'input')),
});
