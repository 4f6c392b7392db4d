import { FieldFrame, describedBy } from './Field';

export interface Option {
  value: string;
  label: string;
}

export interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  /** Text of the empty first option; without it one option is always chosen. */
  placeholder?: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
}

export function Select({ id, label, value, options, onChange, placeholder, required, hint, error }: SelectProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Radio buttons: exactly one value. */
  single?: boolean;
  hint?: string;
  error?: string | null;
}

/** Checkboxes (or radios) in a fieldset; each row is a 44 px touch target. */
export function CheckboxGroup({ id, legend, options, values, onChange, single, hint, error }: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    if (single) return onChange([value]);
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  };
  return (
    <fieldset class={`field choice-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="choice" key={option.value}>
          <input
            type={single ? 'radio' : 'checkbox'}
            name={id}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(e) => toggle(option.value, e.currentTarget.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}
