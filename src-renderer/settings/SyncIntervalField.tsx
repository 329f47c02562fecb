import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../store/instance';
import { syncRunner } from '../sync/background';
import { saveSyncIntervalMinutes, syncIntervalMinutes } from '../sync/sync-meta';
import { checkInterval, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './sync-interval';

/** 自动同步间隔（分钟）: how often the background sync runs; takes effect at once. */
export function SyncIntervalField() {
  const saved = useLiveQuery(() => syncIntervalMinutes(db), []);
  const [value, setValue] = useState<string | number>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (saved !== undefined) setValue(saved);
  }, [saved]);

  const save = async () => {
    const checked = checkInterval(value);
    if (!checked.ok) return setError(checked.message);
    setBusy(true);
    try {
      await saveSyncIntervalMinutes(db, checked.value);
      await syncRunner.reschedule();
      setDone(true);
    } catch {
      setError('未能保存：本机数据读写出错，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label="自动同步间隔"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="xs" align="flex-start">
        <NumberInput
          label="自动同步间隔（分钟）"
          description={`每隔这么多分钟自动同步一次（${MIN_INTERVAL_MINUTES}–${MAX_INTERVAL_MINUTES}，默认 5）；启动时和网络恢复时也会同步`}
          min={MIN_INTERVAL_MINUTES}
          max={MAX_INTERVAL_MINUTES}
          clampBehavior="none"
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
            设定间隔
          </Button>
          {done && (
            <Text size="sm" c="teal" data-testid="sync-interval-saved">
              已设定，下次自动同步按新的间隔安排
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
