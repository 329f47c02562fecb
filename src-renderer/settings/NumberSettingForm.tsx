import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

export interface NumberSettingFormProps {
  /** The form's accessible name. */
  name: string;
  label: string;
  description: string;
  min: number;
  max: number;
  suffix?: string;
  /** The value kept now. */
  load: () => Promise<number>;
  /** The typed value as a number in range, or the Chinese reason it cannot be used. */
  check: (value: string | number) => { ok: true; value: number } | { ok: false; message: string };
  save: (value: number) => Promise<void>;
  buttonLabel: string;
  savedText: string;
  savedTestId: string;
}

/** One whole-number setting of this device with its own button (not 保存, which 设置's profile uses). */
export function NumberSettingForm(props: NumberSettingFormProps) {
  const saved = useLiveQuery(props.load, []);
  const [value, setValue] = useState<string | number>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (saved !== undefined) setValue(saved);
  }, [saved]);

  const submit = async () => {
    const checked = props.check(value);
    if (!checked.ok) return setError(checked.message);
    setBusy(true);
    try {
      await props.save(checked.value);
      setDone(true);
    } catch {
      setError('未能保存：本机数据读写出错，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label={props.name}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs" align="flex-start">
        <NumberInput
          label={props.label}
          description={props.description}
          min={props.min}
          max={props.max}
          clampBehavior="none"
          suffix={props.suffix}
          value={value}
          error={error}
          disabled={saved === undefined}
          onChange={(next) => {
            setValue(next);
            setError(null);
            setDone(false);
          }}
          w={520}
          styles={{ wrapper: { width: 200 } }}
        />
        <Group gap="sm">
          <Button type="submit" variant="default" size="xs" loading={busy} disabled={saved === undefined}>
            {props.buttonLabel}
          </Button>
          {done && (
            <Text size="sm" c="teal" data-testid={props.savedTestId}>
              {props.savedText}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
