import { Alert, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { isBrowserMode } from '../bridge/desktop';
import { DATABASE_NAME } from '../store/db';
import { appKeyring } from './app-keyring';
import type { Unlocked } from './keyring';
import { firstUseProtectionText } from './protection-text';
import { SessionFrame } from './SessionFrame';
import { StaffAccountForm } from './StaffAccountForm';

/** No one can sign in yet: the first staff member's account, and with it the data key. */
export function FirstUseScreen({ onCreated }: { onCreated: (unlocked: Unlocked) => void }) {
  return (
    <SessionFrame title="首次使用">
      <Text size="sm">请先为本机设置第一位工作人员的账户，之后每次打开应用都须输入 PIN 或密码。</Text>
      <Alert variant="light" color={isBrowserMode ? 'orange' : 'blue'} icon={<IconShieldLock size={18} />}>
        {firstUseProtectionText(isBrowserMode)}
      </Alert>
      <StaffAccountForm
        name="创建工作人员账户"
        submitLabel="创建并开始使用"
        busyText="正在生成并加密本机数据密钥…"
        // The first profile keeps the existing database's name, so an earlier install's data is kept and sealed.
        create={(staffName, secret) => appKeyring().createProfile(staffName, secret, DATABASE_NAME)}
        onCreated={onCreated}
      />
      <Text size="xs" c="dimmed">
        请牢记 PIN 或密码：忘记且本机没有其他工作人员时，只能从备份恢复数据。
      </Text>
    </SessionFrame>
  );
}
