import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { SessionFrame } from './SessionFrame';
import { SignInForm } from './SignInForm';
import { useSession } from './session-store';
import { setAsideAllBut } from './set-aside';
import { unlock } from './signed-in';

/**
 * The lock screen: opaque, over everything, outside the app's root so that
 * the app (and any half-filled form) stays mounted but inert underneath.
 */
export function LockOverlay() {
  const staffName = useSession((state) => state.staffName) ?? '';
  const [host] = useState(() => document.createElement('div'));
  const [leaving, setLeaving] = useState(false);

  // Before paint: the app must not show for a frame once locked.
  useLayoutEffect(() => {
    document.body.append(host);
    const restore = setAsideAllBut(host);
    return () => {
      restore();
      host.remove();
    };
  }, [host]);

  return createPortal(
    <Box
      role="dialog"
      aria-modal="true"
      aria-label="已锁定"
      pos="fixed"
      inset={0}
      bg="gray.0"
      style={{ zIndex: 10000, overflowY: 'auto' }}
    >
      <SessionFrame title="已锁定">
        <Text size="sm">应用已锁定。输入 PIN 或密码解锁后，未保存的输入仍在原处。</Text>
        <SignInForm
          staff={[staffName]}
          submitLabel="解锁"
          signIn={(_, secret) => unlock(secret)}
          onSignedIn={() => undefined}
        />
        {leaving ? (
          <Alert color="orange" title="退出登录" role="alert">
            <Stack gap="sm">
              <Text size="sm">退出后应用将重新载入，尚未保存的输入会丢失。</Text>
              <Group gap="sm">
                <Button color="orange" size="xs" onClick={() => window.location.reload()}>
                  确认退出登录
                </Button>
                <Button variant="default" size="xs" onClick={() => setLeaving(false)}>
                  取消
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Button variant="subtle" onClick={() => setLeaving(true)}>
            退出登录 / 切换工作人员
          </Button>
        )}
      </SessionFrame>
    </Box>,
    host,
  );
}
