import { applyDecorators } from '@nestjs/common';
import { MaxLength, MinLength } from 'class-validator';
import { InputValidationException } from '@jalin/errors';

const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;
const TOO_SHORT = `must be at least ${PASSWORD_MIN_LENGTH} characters`;
const TOO_LONG = `must be at most ${PASSWORD_MAX_LENGTH} characters`;

/** The one password rule, on an input class field (register, staff accounts). */
export const IsAcceptablePassword = () =>
  applyDecorators(MinLength(PASSWORD_MIN_LENGTH, { message: TOO_SHORT }), MaxLength(PASSWORD_MAX_LENGTH, { message: TOO_LONG }));

/** The same rule for a password given as a plain argument (change, reset); never echoes the value. */
export function assertAcceptablePassword(field: string, password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw InputValidationException.of(field, undefined, TOO_SHORT);
  if (password.length > PASSWORD_MAX_LENGTH) throw InputValidationException.of(field, undefined, TOO_LONG);
}
