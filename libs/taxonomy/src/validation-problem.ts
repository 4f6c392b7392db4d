/** One reason an input is refused; the GraphQL layer turns a list of these into BAD_USER_INPUT. */
export interface ValidationProblem {
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

export function problem(field: string, value: unknown, message: string): ValidationProblem {
  return { field, value, message };
}
