import { isEmail, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * class-validator's IsEmail, safe for any string: validator.js throws (URIError: URI malformed) on a
 * string with a lone UTF-16 surrogate instead of answering false, which made such an e-mail a 500.
 */
export function isAccountEmail(value: unknown): boolean {
  try {
    return isEmail(value);
  } catch {
    return false;
  }
}

export function IsAccountEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({
    name: 'isEmail',
    validator: {
      validate: isAccountEmail,
      defaultMessage: () => 'must be a valid e-mail address',
    },
  }, options);
}
