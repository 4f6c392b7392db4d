import { FieldFrame, describedBy } from './Field';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'search';
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
  multiline?: boolean;
  maxLength?: number;
}

export function TextField({ id, label, value, onInput, type = 'text', autocomplete, required, hint, error, multiline, maxLength }: TextFieldProps) {
  const common = {
    id,
    name: id,
    value,
    required,
    maxLength,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={4} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type={type as 'text'} autocomplete={autocomplete} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}
