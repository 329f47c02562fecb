import { TextInput } from '@mantine/core';
import { parseDate } from '../../src-shared/registration/rules/dates';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/**
 * A date typed as staff write it (2024-2-29, 2024.02.29, 2024年2月29日),
 * shown as 2024-02-29 once they leave the field. Typed, not picked: it is
 * faster from the keyboard and dates of past steps are often years back.
 */
export function DateField({ label, value, onChange, error, autoFocus }: DateFieldProps) {
  return (
    <TextInput
      label={label}
      withAsterisk
      placeholder="如 2026-03-01"
      value={value}
      error={error}
      autoFocus={autoFocus}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        const parsed = parseDate(value, label);
        if (parsed.ok && parsed.value !== value) onChange(parsed.value);
      }}
    />
  );
}

/** The date as the store wants it ("YYYY-MM-DD") when it can be read, else as typed (the store then says why). */
export function normaliseDate(value: string, label: string): string {
  const parsed = parseDate(value, label);
  return parsed.ok ? parsed.value : value;
}
