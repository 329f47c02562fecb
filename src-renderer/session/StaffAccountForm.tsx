import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { secretProblem } from '../../src-shared/crypto/staff-secret';
import type { KeyringResult, Unlocked } from './keyring';

interface StaffAccountFormProps {
  /** The form's accessible name. */
  name: string;
  submitLabel: string;
  busyText: string;
  create: (staffName: string, secret: string) => Promise<KeyringResult>;
  onCreated: (unlocked: Unlocked) => void;
}

/** A staff member's name and new PIN or password, typed twice. */
export function StaffAccountForm({ name, submitLabel, busyText, create, onCreated }: StaffAccountFormProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { staffName: '', secret: '', again: '' },
    validate: {
      staffName: (value) => (value.trim() ? null : '请输入工作人员姓名'),
      secret: (value) => secretProblem(value),
      again: (value, values) => (value === values.secret ? null : '两次输入的 PIN 或密码不一致'),
    },
  });

  const submit = async ({ staffName, secret }: { staffName: string; secret: string }) => {
    setBusy(true);
    setFailure(null);
    let result: KeyringResult;
    try {
      result = await create(staffName, secret);
    } catch {
      result = { ok: false, code: 'os-unavailable', message: '未能保存工作人员账户：本机数据读写出错，请重试' };
    } finally {
      setBusy(false);
    }
    if (result.ok) return onCreated(result);
    // The secret was checked as typed, so what the keyring still refuses is the name.
    if (result.code === 'invalid') form.setFieldError('staffName', result.message);
    else setFailure(result.message);
  };

  return (
    <form aria-label={name} noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="sm">
        <TextInput label="姓名" autoComplete="username" {...form.getInputProps('staffName')} />
        <PasswordInput
          label="PIN 或密码"
          description="PIN 为 6–12 位数字（不能是重复或连续的数字）；也可以用至少 8 个字符的密码"
          autoComplete="new-password"
          {...form.getInputProps('secret')}
        />
        <PasswordInput label="再次输入" autoComplete="new-password" {...form.getInputProps('again')} />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
        {busy && (
          <Text size="sm" c="dimmed" role="status">
            {busyText}
          </Text>
        )}
      </Stack>
    </form>
  );
}
