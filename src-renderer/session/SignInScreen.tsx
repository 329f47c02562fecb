import { Text } from '@mantine/core';
import { appKeyring } from './app-keyring';
import type { Unlocked } from './keyring';
import { SessionFrame } from './SessionFrame';
import { SignInForm } from './SignInForm';

interface SignInScreenProps {
  staff: string[];
  onSignedIn: (unlocked: Unlocked) => void;
  onKeyChanged: (message: string) => void;
}

export function SignInScreen({ staff, onSignedIn, onKeyChanged }: SignInScreenProps) {
  return (
    <SessionFrame title="登录">
      <Text size="sm" c="dimmed">
        本机数据已加密，请输入 PIN 或密码。
      </Text>
      <SignInForm
        staff={staff}
        submitLabel="登录"
        signIn={(staffName, secret) => appKeyring().signIn(staffName, secret)}
        onSignedIn={onSignedIn}
        onKeyChanged={onKeyChanged}
      />
    </SessionFrame>
  );
}
