/** The error for the whole form (not tied to one field), announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return <p class="form-error" role="alert" data-testid="form-error">{message}</p>;
}
