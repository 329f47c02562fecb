import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { appKeyring } from './app-keyring';
import type { Unlocked } from './keyring';
import { recoveryDatabaseName } from './recovery';
import { SessionFrame } from './SessionFrame';
import { StaffAccountForm } from './StaffAccountForm';

interface KeyChangedScreenProps {
  message: string;
  /** The database that can no longer be opened; kept as it is. */
  database: string;
  onCreated: (unlocked: Unlocked) => void;
}

/** The OS key store no longer opens the data key: keep the old data, start anew, restore from a backup. */
export function KeyChangedScreen({ message, database, onCreated }: KeyChangedScreenProps) {
  const [recovering, setRecovering] = useState(false);
  return (
    <SessionFrame title="无法解开本机数据">
      <Alert color="red" title="本机系统密钥已变更" role="alert">
        {message}
      </Alert>
      <Text size="sm">原数据库（{database}）仍保留在本机，不会被修改或删除；回到原来的系统账户后仍可打开。</Text>
      {recovering ? (
        <>
          <Text size="sm">将新建一个空的本机数据库和工作人员账户，随后打开“设置 → 备份”，从备份文件恢复数据。</Text>
          <StaffAccountForm
            name="新建工作人员账户"
            submitLabel="新建并从备份恢复"
            busyText="正在生成并加密新的数据密钥…"
            create={(staffName, secret) => appKeyring().createProfile(staffName, secret, recoveryDatabaseName())}
            onCreated={onCreated}
          />
        </>
      ) : (
        <Group>
          <Button onClick={() => setRecovering(true)}>从备份恢复</Button>
          <Button variant="default" onClick={() => window.location.reload()}>
            重试
          </Button>
        </Group>
      )}
    </SessionFrame>
  );
}
