import { FieldFrame, describedBy } from './Field';

export interface DateFieldProps {
  id: string;
  label: string;
  /** YYYY-MM-DD (the API's Date scalar), "" when empty. */
  value: string;
  onInput: (value: string) => void;
  min?: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
}

/** A calendar date with the phone's date picker. */
export function DateField({ id, label, value, onInput, min, required, hint, error }: DateFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="date"
        value={value}
        min={min}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}
