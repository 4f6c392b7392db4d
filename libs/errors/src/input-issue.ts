/** One reason an input was refused, naming the field (a dotted path) and the value sent. */
export interface InputIssue {
  field: string;
  value?: unknown;
  message: string;
}
