import { problem, type ValidationProblem } from './validation-problem';

const KBLI_CODE = /^[0-9]{5}$/;

/** Checks the format only (5 digits); whether the code exists in KBLI is a separate, softer question. */
export function validateKbliCode(code: unknown, field = 'kbliCode'): ValidationProblem[] {
  if (typeof code === 'string' && KBLI_CODE.test(code)) return [];
  return [problem(field, code, 'A KBLI code must be exactly 5 digits, e.g. "25920".')];
}
