import { FieldFrame, describedBy } from './Field';

export interface NumberFieldProps {
  id: string;
  label: string;
  /** The digits as typed ("" when empty); convert with Number() when sending. */
  value: string;
  onInput: (value: string) => void;
  /** Allows one decimal separator (inputmode decimal) instead of whole numbers only. */
  decimal?: boolean;
  required?: boolean;
  hint?: string;
  error?: string | null;
  suffix?: string;
}

/** A number with the phone's numeric keyboard; keeps only digits (and one '.' when decimal). */
export function NumberField({ id, label, value, onInput, decimal, required, hint, error, suffix }: NumberFieldProps) {
  const clean = (typed: string) => {
    if (!decimal) return typed.replace(/\D/g, '');
    const [whole, ...rest] = typed.replace(/,/g, '.').replace(/[^\d.]/g, '').split('.');
    return rest.length ? `${whole}.${rest.join('')}` : whole;
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div class="input-with-suffix">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          pattern={decimal ? '[0-9]*[.,]?[0-9]*' : '[0-9]*'}
          value={value}
          required={required}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => {
            const cleaned = clean(e.currentTarget.value);
            e.currentTarget.value = cleaned;
            onInput(cleaned);
          }}
        />
        {suffix && <span class="suffix" aria-hidden="true">{suffix}</span>}
      </div>
    </FieldFrame>
  );
}
