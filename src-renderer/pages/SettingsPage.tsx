import { Alert, Paper, Skeleton, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo, BridgeError } from '../../src-shared/bridge/contract';
import { Page } from '../app/Page';
import { BackupCard } from '../backup/BackupCard';
import { desktop } from '../bridge/desktop';
import { AuditLogCard } from '../settings/AuditLogCard';
import { ProfileCard } from '../settings/ProfileCard';
import { ReminderSettingsCard } from '../settings/ReminderSettingsCard';
import { SecurityCard } from '../settings/SecurityCard';
import { ServerCard } from '../settings/ServerCard';
import { StorageCard } from '../settings/StorageCard';

export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<BridgeError | null>(null);

  useEffect(() => {
    void desktop.appInfo().then((result) => (result.ok ? setInfo(result.value) : setError(result.error)));
  }, []);

  return (
    <Page title="设置" description="本机信息与偏好设置">
      <ProfileCard />
      <SecurityCard />
      <ServerCard />
      <ReminderSettingsCard />
      <StorageCard />
      <BackupCard />
      <AuditLogCard />
      <Paper withBorder radius="md" p="md">
        {error && (
          <Alert color="red" title="无法读取本机信息">
            {error.message}
          </Alert>
        )}
        {!error && !info && <Skeleton height={120} />}
        {info && (
          <Table variant="vertical" layout="fixed" withRowBorders aria-label="本机信息">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>版本</Table.Th>
                <Table.Td data-testid="app-version">{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>运行方式</Table.Th>
                <Table.Td>{info.mode === 'desktop' ? '桌面应用' : '浏览器模式'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>数据位置</Table.Th>
                <Table.Td>{info.dataDir}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>平台</Table.Th>
                <Table.Td>{info.platform}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Page>
  );
}
