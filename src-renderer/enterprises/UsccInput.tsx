import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useState } from 'react';
import { usccFeedback } from './uscc-feedback';

interface UsccInputProps {
  /** The form's props for the field (value, onChange, onBlur, error). */
  inputProps: GetInputPropsReturnType;
  value: string;
  /** Another problem with the code than its form (e.g. already registered), shown as the error. */
  problem?: string | null;
  placeholder?: string;
}

/**
 * 统一社会信用代码, checked as it is typed (uscc-feedback.ts): how many
 * characters are in, then whether the check character is right; a short
 * code is an error only once the field is left.
 */
export function UsccInput({ inputProps, value, problem, placeholder }: UsccInputProps) {
  const [left, setLeft] = useState(false);
  const feedback = usccFeedback(value, left);
  const error = (inputProps.error as string | undefined) ?? feedback.error ?? problem ?? null;
  return (
    <TextInput
      label="统一社会信用代码"
      withAsterisk
      placeholder={placeholder}
      maxLength={24}
      autoComplete="off"
      spellCheck={false}
      {...inputProps}
      onBlur={(event) => {
        setLeft(true);
        inputProps.onBlur?.(event);
      }}
      error={error}
      description={error ? undefined : feedback.hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      styles={{
        input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' },
        description: feedback.valid ? { color: 'var(--mantine-color-teal-8)' } : undefined,
      }}
    />
  );
}
