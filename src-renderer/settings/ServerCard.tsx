import { Alert, Button, Divider, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BridgeError, ServerConnection } from '../../src-shared/bridge/contract';
import { desktop, isBrowserMode } from '../bridge/desktop';
import { syncAfterEnrolmentChange } from '../sync-ui/enrolment-changed';
import { EnrolForm } from './EnrolForm';
import { EnrolledDevice } from './EnrolledDevice';
import { SyncIntervalField } from './SyncIntervalField';

/** 同步服务器: enrol this device with the central server, see the enrolment, or end it; how often to sync. */
export function ServerCard() {
  const [connection, setConnection] = useState<ServerConnection | null | undefined>(undefined);
  const [error, setError] = useState<BridgeError | null>(null);

  useEffect(() => {
    void desktop.serverConnection().then((result) => {
      if (result.ok) setConnection(result.value);
      else setError(result.error);
    });
  }, []);

  // The background sync learns of the change at once: a new enrolment syncs now, a forgotten one shows 未登记.
  const enrolled = (next: ServerConnection) => {
    setConnection(next);
    void syncAfterEnrolmentChange();
  };
  const forgotten = () => {
    setConnection(null);
    void syncAfterEnrolmentChange();
  };

  // When the kept enrolment cannot be read (key store changed), the only way on is to start again.
  const forgetDamaged = async () => {
    const result = await desktop.serverForget();
    if (!result.ok) return setError(result.error);
    setError(null);
    forgotten();
  };

  const inBrowser = connection ? connection.secureStorage === 'browser-indexeddb' : isBrowserMode;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={4}>同步服务器</Title>
        <Text size="sm" c="dimmed">
          {connection
            ? '本设备已登记，可以与中心服务器同步。'
            : '用管理员发放的登记码把本设备登记到中心服务器，之后才能同步。'}
        </Text>
        {inBrowser ? (
          <Alert color="orange" title="浏览器模式：设备令牌未加密" data-testid="token-storage-warning">
            在浏览器模式下，设备令牌以未加密的形式保存在本浏览器的 IndexedDB
            中，能使用本电脑此浏览器账户的人都可能读取它。
            请只在自己的电脑上使用，日常办理请使用桌面应用（令牌由操作系统的密钥存储加密保存）。
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" data-testid="token-storage-note">
            设备令牌由操作系统的密钥存储加密保存，本应用的界面无法读取。
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert" title="无法读取登记信息">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{error.message}</Text>
              <Button size="xs" variant="default" onClick={forgetDamaged}>
                删除本机的登记信息
              </Button>
            </Stack>
          </Alert>
        )}
        {connection === undefined && !error && <Skeleton height={120} />}
        {connection === null && <EnrolForm onEnrolled={enrolled} />}
        {connection && <EnrolledDevice connection={connection} onForgotten={forgotten} />}
        <Divider />
        <SyncIntervalField />
      </Stack>
    </Paper>
  );
}
