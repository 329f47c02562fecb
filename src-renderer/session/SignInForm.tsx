import { Button, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { KeyringResult, Unlocked } from './keyring';
import { useWaitUntil } from './use-wait-until';
import { countdownText } from './wait-text';

interface SignInFormProps {
  /** Who may sign in: chosen from a list when several, shown fixed when one. */
  staff: string[];
  signIn: (staffName: string, secret: string) => Promise<KeyringResult>;
  onSignedIn: (unlocked: Unlocked) => void;
  /** The OS key store no longer opens the key: no further try can help, so the caller takes over. */
  onKeyChanged?: (message: string) => void;
  submitLabel: string;
}

interface Failure {
  message: string;
  /** When the rate limit allows the next try; null when it is allowed now. */
  retryAt: string | null;
}

/** Staff member and PIN or password, with the keyring's answer under the field. */
export function SignInForm({ staff, signIn, onSignedIn, onKeyChanged, submitLabel }: SignInFormProps) {
  const [name, setName] = useState<string | null>(staff.length === 1 ? (staff[0] ?? null) : null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const wait = useWaitUntil(failure?.retryAt ?? null);

  // Focused once shown, also when shown in a portal that is attached after its children mount.
  useEffect(() => input.current?.focus(), []);

  // The wait is over: "请 N 秒后再试" no longer holds, and the next try may start.
  useEffect(() => {
    if (failure?.retryAt && wait === 0) {
      setFailure(null);
      input.current?.focus();
    }
  }, [failure, wait]);

  const submit = async () => {
    if (busy || wait > 0) return;
    if (!name) return setNameError('请选择工作人员');
    if (!secret) return setFailure({ message: '请输入 PIN 或密码', retryAt: null });
    setBusy(true);
    let result: KeyringResult;
    try {
      result = await signIn(name, secret);
    } catch {
      result = { ok: false, code: 'os-unavailable', message: '无法读取本机的工作人员账户，请重试' };
    } finally {
      setBusy(false);
    }
    if (result.ok) return onSignedIn(result);
    setSecret('');
    if (result.code === 'os-key-changed' && onKeyChanged) return onKeyChanged(result.message);
    setFailure({ message: result.message, retryAt: 'retryAt' in result ? result.retryAt : null });
    input.current?.focus();
  };

  return (
    <form
      aria-label={submitLabel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {staff.length > 1 ? (
          <Select
            label="工作人员"
            placeholder="请选择"
            data={staff}
            value={name}
            allowDeselect={false}
            error={nameError}
            onChange={(next) => {
              setName(next);
              setNameError(null);
              input.current?.focus();
            }}
          />
        ) : (
          <Text size="sm">
            工作人员：
            <Text span fw={600} data-testid="sign-in-staff">
              {name}
            </Text>
          </Text>
        )}
        <PasswordInput
          ref={input}
          label="PIN 或密码"
          autoComplete="current-password"
          value={secret}
          error={failure?.message}
          onChange={(event) => {
            setSecret(event.currentTarget.value);
            if (!failure?.retryAt) setFailure(null);
          }}
        />
        <Button type="submit" loading={busy} disabled={wait > 0} fullWidth>
          {submitLabel}
        </Button>
        {busy && (
          <Text size="sm" c="dimmed" role="status">
            正在核对 PIN 或密码…
          </Text>
        )}
        {wait > 0 && (
          <Text size="sm" c="dimmed" role="status" data-testid="sign-in-wait">
            {countdownText(wait)}后可再试
          </Text>
        )}
      </Stack>
    </form>
  );
}
