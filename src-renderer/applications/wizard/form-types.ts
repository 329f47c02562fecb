import type { UseFormReturnType } from '@mantine/form';
import type { Application } from '../../../src-shared/registration/application';

export type ApplicationForm = UseFormReturnType<Application>;

/**
 * Replaces a field's text with its normalised form when it leaves the field,
 * and only when it is valid: what the person typed is never thrown away.
 */
export function normaliseOnBlur(
  form: ApplicationForm,
  path: string,
  parse: (raw: string) => { ok: true; value: string } | { ok: false },
) {
  const props = form.getInputProps(path);
  return {
    ...props,
    onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
      const parsed = parse(getPath(form.getValues(), path));
      if (parsed.ok && parsed.value !== getPath(form.getValues(), path))
        form.setFieldValue(path, parsed.value as never);
      props.onBlur?.(event);
    },
  };
}

export function getPath(values: unknown, path: string): string {
  let current: unknown = values;
  for (const key of path.split('.')) current = (current as Record<string, unknown> | undefined)?.[key];
  return typeof current === 'string' ? current : '';
}
