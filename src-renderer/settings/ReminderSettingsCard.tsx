import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  checkWaitingDays,
  DEFAULT_WAITING_DAYS,
  MAX_WAITING_DAYS,
  MIN_WAITING_DAYS,
} from '../../src-shared/cards/reminders';
import { db } from '../store/instance';
import { saveWaitingDays, waitingDays } from '../workbench/waiting-days';

/** 工作台提醒: after how many days at one step an application is listed as waiting too long. */
export function ReminderSettingsCard() {
  const saved = useLiveQuery(() => waitingDays(db), []);
  const [value, setValue] = useState<string | number>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (saved !== undefined) setValue(saved);
  }, [saved]);

  const save = async () => {
    const checked = checkWaitingDays(value);
    if (!checked.ok) return setError(checked.message);
    setBusy(true);
    try {
      await saveWaitingDays(db, checked.value);
      setDone(true);
    } catch {
      setError('未能保存：本机数据读写出错，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={4}>工作台提醒</Title>
        <form
          aria-label="停留天数"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs" align="flex-start">
            <NumberInput
              label="在同一环节停留超过几天时提醒"
              description={`申领在同一环节（如待盖章、联合审核）停留超过这么多天，就列入工作台的提醒（${MIN_WAITING_DAYS}–${MAX_WAITING_DAYS} 天，默认 ${DEFAULT_WAITING_DAYS} 天）；只影响本机`}
              min={MIN_WAITING_DAYS}
              max={MAX_WAITING_DAYS}
              clampBehavior="none"
              allowDecimal={false}
              suffix=" 天"
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
                设定天数
              </Button>
              {done && (
                <Text size="sm" c="teal" data-testid="waiting-days-saved">
                  已保存，工作台的提醒已按新的天数更新
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
