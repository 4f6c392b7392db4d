import { FieldFrame, describedBy } from './Field';
import { groupDigits, rupiahDigits } from '../lib/format';

export interface RupiahFieldProps {
  id: string;
  label: string;
  /** The Idr scalar's decimal string ("1250000"), "" when empty: what the API receives. */
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
  hint?: string;
  error?: string | null;
}

/** Shows "Rp 1.250.000" while typing (numeric keyboard) and hands back the plain digits. */
export function RupiahField({ id, label, value, onInput, required, hint, error }: RupiahFieldProps) {
  const shown = value ? `Rp ${groupDigits(value)}` : '';
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autocomplete="off"
        value={shown}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => {
          const digits = rupiahDigits(e.currentTarget.value);
          e.currentTarget.value = digits ? `Rp ${groupDigits(digits)}` : '';
          onInput(digits);
        }}
      />
    </FieldFrame>
  );
}
