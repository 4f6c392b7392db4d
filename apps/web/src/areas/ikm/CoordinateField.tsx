import { FieldFrame, describedBy } from '../../ui/Field';

/** A latitude or longitude: digits, one '.', and a leading '-' (south of the equator, as Tegal is). */
export function CoordinateField({ id, label, value, onInput, error }: { id: string; label: string; value: string; onInput: (v: string) => void; error?: string | null }) {
  return (
    <FieldFrame id={id} label={label} error={error}>
      <input id={id} name={id} type="text" inputMode="decimal" autocomplete="off" value={value}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, undefined, error)}
        onInput={(e) => {
          const typed = e.currentTarget.value.replace(/,/g, '.');
          const cleaned = (typed.startsWith('-') ? '-' : '') + typed.replace(/[^\d.]/g, '').replace(/(\..*)\./g, '$1');
          e.currentTarget.value = cleaned;
          onInput(cleaned);
        }} />
    </FieldFrame>
  );
}
