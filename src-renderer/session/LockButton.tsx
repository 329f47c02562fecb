import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { lock, useSession } from './session-store';

/** The header's signed-in staff member and 锁定. */
export function LockButton() {
  const staffName = useSession((state) => state.staffName);
  if (!staffName) return null;
  return (
    <Group gap="xs">
      <Text size="sm" data-testid="signed-in-staff">
        {staffName}
      </Text>
      <Tooltip label="锁定应用（Ctrl+L）" withArrow>
        <Button size="xs" variant="default" leftSection={<IconLock size={14} />} onClick={lock}>
          锁定
        </Button>
      </Tooltip>
    </Group>
  );
}
