import { Badge, Group, Tooltip } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconWifi, IconWifiOff } from '@tabler/icons-react';
import { isBrowserMode } from '../bridge/desktop';
import { HeaderSyncBadges } from '../sync-ui/HeaderSyncBadges';

/** The header's status line: sync trouble, network state, and browser mode when the desktop shell is absent. */
export function StatusBadges() {
  const { online } = useNetwork();
  return (
    <Group gap="xs">
      <HeaderSyncBadges />
      {isBrowserMode && (
        <Tooltip label="在浏览器中运行：保存为下载，打印使用浏览器的打印对话框" withArrow>
          <Badge color="orange" variant="light" data-testid="browser-mode">
            浏览器模式
          </Badge>
        </Tooltip>
      )}
      <Badge
        color={online ? 'teal' : 'gray'}
        variant="light"
        leftSection={online ? <IconWifi size={14} /> : <IconWifiOff size={14} />}
        data-testid="network-status"
      >
        {online ? '在线' : '离线'}
      </Badge>
    </Group>
  );
}
