import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { ServerConnection } from '../../src-shared/bridge/contract';
import { checkDeviceName, normaliseEnrolmentCode, normaliseServerUrl } from '../../src-shared/bridge/server';
import { districtByCode } from '../../src-shared/codes';
import { desktop } from '../bridge/desktop';
import { useActor } from '../store/use-actor';
import { fieldOfEnrolError } from './server-errors';

interface EnrolValues {
  serverUrl: string;
  code: string;
  deviceName: string;
}

function message<T>(checked: { ok: true; value: T } | { ok: false; message: string }): string | null {
  return checked.ok ? null : checked.message;
}

/** 服务器地址 + 登记码 + 本机名称 → this device enrolled; every problem next to its field. */
export function EnrolForm({ onEnrolled }: { onEnrolled: (connection: ServerConnection) => void }) {
  const actor = useActor();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<EnrolValues>({
    mode: 'controlled',
    initialValues: { serverUrl: '', code: '', deviceName: '' },
    validate: {
      serverUrl: (value) => message(normaliseServerUrl(value)),
      code: (value) => message(normaliseEnrolmentCode(value)),
      deviceName: (value) => message(checkDeviceName(value)),
    },
  });

  // Suggest "姓名（区市）" once the profile is known, unless the user typed a name already.
  const suggestion = actor
    ? `${actor.staffName}（${districtByCode(actor.districtCode)?.label ?? actor.districtCode}）`
    : '';
  const { setFieldValue, isDirty } = form;
  useEffect(() => {
    if (suggestion && !isDirty('deviceName')) setFieldValue('deviceName', suggestion);
  }, [suggestion, isDirty, setFieldValue]);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setProblem(null);
    const serverUrl = normaliseServerUrl(values.serverUrl);
    const code = normaliseEnrolmentCode(values.code);
    const result = await desktop.serverEnrol({
      serverUrl: serverUrl.ok ? serverUrl.value : values.serverUrl,
      code: code.ok ? code.value : values.code,
      deviceName: values.deviceName.trim(),
    });
    setBusy(false);
    if (result.ok) {
      onEnrolled(result.value);
      return;
    }
    const field = fieldOfEnrolError(result.error);
    if (field) form.setFieldError(field, result.error.message);
    else setProblem(result.error.message);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="登记本设备">
      <Stack gap="sm">
        <TextInput
          label="服务器地址"
          description="由市人才创新发展院提供，例如 https://sync.example.cn"
          placeholder="https://"
          autoComplete="url"
          inputMode="url"
          required
          {...form.getInputProps('serverUrl')}
        />
        <TextInput
          label="登记码"
          description="管理员给出的一次性登记码，形如 AB12-CD34，24 小时内有效"
          autoComplete="off"
          spellCheck={false}
          required
          {...form.getInputProps('code')}
        />
        <TextInput
          label="本机名称"
          description="在服务器的设备列表中显示，便于管理员辨认"
          required
          {...form.getInputProps('deviceName')}
        />
        {problem && (
          <Alert color="red" role="alert" title="未能登记">
            {problem}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={busy} loaderProps={{ type: 'dots' }}>
            登记本设备
          </Button>
        </div>
      </Stack>
    </form>
  );
}
